"""The drop folder: only settled files are taken; they end in done/ or failed/ under unique names."""

from __future__ import annotations

from pathlib import Path

from intake_fixtures import NOW, FileFactory, lead_row

from workstation.intake import DropFolder, FileRefused, Handled, parse_file, watch


def test_file_still_being_written_is_not_ready(tmp_path: Path) -> None:
    folder = DropFolder(tmp_path, settle=2.0)
    growing = tmp_path / "leads.csv"
    growing.write_text("手机号,预警时间\n", encoding="utf-8")
    assert folder.ready_files(now=0.0) == []  # first sight
    with growing.open("a", encoding="utf-8") as handle:
        handle.write("13812345678,2026-11-25 14:03\n")
    assert folder.ready_files(now=3.0) == []  # size changed: the clock starts again
    assert folder.ready_files(now=4.0) == []  # stable for 1 s only
    assert folder.ready_files(now=5.0) == [growing]


def test_temporary_and_hidden_files_ignored(tmp_path: Path) -> None:
    for name in [".hidden.csv", "~$leads.xlsx", "leads.csv.part", "x.tmp", "y.crdownload"]:
        (tmp_path / name).write_text("x")
    (tmp_path / "done").mkdir()
    folder = DropFolder(tmp_path, settle=0.5)
    folder.ready_files(now=0.0)
    assert folder.ready_files(now=1.0) == []


def test_moves_are_collision_safe(tmp_path: Path) -> None:
    folder = DropFolder(tmp_path)
    first = tmp_path / "a.csv"
    first.write_text("1")
    assert folder.move_done(first) == tmp_path / "done" / "a.csv"
    first.write_text("2")
    assert folder.move_done(first) == tmp_path / "done" / "a (1).csv"
    first.write_text("3")
    failed = folder.move_failed(first, "第3行 手机号错误")
    assert failed == tmp_path / "failed" / "a.csv"
    assert (tmp_path / "failed" / "a.csv.error.txt").read_text(encoding="utf-8-sig") == "第3行 手机号错误"
    assert not first.exists()


def test_watch_loop_with_fake_clock(tmp_path: Path) -> None:
    files = FileFactory(tmp_path)
    good = files.csv([lead_row()], name="good.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("no header here\n", encoding="utf-8")
    clock = iter(float(t) for t in range(100))
    polls: list[float] = []
    imported: list[str] = []

    def handle(path: Path) -> Handled:
        result = parse_file(path, now=NOW)  # FileRefused from bad.csv → failed/ with its message
        imported.append(path.name)
        return Handled("done") if result.ok else Handled("failed", "rows")

    watch(DropFolder(tmp_path, settle=2.0), handle, clock=lambda: next(clock), sleep=polls.append,
          stop=lambda: len(polls) >= 4)
    assert imported == ["good.csv"]
    assert (tmp_path / "done" / "good.csv").exists() and not good.exists()
    assert "no header" in (tmp_path / "failed" / "bad.csv.error.txt").read_text(encoding="utf-8-sig")
    assert issubclass(FileRefused, Exception)
