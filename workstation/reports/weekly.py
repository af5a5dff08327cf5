"""Building the weekly analysis (研判周报): figures and notable cases → PDF and XLSX files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workstation.reports import pdf, xlsx
from workstation.reports.period import Period
from workstation.reports.weekly_data import WeeklyData, collect
from workstation.services.context import Workstation


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
    """Write 研判周报-<week>.pdf and .xlsx into out_dir (created if missing)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"研判周报-{data.figures.period.label}"
    pdf_path, xlsx_path = out_dir / f"{stem}.pdf", out_dir / f"{stem}.xlsx"
    pdf_path.write_bytes(pdf.render(data))
    xlsx_path.write_bytes(xlsx.render(data))
    return WeeklyReport(data, pdf_path, xlsx_path)


def build(ws: Workstation, period: Period, out_dir: Path, weeks: int = 8) -> WeeklyReport:
    return write(gather(ws, period, weeks), out_dir)
