"""Streaming CSV rows: sniffed encoding and delimiter, header found in the first rows."""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator
from pathlib import Path

from workstation.intake.errors import FileRefused, Limits
from workstation.intake.header import HEADER_SCAN_ROWS, first_names, locate_header
from workstation.intake.mapping import ColumnMapping
from workstation.intake.sniff import delimiter_candidates, detect_encoding
from workstation.intake.table import RawRow, Table
from workstation.messages import QT_TRANSLATE_NOOP, message

NO_HEADER = message("intake.no_header", QT_TRANSLATE_NOOP("Messages", "{file}: no header in the first {rows} rows (column names such as phone, time, scam type), and no row of column names above rows of phone numbers, scam types or times"))
TOO_MANY_COLUMNS = message("intake.too_many_columns", QT_TRANSLATE_NOOP("Messages", "{file}: {count} columns, more than the {limit} allowed"))
UNKNOWN_ENCODING = message("intake.bad_encoding", QT_TRANSLATE_NOOP("Messages", "The file's text encoding is not recognised (it does not decode as {encoding})"))
BAD_CSV = message("intake.bad_csv", QT_TRANSLATE_NOOP("Messages", "The CSV is broken near row {row} (unpaired quotes or a huge cell?): {reason}"))
BAD_BYTES = message("intake.bad_bytes", QT_TRANSLATE_NOOP("Messages", "Text encoding error near row {row} (not {encoding})"))

_SAMPLE_CHARS = 64 * 1024


def open_csv(path: Path, mapping: ColumnMapping, limits: Limits) -> Table:
    """Open a CSV for streaming. Refuses it when no header can be found or the text cannot be decoded."""
    encoding = detect_encoding(path)
    raw = path.open("rb")
    text = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
    try:
        sample = _read(text, _SAMPLE_CHARS, encoding)
        top: tuple[str, ...] = ()  # the first row of names, as the likeliest delimiter splits it
        for delimiter in delimiter_candidates(sample.splitlines()[:HEADER_SCAN_ROWS]):
            text.seek(0)
            numbered = _records(csv.reader(text, delimiter=delimiter), encoding, limits)
            first = list(itertools.islice(numbered, HEADER_SCAN_ROWS))
            found = locate_header([cells for _, cells in first], mapping)
            if found is not None:
                break  # the likeliest delimiter that shows a header (cells full of ';' mislead the count)
            top = top or first_names([cells for _, cells in first])
        else:
            raise FileRefused(NO_HEADER(file=path.name, rows=HEADER_SCAN_ROWS, names=top),
                              code="no_header")
    except BaseException:
        text.close()
        raise
    index, height, headers = found
    if len(headers) > limits.max_columns:
        text.close()
        raise FileRefused(TOO_MANY_COLUMNS(file=path.name, count=len(headers), limit=limits.max_columns),
                          code="too_many_columns")
    rest = first[index + height:]
    rows: Iterator[RawRow] = itertools.chain(rest, numbered)
    label = "utf-8" if encoding == "utf-8-sig" else encoding
    return Table(format="csv", encoding=label, headers=headers, header_row=first[index + height - 1][0],
                 rows=rows, position=raw.tell, closers=[text.close])


def _read(text: io.TextIOWrapper, size: int, encoding: str) -> str:
    try:
        return text.read(size)
    except UnicodeDecodeError as exc:
        raise FileRefused(UNKNOWN_ENCODING(encoding=encoding), code="bad_encoding") from exc


def _records(records: Iterator[list[str]], encoding: str, limits: Limits) -> Iterator[tuple[int, list[str]]]:
    """(record number, cells); a record number is the row Excel shows when it opens the file."""
    number = 0
    while True:
        try:
            cells = next(records)
        except StopIteration:
            return
        except csv.Error as exc:
            raise FileRefused(BAD_CSV(row=number + 1, reason=str(exc)),
                              code="bad_csv") from exc
        except UnicodeDecodeError as exc:
            raise FileRefused(BAD_BYTES(row=number + 1, encoding=encoding),
                              code="bad_encoding") from exc
        number += 1
        yield number, cells
