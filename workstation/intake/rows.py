"""Turning one row's mapped cells into a validated NewLead, or into the reasons it cannot be one.

A 100,000-row file is validated while an officer waits, so the per-row work is kept small: what each field
needs (parser, required flag, default) is worked out once per LeadBuilder (_Step), where each field's cells
sit once per file (RowPlan), and the parsers have fast paths for the usual cell shapes (tested against their
general paths in tests/intake/test_fast_paths.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from decimal import Decimal
from enum import StrEnum
from functools import partial
from operator import itemgetter
from typing import Any

from workstation.domain.lead import NewLead
from workstation.domain.types import ScamType, TriggerKind, WarningLevel
from workstation.intake.errors import RowError, clip
from workstation.intake.fields import FieldInvalid, cell_text, parse_amount, parse_id_number, parse_phone
from workstation.intake.mapping import DEFAULTS, FIELD_LABELS, REQUIRED_FIELDS, ColumnMapping
from workstation.intake.times import timestamp_parser
from workstation.messages import QT_TRANSLATE_NOOP, Msg, message

# field → (the column it came from, as written in the file; the raw cell value)
RowFields = Mapping[str, tuple[str, object]]

# The order in which a row's fields are validated, and so the order of its errors in the report.
FIELD_ORDER: tuple[str, ...] = (
    "phone", "scam_type", "level", "trigger_kind", "triggered_at", "amount_at_risk", "id_number",
    "person_name", "district", "city", "trigger_detail", "external_id", "source",
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_UNKNOWN_VALUE = {
    "scam_type": message("intake.scam_type_unknown", QT_TRANSLATE_NOOP("Messages", "Unknown scam type: {value}")),
    "level": message("intake.level_unknown", QT_TRANSLATE_NOOP("Messages", "Unknown warning level (red/orange/yellow): {value}")),
    "trigger_kind": message("intake.trigger_kind_unknown", QT_TRANSLATE_NOOP("Messages", "Unknown trigger kind (call/SMS/link/app/account): {value}")),
}
REQUIRED_EMPTY = message("intake.required_empty", QT_TRANSLATE_NOOP("Messages", "{field} is empty (required)"))
_ID_WARNING = message("intake.id_unknown_district", QT_TRANSLATE_NOOP("Messages", "The ID number's district code (first 6 digits) is unknown, perhaps an old code: imported, please check"))()
NOW = "now"  # the default of triggered_at: the import's time
CONTROL_CHARACTERS = message("intake.control_characters", QT_TRANSLATE_NOOP("Messages", "Contains invisible control characters"))()
_ID_AT = FIELD_ORDER.index("id_number")
_ENUM_CACHE_SIZE = 10_000  # distinct cell texts remembered per enum field (a file of junk stays bounded)
_NO_DEFAULT = object()


@dataclass(frozen=True, slots=True)
class _Step:
    """How one field of a row is validated.

    default: the raw value used when the cell is empty, or _NO_DEFAULT.
    """

    name: str
    parse: Callable[[object], Any]
    required: bool
    default: object


class RowPlan:
    """Where each field's cell sits in a row under a header: worked out once per file, so rows only index.

    plan: field → [(column index, header)] as parse.column_plan gives it. When several columns feed one field
    (涉诈号码 / 涉诈网址 / 涉诈账户), the first non-empty cell wins, as in row_fields.
    """

    def __init__(self, plan: Mapping[str, Sequence[tuple[int, str]]]) -> None:
        spots = [tuple(plan.get(name, ())) for name in FIELD_ORDER]
        # Rows are read with one itemgetter over the cells padded to _width and followed by one None, which
        # is where a field without a column (index -1) and a cell past the end of a short row read from.
        self._width = 1 + max((found[0][0] for found in spots if found), default=-1)
        self._get = itemgetter(*(found[0][0] if found else -1 for found in spots))
        # The column each field is reported under unless a later column of the field supplied the value.
        self.columns: tuple[str, ...] = tuple(
            found[0][1] if found else str(FIELD_LABELS[name]) for name, found in zip(FIELD_ORDER, spots, strict=True))
        self._alternatives = tuple((at, found[1:]) for at, found in enumerate(spots) if len(found) > 1)

    def pick(self, cells: Sequence[object]) -> tuple[Sequence[object], Sequence[str]]:
        """The raw values in FIELD_ORDER (None where the row has no cell) and the columns they came from."""
        width = len(cells)
        padded = [*cells, None] if width >= self._width else [*cells, *[None] * (self._width - width), None]
        raws: Sequence[object] = self._get(padded)
        columns: Sequence[str] = self.columns
        for at, alternatives in self._alternatives:
            if raws[at] is not None and raws[at] != "":
                continue
            for index, header in alternatives:
                value = cells[index] if index < width else None
                if value is not None and value != "":
                    raws = [*raws[:at], value, *raws[at + 1:]]
                    columns = [*columns[:at], header, *columns[at + 1:]]
                    break
        return raws, columns


class LeadBuilder:
    """Validates rows against one mapping, time zone, clock and set of defaults.

    defaults: field → raw value used when a row has no value for the field (e.g. {"trigger_kind": "账户"}),
    over mapping.DEFAULTS ("now" for triggered_at: the import's time); read once, here, with everything else
    each field needs.
    source: NewLead.source when the file has no source column and no default (usually the file name).
    """

    def __init__(self, mapping: ColumnMapping, *, tz: tzinfo, now: datetime, source: str,
                 defaults: Mapping[str, object] | None = None) -> None:
        self.mapping, self.tz, self.now, self.source = mapping, tz, now, source
        self.defaults: dict[str, object] = {**DEFAULTS, **(defaults or {})}
        if self.defaults.get("triggered_at") == NOW:
            self.defaults["triggered_at"] = now
        self.today = now.astimezone(tz).date()
        parsers: dict[str, Callable[[object], Any]] = {
            "phone": parse_phone,
            "scam_type": self._enum("scam_type", ScamType),
            "level": self._enum("level", WarningLevel),
            "trigger_kind": self._enum("trigger_kind", TriggerKind),
            "triggered_at": timestamp_parser(tz=tz, now=now),
            "amount_at_risk": parse_amount,
            "id_number": partial(parse_id_number, today=self.today),
        }
        self._steps = tuple(self._step(name, parsers.get(name, _plain_text)) for name in FIELD_ORDER)
        self._parsers = tuple(_parse_or_default(step) for step in self._steps)

    def bad_defaults(self) -> list[tuple[str, object, Msg]]:
        """(field, default, reason) for each default its field's parser refuses."""
        bad: list[tuple[str, object, Msg]] = []
        for step in self._steps:
            if step.default is _NO_DEFAULT or _empty(step.default):
                continue
            try:
                step.parse(step.default)
            except FieldInvalid as exc:
                bad.append((step.name, step.default, exc.reason))
        return bad

    def build(self, row: int, fields: RowFields) -> tuple[NewLead | None, list[RowError]]:
        """The lead and its warnings, or None and every error found in the row (not just the first)."""
        pairs = [fields.get(name) or (str(FIELD_LABELS[name]), None) for name in FIELD_ORDER]
        return self._build(row, [raw for _column, raw in pairs], [column for column, _raw in pairs])

    def build_cells(self, row: int, cells: Sequence[object], plan: RowPlan) -> tuple[NewLead | None, list[RowError]]:
        """As build, for cells under a header: the same as build(row, row_fields(cells, …)), without the dict."""
        raws, columns = plan.pick(cells)
        return self._build(row, raws, columns)

    def _build(self, row: int, raws: Sequence[object], columns: Sequence[str]) -> tuple[NewLead | None, list[RowError]]:
        """raws and columns in FIELD_ORDER.

        Most rows are valid: they are parsed in one pass over self._parsers, which raise FieldInvalid for any
        row _validate would find an error in. Only those rows pay for _validate, which reports every error.
        """
        try:
            values: list[Any] = [parse(raw) for parse, raw in zip(self._parsers, raws, strict=True)]
            issues: list[RowError] = []
        except FieldInvalid:
            values, issues = self._validate(row, raws, columns)
        (phone, scam_type, level, trigger_kind, triggered_at, amount, id_pair, person_name, district, city,
         trigger_detail, external_id, source) = values
        rejected = bool(issues)  # so far, every issue is an error
        if id_pair and id_pair[1]:
            issues.append(RowError(row, columns[_ID_AT], clip(raws[_ID_AT]), _ID_WARNING, id_pair[1], "warning"))
        if rejected:
            return None, issues
        assert phone and scam_type and level and trigger_kind and triggered_at
        lead = NewLead(
            person_name=person_name or "",
            phone=phone,
            scam_type=scam_type,
            level=level,
            trigger_kind=trigger_kind,
            trigger_detail=trigger_detail or "",
            triggered_at=triggered_at,
            district=district or "",
            amount_at_risk=amount if amount is not None else Decimal("0.00"),
            id_number=id_pair[0] if id_pair else None,
            city=city or "",
            source=source or self.source,
            external_id=external_id or None,
        )
        return lead, issues

    def _validate(self, row: int, raws: Sequence[object], columns: Sequence[str]) -> tuple[list[Any], list[RowError]]:
        """Each field's parsed value (None when invalid or missing) and the errors, in FIELD_ORDER.

        The rules themselves: an empty cell takes the field's default; a required field that is still empty
        is missing; anything else is parsed (an empty optional cell too), and FieldInvalid is the cell's error.
        """
        values: list[Any] = []
        issues: list[RowError] = []
        for step, raw, column in zip(self._steps, raws, columns, strict=True):
            if step.default is not _NO_DEFAULT and _empty(raw):
                raw = step.default
            if step.required and _empty(raw):
                issues.append(RowError(row, column, "", REQUIRED_EMPTY(field=FIELD_LABELS[step.name]),
                                       f"{step.name}_missing"))
                values.append(None)
                continue
            try:
                values.append(step.parse(raw))
            except FieldInvalid as exc:
                issues.append(RowError(row, column, clip(raw), exc.reason, exc.code))
                values.append(None)
        return values, issues

    def _step(self, name: str, parse: Callable[[object], Any]) -> _Step:
        return _Step(name=name, parse=parse, required=name in REQUIRED_FIELDS,
                     default=self.defaults.get(name, _NO_DEFAULT))

    def _enum(self, name: str, enum: type[StrEnum]) -> Callable[[object], Any]:
        unknown = _UNKNOWN_VALUE[name]
        known: dict[str, StrEnum] = {}  # cell text as read → member; only text: 1, 1.0 and True are equal keys

        def parse(value: object) -> StrEnum:
            if type(value) is str:
                member = known.get(value)
                if member is not None:
                    return member
            if _empty(value):  # _validate reports it as missing before parsing; _build's single pass gets here
                raise FieldInvalid(f"{name}_missing", REQUIRED_EMPTY(field=FIELD_LABELS[name]))
            text = cell_text(value)
            found = self.mapping.value_for(name, text)
            if found is None:
                raise FieldInvalid(f"{name}_unknown", unknown(value=clip(text, 40)))
            member = enum(found.value)
            if type(value) is str:
                if len(known) >= _ENUM_CACHE_SIZE:
                    known.clear()
                known[value] = member
            return member

        return parse


def _parse_or_default(step: _Step) -> Callable[[object], Any]:
    """step.parse for _build's single pass, taking the default for an empty cell.

    It gives what _validate gives for a valid cell, and raises FieldInvalid for every cell _validate reports:
    both parse empty optional cells, and the required fields' parsers (phone, time, the enums) refuse empty
    cells themselves, where _validate reports them as missing without parsing.
    """
    if step.default is _NO_DEFAULT:
        return step.parse
    parse, default = step.parse, step.default

    def parse_or_default(raw: object) -> Any:
        return parse(default if _empty(raw) else raw)

    return parse_or_default


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _plain_text(value: object) -> str:
    if value is None:
        return ""  # a field without a column in this file: as cell_text gives, without the calls
    text = cell_text(value)
    # Printable text has no control characters: the regex only runs on the rest (tabs, newlines, …).
    if not text.isprintable() and _CONTROL.search(text):
        raise FieldInvalid("control_characters", CONTROL_CHARACTERS)
    return text


def row_fields(cells: Sequence[object] | Mapping[str, object], plan: Mapping[str, list[tuple[int, str]]],
               mapping: ColumnMapping) -> RowFields:
    """The mapped fields of a row: cells under a header (by plan), or a JSON object (keys by mapping).

    When several columns feed one field (涉诈号码 / 涉诈网址 / 涉诈账户), the first non-empty one wins.
    """
    fields: dict[str, tuple[str, object]] = {}
    if isinstance(cells, Mapping):
        for key, value in cells.items():
            name = mapping.field_for(key)
            if name and (name not in fields or fields[name][1] in (None, "")):
                fields[name] = (str(key), value)
        return fields
    width = len(cells)
    for name, spots in plan.items():
        fields[name] = (spots[0][1], None)
        for index, header in spots:
            value = cells[index] if index < width else None
            if value is not None and value != "":
                fields[name] = (header, value)
                break
    return fields
