"""A drop folder (投递目录): files appear, are taken when they stop changing, and end in done/ or failed/.

No database here: the importer passes a handler to watch(); this module only decides when a file is
ready and where it goes afterwards. Time comes from an injectable clock, waiting from an injectable sleep.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from workstation.intake.errors import IntakeError
from workstation.messages import QT_TRANSLATE_NOOP, message

TOO_MANY_NAMESAKES = message("intake.too_many_duplicates", QT_TRANSLATE_NOOP("Messages", "Too many files of the same name in {folder}"))
INTERNAL = message("intake.internal_error", QT_TRANSLATE_NOOP("Messages", "Internal error: {kind}: {text}"))

_TEMP_PREFIXES = (".", "~$", "~")
_TEMP_SUFFIXES = (".part", ".tmp", ".crdownload", ".partial", ".download", ".swp")


@dataclass(frozen=True)
class Handled:
    """What a handler did with a file: "done", "failed" (with a report for the person) or "retry" later."""

    status: Literal["done", "failed", "retry"]
    report: str = ""


class DropFolder:
    """One watched directory.

    directory: where files are dropped; done/ and failed/ are made inside it.
    settle: seconds a file's size and mtime must stay unchanged before it is ready.
    _seen: path → ((size, mtime_ns), clock time that signature was first seen).
    """

    def __init__(self, directory: str | Path, *, settle: float = 2.0) -> None:
        self.directory = Path(directory)
        self.settle = settle
        self.done_dir = self.directory / "done"
        self.failed_dir = self.directory / "failed"
        self._seen: dict[Path, tuple[tuple[int, int], float]] = {}

    def ready_files(self, now: float) -> list[Path]:
        """Files whose size and mtime have not changed for `settle` seconds of `now` (a monotonic clock),
        that are not temporary or hidden and can be opened; oldest first. Call it on every poll."""
        present: set[Path] = set()
        ready: list[tuple[int, Path]] = []
        try:
            entries = list(os.scandir(self.directory))
        except FileNotFoundError:
            return []
        for entry in entries:
            if not _candidate(entry):
                continue
            path = Path(entry.path)
            try:
                stat = entry.stat()
            except OSError:
                continue
            present.add(path)
            signature = (stat.st_size, stat.st_mtime_ns)
            previous = self._seen.get(path)
            if previous is None or previous[0] != signature:
                self._seen[path] = (signature, now)
                continue
            if now - previous[1] >= self.settle and _openable(path):
                ready.append((stat.st_mtime_ns, path))
        for gone in set(self._seen) - present:
            del self._seen[gone]
        return [path for _, path in sorted(ready)]

    def move_done(self, path: Path) -> Path:
        """Move an imported file into done/ under a name that does not overwrite an earlier one."""
        return self._move(path, self.done_dir)

    def move_failed(self, path: Path, report_text: str = "") -> Path:
        """Move a refused file into failed/, with report_text beside it as <name>.error.txt."""
        target = self._move(path, self.failed_dir)
        if report_text:
            target.with_name(target.name + ".error.txt").write_text(report_text, encoding="utf-8-sig")
        return target

    def _move(self, path: Path, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        self._seen.pop(path, None)
        target = unique_path(folder / path.name)
        os.replace(path, target)
        return target


def unique_path(wanted: Path) -> Path:
    """wanted, or "name (1).ext", "name (2).ext", … — the first that does not exist yet."""
    if not wanted.exists() and not wanted.with_name(wanted.name + ".error.txt").exists():
        return wanted
    for n in range(1, 100_000):
        candidate = wanted.with_name(f"{wanted.stem} ({n}){wanted.suffix}")
        if not candidate.exists() and not candidate.with_name(candidate.name + ".error.txt").exists():
            return candidate
    raise IntakeError(TOO_MANY_NAMESAKES(folder=str(wanted.parent)), code="too_many_duplicates")


def watch(folder: DropFolder, handle: Callable[[Path], Handled], *, poll: float = 1.0,
          clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep,
          stop: Callable[[], bool] = lambda: False,
          on_error: Callable[[Path, BaseException], None] | None = None) -> None:
    """Poll until stop(): hand each ready file to handle() and move it by the outcome.

    An IntakeError from the handler fails the file with its message; any other exception fails it with
    the exception's text (and is passed to on_error) so one bad file cannot stop the folder.
    """
    while not stop():
        for path in folder.ready_files(clock()):
            if stop():
                return
            try:
                outcome = handle(path)
            except IntakeError as exc:
                outcome = Handled("failed", str(exc))
            except Exception as exc:
                if on_error is not None:
                    on_error(path, exc)
                outcome = Handled("failed", str(INTERNAL(kind=type(exc).__name__, text=str(exc))))
            if not path.exists():
                continue  # the handler moved it itself
            if outcome.status == "done":
                folder.move_done(path)
            elif outcome.status == "failed":
                folder.move_failed(path, outcome.report)
        sleep(poll)


def _candidate(entry: os.DirEntry[str]) -> bool:
    name = entry.name
    if name.startswith(_TEMP_PREFIXES) or name.lower().endswith(_TEMP_SUFFIXES):
        return False
    try:
        return entry.is_file(follow_symlinks=False)
    except OSError:
        return False


def _openable(path: Path) -> bool:
    """False while another program holds the file locked (Windows) or it vanished."""
    try:
        with path.open("rb"):
            return True
    except OSError:
        return False
