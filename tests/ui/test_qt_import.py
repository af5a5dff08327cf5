"""ui/qt_import.py: PySide6's per-import source scan answered for the packages we know, asked for the rest."""

from __future__ import annotations

import sys

from pytestqt import qt_compat

import ui.main_window
import workstation.services.leads
from ui import qt_import


def test_the_scan_is_answered_on_the_pinned_pyside6() -> None:
    """If a PySide6 release drops the hook this leans on, the start is slower again: say so here."""
    feature = sys.modules["shibokensupport.feature"]
    assert qt_import.INSTALLED or getattr(feature._mod_uses_pyside, "ws_known", False)


def test_known_answers_and_the_original_for_the_rest() -> None:
    uses = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert uses(ui.main_window) is True
    assert uses(workstation.services.leads) is False  # the core never imports Qt (import-linter)
    assert uses(sys) is False
    # anything else is asked the original way: does its source name PySide6?
    assert uses(qt_compat) is ("PySide6" in open(qt_compat.__file__, encoding="utf-8").read())
