"""`workstation intake import|watch|history`: exit codes, reports, the drop folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from intake_db_helpers import counts
from intake_fixtures import FileFactory, lead_row
from sqlalchemy import select

from tests.support.sign_in import as_officer, feed_password
from workstation.cli.intake_cmd import run_watch
from workstation.cli.main import main
from workstation.desk import Workstation
from workstation.domain.types import Role
from workstation.services import auth
from workstation.store.models import Lead


def cli(ws: Workstation, *args: str) -> int:
    return main(["--db", ws.settings.db_url, "intake", *args], clock=ws.clock)


def test_import_then_again_exits_0(ws: Workstation, files: FileFactory, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    auth.add_officer(ws, "officer1", "OFFICER1", Role.OFFICER, "password1")
    feed_password(monkeypatch)
    path = files.csv([lead_row()], encoding="gb18030")
    assert cli(ws, "import", str(path), *as_officer("officer1")) == 0
    assert "新线索 1 条" in capsys.readouterr().out
    assert cli(ws, "import", str(path)) == 0
    assert "未做任何更改" in capsys.readouterr().out
    assert counts(ws)["leads"] == 1 and counts(ws)["files"] == 1


def test_bad_file_exits_2_with_a_report(ws: Workstation, files: FileFactory, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    bad = files.csv([lead_row(), lead_row(手机号="12345", 预警时间="昨天")], name="bad.csv")
    assert cli(ws, "import", str(bad)) == 2
    default_report = bad.with_name("bad.csv.errors.csv")
    text = default_report.read_text(encoding="utf-8-sig")  # BOM: Excel opens it as Chinese
    assert text.splitlines()[0].startswith("行号,列,值,原因") and "12345" in text
    assert "整个文件未导入" in capsys.readouterr().err
    wanted = tmp_path / "report.xlsx"
    assert cli(ws, "import", str(bad), "--report", str(wanted)) == 2 and wanted.exists()
    assert counts(ws)["leads"] == 0


def test_skip_invalid_exits_1(ws: Workstation, files: FileFactory, tmp_path: Path) -> None:
    bad = files.csv([lead_row(), lead_row(手机号="12345")], name="bad.csv")
    good = files.csv([lead_row(手机号="13900001111")], name="good.csv")
    report = tmp_path / "r.csv"
    assert cli(ws, "import", str(good), str(bad), "--skip-invalid", "--report", str(report)) == 1
    assert report.exists() and counts(ws)["leads"] == 2


def test_json_and_history(ws: Workstation, files: FileFactory, capsys: pytest.CaptureFixture[str]) -> None:
    path = files.csv([lead_row()])
    assert cli(ws, "import", str(path), "--json") == 0
    [doc] = json.loads(capsys.readouterr().out)
    assert doc["status"] == "imported" and doc["leads_created"] == 1
    assert cli(ws, "history") == 0
    assert path.name in capsys.readouterr().out


def test_watch_skips_a_file_still_being_written(ws: Workstation, tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    factory = FileFactory(drop)
    factory.csv([lead_row()], name="ready.csv")
    growing = factory.csv([lead_row(手机号="13900001111")], name="growing.csv")
    factory.jsonl([lead_row(手机号="13900002222"), "{broken"], name="broken.jsonl")
    clock = [0.0]

    def sleep(seconds: float) -> None:  # between the two looks, a writer is still appending
        clock[0] += seconds
        with growing.open("a", encoding="utf-8") as handle:
            handle.write("13900003333,兼职刷单\n")

    results = run_watch(ws, drop, imported_by="officer1", once=True, poll=0.5, settle=1.0,
                        clock=lambda: clock[0], sleep=sleep)
    assert sorted(r.path.name for r in results) == ["broken.jsonl", "ready.csv"]
    assert (drop / "done" / "ready.csv").exists()
    assert (drop / "failed" / "broken.jsonl").exists()
    assert "Row 2" in (drop / "failed" / "broken.jsonl.error.txt").read_text(encoding="utf-8-sig")  # English: no CLI
    assert growing.exists()  # left where it is, for a later look
    assert counts(ws)["leads"] == 1


def test_watch_once_from_the_command_line(ws: Workstation, tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    FileFactory(drop).csv([lead_row()], name="a.csv")
    assert cli(ws, "watch", str(drop), "--once", "--settle", "0.1", "--poll", "0.1") == 0
    assert (drop / "done" / "a.csv").exists() and counts(ws)["leads"] == 1
    FileFactory(drop).csv([lead_row()], name="a.csv")  # the same bytes again: done/, nothing changes
    assert cli(ws, "watch", str(drop), "--once", "--settle", "0.1") == 0
    assert (drop / "done" / "a (1).csv").exists() and counts(ws)["files"] == 1


def test_map_and_default_from_the_command_line(ws: Workstation, files: FileFactory, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """A partner's list with its own headers and no scam type: refused as it is, imported with --map/--default."""
    rows = [{"客户": "张三", "联系方式": "13812345678", "备注": "x"}, {"客户": "李四", "联系方式": "13912345678", "备注": ""}]
    path = files.csv(rows, headers=["客户", "联系方式", "备注"], name="bank.csv")
    assert cli(ws, "import", str(path)) == 2
    assert "没有列提供 诈骗类型" in capsys.readouterr().err  # the CLI speaks Chinese by default
    assert cli(ws, "import", str(path), "--map", "客户=person_name", "--map", "备注=ignore",
               "--default", "scam_type=刷单返利", "--default", "level=red") == 0
    assert "共 2 行，已导入 2 行" in capsys.readouterr().out
    with ws.sessions() as s:
        leads = {lead.phone: lead for lead in s.scalars(select(Lead))}
    assert (leads["13812345678"].person_name, leads["13812345678"].scam_type, leads["13812345678"].level,
            leads["13812345678"].trigger_kind) == ("张三", "click_farming", "red", "unknown")

    again = files.csv([{**rows[0], "联系方式": "13712345678"}], headers=["客户", "联系方式", "备注"], name="bank2.csv")
    mapping = tmp_path / "bank.toml"
    mapping.write_text('[columns]\n"客户" = "姓名"\n[defaults]\nscam_type = "fake_loan"\n', encoding="utf-8")
    assert cli(ws, "import", str(again), "--mapping", str(mapping), "--json") == 0
    doc = json.loads(capsys.readouterr().out)[0]
    assert (doc["rows_imported"], doc["code"]) == (1, "intake.imported")
    assert cli(ws, "import", str(again), "--map", "客户=nonsense") == 2
    assert "nonsense" in capsys.readouterr().err


