"""Reading forms back: the text of a PDF, with all whitespace removed so wrapped cells still match."""

from __future__ import annotations

import io

from pypdf import PdfReader


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def compact(text: str) -> str:
    return "".join(text.split())


def text(pdf: bytes) -> str:
    """All pages' text, whitespace (spaces, nbsp, line breaks) removed."""
    return compact("".join(pages(pdf)))


def assert_prints(pdf: bytes, *facts: str) -> None:
    got = text(pdf)
    missing = [f for f in facts if compact(f) not in got]
    assert not missing, f"not in the PDF text: {missing}"
