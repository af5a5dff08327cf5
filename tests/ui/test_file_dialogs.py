"""File dialogs open in the last folder used, else Documents — never in the process's working directory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from ui import file_dialogs
from ui.print_preview import PdfPreviewDialog
from workstation.forms import render_batch, samples


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(file_dialogs, "_last", None)
    monkeypatch.chdir(tmp_path)  # the working directory must not be where a dialog opens


def documents() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if os.path.isdir(folder) else os.path.expanduser("~")


def test_a_first_dialog_opens_in_documents() -> None:
    assert file_dialogs.start_folder() == documents() != os.getcwd()
    assert file_dialogs.start_in("周报.pdf") == os.path.join(documents(), "周报.pdf")


def test_then_in_the_last_folder_used(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    assert file_dialogs.remember(str(tmp_path / "out" / "a.pdf")) == str(tmp_path / "out" / "a.pdf")
    assert file_dialogs.start_in("b.pdf") == str(tmp_path / "out" / "b.pdf")
    file_dialogs.remember("")  # cancelled: nothing changes
    assert file_dialogs.start_folder() == str(tmp_path / "out")
    file_dialogs.remember(str(tmp_path))  # a folder chosen
    assert file_dialogs.start_folder() == str(tmp_path)


def test_a_folder_gone_since_falls_back_to_documents(tmp_path: Path) -> None:
    file_dialogs.remember(str(tmp_path / "gone" / "a.pdf"))
    assert file_dialogs.start_folder() == documents()


def test_the_pdf_save_dialog_starts_there(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    asked: list[str] = []
    target = tmp_path / "saved" / "x.pdf"
    target.parent.mkdir()

    answers = [str(target), ""]  # saved, then cancelled

    def fake(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return answers.pop(0), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    dialog = PdfPreviewDialog(render_batch([samples.thanks()]), "感谢信", None)
    qtbot.addWidget(dialog)
    dialog.file_name = "感谢信"
    with qtbot.waitSignal(dialog.saved):
        dialog.choose_file()
    dialog.file_name = "再一封"
    dialog.choose_file()
    assert asked == [os.path.join(documents(), "感谢信.pdf"), str(target.parent / "再一封.pdf")]
