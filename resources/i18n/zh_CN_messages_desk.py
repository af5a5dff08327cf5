"""Chinese for the core's messages added with the desk's lead screen fixes (context "Messages"), by English source.
Merged by resources/i18n/zh_CN_glossary.py (`./run i18n`)."""

from __future__ import annotations

ZH_MESSAGES: dict[str, str] = {
    # workstation/reports/labels.py
    "Beijing time": "北京时间",
    # workstation/domain/outcome.py
    "The amount transferred is required": "请填写转账金额",
    # workstation/domain/words.py (TRIGGER_WORDS: what the platform saw, for the CLI)
    "Fraud call": "涉诈电话", "Fraud SMS": "涉诈短信", "Fraud link": "涉诈网址", "Fraud app": "涉诈APP",
    "Flagged account": "涉诈账户", "Unknown": "未知",
}
