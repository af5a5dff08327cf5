"""Qt's own words that its shipped catalogue (qtbase_zh_CN.qm) lacks, put into our catalogue under Qt's contexts.

The qtbase_zh_CN.qm that comes with PySide6 6.11 predates some of Qt 6's strings: the file dialog's
"&Look in:" and "Files of &type:" (mnemonics added in Qt 6) and the file-type column's words (moved to
QAbstractFileIconProvider) stayed English in the Chinese UI. Listing them here lets pyside6-lupdate file them
under those contexts; their Chinese is in resources/i18n/zh_CN_ui_dialogs.py (CONTEXT). Qt asks every
installed translator, so ours answers where Qt's has nothing.
"""

from __future__ import annotations

from workstation.messages import QT_TRANSLATE_NOOP

QT_GAPS = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Alias")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut")),
    ("QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown")),
)
