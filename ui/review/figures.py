"""Figures (统计) for a chosen week, with charts; and the weekly analysis report (研判周报) as files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.review import charts
from ui.tasks import TaskRunner
from ui.widgets import guarded
from workstation.desk import Workstation
from workstation.domain.words import aside
from workstation.reports import weekly
from workstation.reports.figures import Figures
from workstation.reports.labels import minutes, share
from workstation.reports.period import Period, week_of
from workstation.services import review

WEEKS_SHOWN = 12


class FiguresWidget(QWidget):
    """A week chooser, the week's totals, bar charts per scam type and per officer, a week-over-week line.

    State: ``figures`` (the last figures shown), ``periods`` (the weeks on offer, newest first), ``folder``
    (where the next weekly report goes), ``report_box`` (the message saying where the last one went).
    """

    loaded = Signal()
    report_written = Signal(str)  # the PDF's path

    def __init__(self, ws: Workstation, officer: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.officer, self.tasks = ws, officer, tasks
        self.figures: Figures | None = None
        self.folder = Path.home()  # where the weekly report goes; the last folder chosen from then on
        self.report_box: QMessageBox | None = None  # the "report written" message while it is open
        current = week_of(ws.clock.now(), ws.settings.centre_tz)
        self.periods: list[Period] = [current.shifted_weeks(-k) for k in range(WEEKS_SHOWN)]
        self.week = QComboBox()
        for p in self.periods:
            self.week.addItem(aside(p.label, f"{p.first_day:%m-%d} – {p.last_day:%m-%d}"))
        self.week.currentIndexChanged.connect(self.reload)
        self.report_button = QPushButton(self.tr("Weekly report (PDF + XLSX)…"))
        self.report_button.clicked.connect(self.ask_and_write_report)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.scam_chart = charts.chart_view()
        self.officer_chart = charts.chart_view()
        self.week_chart = charts.chart_view()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Week")))
        top.addWidget(self.week)
        top.addStretch(1)
        top.addWidget(self.report_button)
        grid = QGridLayout()
        grid.addWidget(self.scam_chart, 0, 0)
        grid.addWidget(self.officer_chart, 0, 1)
        grid.addWidget(self.week_chart, 1, 0, 1, 2)
        grid.setRowStretch(0, 3)  # the bars need the height: one row per scam type or officer
        grid.setRowStretch(1, 2)
        body = QWidget()
        body.setLayout(grid)
        self.scroll = QScrollArea()  # many officers: the bars keep a readable row each and the screen scrolls
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll, 1)
        self.reload()

    def period(self) -> Period:
        return self.periods[max(0, self.week.currentIndex())]

    @Slot()
    def reload(self) -> None:
        self.tasks.run_db(review.figures, self.ws, self.officer, self.period(), on_done=guarded(self, self._show))

    def _show(self, f: Figures) -> None:
        self.figures = f
        t = f.total
        self.summary.setText(self.tr(
            "Received {0} · handled {1} · calls {2} · reached {3} · persuaded {4} · protected ¥{5} · "
            "stop-payments {6} (¥{7}) · warning → first call: median {8} min, p90 {9} min").format(
            t.received, t.handled, t.calls, share(t.reached_share), share(t.persuaded_share), f"{t.protected:,.2f}",
            t.stop_payments, f"{t.stop_amount:,.2f}", minutes(t.median_minutes), minutes(t.p90_minutes)))
        scam = f.by_scam_type
        charts.bars(self.scam_chart, self.tr("Per scam type"), [i18n.scam_short_label(r.key) for r in scam],
                    [(self.tr("Received"), [r.received for r in scam]), (self.tr("Handled"), [r.handled for r in scam]),
                     (self.tr("Persuaded"), [r.persuaded for r in scam])], [i18n.scam_label(r.key) for r in scam])
        people = f.by_officer
        charts.bars(self.officer_chart, self.tr("Per officer"), [f.officer_names.get(r.key, r.key) for r in people],
                    [(self.tr("Handled"), [r.handled for r in people]),
                     (self.tr("Persuaded"), [r.persuaded for r in people])],
                    [aside(f.officer_names.get(r.key, r.key), r.key) for r in people])
        weeks = f.by_week
        charts.lines(self.week_chart, self.tr("Week over week"), [w for w, _ in weeks],
                     [(self.tr("Received"), [r.received for _, r in weeks]),
                      (self.tr("Handled"), [r.handled for _, r in weeks]),
                      (self.tr("Persuaded"), [r.persuaded for _, r in weeks])])
        self.loaded.emit()

    @Slot()
    def ask_and_write_report(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the weekly report in"), str(self.folder))
        if folder:
            self.write_report(Path(folder))

    def write_report(self, folder: Path) -> None:
        """Collect on the database worker, render the PDF and workbook on the slow pool."""
        self.report_button.setEnabled(False)

        self.tasks.run_db(review.weekly_data, self.ws, self.officer, self.period(), folder,
                          on_done=guarded(self, self._collected, folder),
                          on_error=guarded(self, self._report_failed))

    def _collected(self, folder: Path, data: weekly.WeeklyData) -> None:
        self.tasks.run_slow(weekly.write, data, folder, on_done=guarded(self, self._written),
                            on_error=guarded(self, self._report_failed))

    def _written(self, report: weekly.WeeklyReport) -> None:
        self.report_button.setEnabled(True)
        self.folder = report.pdf_path.parent
        self.report_written.emit(str(report.pdf_path))
        self.show_written(report)

    def show_written(self, report: weekly.WeeklyReport) -> QMessageBox:
        """Say what was written where, and offer to open the folder."""
        folder = report.pdf_path.parent
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Weekly report written"),
                          self.tr("The weekly report for %1 is in %2:").replace("%1", report.data.figures.period.label)
                          .replace("%2", str(folder)), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("report_written_box")
        box.setInformativeText(f"{report.pdf_path.name}\n{report.xlsx_path.name}")
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._report_box_closed)
        self.report_box = box
        box.open()
        return box

    def _report_box_closed(self) -> None:
        self.report_box = None

    def _report_failed(self, exc: BaseException) -> None:
        self.report_button.setEnabled(True)
        self.tasks.report_error(exc)
