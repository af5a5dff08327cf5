"""Streaming JSON Lines: one object per line; a broken line is a row error with its line number."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from workstation.intake.errors import Limits, RowError, clip
from workstation.intake.table import RawRow, Table


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
            yield number, _error(number, line, "line_too_long", f"该行超过 {limits.max_line_bytes} 字节，拒绝")
            continue
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            yield number, _error(number, line, "bad_encoding", "该行不是 UTF-8 编码")
            continue
        try:
            value = json.loads(text)
        except (ValueError, RecursionError) as exc:
            reason = f"JSON 格式错误: {exc.msg}" if isinstance(exc, json.JSONDecodeError) else "JSON 格式错误"
            yield number, _error(number, text, "bad_json", reason)
            continue
        if not isinstance(value, dict):
            yield number, _error(number, text, "not_an_object", "该行不是 JSON 对象（应为 {\"字段\": 值, …}）")
            continue
        yield number, value


def _error(number: int, content: bytes | str, code: str, reason: str) -> RowError:
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    return RowError(row=number, column="", value=clip(text.strip()), reason=reason, code=code)
