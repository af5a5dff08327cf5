"""The PySide6 desktop face of the workstation (imports workstation, never the reverse)."""

from ui import qt_import  # noqa: F401 - first, before any module that imports PySide6 (see there)
