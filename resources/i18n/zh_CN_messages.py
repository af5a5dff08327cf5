"""Chinese for the core's messages (context "Messages": workstation/messages.py), by the English source.

resources/i18n/zh_CN_glossary.py merges every zh_CN_messages*.py (one per part of the core) into workstation_zh_CN.ts (`./run i18n`); the GUI reads the
compiled .qm, the CLI the .ts. Keep each message's `{name}` places in its translation.
"""

from __future__ import annotations

ZH_MESSAGES: dict[str, str] = {
    # workstation/cli/main.py
    "Error: {text}": "错误：{text}",
    "Database error: {text}": "数据库错误：{text}",
}
