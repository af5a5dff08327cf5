"""The script editor dialog, driven like a team lead would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.script_editor import ScriptEditorDialog
from ui.tasks import TaskRunner
from workstation.desk import Workstation
from workstation.services import auth, scripts


def open_editor(qtbot: QtBot, desk: Workstation, tasks: TaskRunner, who: str) -> ScriptEditorDialog:
    officer = auth.get(desk, who)
    assert officer is not None
    dialog = ScriptEditorDialog(desk, officer, tasks, "fake_loan")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    return dialog


def test_opens_with_the_current_text_and_the_version_raised(
    qtbot: QtBot, desk: Workstation, tasks: TaskRunner
) -> None:
    dialog = open_editor(qtbot, desk, tasks, "lead1")
    assert dialog.current is not None
    assert f"version = {dialog.current.version + 1}" in dialog.editor.toPlainText()
    assert dialog.versions_list.count() == 1
    assert dialog.validate() == []
    assert dialog.errors.count() == 0


def test_validate_lists_the_errors_and_a_click_moves_to_the_line(
    qtbot: QtBot, desk: Workstation, tasks: TaskRunner
) -> None:
    dialog = open_editor(qtbot, desk, tasks, "lead1")
    dialog.editor.setPlainText(dialog.editor.toPlainText().replace('goto = "', 'goto = "no_such_', 1))
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.count() == 1
    item = dialog.errors.item(0)
    assert item.text().startswith("fake_loan.toml: steps[") and "does not exist" in item.text()
    line = int(item.data(Qt.ItemDataRole.UserRole))
    assert line > 1
    rect = dialog.errors.visualItemRect(item)
    qtbot.mouseClick(dialog.errors.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    cursor_line = dialog.editor.textCursor().blockNumber() + 1
    assert cursor_line == line
    assert "no_such_" in dialog.editor.textCursor().block().text()


def test_save_as_a_lead_creates_the_version(qtbot: QtBot, desk: Workstation, tasks: TaskRunner) -> None:
    dialog = open_editor(qtbot, desk, tasks, "lead1")
    assert dialog.current is not None
    old = dialog.current.version
    dialog.editor.setPlainText(dialog.editor.toPlainText().replace("\n", "\n# edited in the app\n", 1))
    with qtbot.waitSignal(dialog.version_saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == ["fake_loan", old + 1]
    qtbot.waitUntil(lambda: dialog.versions_list.count() == 2)
    assert scripts.current_library(desk)["fake_loan"].version == old + 1
    assert f"version = {old + 2}" in dialog.editor.toPlainText()  # ready for the next edit
    assert tasks.errors == []  # type: ignore[attr-defined]

    # the old version opens read-only
    dialog.versions_list.setCurrentRow(1)
    qtbot.mouseClick(dialog.view_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.viewer is not None and dialog.viewer.isVisible())
    assert dialog.viewer is not None
    assert dialog.viewer.text.isReadOnly()
    assert dialog.viewer.text.toPlainText() == scripts.version(desk, "fake_loan", old).source_text


def test_an_officer_is_shown_the_refusal(qtbot: QtBot, desk: Workstation, tasks: TaskRunner) -> None:
    dialog = open_editor(qtbot, desk, tasks, "officer1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "lead" in dialog.status.text())
    assert len(scripts.versions(desk, "fake_loan")) == 1
    assert tasks.errors == []  # type: ignore[attr-defined]


def test_a_refused_save_lists_the_problems(qtbot: QtBot, desk: Workstation, tasks: TaskRunner) -> None:
    dialog = open_editor(qtbot, desk, tasks, "lead1")
    assert dialog.current is not None
    dialog.editor.setPlainText(dialog.current.source_text)  # same version, same text
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.count() == 2)
    assert any("version" in dialog.errors.item(i).text() for i in range(2))


def test_import_a_file(qtbot: QtBot, desk: Workstation, tasks: TaskRunner, tmp_path: Path) -> None:
    dialog = open_editor(qtbot, desk, tasks, "lead1")
    path = tmp_path / "fake_loan.toml"
    path.write_text(dialog.editor.toPlainText(), encoding="utf-8")
    with qtbot.waitSignal(dialog.version_saved, timeout=10_000):
        dialog.import_path(path)
    assert scripts.versions(desk, "fake_loan")[0].origin.value == "import"
