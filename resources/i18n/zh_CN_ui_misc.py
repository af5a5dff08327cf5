"""Chinese for the new-user walkthrough's fixes (lock screen, shortcut tooltips, import dialog), by English
source. Merged by resources/i18n/zh_CN_glossary.py (`./run i18n`)."""

from __future__ import annotations

ZH: dict[str, str] = {
    # ui/lock_screen.py
    "Wrong password": "密码错误",
    # ui/main_window.py (the keys are added by ui/shortcuts.py)
    "Claim the most urgent lead nobody holds": "领取最紧急的未认领线索",
    # ui/shortcuts.py: an action's tooltip and its keys
    "%1 (%2)": "%1（%2）",
    # ui/intake_dialog.py: the Problems tab, before an import
    "No column gives it: choose its column, or a default": "没有列提供该字段：请选择对应的列，或设置默认值",
}
