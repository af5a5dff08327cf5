"""Turning one row's mapped cells into a validated NewLead, or into the reasons it cannot be one."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, tzinfo
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from workstation.domain.lead import NewLead
from workstation.domain.types import ScamType, TriggerKind, WarningLevel
from workstation.intake.errors import RowError, clip
from workstation.intake.fields import FieldInvalid, cell_text, parse_amount, parse_id_number, parse_phone
from workstation.intake.mapping import FIELD_ZH, ColumnMapping
from workstation.intake.times import parse_timestamp

T = TypeVar("T")
# field → (the column it came from, as written in the file; the raw cell value)
RowFields = Mapping[str, tuple[str, object]]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ENUM_NAMES: dict[str, str] = {
    "scam_type": "诈骗类型", "level": "预警级别（红/橙/黄）", "trigger_kind": "预警类型（电话/短信/网址/APP/账户）",
}
_ID_WARNING = "身份证号前6位行政区划代码未知（可能是旧代码），已导入，请核对"


class LeadBuilder:
    """Validates rows against one mapping, time zone, clock and set of defaults.

    defaults: field → raw value used when a row has no value for the field (e.g. {"trigger_kind": "账户"}).
    source: NewLead.source when the file has no source column and no default (usually the file name).
    """

    def __init__(self, mapping: ColumnMapping, *, tz: tzinfo, now: datetime, source: str,
                 defaults: Mapping[str, object] | None = None) -> None:
        self.mapping, self.tz, self.now, self.source = mapping, tz, now, source
        self.defaults = dict(defaults or {})
        self.today = now.astimezone(tz).date()
        self._scam_type = self._enum("scam_type", ScamType)
        self._level = self._enum("level", WarningLevel)
        self._trigger_kind = self._enum("trigger_kind", TriggerKind)

    def build(self, row: int, fields: RowFields) -> tuple[NewLead | None, list[RowError]]:
        """The lead and its warnings, or None and every error found in the row (not just the first)."""
        issues: list[RowError] = []

        def take(name: str, parse: Callable[[object], T], required: bool = False) -> T | None:
            column, raw = fields.get(name) or (FIELD_ZH[name], None)
            empty = _empty(raw)
            if empty and name in self.defaults:
                raw = self.defaults[name]
                empty = _empty(raw)
            if empty:
                if required:
                    issues.append(RowError(row, column, "", f"{FIELD_ZH[name]}为空（必填）", f"{name}_missing"))
                    return None
            try:
                return parse(raw)
            except FieldInvalid as exc:
                issues.append(RowError(row, column, clip(raw), exc.reason, exc.code))
                return None

        phone = take("phone", parse_phone, required=True)
        scam_type = take("scam_type", self._scam_type, required=True)
        level = take("level", self._level, required=True)
        trigger_kind = take("trigger_kind", self._trigger_kind, required=True)
        triggered_at = take("triggered_at", lambda v: parse_timestamp(v, tz=self.tz, now=self.now), required=True)
        amount = take("amount_at_risk", parse_amount)
        id_pair = take("id_number", lambda v: parse_id_number(v, today=self.today))
        texts = {name: take(name, _plain_text) for name in
                 ("person_name", "district", "city", "trigger_detail", "external_id", "source")}
        if id_pair and id_pair[1]:
            column, raw = fields.get("id_number", (FIELD_ZH["id_number"], None))
            issues.append(RowError(row, column, clip(raw), _ID_WARNING, id_pair[1], "warning"))
        if any(issue.severity == "error" for issue in issues):
            return None, issues
        assert phone and scam_type and level and trigger_kind and triggered_at
        lead = NewLead(
            person_name=texts["person_name"] or "",
            phone=phone,
            scam_type=scam_type,
            level=level,
            trigger_kind=trigger_kind,
            trigger_detail=texts["trigger_detail"] or "",
            triggered_at=triggered_at,
            district=texts["district"] or "",
            amount_at_risk=amount if amount is not None else Decimal("0.00"),
            id_number=id_pair[0] if id_pair else None,
            city=texts["city"] or "",
            source=texts["source"] or self.source,
            external_id=texts["external_id"] or None,
        )
        return lead, issues

    def _enum(self, name: str, enum: type[StrEnum]) -> Callable[[object], Any]:
        cache: dict[object, StrEnum | None] = {}

        def parse(value: object) -> StrEnum:
            text = cell_text(value)
            member = cache.get(text)
            if member is None:
                member = cache[text] = self.mapping.value_for(name, text)
                if len(cache) > 10_000:  # many distinct junk values: keep memory bounded
                    cache.clear()
            if member is None:
                raise FieldInvalid(f"{name}_unknown", f"未知的{_ENUM_NAMES[name]}: {clip(text, 40)}")
            return enum(member.value)

        return parse


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _plain_text(value: object) -> str:
    text = cell_text(value)
    if _CONTROL.search(text):
        raise FieldInvalid("control_characters", "含有不可见的控制字符")
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
