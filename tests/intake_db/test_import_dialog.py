"""The import dialog and the drop-folder switch, driven through their widgets (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

from intake_db_helpers import big_csv, counts
from intake_fixtures import FileFactory, lead_row
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ui.intake_dialog import PREVIEW_MAX_COLUMN_PX, DropFolderWatcher, ImportDialog
from ui.tasks import TaskRunner
from workstation.desk import Workstation
from workstation.store.models import Lead


def make_dialog(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> ImportDialog:
    dialog = ImportDialog(ws, "officer1", tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def add_and_wait(qtbot: QtBot, dialog: ImportDialog, *paths: Path) -> None:
    """Add files and wait until each is read (Import stays off until then)."""
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.add_files(list(paths))
    qtbot.waitUntil(lambda: not dialog._pending, timeout=10_000)


def test_preview_shows_the_mapping(qtbot: QtBot, ws: Workstation, tasks: TaskRunner, files: FileFactory) -> None:
    path = files.csv([lead_row(), lead_row(手机号="123")], encoding="gb18030",
                     headers=["备注", "手机号", "诈骗类型", "预警级别", "预警类型", "预警时间"])
    dialog = make_dialog(qtbot, ws, tasks)
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.add_files([path])
    table = dialog.preview_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[1] == "手机号\n→ Phone" and "备注" in headers[0] and "→" not in headers[0]
    assert table.rowCount() == 2
    assert table.item(1, 1).background().color().name() == "#ffcdd2"  # the bad phone is marked
    assert table.item(0, 0).background().color().name() == "#eeeeee"  # an ignored column is greyed
    assert dialog.columns.how_text(dialog.columns._shown.decisions[1]) == "its header"
    time_column = headers.index("预警时间\n→ Warning time")
    text = table.item(0, time_column).text()
    assert table.columnWidth(time_column) >= table.fontMetrics().horizontalAdvance(text)  # shown whole
    assert all(table.columnWidth(c) <= PREVIEW_MAX_COLUMN_PX for c in range(table.columnCount()))


def test_missing_columns_are_shown(qtbot: QtBot, ws: Workstation, tasks: TaskRunner, files: FileFactory) -> None:
    path = files.csv([lead_row()], headers=["姓名", "手机号", "预警时间"])
    dialog = make_dialog(qtbot, ws, tasks)
    add_and_wait(qtbot, dialog, path)
    assert "Scam type" in dialog.missing_label.text()
    assert not dialog.import_button.isEnabled()  # Import only when the file can be imported
    combo = dialog.columns.scam_type
    assert dialog.columns.defaults_form.isRowVisible(combo)
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        combo.setCurrentIndex(combo.findData("click_farming"))  # a default for the whole file
    qtbot.waitUntil(lambda: not dialog._pending, timeout=10_000)
    assert dialog.missing_label.text() == "" and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    [result] = blocker.args[0]
    assert result.status == "imported" and counts(ws)["leads"] == 1
    with ws.sessions() as s:
        lead = s.scalars(select(Lead)).one()
    assert (lead.scam_type, lead.level, lead.trigger_kind) == ("click_farming", "orange", "unknown")


def test_good_file_is_imported(qtbot: QtBot, ws: Workstation, tasks: TaskRunner, files: FileFactory) -> None:
    path = files.csv([lead_row(), lead_row(手机号="13900001111")])
    dialog = make_dialog(qtbot, ws, tasks)
    add_and_wait(qtbot, dialog, path)
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    [result] = blocker.args[0]
    assert result.status == "imported"
    assert counts(ws)["leads"] == 2
    assert dialog.progress_bar.value() == 1000 and dialog.progress_bar.format() == "2 of 2 rows imported"
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
    add_and_wait(qtbot, dialog, path)
    assert "have problems" in dialog.missing_label.text()  # said before the import, not only after
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert counts(ws)["leads"] == 0
    assert dialog.errors_table.isVisible() and dialog.errors_table.rowCount() == 2
    assert "nothing of the file was imported" in dialog.status_label.text()
    assert dialog.progress_bar.value() == 0 and dialog.progress_bar.format() == "Nothing imported"  # not 100 %
    report = dialog.save_report(tmp_path / "report.csv")
    assert report.read_text(encoding="utf-8-sig").startswith("Row,Column,Value,Reason")


def test_cancel_rolls_back(qtbot: QtBot, ws: Workstation, tasks: TaskRunner, files: FileFactory) -> None:
    path = big_csv(files, 20_000)
    dialog = make_dialog(qtbot, ws, tasks)
    add_and_wait(qtbot, dialog, path)
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


ODD_HEADERS = ["a1", "b2", "c3", "d4", "e5"]  # a partner's export: headers that name nothing


def odd_file(files: FileFactory, name: str = "partner.csv", phones: tuple[str, ...] = ("13812345678",)) -> Path:
    rows = [{"a1": phone, "b2": "冒充公检法", "c3": "红色", "d4": "2026-11-25 14:03", "e5": "张三"} for phone in phones]
    return files.csv(rows, headers=ODD_HEADERS, name=name)


def test_nonsense_headers_are_mapped_by_their_values_and_the_dialog_says_so(
        qtbot: QtBot, ws: Workstation, tasks: TaskRunner, files: FileFactory) -> None:
    dialog = make_dialog(qtbot, ws, tasks)
    add_and_wait(qtbot, dialog, odd_file(files))
    panel = dialog.columns
    fields = [panel._combos[row].currentData() for row in range(panel.table.rowCount())]
    assert fields == ["phone", "scam_type", "level", "triggered_at", ""]
    hows = [panel.table.item(row, panel.HOW).text() for row in range(panel.table.rowCount())]
    assert hows[:4] == ["its values (100 %)"] * 4 and hows[4] == "nothing matched"
    assert panel.table.item(0, panel.COLUMN).background().color().name() == "#e3f2fd"  # inferred: marked
    assert "Read from the values (check them): a1 → Phone, b2 → Scam type" in dialog.mapping_label.text()
    assert dialog.import_button.isEnabled()


def test_a_second_file_with_the_same_headers_opens_with_the_choices_made_for_the_first(
        qtbot: QtBot, ws: Workstation, tasks: TaskRunner, files: FileFactory) -> None:
    first = odd_file(files, "monday.csv")
    dialog = make_dialog(qtbot, ws, tasks)
    add_and_wait(qtbot, dialog, first)
    name_combo = dialog.columns._combos[4]  # e5: the person says it is the name
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        name_combo.setCurrentIndex(name_combo.findData("person_name"))
    qtbot.waitUntil(lambda: not dialog._pending, timeout=10_000)
    level = dialog.columns._combos[2]  # c3 is read as the level; the person drops it and gives a default
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        level.setCurrentIndex(level.findData(""))
    qtbot.waitUntil(lambda: not dialog._pending, timeout=10_000)
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.columns.level.setCurrentIndex(dialog.columns.level.findData("yellow"))
    qtbot.waitUntil(lambda: not dialog._pending, timeout=10_000)
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [r.status for r in blocker.args[0]] == ["imported"]

    second = odd_file(files, "tuesday.csv", phones=("13912345678",))
    again = make_dialog(qtbot, ws, tasks)
    add_and_wait(qtbot, again, second)
    panel = again.columns
    assert [panel._combos[row].currentData() for row in range(5)] == [
        "phone", "scam_type", "", "triggered_at", "person_name"]
    assert {panel.table.item(row, panel.HOW).text() for row in range(5)} == {"remembered for these headers"}
    assert "remembered from an earlier file" in again.mapping_label.text()
    assert panel.level.currentData() == "yellow"
    with qtbot.waitSignal(again.import_finished, timeout=20_000):
        qtbot.mouseClick(again.import_button, Qt.MouseButton.LeftButton)
    with ws.sessions() as s:
        leads = {lead.phone: lead for lead in s.scalars(select(Lead))}
    assert (leads["13912345678"].person_name, leads["13912345678"].level) == ("张三", "yellow")


def test_skipping_invalid_rows_counts_what_was_imported(qtbot: QtBot, ws: Workstation, tasks: TaskRunner,
                                                        files: FileFactory) -> None:
    """Four rows, one bad: 3 imported, and the bar and the message say 3 of 4 (the issue saw 4)."""
    path = files.csv([lead_row(手机号=f"1390000111{n}") for n in range(3)] + [lead_row(手机号="12345")])
    dialog = make_dialog(qtbot, ws, tasks)
    add_and_wait(qtbot, dialog, path)
    dialog.skip_invalid.setChecked(True)
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    [result] = blocker.args[0]
    assert (result.rows, result.rows_imported, result.rows_skipped) == (4, 3, 1) and counts(ws)["leads"] == 3
    assert "3 of 4 rows imported" in str(result.message)
    assert dialog.progress_bar.format() == "3 of 4 rows imported" and dialog.progress_bar.value() == 750


def test_a_bad_cell_is_corrected_in_the_problems_and_the_file_imports(
        qtbot: QtBot, ws: Workstation, tasks: TaskRunner, files: FileFactory) -> None:
    path = files.csv([lead_row(), lead_row(手机号="12345")])
    original = path.read_bytes()
    dialog = make_dialog(qtbot, ws, tasks)
    add_and_wait(qtbot, dialog, path)
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [r.status for r in blocker.args[0]] == ["invalid"] and counts(ws)["leads"] == 0
    value = dialog.errors_table.item(0, 2)
    assert value.text() == "12345" and value.flags() & Qt.ItemFlag.ItemIsEditable
    assert not dialog.errors_table.item(0, 3).flags() & Qt.ItemFlag.ItemIsEditable  # only the value
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        value.setText("13900001111")
    qtbot.waitUntil(lambda: not dialog._pending, timeout=10_000)
    assert "1 cells corrected" in dialog.status_label.text() and dialog.import_button.isEnabled()
    phone_column = dialog.preview_table.item(1, 2)
    assert phone_column.text() == "13900001111" and "12345" in phone_column.toolTip()
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [r.status for r in blocker.args[0]] == ["imported"] and counts(ws)["leads"] == 2
    assert path.read_bytes() == original  # the file is as it was


def test_a_cell_is_corrected_in_the_preview(qtbot: QtBot, ws: Workstation, tasks: TaskRunner,
                                            files: FileFactory) -> None:
    path = files.csv([lead_row(诈骗类型="外星人诈骗")])
    dialog = make_dialog(qtbot, ws, tasks)
    add_and_wait(qtbot, dialog, path)
    column = dialog.preview_table.columnCount() and [
        dialog.preview_table.horizontalHeaderItem(c).text().split("\n")[0]
        for c in range(dialog.preview_table.columnCount())].index("诈骗类型")
    cell = dialog.preview_table.item(0, column)
    assert cell.background().color().name() == "#ffcdd2"
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        cell.setText("冒充公检法")
    qtbot.waitUntil(lambda: not dialog._pending, timeout=10_000)
    assert dialog.preview_table.item(0, column).background().color().name() == "#dcedc8"
    assert dialog.missing_label.text() == ""  # no problem left in the first rows
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [r.status for r in blocker.args[0]] == ["imported"]
    with ws.sessions() as s:
        assert s.scalars(select(Lead.scam_type)).one() == "police_impersonation"


def test_a_lead_whose_file_gave_no_trigger_kind_says_unknown(qapp: object) -> None:
    """TriggerKind.UNKNOWN (the default of a list without a trigger column) has a label in both languages."""
    from ui.lead_info import trigger_label

    assert (trigger_label("unknown", "en"), trigger_label("unknown", "zh")) == ("Unknown", "未知")


def problems_title(dialog: ImportDialog) -> str:
    return dialog.tabs.tabText(dialog.tabs.indexOf(dialog.errors_table))


def test_problems_show_as_soon_as_the_file_is_read(qtbot: QtBot, ws: Workstation, tasks: TaskRunner,
                                                   files: FileFactory, tmp_path: Path) -> None:
    """The Problems tab was off until an import was tried: what reading the file found is there at once, and
    its title counts it — bad cells, a missing required column, a refused file."""
    bad = files.csv([lead_row(), lead_row(手机号="12345"), lead_row(预警时间="昨天")], name="bad.csv")
    dialog = make_dialog(qtbot, ws, tasks)
    assert not dialog.tabs.isTabEnabled(1) and problems_title(dialog) == "Problems"
    add_and_wait(qtbot, dialog, bad)
    assert dialog.tabs.isTabEnabled(1) and problems_title(dialog) == "Problems (2)"
    assert dialog.tabs.currentWidget() is dialog.preview_table  # the first rows stay in front
    values = {dialog.errors_table.item(n, 2).text() for n in range(dialog.errors_table.rowCount())}
    assert {"12345", "昨天"} <= values
    assert dialog.errors_table.item(0, 2).flags() & Qt.ItemFlag.ItemIsEditable  # corrected here too

    no_type = files.csv([lead_row()], headers=["姓名", "手机号", "预警时间"], name="notype.csv")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    dialog.add_files([no_type, empty])  # read in the background; bad.csv stays the one shown
    qtbot.waitUntil(lambda: not dialog._pending, timeout=10_000)
    shown = [[dialog.errors_table.item(n, c).text() for c in range(4)] for n in range(dialog.errors_table.rowCount())]
    assert problems_title(dialog) == "Problems (4)", shown
    reasons = [dialog.errors_table.item(n, 3).text() for n in range(dialog.errors_table.rowCount())]
    assert any("empty.csv" in r for r in reasons)
    assert "Scam type" in [dialog.errors_table.item(n, 1).text() for n in range(dialog.errors_table.rowCount())]

    # the import's own problems replace nothing and double nothing
    dialog.clear_files()
    assert not dialog.tabs.isTabEnabled(1) and problems_title(dialog) == "Problems"
    add_and_wait(qtbot, dialog, bad)
    with qtbot.waitSignal(dialog.import_finished, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert problems_title(dialog) == "Problems (2)" and dialog.tabs.currentWidget() is dialog.errors_table
