"""What can go wrong in intake: file-level refusals (exceptions) and row-level problems (values)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from workstation.messages import QT_TRANSLATE_NOOP, Msg, message, text

Severity = Literal["error", "warning"]


CANCELLED = message("intake.cancelled", QT_TRANSLATE_NOOP("Messages", "Import cancelled"))


class IntakeError(Exception):
    """Base of every error intake raises on purpose; the message (a Msg) is shown as-is, in the person's language."""

    code = "intake_error"

    def __init__(self, message: Msg | str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return text(self.message)


class FileRefused(IntakeError):
    """The whole file is refused (too big, unreadable, no header, too many rows…); nothing is imported."""

    code = "file_refused"


class MappingError(IntakeError):
    """The column-mapping file (columns.toml) is invalid."""

    code = "mapping_invalid"


class ImportCancelled(IntakeError):
    """The caller's cancel() returned True while a file was being read."""

    code = "cancelled"

    def __init__(self, message: Msg | str | None = None) -> None:
        super().__init__(message or CANCELLED())


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem in one cell (or one whole row when column is ""), as shown in the error report.

    row: the row number a person sees (spreadsheet row, CSV record + header rows, JSONL line).
    column: the header as written in the file (or the field name when the column is missing).
    value: the offending value as text, cut to 200 characters.
    reason: for the officer (a Msg, put into words where it is shown); code: a stable English code for programs
    and tests.
    severity: "error" rejects the row; "warning" keeps it (e.g. an unknown district code in an ID).
    """

    row: int
    column: str
    value: str
    reason: Msg | str
    code: str
    severity: Severity = "error"


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on untrusted input; exceeding a file-level bound refuses the file, a cell bound the row."""

    max_bytes: int = 200 * 1024 * 1024
    max_rows: int = 1_000_000
    max_cell_chars: int = 2_000
    max_columns: int = 200
    # XLSX is a zip: refuse members that inflate beyond this (zip bombs; shared strings are held in memory).
    max_unzipped_bytes: int = 2 * 1024 * 1024 * 1024

    @property
    def max_line_bytes(self) -> int:
        """The longest JSONL line worth reading: every column at its longest, UTF-8, plus JSON syntax."""
        return self.max_columns * (self.max_cell_chars * 4 + 64)


def clip(value: object, size: int = 200) -> str:
    """A value as report text, cut so a 10 MB cell does not end up in the error report."""
    text = "" if value is None else str(value)
    return text if len(text) <= size else text[:size] + "…"
