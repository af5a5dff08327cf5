"""QtCharts builders for the figures screen: bars per category, lines week over week."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter


def chart_view() -> QChartView:
    view = QChartView(QChart())
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _reset(view: QChartView, title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view.setChart(chart)  # the view owns the chart from here; the old one is deleted
    return chart


def _axes(chart: QChart, series: object, categories: Sequence[str], top: float) -> None:
    x = QBarCategoryAxis()
    x.append(list(categories))
    y = QValueAxis()
    y.setRange(0, max(1.0, top * 1.1))
    y.setLabelFormat("%d")
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)  # type: ignore[attr-defined]
    series.attachAxis(y)  # type: ignore[attr-defined]


def bars(view: QChartView, title: str, categories: Sequence[str],
         sets: Sequence[tuple[str, Sequence[float]]]) -> QBarSeries:
    """A grouped bar chart: one bar set per (name, values), values aligned with categories."""
    chart = _reset(view, title)
    series = QBarSeries()
    for name, values in sets:
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in values])
        series.append(bar_set)
    chart.addSeries(series)
    top = max((float(v) for _, values in sets for v in values), default=0.0)
    _axes(chart, series, categories, top)
    return series


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
