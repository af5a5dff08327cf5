"""Recognising what a file is: its format, its text encoding, its CSV delimiter, its hash."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

from workstation.intake.errors import FileRefused, Limits

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
        raise FileRefused(f"无法读取文件 {path.name}: {exc.strerror or exc}", code="unreadable") from exc
    if not path.is_file():
        raise FileRefused(f"{path.name} 不是文件", code="not_a_file")
    if size == 0:
        raise FileRefused(f"{path.name} 是空文件", code="empty_file")
    if size > limits.max_bytes:
        raise FileRefused(
            f"{path.name} 太大（{size / 1048576:.1f} MB），上限 {limits.max_bytes / 1048576:.0f} MB，请拆分后导入",
            code="file_too_large",
        )
    return size


def detect_format(path: Path) -> str:
    """"csv", "xlsx" or "jsonl": a zip is XLSX whatever its name; otherwise the extension decides."""
    head = _head(path, 8)
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise FileRefused("这是旧版 Excel (.xls) 文件，请在 Excel 中另存为 .xlsx 或 CSV 后导入", code="xls_format")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raise FileRefused(f"{path.name} 不是有效的 XLSX 文件", code="bad_xlsx")
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    raise FileRefused(f"不支持的文件类型 {suffix or '(无扩展名)'}：支持 CSV、XLSX、JSONL", code="unsupported_format")


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
