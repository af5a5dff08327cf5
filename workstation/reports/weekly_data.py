"""What the weekly analysis (研判周报) is made of, collected in one read-only session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from workstation.forms.common import Ctx
from workstation.reports import cases as cases_mod
from workstation.reports import figures as figures_mod
from workstation.reports.cases import NotableCases
from workstation.reports.figures import Figures
from workstation.reports.period import Period


@dataclass(frozen=True)
class WeeklyData:
    """Figures and notable cases of one period, with the heading facts."""

    figures: Figures
    cases: NotableCases
    unit_name: str
    generated_at: datetime

    @property
    def ctx(self) -> Ctx:
        return Ctx(ZoneInfo(self.figures.period.tz))

    @property
    def generated_local(self) -> str:
        return self.generated_at.astimezone(ZoneInfo(self.figures.period.tz)).strftime("%Y-%m-%d %H:%M")


def collect(session: Session, dialect: str, period: Period, unit_name: str, now: datetime,
            weeks: int = 8) -> WeeklyData:
    figures = figures_mod.compute(session, dialect, period, weeks)
    notable = cases_mod.notable(session, dialect, period.start, period.end)
    return WeeklyData(figures, notable, unit_name, now)
