"""The weekly analysis (研判周报) as a PDF: the forms' font, grid tables and footer, plus simple bar charts."""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from workstation.domain.words import in_chinese
from workstation.forms.common import WIDTH, FormStory, Title, build_pdf, grid, header, styles
from workstation.forms.common import para as _para
from workstation.forms.fonts import ensure_font
from workstation.messages import QT_TRANSLATE_NOOP, Template, message, text
from workstation.reports.cases import Case
from workstation.reports.figures import FigureRow
from workstation.reports.labels import (
    COLUMNS,
    DEFINITIONS,
    NOT_GIVEN,
    OFFICER_COLUMNS,
    cell_text,
    officer_label,
    outcome_label,
    scam_label,
    yuan,
    zone_label,
)
from workstation.reports.weekly_data import WeeklyData

TITLE = message("report.title", QT_TRANSLATE_NOOP("Messages", "Weekly analysis of warning calls"))
UNIT = message("report.unit", QT_TRANSLATE_NOOP("Messages", "Prepared by"))
PERIOD_LINE = message("report.period_line", QT_TRANSLATE_NOOP("Messages", "Period: {first:%Y-%m-%d} to {last:%Y-%m-%d} ({tz})    Generated: {generated}"))
SUMMARY = message("report.summary", QT_TRANSLATE_NOOP("Messages", "This period: {received} leads received, {handled} handled, {calls} calls; reached {reached}, persuaded {persuaded}; protected {protected} yuan; emergency stop-payments: {stops}, {stopped} yuan; warning to first call: median {median} min, P90 {p90} min."))
SUMMARY_CHANGE = message("report.summary_change", QT_TRANSLATE_NOOP("Messages", " Against the week before: leads handled {handled}, amount protected {protected}."))
H_TOTAL = message("report.h.total", QT_TRANSLATE_NOOP("Messages", "1. Overview"))
H_SCAM = message("report.h.scam", QT_TRANSLATE_NOOP("Messages", "2. By scam type"))
H_DISTRICT = message("report.h.district", QT_TRANSLATE_NOOP("Messages", "3. By district"))
H_OFFICER = message("report.h.officer", QT_TRANSLATE_NOOP("Messages", "4. By officer"))
H_WEEKS = message("report.h.weeks", QT_TRANSLATE_NOOP("Messages", "5. Week over week"))
H_CASES = message("report.h.cases", QT_TRANSLATE_NOOP("Messages", "6. Notable cases"))
H_DEFINITIONS = message("report.h.definitions", QT_TRANSLATE_NOOP("Messages", "Appendix: how the figures are counted"))
FIRST_TOTAL = message("report.first.total", QT_TRANSLATE_NOOP("Messages", "Total"))
THIS_WEEK = message("report.this_period", QT_TRANSLATE_NOOP("Messages", "This period"))
LAST_WEEK = message("report.last_week", QT_TRANSLATE_NOOP("Messages", "Week before"))
FIRST_SCAM = message("report.first.scam", QT_TRANSLATE_NOOP("Messages", "Scam type"))
FIRST_DISTRICT = message("report.first.district", QT_TRANSLATE_NOOP("Messages", "Jurisdiction"))
FIRST_OFFICER = message("report.first.officer", QT_TRANSLATE_NOOP("Messages", "Officer"))
FIRST_WEEK = message("report.first.week", QT_TRANSLATE_NOOP("Messages", "Week"))
CHART_SCAM = message("report.chart.scam", QT_TRANSLATE_NOOP("Messages", "Leads received per scam type"))
CHART_OFFICER = message("report.chart.officer", QT_TRANSLATE_NOOP("Messages", "Leads handled per officer"))
CHART_WEEKS = message("report.chart.weeks", QT_TRANSLATE_NOOP("Messages", "Leads handled in recent weeks"))
CASES_PROTECTED = message("report.cases.protected", QT_TRANSLATE_NOOP("Messages", "(a) Calls that protected the most"))
CASES_STOPS = message("report.cases.stops", QT_TRANSLATE_NOOP("Messages", "(b) Emergency stop-payments"))
CASES_COMMENDED = message("report.cases.commended", QT_TRANSLATE_NOOP("Messages", "(c) Commended calls"))
CAPTION_HANDLING = message("report.caption.handling", QT_TRANSLATE_NOOP("Messages", "How it was handled"))
CAPTION_NOTES = message("report.caption.notes", QT_TRANSLATE_NOOP("Messages", "Notes"))
CAPTION_REVIEW = message("report.caption.review", QT_TRANSLATE_NOOP("Messages", "Review comment"))
CASE_REF = message("report.case.ref", QT_TRANSLATE_NOOP("Messages", "Lead"))
CASE_OUTCOME = message("report.case.outcome", QT_TRANSLATE_NOOP("Messages", "Outcome"))
CASE_AMOUNT = message("report.case.amount", QT_TRANSLATE_NOOP("Messages", "Amount (yuan)"))
NONE_THIS_PERIOD = message("report.none", QT_TRANSLATE_NOOP("Messages", "None in this period"))
SERIAL = message("report.serial", QT_TRANSLATE_NOOP("Messages", "No."))
PAGE = message("report.page", QT_TRANSLATE_NOOP("Messages", "Page {page} of {count}"))
BAR = colors.HexColor("#3A6EA5")
SHADE = ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EDF3"))
TIGHT = (("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2))
# The label, then COLUMNS: counts narrow, amounts wide.
WIDTHS = (2.1, 0.9, 0.9, 0.9, 1.0, 1.0, 1.75, 0.8, 1.6, 1.0, 1.0)
WIDTHS_WORDS = (2.1, 1.05, 1.05, 0.8, 0.95, 1.1, 1.35, 1.25, 1.35, 1.0, 1.0)  # English headers break between words


def para(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph; English breaks between words (the forms' CJK wrapping would split "received" anywhere)."""
    if value.isascii():
        style = ParagraphStyle(f"{style.name}-words", parent=style, wordWrap=None)
    return _para(value, style)


def _h2(text: str) -> Paragraph:
    style = ParagraphStyle("h2", parent=styles().cell, fontSize=13, leading=20, spaceBefore=10, spaceAfter=4,
                           keepWithNext=1)
    return para(text, style)


def _small() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """8-point cell styles (left, centre, right): a figures table has eleven columns."""
    st = styles()
    return (ParagraphStyle("t8", parent=st.dense, fontSize=8, leading=10),
            ParagraphStyle("t8c", parent=st.dense_center, fontSize=8, leading=10),
            ParagraphStyle("t8r", parent=st.dense_right, fontSize=8, leading=10))


def _figure_table(first: str, rows: Sequence[tuple[str, FigureRow]],
                  columns: Sequence[tuple[str, Template]] = COLUMNS) -> Flowable:
    left, center, right = _small()
    captions = [text(h()) for _, h in columns]
    words = all(c.isascii() for c in captions)
    if words:
        center = ParagraphStyle("t7c", parent=center, fontSize=7, leading=9)
    head = [para(first, center)] + [para(c, center) for c in captions]
    body = [[para(label, left)] + [para(cell_text(r, a), right) for a, _ in columns]
            for label, r in rows]
    return grid([head, *body], WIDTHS_WORDS if words else WIDTHS, extra=[SHADE, *TIGHT], min_height=16,
                repeat_rows=1)


CHART_GAP = 8  # points between a chart and the table above it (its title must not touch the table's last row)
TITLE_BAND = 18  # the chart's title line, above the plot
LABEL_ROOM = 12  # above the highest bar, for its value label (it once ran into the title)


def _count_axis(values: Sequence[float]) -> tuple[float, float]:
    """(valueMax, valueStep) for whole counts: whole steps (no "0.5 leads"), at most about five of them."""
    top = max([0.0, *values])
    step = max(1, math.ceil(top / 5))
    return max(step, math.ceil(top / step) * step), step


def bar_chart(title: str, labels: Sequence[str], values: Sequence[float], height: float = 62 * mm) -> Drawing:
    """A deterministic vertical bar chart in the forms' font (reportlab.graphics, no randomness): the title in
    its own band at the top, the bars' value labels below it, the category labels below the axis."""
    font = ensure_font()
    d = Drawing(WIDTH, height)
    d.add(String(0, height - 12, title, fontName=font, fontSize=10))
    chart = VerticalBarChart()
    chart.width = WIDTH - 48  # type: ignore[assignment]  # the stubs say int; reportlab takes any number
    # slanted when many or long (English scam types) so neighbours do not overlap; room below for them
    widths = [stringWidth(s, font, 7) for s in labels] or [0.0]
    slant = len(labels) > 6 or max(widths) > chart.width / max(1, len(labels)) - 4
    chart.x, chart.y = 36, max(42, 16 + max(widths) / 2) if slant else 42  # type: ignore[assignment]  # the stubs say int; reportlab takes any number
    chart.height = height - TITLE_BAND - LABEL_ROOM - chart.y  # type: ignore[assignment]  # the stubs say int; reportlab takes any number
    chart.data = [list(values) or [0]]
    chart.bars[0].fillColor = BAR
    chart.bars.strokeColor = None
    chart.valueAxis.valueMin = 0
    if all(float(v).is_integer() for v in values):
        chart.valueAxis.valueMax, chart.valueAxis.valueStep = _count_axis(values)
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if slant else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if slant else "n"
    chart.barLabelFormat = "%d" if all(float(v).is_integer() for v in values) else "%.0f"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 6
    d.add(chart)
    return d


def _chart(drawing: Drawing) -> Flowable:
    """A chart kept whole, with room between it and the table above."""
    return KeepTogether([Spacer(0, CHART_GAP), drawing])


def _cases_table(cases: Sequence[Case], names: dict[str, str], text_caption: str) -> Flowable:
    left, center, right = _small()
    captions = [text(h()) for h in (CASE_REF, FIRST_SCAM, FIRST_DISTRICT, FIRST_OFFICER, CASE_OUTCOME,
                                    CASE_AMOUNT)] + [text_caption]
    words = all(c.isascii() for c in captions)
    if words:
        center = ParagraphStyle("t7c", parent=center, fontSize=7, leading=9)
    head = [para(c, center) for c in captions]
    body = [[para(c.ref, left), para(scam_label(c.scam_type), left), para(c.district, left),
             para(names.get(c.officer, c.officer), left), para(outcome_label(c.outcome), left),
             para(yuan(c.amount), right), para(c.text, left)] for c in cases]
    if not body:
        body = [[para(text(NONE_THIS_PERIOD()), left)] + [para("", left)] * 6]
    widths = [2.5, 2.3, 1.4, 1.1, 1.9, 1.5, 2.6] if words else [2.7, 1.7, 1.1, 1.1, 1.5, 1.6, 3.6]
    return grid([head, *body], widths, extra=[SHADE, *TIGHT], min_height=16, repeat_rows=1)


def _change(now: Decimal | int | float | None, before: Decimal | int | float | None) -> str:
    if now is None or before is None or not before:
        return "—"
    return f"{(float(now) - float(before)) / float(before) * 100:+.1f}%"


def story(data: WeeklyData) -> list[Flowable]:
    f, names, st = data.figures, data.figures.officer_names, styles()
    p = f.period
    title = text(TITLE())
    out: list[Flowable] = [Title(title, char_space=4 if not title.isascii() else 0.5),
                           header(data.ctx, data.unit_name, p.label, unit_caption=text(UNIT()),
                                  serial_caption=text(SERIAL())),
                           para(text(PERIOD_LINE(first=p.first_day, last=p.last_day, tz=zone_label(p.tz),
                                                 generated=data.generated_local)), st.small), Spacer(0, 4)]
    prev = f.by_week[-2][1] if len(f.by_week) >= 2 else None
    t = f.total
    summary = text(SUMMARY(received=t.received, handled=t.handled, calls=t.calls,
                           reached=cell_text(t, "reached_share"), persuaded=cell_text(t, "persuaded_share"),
                           protected=yuan(t.protected), stops=t.stop_payments, stopped=yuan(t.stop_amount),
                           median=cell_text(t, "median_minutes"), p90=cell_text(t, "p90_minutes")))
    changes = (_change(t.handled, prev.handled), _change(t.protected, prev.protected)) if prev else ("—", "—")
    if changes != ("—", "—"):  # nothing the week before to compare with: no "较上周 —，…较上周 —"
        summary += text(SUMMARY_CHANGE(handled=changes[0], protected=changes[1]))
    totals = [(text(THIS_WEEK()), t)] + ([(text(LAST_WEEK()), prev)] if prev else [])
    out += [_h2(text(H_TOTAL())), para(summary, st.cell), Spacer(0, 4), _figure_table(text(FIRST_TOTAL()), totals)]
    scam = [(scam_label(r.key), r) for r in f.by_scam_type]
    out += [_h2(text(H_SCAM())), _figure_table(text(FIRST_SCAM()), scam),
            _chart(bar_chart(text(CHART_SCAM()), [s for s, _ in scam], [r.received for _, r in scam]))]
    out += [_h2(text(H_DISTRICT())),
            _figure_table(text(FIRST_DISTRICT()), [(r.key or text(NOT_GIVEN()), r) for r in f.by_district])]
    officers = [(officer_label(r.key, names), r) for r in f.by_officer]
    out += [_h2(text(H_OFFICER())), _figure_table(text(FIRST_OFFICER()), officers, OFFICER_COLUMNS),
            _chart(bar_chart(text(CHART_OFFICER()), [names.get(r.key, r.key) for r in f.by_officer],
                                   [r.handled for r in f.by_officer]))]
    out += [_h2(text(H_WEEKS())), _figure_table(text(FIRST_WEEK()), list(f.by_week)),
            _chart(bar_chart(text(CHART_WEEKS()), [w for w, _ in f.by_week],
                                   [r.handled for _, r in f.by_week]))]
    c = data.cases
    out += [  # each heading and caption stays with its table (they were left alone at a page's foot)
            KeepTogether([_h2(text(H_CASES())), para(text(CASES_PROTECTED()), st.cell),
                          _cases_table(c.protected, names, text(CAPTION_HANDLING()))]),
            Spacer(0, 6),
            KeepTogether([para(text(CASES_STOPS()), st.cell),
                          _cases_table(c.stop_payments, names, text(CAPTION_NOTES()))]),
            Spacer(0, 6),
            KeepTogether([para(text(CASES_COMMENDED()), st.cell),
                          _cases_table(c.commended, names, text(CAPTION_REVIEW()))])]
    out += [_h2(text(H_DEFINITIONS())), *(para(text(d()), st.small) for d in DEFINITIONS)]
    return out


def render(data: WeeklyData) -> bytes:
    """The PDF bytes; identical data gives identical bytes (reportlab's invariant mode)."""
    title, label = text(TITLE()), data.figures.period.label
    pages = text(PAGE(page="{page}", count="{count}"))
    return build_pdf([FormStory(title, label, story(data), page_text=pages, serial_caption=text(SERIAL()))],
                     total=1, title=f"{title} {label}", lang="zh-CN" if in_chinese() else "en")
