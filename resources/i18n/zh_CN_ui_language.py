"""Chinese for the UI strings of the language pass: the shortcuts table, File → Sign out, the centre's errors
(merged by resources/i18n/zh_CN_glossary.py, `./run i18n`)."""

from __future__ import annotations

ZH: dict[str, str] = {
    "Clear the queue search": "清除队列搜索", "The call ends now": "通话现在结束",
    "Callback in 30 minutes (again: 30 more)": "30 分钟后回拨（再按：再加 30 分钟）",
}
