"""Chinese for UI strings made visible to lupdate by the messages work (issue 13), by English source."""

from __future__ import annotations

ZH: dict[str, str] = {
    "Ask:": "询问：",
    # the sync status bar: the glossary's "单机 (standalone)" put English in the Chinese UI
    "Standalone": "单机",
}
