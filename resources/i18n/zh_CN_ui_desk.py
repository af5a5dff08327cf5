"""Chinese for the officer's lead screen (outcome form, script, status bar), by English source. Merged by
resources/i18n/zh_CN_glossary.py (`./run i18n`)."""

from __future__ import annotations

ZH: dict[str, str] = {
    # ui/widgets.py (show_field_errors)
    "… and {0} more, marked in red": "……另有 {0} 项，已用红框标出",
}
