"""Chinese for the core's messages added with the desk's lead screen fixes (context "Messages"), by English source.
Merged by resources/i18n/zh_CN_glossary.py (`./run i18n`)."""

from __future__ import annotations

ZH_MESSAGES: dict[str, str] = {
    # workstation/reports/labels.py
    "Beijing time": "北京时间",
}
