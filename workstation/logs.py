"""Logging, configured once per process by its face (the GUI's or the CLI's main): warnings to stderr and
everything from INFO on to a rotating file in the desk's data directory, `logs/workstation.log` (1 MB, five
kept), so a centre's IT staff can read what happened on a desk after the fact.

What is logged never holds a password; personal data stays out of messages by the callers' choice, and
`scrub` takes phone, ID and card numbers out of what an error report copies."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

LOG_DIR = "logs"
LOG_FILE = "workstation.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(process)d %(threadName)s %(name)s: %(message)s"

_configured: Path | None = None

#: A run of 6 or more digits (phone, ID, card, account numbers), with an ID's final X.
_NUMBER = re.compile(r"(?<![0-9])[0-9]{6,}[0-9Xx]?(?![0-9])")
#: Chinese text (a person's name, an address) in a message.
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def log_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOG_DIR / LOG_FILE


def configure(data_dir: Path, *, console: bool = True) -> Path | None:
    """Once per process: the rotating file in `data_dir` (if it can be made) and, with `console`, warnings to
    stderr (the CLI says its errors itself). Returns the file's path (None when the directory cannot be
    written: the desk still works, logging to stderr alone)."""
    global _configured
    root = logging.getLogger()
    if _configured is not None:
        return _configured
    root.setLevel(logging.INFO)
    if console:
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(stream)
    path = log_path(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8", delay=True)
    except OSError as exc:
        root.warning("no log file in %s: %s", path.parent, exc)
        return None
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    _configured = path
    return path


def configured_path() -> Path | None:
    """The log file this process writes (None before `configure`, or without one)."""
    return _configured


def scrub(text: str) -> str:
    """`text` with every run of six or more digits and every run of Chinese characters replaced by its length:
    a phone, ID or card number, a name or an address in an exception's message must not travel in an error
    report that a person copies out of the desk."""
    home = str(Path.home())
    if len(home) > 1:  # /home/zhangsan/… names the person signed in to the machine
        text = text.replace(home, "~")
    text = _NUMBER.sub(lambda m: f"<{len(m.group(0))} digits>", text)
    return _CJK.sub(lambda m: f"<{len(m.group(0))} chars>", text)
