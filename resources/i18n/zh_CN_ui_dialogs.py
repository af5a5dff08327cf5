"""Chinese for the dialogs' fixes (the thank-you letter batch, file dialogs, the app's command line), by English
source. Merged by resources/i18n/zh_CN_glossary.py (`./run i18n`)."""

from __future__ import annotations

ZH: dict[str, str] = {
    # ui/printing.py: ThanksBatchDialog
    "No thank-you letters to print": "没有需要打印的感谢信",
    "No thank-you recipient was recorded from {0} to {1}. Choose other dates.":
        "{0} 至 {1} 期间没有登记感谢对象。请另选日期。",
}

# ui/qt_words.py: Qt's own words its shipped catalogue lacks (a mnemonic keeps Qt's "(&L)", as Qt's own do)
CONTEXT: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QAbstractFileIconProvider", "Folder"): "文件夹",
    ("QAbstractFileIconProvider", "Drive"): "驱动器",
    ("QAbstractFileIconProvider", "File"): "文件",
    ("QAbstractFileIconProvider", "%1 File"): "%1 文件",
    ("QAbstractFileIconProvider", "Alias"): "别名",
    ("QAbstractFileIconProvider", "Shortcut"): "快捷方式",
    ("QAbstractFileIconProvider", "Unknown"): "未知",
}
