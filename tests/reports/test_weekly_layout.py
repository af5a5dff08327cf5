"""The weekly report's PDF laid out as it is read: a chart's title clear of the table above it and of its own
bars' labels; the per-officer table's first column filled (leads taken), in both languages."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.reports.dataset import build
from workstation import messages
from workstation.desk import Workstation
from workstation.reports.pdf import _count_axis
from workstation.reports.period import iso_week
from workstation.services import review

W47 = iso_week("2026-W47", "Asia/Shanghai")


def _lines(pdf: bytes, page: int) -> list[tuple[float, float, str]]:
    """(baseline y, font size, text) of each piece of text drawn on a page (y grows upwards)."""
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            found.append((cm[5] + tm[5] * cm[3], size * (tm[3] or 1), text.strip()))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


@pytest.fixture
def english_pdf(sqlite_desk: Workstation, tmp_path: Path) -> bytes:
    build(sqlite_desk)
    messages.set_language("en")
    return review.weekly_report(sqlite_desk, "lead1", W47, tmp_path / "en").pdf_path.read_bytes()


def test_chart_title_clears_the_table_above_and_the_bar_labels(english_pdf: bytes) -> None:
    lines = _lines(english_pdf, 0)
    title = next(y for y, _, t in lines if t == "Leads received per scam type")
    above = min(y for y, _, t in lines if y > title)  # the table's last row ("Fake loans and cards")
    below = max(y for y, _, t in lines if y < title)  # the highest bar's value label
    # the last row's text sits 4 pt above its rule; the title's 10 pt type needs its own room above it
    assert above - title >= 10 + 4 + 8, (above, title)
    assert title - below >= 10, (title, below)  # the value label once ran into the title (2 pt apart)


def test_counts_have_whole_steps() -> None:
    assert _count_axis([2, 2, 1, 0, 1]) == (2, 1)  # not 0, 0.5, 1, 1.5, 2 leads
    assert _count_axis([23]) == (25, 5)
    assert _count_axis([]) == (1, 1)


def test_per_officer_first_column_is_leads_taken(english_pdf: bytes) -> None:
    rows = [t for _, _, t in _lines(english_pdf, 1)]
    assert "taken" in rows or "Leads taken" in rows  # the header (wrapped between its words, or not)
    officer2 = rows.index(next(t for t in rows if t.startswith("民警2")))
    assert rows[officer2 + 1] == "4"  # officer2 took L6 L2 L4 L9; the column once printed "—"
