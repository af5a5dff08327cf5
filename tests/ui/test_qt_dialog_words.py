"""Qt's own dialogs speak the UI's language: Qt's catalogue is loaded, and our catalogue fills its gaps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

from ui import i18n


def _file_dialog_labels(qtbot: object) -> dict[str, str]:
    dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    return {label.objectName(): label.text() for label in dialog.findChildren(QLabel) if label.objectName()}


def test_in_chinese_qt_dialogs_are_chinese(qtbot: object, qapp: QCoreApplication) -> None:
    i18n.install(qapp, "zh_CN")
    translate = QCoreApplication.translate
    assert translate("QFileDialog", "Files of type:") == "文件类型："  # Qt's own catalogue
    assert translate("QFileDialog", "&Look in:") == "查找范围(&L)："  # a gap filled by ours (ui/qt_words.py)
    assert translate("QAbstractFileIconProvider", "Folder") == "文件夹"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert sorted(b.text() for b in buttons.buttons()) == sorted(["确定", "取消"])
    labels = _file_dialog_labels(qtbot)
    assert labels["lookInLabel"] == "查找范围(&L)：" and labels["fileTypeLabel"] == "文件类型(&T)："
    assert QLocale().language() == QLocale.Language.Chinese
    assert QLocale().toString(QDate(2026, 3, 1), QLocale.FormatType.LongFormat).startswith("2026年3月1日")


def test_in_english_they_stay_english(qtbot: object, qapp: QCoreApplication) -> None:
    i18n.install(qapp, "zh_CN")
    i18n.install(qapp, "en")  # switching back drops both catalogues
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Look in:"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text() == "Cancel"
    assert _file_dialog_labels(qtbot)["lookInLabel"] == "&Look in:"
    assert QLocale().language() == QLocale.Language.English


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_qt_catalogue_is_found(qapp: QCoreApplication, language: str) -> None:
    assert i18n.install(qapp, language)
    if language != "en":
        assert len(i18n._translators) == 2  # noqa: SLF001 - ours and Qt's
