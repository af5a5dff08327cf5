"""Where the officer left the dividers (splitters) and the window, per screen size, kept with the desk's data.

The file is ``<data dir>/layout.ini`` (QSettings, INI): a desk's layout belongs to the desk, and a test's desk
in a temporary directory never reads another's. Keys are ``<name>/<screen width>x<height>`` so a laptop
docked to a large screen finds each screen's own arrangement.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget

FILE_NAME = "layout.ini"


def screen_key(widget: QWidget | None = None) -> str:
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        return "any"
    size = screen.size()
    return f"{size.width()}x{size.height()}"


class LayoutMemory:
    """Splitter sizes and window geometry of one desk. State: the QSettings over the desk's layout file."""

    def __init__(self, data_dir: Path | str) -> None:
        self.path = Path(data_dir) / FILE_NAME
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _key(self, name: str, widget: QWidget | None) -> str:
        return f"{name}/{screen_key(widget)}"

    def sizes(self, name: str, widget: QWidget | None = None) -> list[int] | None:
        """The sizes saved for splitter `name` on this screen, or None."""
        raw = self._settings.value(self._key(name, widget))
        if raw is None:
            return None
        values = raw if isinstance(raw, list) else [raw]
        try:
            sizes = [int(v) for v in values]
        except (TypeError, ValueError):
            return None
        return sizes if sizes and all(s >= 0 for s in sizes) and any(sizes) else None

    def save_sizes(self, name: str, splitter: QSplitter) -> None:
        self._settings.setValue(self._key(name, splitter), [str(s) for s in splitter.sizes()])

    def restore(self, name: str, splitter: QSplitter) -> bool:
        """Put back the sizes saved for `name` (True if there were some for as many parts)."""
        sizes = self.sizes(name, splitter)
        if sizes is None or len(sizes) != splitter.count():
            return False
        splitter.setSizes(sizes)
        return True

    def follow(self, name: str, splitter: QSplitter) -> None:
        """Save the sizes each time the officer drags the divider (setSizes from code does not count)."""
        splitter.splitterMoved.connect(lambda *_: self.save_sizes(name, splitter))

    def geometry(self, name: str, widget: QWidget) -> QByteArray | None:
        raw = self._settings.value(self._key(name, widget))
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def save_geometry(self, name: str, widget: QWidget) -> None:
        self._settings.setValue(self._key(name, widget), widget.saveGeometry())

    def sync(self) -> None:
        self._settings.sync()
