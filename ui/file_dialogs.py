"""Where the app's file dialogs open: the folder last used, else the user's documents folder.

Without this a QFileDialog given "" or a bare file name opens in the process's working directory (a checkout,
a desktop launcher's folder). The last folder is kept for the session and, once the app has its
organisation name (ui/app.py), across sessions in QSettings under ``dialogs/last_folder``.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

KEY = "dialogs/last_folder"
_last: str | None = None  # this session's last folder (QSettings keeps it when the app has a name)


def _settings() -> QSettings | None:
    if not QCoreApplication.organizationName():  # a test's bare QApplication: no settings file in $HOME
        return None
    return QSettings()


def start_folder() -> str:
    """The last folder used if it still exists, else Documents (created by nobody: home if missing)."""
    settings = _settings()
    candidates = [_last, str(settings.value(KEY, "")) if settings is not None else "",
                  QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)]
    for folder in candidates:
        if folder and os.path.isdir(folder):
            return folder
    return os.path.expanduser("~")


def start_in(file_name: str = "") -> str:
    """What to give a QFileDialog as its start: the folder, or the suggested file name inside it."""
    return os.path.join(start_folder(), file_name) if file_name else start_folder()


def remember(chosen: str) -> str:
    """Note the folder of what the person chose (a file or a folder; "" when cancelled) and return `chosen`."""
    global _last
    if chosen:
        folder = chosen if os.path.isdir(chosen) else os.path.dirname(chosen)
        if folder:
            _last = folder
            settings = _settings()
            if settings is not None:
                settings.setValue(KEY, folder)
    return chosen
