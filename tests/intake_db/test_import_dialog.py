"""The import dialog and the drop-folder switch, driven through their widgets (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

from intake_db_helpers import big_csv, counts
from intake_fixtures import FileFactory, lead_row
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.intake_dialog import PREVIEW_MAX_COLUMN_PX, DropFolderWatcher, ImportDialog
from ui.tasks import TaskRunner
from workstation.services.context import Workstation


def make_dialog(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> ImportDialog:
    dialog = ImportDialog(ws, "officer1", tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_preview_shows_the_mapping(qtbot: QtBot, ws: Workstation, tasks: TaskRunner, files: FileFactory) -> None:
    path = files.csv([lead_row(), lead_row(手机号="123")], encoding="gb18030",
                     headers=["备注", "手机号", "诈骗类型", "预警级别", "预警类型", "预警时间"])
    dialog = make_dialog(qtbot, ws, tasks)
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.add_files([path])
    table = dialog.preview_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[1] == "手机号\n→ 手机号" and "备注" in headers[0] and "→" not in headers[0]
    assert table.rowCount() == 2
    assert table.item(1, 1).background().color().name() == "#ffcdd2"  # the bad phone is marked
    assert table.item(0, 0).background().color().name() == "#eeeeee"  # an ignored column is greyed
    assert "手机号 → 手机号" in dialog.mapping_label.text()
    time_column = headers.index("预警时间\n→ 预警时间")
    text = table.item(0, time_column).text()
    assert table.columnWidth(time_column) >= table.fontMetrics().horizontalAdvance(text)  # shown whole
    assert all(table.columnWidth(c) <= PREVIEW_MAX_COLUMN_PX for c in range(table.columnCount()))


def test_missing_columns_are_shown(qtbot: QtBot, ws: Workstation, tasks: TaskRunner, files: FileFactory) -> None:
    path = files.csv([lead_row()], headers=["姓名", "手机号", "预警时间"])
    dialog = make_dialog(qtbot, ws, tasks)
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.add_files([path])
    assert "诈骗类型" in dialog.missing_label.text()


def test_good_file_is_imported(qtbot: QtBot, ws: Workstation, tasks: TaskRunner, files: FileFactory) -> None:
    path = files.csv([lead_row(), lead_row(手机号="13900001111")])
    dialog = make_dialog(qtbot, ws, tasks)
    dialog.add_files([path])
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    [result] = blocker.args[0]
    assert result.status == "imported"
    assert counts(ws)["leads"] == 2
    assert dialog.progress_bar.value() == 1000
    assert not dialog.errors_table.isVisible() and not dialog.save_button.isEnabled()


def test_saving_is_shown_and_cannot_be_cancelled(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    """Once a file is read the rows are written in one short transaction: the dialog says so, and Cancel
    (which only stops reading) is off until the next file starts."""
    dialog = make_dialog(qtbot, ws, tasks)
    dialog._paths = [Path("a.csv"), Path("b.csv")]
    dialog._set_running(True)
    dialog._on_progress(dialog._ticket, 0, 1000, 500, 1000)
    saving = ("正在写入数据库", "saving them")  # zh_CN, or the English source where no translator is loaded
    assert dialog.cancel_button.isEnabled() and not any(w in dialog.status_label.text() for w in saving)
    dialog._on_progress(dialog._ticket, 0, 2000, 1000, 1000)
    assert not dialog.cancel_button.isEnabled() and any(w in dialog.status_label.text() for w in saving)
    assert dialog.progress_bar.value() == 500
    dialog._on_progress(dialog._ticket, 1, 10, 5, 1000)  # the next file is being read: cancel works again
    assert dialog.cancel_button.isEnabled()


def test_bad_file_shows_errors_and_imports_nothing(qtbot: QtBot, ws: Workstation, tasks: TaskRunner,
                                                   files: FileFactory, tmp_path: Path) -> None:
    path = files.jsonl([lead_row(), "{broken", lead_row(手机号="12345")])
    dialog = make_dialog(qtbot, ws, tasks)
    dialog.add_files([path])
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert counts(ws)["leads"] == 0
    assert dialog.errors_table.isVisible() and dialog.errors_table.rowCount() == 2
    assert "整个文件未导入" in dialog.status_label.text()
    report = dialog.save_report(tmp_path / "report.csv")
    assert "行号" in report.read_text(encoding="utf-8-sig")


def test_cancel_rolls_back(qtbot: QtBot, ws: Workstation, tasks: TaskRunner, files: FileFactory) -> None:
    path = big_csv(files, 20_000)
    dialog = make_dialog(qtbot, ws, tasks)
    dialog.add_files([path])
    with qtbot.waitSignal(dialog.import_finished, timeout=60_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert [r.status for r in blocker.args[0]] == ["cancelled"]
    assert counts(ws)["leads"] == 0 and counts(ws)["files"] == 0
    assert dialog.import_button.isEnabled()


def test_drop_folder_switch(qtbot: QtBot, ws: Workstation, tasks: TaskRunner, tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    factory = FileFactory(drop)
    factory.csv([lead_row()], name="good.csv")
    factory.jsonl([lead_row(), "{broken"], name="bad.jsonl")
    watcher = DropFolderWatcher(ws, "officer1", tasks, poll_ms=50, settle=0.2)
    handled: list[object] = []
    watcher.file_handled.connect(handled.append)
    watcher.start(drop)
    try:
        qtbot.waitUntil(lambda: len(handled) == 2, timeout=20_000)
    finally:
        watcher.stop()
    assert (drop / "done" / "good.csv").exists()
    assert (drop / "failed" / "bad.jsonl").exists() and (drop / "failed" / "bad.jsonl.error.txt").exists()
    assert counts(ws)["leads"] == 1
    assert not watcher.running
