"""The Chinese font embedded in every form: found, registered once (lazily) and queried for coverage."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.resources import resource_path

FONT_NAME = "WQYMicroHei"
_FONT_FILE = "wqy-microhei.ttc"
_SYSTEM_FONT = Path("/usr/share/fonts/truetype/wqy") / _FONT_FILE

NO_FONT = message("forms.no_font", QT_TRANSLATE_NOOP("Messages", "The Chinese font {font} was not found, so no form can be made: install fonts-wqy-microhei or put the font file in place (looked in: {looked})"))

_lock = threading.Lock()
_font: TTFont | None = None


class FontNotFoundError(RuntimeError):
    """No usable CJK font: forms cannot be printed until one is installed."""


def font_candidates() -> tuple[Path, ...]:
    """Where the font is looked for, in order: the app's resources/, then Debian's fonts-wqy-microhei."""
    return (resource_path("fonts", _FONT_FILE), _SYSTEM_FONT)


def font_path() -> Path:
    """The font file to embed; raises FontNotFoundError with what to install when none is present."""
    for candidate in font_candidates():
        if candidate.is_file():
            return candidate
    looked = ", ".join(str(p) for p in font_candidates())
    raise FontNotFoundError(NO_FONT(font=_FONT_FILE, looked=looked))


def ensure_font() -> str:
    """Register the font with reportlab the first time a form is made; returns its name. Thread-safe."""
    global _font
    if _font is None:
        with _lock:
            if _font is None:
                # A .ttc holds several faces; reportlab needs the index (0 = Micro Hei, 1 = Micro Hei Mono).
                font = TTFont(FONT_NAME, str(font_path()), subfontIndex=0)
                pdfmetrics.registerFont(font)
                # Map bold/italic to the same face so that any <b>/<i> in our own markup cannot fail.
                pdfmetrics.registerFontFamily(
                    FONT_NAME, normal=FONT_NAME, bold=FONT_NAME, italic=FONT_NAME, boldItalic=FONT_NAME
                )
                _font = font
    return FONT_NAME


def unsupported_chars(text: str) -> frozenset[str]:
    """Characters of text the embedded font has no glyph for (they would print as blanks).

    Micro Hei lacks CJK Extension A and beyond, which some personal names use; the UI can warn about them.
    """
    ensure_font()
    assert _font is not None
    covered = _font.face.charToGlyph
    return frozenset(ch for ch in text if ch.isprintable() and not ch.isspace() and ord(ch) not in covered)
