"""Reporting periods: an ISO week (or any [start, end) span) in the centre's zone, as UTC instants."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from workstation.domain.outcome import FieldError
from workstation.errors import InvalidInput
from workstation.messages import QT_TRANSLATE_NOOP, message

NOT_A_WEEK = message("period.not_a_week", QT_TRANSLATE_NOOP("Messages", "'{text}' is not an ISO week such as 2026-W47"))
NO_SUCH_WEEK = message("period.no_such_week", QT_TRANSLATE_NOOP("Messages", "There is no week '{text}'"))
END_BEFORE_START = message("period.end_before_start", QT_TRANSLATE_NOOP("Messages", "The end is before the start"))

_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Period:
    """A span of local days [first_day, last_day] in `tz`, with its UTC bounds [start, end)."""

    first_day: date
    days: int
    tz: str
    label: str

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    @property
    def last_day(self) -> date:
        return self.first_day + timedelta(days=self.days - 1)

    @property
    def start(self) -> datetime:
        return local_midnight(self.first_day, self.zone)

    @property
    def end(self) -> datetime:
        return local_midnight(self.first_day + timedelta(days=self.days), self.zone)

    def utc_offset_minutes(self) -> int:
        """The zone's offset at the period's start. Used to group by local day on SQLite, which has no
        time-zone database: exact for zones without DST (Asia/Shanghai); a DST change inside the period would
        shift that day's boundary by the DST difference. PostgreSQL converts with the zone itself."""
        offset = self.start.astimezone(self.zone).utcoffset()
        return int(offset.total_seconds() // 60) if offset else 0

    def shifted_weeks(self, weeks: int) -> Period:
        first = self.first_day + timedelta(weeks=weeks)
        return Period(first, self.days, self.tz, week_label(first) if self.days == 7 else first.isoformat())

    def weeks_back(self, count: int) -> list[Period]:
        """This period and the `count - 1` before it, oldest first (week over week)."""
        return [self.shifted_weeks(-k) for k in range(count - 1, -1, -1)]

    def day_list(self) -> list[date]:
        return [self.first_day + timedelta(days=i) for i in range(self.days)]


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def week_label(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def iso_week(text: str, tz: str) -> Period:
    """The ISO week '2026-W47' (Monday to Sunday) in the centre's zone."""
    m = _WEEK.match(text)
    if not m:
        raise InvalidInput([FieldError("week", NOT_A_WEEK(text=text))])
    try:
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError as exc:
        raise InvalidInput([FieldError("week", NO_SUCH_WEEK(text=text))]) from exc
    return Period(monday, 7, tz, week_label(monday))


def week_of(at: datetime, tz: str) -> Period:
    """The ISO week that contains the instant `at` (in the centre's zone)."""
    local = at.astimezone(ZoneInfo(tz)).date()
    return Period(local - timedelta(days=local.weekday()), 7, tz, week_label(local - timedelta(days=local.weekday())))


def days(first: date, last: date, tz: str) -> Period:
    """Any span of whole local days, first..last inclusive."""
    if last < first:
        raise InvalidInput([FieldError("period", END_BEFORE_START())])
    return Period(first, (last - first).days + 1, tz, f"{first.isoformat()}~{last.isoformat()}")
