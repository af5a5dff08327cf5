"""A file opened for intake: its header and a stream of raw rows, whatever the format."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from workstation.intake.errors import RowError

# A data row: its number as a person sees it, and its cells (a list under a header, or a JSON object),
# or a RowError when the row could not even be read (a broken JSONL line).
RawRow = tuple[int, Sequence[object] | Mapping[str, object] | RowError]


@dataclass
class Table:
    """An open source of rows. Close it (or use it as a context manager) when done.

    format: "csv", "xlsx" or "jsonl"; encoding: the text encoding used (CSV/JSONL) or None.
    headers: the column names as written (two header rows combined); empty for JSONL.
    header_row: the number of the last header row (0 when the format has no header).
    rows: the data rows, streamed; position(): bytes consumed so far, for progress.
    """

    format: str
    encoding: str | None
    headers: list[str]
    header_row: int
    rows: Iterator[RawRow]
    position: Callable[[], int]
    closers: list[Callable[[], None]] = field(default_factory=list)
    sheet: str | None = None

    def close(self) -> None:
        for closer in reversed(self.closers):
            closer()
        self.closers.clear()

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
