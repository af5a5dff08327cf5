"""Recognising what a file is: its format, its text encoding, its CSV delimiter, its hash."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

from workstation.intake.errors import FileRefused, Limits
from workstation.messages import QT_TRANSLATE_NOOP, message

UNREADABLE = message("intake.unreadable", QT_TRANSLATE_NOOP("Messages", "Cannot read the file {file}: {reason}"))
NOT_A_FILE = message("intake.not_a_file", QT_TRANSLATE_NOOP("Messages", "{file} is not a file"))
EMPTY_FILE = message("intake.empty_file", QT_TRANSLATE_NOOP("Messages", "{file} is empty"))
TOO_LARGE = message("intake.file_too_large", QT_TRANSLATE_NOOP("Messages", "{file} is too large ({size} MB; at most {limit} MB): split it and import the parts"))
OLD_XLS = message("intake.xls_format", QT_TRANSLATE_NOOP("Messages", "This is an old Excel (.xls) file: save it as .xlsx or CSV in Excel, then import that"))
BAD_XLSX = message("intake.bad_xlsx", QT_TRANSLATE_NOOP("Messages", "{file} is not a valid XLSX file"))
UNSUPPORTED = message("intake.unsupported_format", QT_TRANSLATE_NOOP("Messages", "Files of type {suffix} cannot be imported: CSV, XLSX and JSONL can"))
NO_SUFFIX = message("intake.no_suffix", QT_TRANSLATE_NOOP("Messages", "(no extension)"))

FORMATS = ("csv", "xlsx", "jsonl")
_EXTENSIONS = {
    ".csv": "csv", ".txt": "csv", ".tsv": "csv",
    ".xlsx": "xlsx", ".xlsm": "xlsx",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
}
_CHUNK = 1 << 20


def check_size(path: Path, limits: Limits) -> int:
    """The file's size; refuses missing, empty and oversized files before anything reads them."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise FileRefused(UNREADABLE(file=path.name, reason=exc.strerror or str(exc)), code="unreadable") from exc
    if not path.is_file():
        raise FileRefused(NOT_A_FILE(file=path.name), code="not_a_file")
    if size == 0:
        raise FileRefused(EMPTY_FILE(file=path.name), code="empty_file")
    if size > limits.max_bytes:
        raise FileRefused(
            TOO_LARGE(file=path.name, size=f"{size / 1048576:.1f}", limit=f"{limits.max_bytes / 1048576:.0f}"),
            code="file_too_large",
        )
    return size


def detect_format(path: Path) -> str:
    """"csv", "xlsx" or "jsonl": a zip is XLSX whatever its name; otherwise the extension decides."""
    head = _head(path, 8)
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise FileRefused(OLD_XLS(), code="xls_format")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raise FileRefused(BAD_XLSX(file=path.name), code="bad_xlsx")
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    raise FileRefused(UNSUPPORTED(suffix=suffix or NO_SUFFIX()), code="unsupported_format")


def file_sha256(path: Path) -> str:
    """The SHA-256 of the file's bytes, hex: the key by which a re-import is recognised."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def detect_encoding(path: Path) -> str:
    """utf-8-sig for a UTF-8 BOM, utf-16 for a UTF-16 BOM, utf-8 if the whole file decodes, else gb18030."""
    head = _head(path, 4)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return "gb18030"  # what Chinese Excel writes ("CSV (逗号分隔)"); a superset of GBK and GB2312
    return "utf-8"


def delimiter_candidates(lines: list[str]) -> list[str]:
    """, tab and ; from likeliest to least likely (highest median count first; ties keep that order).

    The count can mislead — data cells full of ';' under a comma header — so a reader tries the next
    candidate when the likeliest one yields no header."""
    scores: dict[str, int] = {}
    for candidate in (",", "\t", ";"):
        counts = sorted(line.count(candidate) for line in lines if line.strip())
        scores[candidate] = counts[len(counts) // 2] if counts else 0
    return sorted(scores, key=lambda c: -scores[c])


def _head(path: Path, size: int) -> bytes:
    with path.open("rb") as handle:
        return handle.read(size)
