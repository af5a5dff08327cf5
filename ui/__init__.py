"""The PySide6 desktop face of the workstation (imports workstation, never the reverse)."""
