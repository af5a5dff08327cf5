"""Best-effort line numbers for locations such as "steps[3].branches[0].goto" in a TOML source.

tomllib keeps no positions, so this scans the text for the headers ([[steps]], [[steps.branches]],
[steps.say]) and keys that a location names. It only helps people find the place; it never decides validity.
"""

from __future__ import annotations

import re

_SEGMENT = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)(?:\[(\d+)\])?")
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")


def _header_name(line: str) -> str | None:
    match = _HEADER.match(line)
    if match is None:
        return None
    return re.sub(r"\s+", "", match.group(1))


def _is_key(line: str, key: str) -> bool:
    return re.match(rf"^\s*{re.escape(key)}\s*[.=]", line) is not None


def _direct_end(lines: list[str], start: int, end: int) -> int:
    """The end of the keys that belong directly to the table opened at `start` (the next header)."""
    for i in range(start + 1 if _header_name(lines[start]) else start, end):
        if _header_name(lines[i]) is not None:
            return i
    return end


def _region_end(lines: list[str], start: int, end: int, name: str) -> int:
    """The end of an array-of-tables item `name` opened at `start`: the next header not inside it."""
    for i in range(start + 1, end):
        header = _header_name(lines[i])
        if header is not None and not header.startswith(name + "."):
            return i
    return end


def line_of(source: str, location: str) -> int | None:
    """The 1-based line where `location` is written in `source`, or None when it cannot be found."""
    if not location:
        return None
    lines = source.splitlines()
    if not lines:
        return None
    start, end = 0, len(lines)
    found: int | None = None
    prefix = ""
    parts = location.split(".")
    for n, part in enumerate(parts):
        match = _SEGMENT.fullmatch(part)
        if match is None:
            return found
        key, index = match.group(1), match.group(2)
        full = prefix + key
        direct_end = _direct_end(lines, start, end) if (start < end) else end
        if index is not None:
            items = [
                i
                for i in range(start, end)
                if _header_name(lines[i]) == full and lines[i].lstrip().startswith("[[")
            ]
            if len(items) > int(index):
                start = items[int(index)]
                end = _region_end(lines, start, end, full)
                found = start + 1
                prefix = full + "."
                continue
            # an inline array (key = [ ... ]): the key's line is the best we can do
            for i in range(start, direct_end):
                if _is_key(lines[i], key):
                    return i + 1
            return found
        rest = parts[n:]
        if len(rest) > 1 and all(_KEY.fullmatch(p) for p in rest):
            # a dotted key such as `say.en = ...` names the exact line
            dotted = re.compile(r"^\s*" + r"\s*\.\s*".join(re.escape(p) for p in rest) + r"\s*=")
            for i in range(start, direct_end):
                if dotted.match(lines[i]):
                    return i + 1
        for i in range(start, direct_end):
            if _is_key(lines[i], key):
                return i + 1
        tables = [i for i in range(start, end) if _header_name(lines[i]) == full]
        if not tables:
            return found
        start = tables[0]
        end = _region_end(lines, start, end, full)
        found = start + 1
        prefix = full + "."
    return found
