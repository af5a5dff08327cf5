"""Time from warning to first call (预警→首呼): median and p90 per group, computed in SQL.

PostgreSQL has percentile_cont, SQLite has not; both have window functions. Each group's durations are
numbered in SQL (row_number / count over the group) and only the rows at the two positions either side of
each percentile come back — at most four rows per group — to be interpolated the way percentile_cont does
(linear between the closest ranks). The durations themselves never leave the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction
from typing import Any

from sqlalchemy import Select, func, literal_column, or_, select
from sqlalchemy.orm import Session

from workstation.reports.sqlexpr import minutes_between
from workstation.store.models import Call, Lead

PERCENTILES = {"median": Fraction(1, 2), "p90": Fraction(9, 10)}


@dataclass(frozen=True, slots=True)
class Timing:
    """How many leads of the cohort have been called, and the median/p90 minutes to their first call."""

    called: int
    median: float | None
    p90: float | None


def cohort(start: datetime, end: datetime) -> Any:
    """Leads warned in [start, end) with the time and officer of their first call (None if never called).

    Both come from correlated subqueries that read ix_calls_lead_started (lead_id, started_at) only."""
    first_at = (select(Call.started_at).where(Call.lead_id == Lead.id)
                .order_by(Call.started_at, Call.event_id).limit(1).correlate(Lead).scalar_subquery())
    first_officer = (select(Call.officer).where(Call.lead_id == Lead.id)
                     .order_by(Call.started_at, Call.event_id).limit(1).correlate(Lead).scalar_subquery())
    return (select(Lead.id, Lead.triggered_at, Lead.scam_type, Lead.district,
                   first_at.label("first_at"), first_officer.label("first_officer"))
            .where(Lead.triggered_at >= start, Lead.triggered_at < end).subquery("cohort"))


def _ranked(dialect: str, start: datetime, end: datetime, dimension: str | None) -> Select[Any]:
    c = cohort(start, end)
    key = literal_column("'total'") if dimension is None else c.c[dimension]
    duration = minutes_between(dialect, c.c.first_at, c.c.triggered_at)
    partition = None if dimension is None else key
    ranked = (select(key.label("k"), duration.label("d"),
                     func.row_number().over(partition_by=partition, order_by=duration).label("rn"),
                     func.count().over(partition_by=partition).label("n"))
              .where(c.c.first_at.is_not(None)).subquery("ranked"))
    wanted = []
    for p in PERCENTILES.values():
        lo = ((ranked.c.n - 1) * p.numerator) // p.denominator
        wanted += [ranked.c.rn - 1 == lo, ranked.c.rn - 1 == lo + 1]
    return select(ranked.c.k, ranked.c.n, ranked.c.rn, ranked.c.d).where(or_(*wanted))


def interpolate(values: dict[int, float], n: int, p: Fraction) -> float:
    """percentile_cont: linear between the ranks either side of p·(n-1) (0-based)."""
    pos = p * (n - 1)
    lo = pos.numerator // pos.denominator
    frac = pos - lo
    if frac == 0:
        return values[lo]
    return values[lo] + float(frac) * (values[lo + 1] - values[lo])


def timings(session: Session, dialect: str, start: datetime, end: datetime,
            dimension: str | None) -> dict[str, Timing]:
    """Per group key ('total' when `dimension` is None; else the cohort column 'scam_type', 'district' or
    'first_officer'): the called count, median and p90 in minutes."""
    groups: dict[str, tuple[int, dict[int, float]]] = {}
    for k, n, rn, d in session.execute(_ranked(dialect, start, end, dimension)):
        count, values = groups.setdefault(str(k or ""), (int(n), {}))
        values[int(rn) - 1] = round(float(d), 4)  # julianday() arithmetic is off by ~1e-6 minutes
    return {k: Timing(n, interpolate(v, n, PERCENTILES["median"]), interpolate(v, n, PERCENTILES["p90"]))
            for k, (n, v) in groups.items()}
