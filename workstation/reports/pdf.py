"""The weekly analysis (研判周报) as a PDF: the forms' font, grid tables and footer, plus simple bar charts."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from workstation.forms.common import WIDTH, FormStory, Title, build_pdf, grid, header, para, styles
from workstation.forms.fonts import ensure_font
from workstation.reports.cases import Case
from workstation.reports.figures import FigureRow
from workstation.reports.labels import (
    COLUMNS,
    DEFINITIONS,
    cell_text,
    officer_label,
    outcome_label,
    scam_label,
    yuan,
)
from workstation.reports.weekly_data import WeeklyData

TITLE = "预警劝阻工作研判周报"
BAR = colors.HexColor("#3A6EA5")
SHADE = ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EDF3"))
TIGHT = (("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2))
# The label, then COLUMNS: counts narrow, amounts wide.
WIDTHS = (2.1, 0.9, 0.9, 0.9, 1.0, 1.0, 1.75, 0.8, 1.6, 1.0, 1.0)


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


def _figure_table(first: str, rows: Sequence[tuple[str, FigureRow]], with_received: bool = True) -> Flowable:
    left, center, right = _small()
    head = [para(first, center)] + [para(h, center) for _, h in COLUMNS]
    body = [[para(label, left)] + [para(cell_text(r, a, with_received), right) for a, _ in COLUMNS]
            for label, r in rows]
    return grid([head, *body], WIDTHS, extra=[SHADE, *TIGHT], min_height=16, repeat_rows=1)


def bar_chart(title: str, labels: Sequence[str], values: Sequence[float], height: float = 62 * mm) -> Drawing:
    """A deterministic vertical bar chart in the forms' font (reportlab.graphics, no randomness)."""
    font = ensure_font()
    d = Drawing(WIDTH, height)
    d.add(String(0, height - 12, title, fontName=font, fontSize=10))
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 42
    chart.width, chart.height = WIDTH - 48, height - 62
    chart.data = [list(values) or [0]]
    chart.bars[0].fillColor = BAR
    chart.bars.strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if len(labels) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 6 else "n"
    chart.barLabelFormat = "%d" if all(float(v).is_integer() for v in values) else "%.0f"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 6
    d.add(chart)
    return d


def _cases_table(cases: Sequence[Case], names: dict[str, str], text_caption: str) -> Flowable:
    left, center, right = _small()
    head = [para(h, center) for h in ("线索编号", "诈骗类型", "辖区", "民警", "处置结果", "金额(元)", text_caption)]
    body = [[para(c.ref, left), para(scam_label(c.scam_type), left), para(c.district, left),
             para(names.get(c.officer, c.officer), left), para(outcome_label(c.outcome), left),
             para(yuan(c.amount), right), para(c.text, left)] for c in cases]
    if not body:
        body = [[para("本期无", left)] + [para("", left)] * 6]
    return grid([head, *body], [2.7, 1.7, 1.1, 1.1, 1.5, 1.6, 3.6], extra=[SHADE, *TIGHT], min_height=16,
                repeat_rows=1)


def _change(now: Decimal | int | float | None, before: Decimal | int | float | None) -> str:
    if now is None or before is None or not before:
        return "—"
    return f"{(float(now) - float(before)) / float(before) * 100:+.1f}%"


def story(data: WeeklyData) -> list[Flowable]:
    f, names, st = data.figures, data.figures.officer_names, styles()
    p = f.period
    out: list[Flowable] = [Title(TITLE), header(data.ctx, data.unit_name, p.label, unit_caption="编制单位"),
                           para(f"统计周期：{p.first_day:%Y年%m月%d日}至{p.last_day:%Y年%m月%d日}（{p.tz}）"
                                f"　生成时间：{data.generated_local}", st.small), Spacer(0, 4)]
    prev = f.by_week[-2][1] if len(f.by_week) >= 2 else None
    t = f.total
    summary = (f"本期接警线索 {t.received} 条，处置 {t.handled} 条，通话 {t.calls} 次；接通率 {cell_text(t, 'reached_share')}，"
               f"劝阻成功率 {cell_text(t, 'persuaded_share')}；劝阻金额 {yuan(t.protected)} 元；"
               f"紧急止付 {t.stop_payments} 笔，止付金额 {yuan(t.stop_amount)} 元；"
               f"预警至首呼中位数 {cell_text(t, 'median_minutes')} 分钟，P90 {cell_text(t, 'p90_minutes')} 分钟。")
    if prev is not None:
        summary += f"处置线索较上周 {_change(t.handled, prev.handled)}，劝阻金额较上周 {_change(t.protected, prev.protected)}。"
    out += [_h2("一、总体情况"), para(summary, st.cell), Spacer(0, 4),
            _figure_table("合计", [("本期", t)] + ([("上周", prev)] if prev else []))]
    scam = [(scam_label(r.key), r) for r in f.by_scam_type]
    out += [_h2("二、分诈骗类型"), _figure_table("诈骗类型", scam),
            KeepTogether(bar_chart("各诈骗类型接警线索数", [s for s, _ in scam], [r.received for _, r in scam]))]
    out += [_h2("三、分辖区"), _figure_table("辖区", [(r.key or "（未填）", r) for r in f.by_district])]
    officers = [(officer_label(r.key, names), r) for r in f.by_officer]
    out += [_h2("四、分民警"), _figure_table("民警", officers, with_received=False),
            KeepTogether(bar_chart("各民警处置线索数", [names.get(r.key, r.key) for r in f.by_officer],
                                   [r.handled for r in f.by_officer]))]
    out += [_h2("五、周环比"), _figure_table("周次", list(f.by_week)),
            KeepTogether(bar_chart("近几周处置线索数", [w for w, _ in f.by_week], [r.handled for _, r in f.by_week]))]
    c = data.cases
    out += [_h2("六、典型案例"), para("（一）劝阻金额最大的通话", st.cell), _cases_table(c.protected, names, "处置情况"),
            Spacer(0, 6), para("（二）紧急止付", st.cell), _cases_table(c.stop_payments, names, "备注"),
            Spacer(0, 6), para("（三）受表扬的处置", st.cell), _cases_table(c.commended, names, "复核意见")]
    out += [_h2("附：统计口径"), *(para(d, st.small) for d in DEFINITIONS)]
    return out


def render(data: WeeklyData) -> bytes:
    """The PDF bytes; identical data gives identical bytes (reportlab's invariant mode)."""
    return build_pdf([FormStory(TITLE, data.figures.period.label, story(data))], total=1,
                     title=f"{TITLE} {data.figures.period.label}")
