"""Streaming JSON Lines: one object per line; a broken line is a row error with its line number."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from workstation.intake.errors import Limits, RowError, clip
from workstation.intake.table import RawRow, Table
from workstation.messages import QT_TRANSLATE_NOOP, Msg, message

LINE_TOO_LONG = message("intake.line_too_long", QT_TRANSLATE_NOOP("Messages", "The line is longer than {limit} bytes; refused"))
NOT_UTF8 = message("intake.line_not_utf8", QT_TRANSLATE_NOOP("Messages", "The line is not UTF-8 text"))()
BAD_JSON = message("intake.bad_json", QT_TRANSLATE_NOOP("Messages", "Not valid JSON: {reason}"))
NOT_OBJECT = message("intake.not_an_object", QT_TRANSLATE_NOOP("Messages", "The line is not a JSON object (such as {example})"))(example='{"phone": "138…", …}')


def open_jsonl(path: Path, limits: Limits) -> Table:
    """Open a JSONL file; every line is a row (line numbers from 1), blank lines are skipped."""
    handle = path.open("rb")
    return Table(format="jsonl", encoding="utf-8", headers=[], header_row=0, rows=_lines(handle, limits),
                 position=handle.tell, closers=[handle.close])


def _lines(handle: BinaryIO, limits: Limits) -> Iterator[RawRow]:
    number = 0
    while True:
        line = handle.readline(limits.max_line_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > limits.max_line_bytes and not line.endswith(b"\n"):
            while (more := handle.readline(1 << 20)) and not more.endswith(b"\n"):
                pass  # skip the rest of an absurd line without holding it in memory
            yield number, _error(number, line, "line_too_long", LINE_TOO_LONG(limit=limits.max_line_bytes))
            continue
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            yield number, _error(number, line, "bad_encoding", NOT_UTF8)
            continue
        try:
            value = json.loads(text)
        except (ValueError, RecursionError) as exc:
            reason = BAD_JSON(reason=exc.msg if isinstance(exc, json.JSONDecodeError) else type(exc).__name__)
            yield number, _error(number, text, "bad_json", reason)
            continue
        if not isinstance(value, dict):
            yield number, _error(number, text, "not_an_object", NOT_OBJECT)
            continue
        yield number, value


def _error(number: int, content: bytes | str, code: str, reason: Msg) -> RowError:
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    return RowError(row=number, column="", value=clip(text.strip()), reason=reason, code=code)