def test_skip_invalid_says_how_many_rows_went_in(ws: Workstation, files: FileFactory,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = files.csv([lead_row(手机号=f"1390000111{n}") for n in range(3)] + [lead_row(手机号="12345")])
    assert cli(ws, "import", str(path), "--skip-invalid") == 1
    assert "共 4 行，已导入 3 行" in capsys.readouterr().out and counts(ws)["leads"] == 3


def test_a_refusal_says_which_options_fix_it(ws: Workstation, files: FileFactory,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """A file refused for a missing field or a header of unknown names says what to type: this command's own
    --map / --default / --mapping, with the file's column and the missing field — and what it says works."""
    headers = ["客户", "联系方式", "备注"]
    path = files.csv([{"客户": "张三", "联系方式": "13812345678", "备注": "x"}], headers=headers, name="bank.csv")
    assert main(["--db", ws.settings.db_url, "--lang", "en", "intake", "import", str(path)], clock=ws.clock) == 2
    err = capsys.readouterr().err
    assert "To fix: name the column for Scam type, e.g. --map '客户=scam_type'" in err
    assert "--default scam_type=click_farming" in err and "--mapping FILE" in err
    assert cli(ws, "import", str(path)) == 2
    assert "解决办法：指明哪一列是诈骗类型，例如 --map '客户=scam_type'" in capsys.readouterr().err
    assert cli(ws, "import", str(path), "--json") == 2
    [doc] = json.loads(capsys.readouterr().out)
    assert doc["fix"] and "--default scam_type=click_farming" in doc["fix"][0]
    assert cli(ws, "import", str(path), "--default", "scam_type=click_farming") == 0  # as it said
    capsys.readouterr()

    no_phone = files.csv([{"客户": "张三", "类别": "刷单返利"}], headers=["客户", "类别"], name="nophone.csv")
    assert cli(ws, "import", str(no_phone)) == 2
    err = capsys.readouterr().err
    assert "--map '客户=phone'" in err and "--default" not in err  # a phone number is every row's own

    unknown = files.csv([{"甲": "x", "乙": "y"}], headers=["甲", "乙"], name="unknown.csv")
    assert cli(ws, "import", str(unknown)) == 2
    err = capsys.readouterr().err
    assert "--map '甲=phone' --map '乙=scam_type'" in err and "--mapping" in err
    assert counts(ws)["leads"] == 1


def test_a_refusal_that_options_cannot_fix_names_none(ws: Workstation, files: FileFactory, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert cli(ws, "import", str(empty)) == 2
    assert "--map" not in capsys.readouterr().err
