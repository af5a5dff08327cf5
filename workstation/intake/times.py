"""Timestamps in the formats warning platforms and Excel produce, read in the centre's zone, stored UTC."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from workstation.intake.errors import FileRefused
from workstation.intake.fields import FieldInvalid, cell_text
from workstation.messages import QT_TRANSLATE_NOOP, message

BAD_ZONE = message("intake.bad_time_zone", QT_TRANSLATE_NOOP("Messages", "Unknown time zone: {name}"))
OUT_OF_RANGE = message("intake.time_out_of_range", QT_TRANSLATE_NOOP("Messages", "The date is out of range (around the year 1 or 9999)"))()
TOO_OLD = message("intake.time_too_old", QT_TRANSLATE_NOOP("Messages", "The warning time is before 2000: not plausible"))()
FUTURE = message("intake.time_future", QT_TRANSLATE_NOOP("Messages", "The warning time is later than now"))()
DATE_ONLY = message("intake.time_missing", QT_TRANSLATE_NOOP("Messages", "Only a date, no time of day"))()
TIME_ONLY = message("intake.time_missing_date", QT_TRANSLATE_NOOP("Messages", "Only a time of day, no date"))()
TIME_FORMAT = message("intake.time_format", QT_TRANSLATE_NOOP("Messages", "Not a time. Accepted: 2026-11-25 14:03[:05], 2026/11/25 14:03, 2026年11月25日 14时03分, ISO 8601, Excel dates, Unix seconds"))()
TIME_EMPTY = message("intake.time_empty", QT_TRANSLATE_NOOP("Messages", "The warning time is empty"))()
NO_SUCH_TIME = message("intake.time_invalid", QT_TRANSLATE_NOOP("Messages", "No such date or time (e.g. 30 February, 25 o'clock)"))()
NUMBER_NOT_TIME = message("intake.time_number", QT_TRANSLATE_NOOP("Messages", "A number that is neither an Excel date nor Unix seconds"))()
BAD_OFFSET = message("intake.time_offset", QT_TRANSLATE_NOOP("Messages", "Not a valid UTC offset"))()

EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
FUTURE_SLACK = timedelta(days=1)  # desk clocks and platform clocks disagree a little
_EXCEL_EPOCH = datetime(1899, 12, 30)
_ZH = str.maketrans({"年": "-", "月": "-", "日": " ", "号": " ", "时": ":", "点": ":", "分": ":", "秒": " ",
                     "/": "-", ".": "-", "T": " ", "t": " "})
_DT = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?: +(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:-(\d{1,6})\d*)?)?:?)? *"
    r"(z|Z|[+-]\d{2}(?::?\d{2})?)?"
)
# What _common_moment reads: a subset of what _DT reads after translating _ZH ('/' → '-', 'T' → ' ').
_COMMON = re.compile(r"[0-9]{4}[-/][0-9]{2}[-/][0-9]{2}[ T](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?")
_COMMON_LENGTHS = (16, 19)  # with and without seconds
# Years _common_moment handles: far from datetime's limits, where the offset arithmetic could overflow.
_SAFE_YEARS = (1000, 9000)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?")


def zone(name: str) -> tzinfo:
    """The centre's time zone by IANA name; an unknown name refuses the import rather than guessing."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise FileRefused(BAD_ZONE(name=name), code="bad_time_zone") from exc


def parse_timestamp(value: object, *, tz: tzinfo, now: datetime) -> datetime:
    """An aware UTC datetime from a cell; naive values are wall-clock time in tz."""
    return timestamp_parser(tz=tz, now=now)(value)


def timestamp_parser(*, tz: tzinfo, now: datetime) -> Callable[[object], datetime]:
    """parse_timestamp with tz and now fixed: for the cells of a file, one after another."""
    latest = now + FUTURE_SLACK

    def parse(value: object) -> datetime:
        try:
            moment = _moment(value, tz)
        except OverflowError:  # year 1 or 9999 moved across UTC: a row error, not the end of the file
            raise FieldInvalid("time_invalid", OUT_OF_RANGE) from None
        if moment < EARLIEST:
            raise FieldInvalid("time_too_old", TOO_OLD)
        if moment > latest:
            raise FieldInvalid("time_future", FUTURE)
        return moment

    return parse


def _moment(value: object, tz: tzinfo) -> datetime:
    # cell_text is strip() for ASCII text, and _COMMON matches only ASCII. Other tzinfo types (and ZoneInfo
    # subclasses) may compute offsets from more than the wall time, or not be hashable for the caches.
    if type(value) is str and value.isascii() and type(tz) in (ZoneInfo, timezone):
        text = value.strip()
        if len(text) in _COMMON_LENGTHS:  # the only texts _COMMON matches: the cache holds no other
            moment = _common_moment(text, tz)
            if moment is not None:
                return moment
    return _general_moment(value, tz)


