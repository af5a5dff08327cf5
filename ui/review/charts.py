"""QtCharts builders for the figures screen: horizontal bars per category, lines week over week."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QCursor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QToolTip

MIN_HEIGHT = 220
CHROME_HEIGHT = 120  # a bar chart's title, value axis and legend


def chart_view() -> QChartView:
    view = QChartView(QChart())
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(MIN_HEIGHT)
    return view


def _reset(view: QChartView, title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    view.setChart(chart)  # the view owns the chart from here; the old one is deleted
    return chart


def bars(view: QChartView, title: str, categories: Sequence[str],
         sets: Sequence[tuple[str, Sequence[float]]], full: Sequence[str] | None = None) -> QHorizontalBarSeries:
    """Grouped horizontal bars: one bar set per (name, values), values aligned with categories, the categories
    down the left where their names have room (under vertical bars they were cut to "虚假…"). Hovering a
    bar shows its category's full name (`full`, else the category) and the value."""
    chart = _reset(view, title)
    series = QHorizontalBarSeries()
    # A category axis puts its first category at the bottom: reversed, the list reads from the top.
    for name, values in sets:
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in reversed(values)])
        series.append(bar_set)
    chart.addSeries(series)
    top = max((float(v) for _, values in sets for v in values), default=0.0)
    y = QBarCategoryAxis()
    y.append(list(reversed(categories)))
    y.setTruncateLabels(False)  # the axis takes the width its names need
    font = QFont(view.font())
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))  # one row per category: a smaller font fits
    y.setLabelsFont(font)
    x = QValueAxis()
    x.setRange(0, max(1.0, top * 1.1))
    x.applyNiceNumbers()  # ticks on round counts (0 5 10 15), not 0 3 7 11
    x.setLabelFormat("%d")
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x)
    series.attachAxis(y)
    # The axis drops every other name when rows are shorter than its font: give each category a line and a half
    # (the figures screen scrolls when the officers outnumber its height).
    view.setMinimumHeight(max(MIN_HEIGHT, CHROME_HEIGHT + round(len(categories) * QFontMetrics(font).height() * 1.6)))
    names = list(reversed(full if full is not None else categories))
    series.hovered.connect(lambda status, index, bar_set: _tip(view, status, names, index, bar_set))
    return series


def _tip(view: QChartView, status: bool, names: Sequence[str], index: int, bar_set: QBarSet) -> None:
    if not status or not 0 <= index < len(names):
        QToolTip.hideText()
        return
    text = f"{names[index]}\n{bar_set.label()}: {bar_set.at(index):g}"
    view.setToolTip(text)
    QToolTip.showText(QCursor.pos(), text, view)


def lines(view: QChartView, title: str, categories: Sequence[str],
          sets: Sequence[tuple[str, Sequence[float]]]) -> list[QLineSeries]:
    """Lines over categories (weeks), one per (name, values)."""
    chart = _reset(view, title)
    out = []
    top = max((float(v) for _, values in sets for v in values), default=0.0)
    x = QBarCategoryAxis()
    x.append(list(categories))
    y = QValueAxis()
    y.setRange(0, max(1.0, top * 1.1))
    y.setLabelFormat("%d")
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for name, values in sets:
        series = QLineSeries()
        series.setName(name)
        series.setPointsVisible(True)
        for i, v in enumerate(values):
            series.append(float(i), float(v))
        chart.addSeries(series)
        series.attachAxis(x)
        series.attachAxis(y)
        out.append(series)
    return out
