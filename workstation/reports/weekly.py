"""Building the weekly analysis (研判周报): figures and notable cases → PDF and XLSX files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workstation.desk import Workstation
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.reports import pdf, xlsx
from workstation.reports.period import Period
from workstation.reports.weekly_data import WeeklyData, collect

FILE_STEM = message("report.weekly_file", QT_TRANSLATE_NOOP("Messages", "weekly-report-{week}"))


@dataclass(frozen=True, slots=True)
class WeeklyReport:
    """The report's files and the data they were made from."""

    data: WeeklyData
    pdf_path: Path
    xlsx_path: Path


def gather(ws: Workstation, period: Period, weeks: int = 8) -> WeeklyData:
    with ws.sessions() as session:
        return collect(session, ws.dialect, period, ws.settings.unit_name, ws.clock.now(), weeks)


def write(data: WeeklyData, out_dir: Path) -> WeeklyReport:
    """Write weekly-report-<week>.pdf and .xlsx into out_dir (created if missing); the names are in the person's
    language (研判周报-<week> in Chinese)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = str(FILE_STEM(week=data.figures.period.label))
    pdf_path, xlsx_path = out_dir / f"{stem}.pdf", out_dir / f"{stem}.xlsx"
    pdf_path.write_bytes(pdf.render(data))
    xlsx_path.write_bytes(xlsx.render(data))
    return WeeklyReport(data, pdf_path, xlsx_path)