@lru_cache(maxsize=8192)  # exports repeat timestamps (to the minute, or one per batch of warnings)
def _common_moment(text: str, tz: tzinfo) -> datetime | None:
    """The moment for the everyday shape '2026-11-25 14:03[:05]' ('/' and 'T' too), or None: not that shape,
    or an hour whose offset _whole_hour_offset cannot give — _general_moment decides those.

    Timestamps were the slowest cells of a 100,000-row file. This gives the datetime _general_moment gives:
    _COMMON matches a subset of what _DT reads, with hour, minute and second in range so that fromisoformat
    reads the fields int() would, and the offset is the one astimezone would use (tests/intake/test_fast_paths).
    """
    if not _COMMON.fullmatch(text):
        return None
    try:
        # Read as wall time in UTC (aware without a slow replace()), then moved by the zone's offset.
        wall = datetime.fromisoformat(text.replace("/", "-") + "+00:00")
    except ValueError:
        return None  # no such day (2月30日): the general path says so
    if not _SAFE_YEARS[0] <= wall.year <= _SAFE_YEARS[1]:
        return None
    offset = _whole_hour_offset(tz, wall.year, wall.month, wall.day, wall.hour)
    return None if offset is None else wall - offset


@lru_cache(maxsize=4096)
def _whole_hour_offset(tz: tzinfo, year: int, month: int, day: int, hour: int) -> timedelta | None:
    """tz's UTC offset for every wall time in this local hour, or None when there is no single one.

    None for an hour with a transition in it or at its start or end (DST begins or ends: the hour is partly
    skipped or repeated, and fold decides). The offset is compared at both ends of the hour with either fold:
    one transition anywhere in the hour changes one of them (tzdata has none closer than two hours apart).
    tz is a ZoneInfo or a timezone, whose offsets depend on the wall time and fold only.
    """
    start = datetime(year, month, day, hour, tzinfo=tz)
    end = start.replace(minute=59, second=59, microsecond=999_999)
    offsets = {moment.utcoffset() for moment in (start, start.replace(fold=1), end, end.replace(fold=1))}
    return offsets.pop() if len(offsets) == 1 else None


def _general_moment(value: object, tz: tzinfo) -> datetime:
    """Every accepted form; _moment tries _common_moment first for the usual text cells."""
    if isinstance(value, datetime):
        return _aware(value, tz)
    if isinstance(value, date):
        raise FieldInvalid("time_missing", DATE_ONLY)
    if isinstance(value, time):
        raise FieldInvalid("time_missing_date", TIME_ONLY)
    if isinstance(value, bool):
        raise FieldInvalid("time_format", TIME_FORMAT)
    if isinstance(value, int | float):
        return _from_number(float(value), tz)
    text = cell_text(value)
    if not text:
        raise FieldInvalid("time_missing", TIME_EMPTY)
    if _looks_numeric(text):
        if len(text) in (12, 14) and text.isdigit():
            return _from_compact(text, tz)
        return _from_number(float(text), tz)
    match = _DT.fullmatch(text.translate(_ZH).strip())
    if not match:
        raise FieldInvalid("time_format", TIME_FORMAT)
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    if hour is None:
        raise FieldInvalid("time_missing", DATE_ONLY)
    try:
        naive = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0),
                         int((fraction or "0").ljust(6, "0")))
    except ValueError:
        raise FieldInvalid("time_invalid", NO_SUCH_TIME) from None
    if offset is None:
        return _aware(naive, tz)
    return naive.replace(tzinfo=_offset(offset)).astimezone(UTC)


def _aware(moment: datetime, tz: tzinfo) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(UTC)


def _looks_numeric(text: str) -> bool:
    head, _, tail = text.partition(".")
    return head.isdigit() and (not tail or tail.isdigit())


def _from_compact(text: str, tz: tzinfo) -> datetime:
    match = _COMPACT.fullmatch(text)
    assert match is not None
    try:
        year, month, day, hour, minute, second = match.groups()
        return _aware(datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0)), tz)
    except ValueError:
        raise FieldInvalid("time_invalid", NO_SUCH_TIME) from None


def _from_number(number: float, tz: tzinfo) -> datetime:
    """Excel serial days (local wall time) or Unix seconds/milliseconds (absolute)."""
    if 25_569 <= number < 100_000:  # 1970-01-01 .. 2173 as an Excel serial date
        return _aware(_EXCEL_EPOCH + timedelta(seconds=round(number * 86_400)), tz)
    if 1e8 <= number < 1e10:
        return datetime.fromtimestamp(number, UTC)
    if 1e11 <= number < 1e13:
        return datetime.fromtimestamp(number / 1000, UTC)
    raise FieldInvalid("time_format", NUMBER_NOT_TIME)


def _offset(text: str) -> tzinfo:
    if text in ("z", "Z"):
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 23 or minutes > 59:
        raise FieldInvalid("time_invalid", BAD_OFFSET)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))
