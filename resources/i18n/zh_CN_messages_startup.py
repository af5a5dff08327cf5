"""Chinese for core messages of issue 18 (the desk opened behind the sign-in dialog)."""

from __future__ import annotations

ZH_MESSAGES: dict[str, str] = {
    "The desk's database could not be opened: {reason}": "无法打开本工位的数据库：{reason}",
}
