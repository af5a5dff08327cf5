"""The CJK font: Chinese must render on a machine that has no Chinese font installed."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from workstation.resources import resource_path

log = logging.getLogger(__name__)

BUNDLED_FONT = ("fonts", "wqy-microhei.ttc")  # WenQuanYi Micro Hei, Apache-2.0 (resources/fonts/LICENSE-…)
UI_POINT_SIZE = 10


def system_has_chinese_font() -> bool:
    """True when some installed family can write Simplified Chinese."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def ensure_cjk_font(app: QApplication, *, force_bundled: bool = False) -> str | None:
    """Register the bundled font when the system lacks a Chinese one and make it the app font.

    Call after the QApplication exists and before any window shows. Returns the family registered, or
    None when the system font is used.
    """
    if system_has_chinese_font() and not force_bundled:
        return None
    font_id = QFontDatabase.addApplicationFont(str(resource_path(*BUNDLED_FONT)))
    if font_id < 0:
        log.error("could not load the bundled CJK font %s", resource_path(*BUNDLED_FONT))
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    family = families[0]  # "WenQuanYi Micro Hei" (the .ttc also holds its Mono face)
    font = QFont(family, UI_POINT_SIZE)
    app.setFont(font)
    return family
