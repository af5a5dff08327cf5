"""The column mapping (字段映射): which file headers and cell values mean which field and code.

Loaded from resources/intake/columns.toml (editable by a centre) and validated on load.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from workstation.domain.types import SCAM_TYPE_EN, ScamType, TriggerKind, WarningLevel
from workstation.intake.errors import MappingError
from workstation.messages import QT_TRANSLATE_NOOP, Msg, message
from workstation.resources import resource_path

FIELDS: tuple[str, ...] = (
    "person_name", "phone", "id_number", "district", "city", "scam_type", "level", "trigger_kind",
    "trigger_detail", "triggered_at", "amount_at_risk", "external_id", "source",
)
# What an officer needs to call: a number, and the scam type that says which script to follow. Everything else
# has a default (DEFAULTS) or may stay empty; a person may give a file its own defaults.
REQUIRED_FIELDS: tuple[str, ...] = ("phone", "scam_type")
# field → the raw value a row takes when its file has no value for the field ("now": the import's time).
# Orange, not red: a list that does not say how urgent its leads are should not push the platform's red
# warnings down the queue; the import dialog shows the default and the person may choose another.
DEFAULTS: dict[str, str] = {"level": "orange", "trigger_kind": "unknown", "triggered_at": "now"}
IGNORE = ""  # a column a person chose not to import
FIELD_ZH: dict[str, str] = {
    "person_name": "姓名", "phone": "手机号", "id_number": "身份证号", "district": "区县", "city": "城市",
    "scam_type": "诈骗类型", "level": "预警级别", "trigger_kind": "预警类型", "trigger_detail": "涉诈信息",
    "triggered_at": "预警时间", "amount_at_risk": "涉案金额", "external_id": "线索编号", "source": "来源",
}
FIELD_LABELS: dict[str, Msg] = {name: message(f"intake.field.{name}", source)() for name, source in {
    "person_name": QT_TRANSLATE_NOOP("Messages", "Name"),
    "phone": QT_TRANSLATE_NOOP("Messages", "Phone"),
    "id_number": QT_TRANSLATE_NOOP("Messages", "ID number"),
    "district": QT_TRANSLATE_NOOP("Messages", "District"),
    "city": QT_TRANSLATE_NOOP("Messages", "City"),
    "scam_type": QT_TRANSLATE_NOOP("Messages", "Scam type"),
    "level": QT_TRANSLATE_NOOP("Messages", "Warning level"),
    "trigger_kind": QT_TRANSLATE_NOOP("Messages", "Trigger kind"),
    "trigger_detail": QT_TRANSLATE_NOOP("Messages", "Trigger detail"),
    "triggered_at": QT_TRANSLATE_NOOP("Messages", "Warning time"),
    "amount_at_risk": QT_TRANSLATE_NOOP("Messages", "Amount at risk"),
    "external_id": QT_TRANSLATE_NOOP("Messages", "Lead number"),
    "source": QT_TRANSLATE_NOOP("Messages", "Source"),
}.items()}
CANNOT_READ = message("intake.mapping.unreadable", QT_TRANSLATE_NOOP("Messages", "Cannot read the column mapping file {path}: {reason}"))
BAD_TOML = message("intake.mapping.bad_toml", QT_TRANSLATE_NOOP("Messages", "The column mapping file {path} is not valid TOML: {reason}"))
NO_COLUMNS = message("intake.mapping.no_columns", QT_TRANSLATE_NOOP("Messages", "{where}: the [columns] table is missing"))
UNKNOWN_FIELD = message("intake.mapping.unknown_field", QT_TRANSLATE_NOOP("Messages", "{where}: unknown field {name} in [columns]; fields: {fields}"))
REQUIRED_MISSING = message("intake.mapping.required_missing", QT_TRANSLATE_NOOP("Messages", "{where}: [columns] lacks the required field {name} ({label})"))
NOT_A_TABLE = message("intake.mapping.not_a_table", QT_TRANSLATE_NOOP("Messages", "{where}: {place} must be a table"))
UNKNOWN_CODE = message("intake.mapping.unknown_code", QT_TRANSLATE_NOOP("Messages", "{where}: unknown code {code} in {place}; codes: {codes}"))
UNKNOWN_VALUES = message("intake.mapping.unknown_values", QT_TRANSLATE_NOOP("Messages", "{where}: unknown {names} in [values]; known: {known}"))
NOT_ALIASES = message("intake.mapping.not_aliases", QT_TRANSLATE_NOOP("Messages", "{where}: {place} must be a list of non-empty strings"))
EMPTY_ALIAS = message("intake.mapping.empty_alias", QT_TRANSLATE_NOOP("Messages", "{where}: the alias {alias} in {place} is empty"))
ALIAS_TAKEN = message("intake.mapping.alias_taken", QT_TRANSLATE_NOOP("Messages", "{where}: the alias {alias} in {place} already means {other}; an alias cannot name two things"))
VALUE_ENUMS: dict[str, type[StrEnum]] = {
    "scam_type": ScamType, "level": WarningLevel, "trigger_kind": TriggerKind,
}

V = TypeVar("V")
_DROP = re.compile(r"[\s_\-*]+|\(必填\)$")


def normalise_key(text: object) -> str:
    """The form in which headers and aliases are compared: NFKC, case-folded, no spaces, _ - or *."""
    return _DROP.sub("", unicodedata.normalize("NFKC", str(text)).casefold())


@dataclass(frozen=True)
class ColumnMapping:
    """Header aliases → field, and per enum field value aliases → code. Build with load_mapping().

    headers: normalised header alias → field name.
    values: field → normalised value alias → enum member.
    """

    headers: Mapping[str, str]
    values: Mapping[str, Mapping[str, StrEnum]] = field(default_factory=dict)

    def field_for(self, header: object) -> str | None:
        """The field a header names, or None when the column is not one we import."""
        if header is None:
            return None
        return self.headers.get(normalise_key(header)) or None  # IGNORE ("") is no field

    def with_columns(self, columns: Mapping[str, str]) -> ColumnMapping:
        """This mapping with a file's own choices on top: header as written → field, or IGNORE."""
        if not columns:
            return self
        headers = dict(self.headers)
        for header, name in columns.items():
            if name != IGNORE and name not in FIELDS:
                raise MappingError(UNKNOWN_FIELD(where=header, name=name, fields=", ".join(FIELDS)))
            headers[normalise_key(header)] = name
        return ColumnMapping(headers=headers, values=self.values)

    def value_for(self, field_name: str, text: str) -> StrEnum | None:
        """The enum member a cell value names, or None when it is unknown."""
        return self.values[field_name].get(normalise_key(text))

    def score(self, cells: Iterable[object]) -> int:
        """How many distinct fields a candidate header row names (used to find the header)."""
        return len({f for f in (self.field_for(c) for c in cells if c not in (None, "")) if f})


NO_SUCH_FIELD = message("intake.no_such_field", QT_TRANSLATE_NOOP("Messages", "{name} is no field; fields: {fields} (or ignore)"))
IGNORE_WORDS = ("ignore", "-", "none", "忽略", "不导入")


def field_named(name: str, mapping: ColumnMapping) -> str:
    """The field a person means by `name`: its code (phone), a header alias (手机号, mobile) or its label in
    either language; IGNORE for "ignore" / "-" / 不导入. Raises MappingError for anything else."""
    key = normalise_key(name)
    if key in (normalise_key(w) for w in IGNORE_WORDS) or not key:
        return IGNORE
    for field_name, label in FIELD_LABELS.items():
        if key in (normalise_key(field_name), normalise_key(label.source), normalise_key(FIELD_ZH[field_name])):
            return field_name
    found = mapping.field_for(name)
    if found is None:
        raise MappingError(NO_SUCH_FIELD(name=repr(name), fields=", ".join(FIELDS)))
    return found


def load_mapping(path: str | Path | None = None) -> ColumnMapping:
    """Read and check a columns.toml; None reads the one shipped in resources/intake/."""
    source = Path(path) if path is not None else resource_path("intake", "columns.toml")
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise MappingError(CANNOT_READ(path=str(source), reason=exc.strerror or str(exc))) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise MappingError(BAD_TOML(path=str(source), reason=str(exc))) from exc
    return mapping_from_dict(data, where=str(source))


def mapping_from_dict(data: Mapping[str, object], *, where: str = "columns.toml") -> ColumnMapping:
    """Build and check a mapping from parsed TOML (a dict), reporting mistakes with their place."""
    columns = data.get("columns")
    if not isinstance(columns, Mapping):
        raise MappingError(NO_COLUMNS(where=where))
    headers: dict[str, str] = {}
    for name, aliases in columns.items():
        if name not in FIELDS:
            raise MappingError(UNKNOWN_FIELD(where=where, name=repr(name), fields=", ".join(FIELDS)))
        for alias in _alias_list(aliases, f"[columns].{name}", where):
            _claim(headers, normalise_key(alias), name, alias, f"[columns].{name}", where)
        _claim(headers, normalise_key(name), name, name, f"[columns].{name}", where)
    for name in REQUIRED_FIELDS:
        if name not in columns:
            raise MappingError(REQUIRED_MISSING(where=where, name=name, label=FIELD_LABELS[name]))
    values_section = data.get("values", {})
    if not isinstance(values_section, Mapping):
        raise MappingError(NOT_A_TABLE(where=where, place="[values]"))
    values: dict[str, dict[str, StrEnum]] = {}
    for field_name, enum in VALUE_ENUMS.items():
        table: dict[str, StrEnum] = {}
        for member in enum:
            for builtin in _builtin_labels(member):
                table.setdefault(normalise_key(builtin), member)
        section = values_section.get(field_name, {})
        if not isinstance(section, Mapping):
            raise MappingError(NOT_A_TABLE(where=where, place=f"[values.{field_name}]"))
        explicit: dict[str, StrEnum] = {}
        for code, aliases in section.items():
            try:
                member = enum(code)
            except ValueError:
                codes = ", ".join(m.value for m in enum)
                raise MappingError(UNKNOWN_CODE(where=where, code=repr(code), place=f"[values.{field_name}]",
                                                  codes=codes)) from None
            for alias in _alias_list(aliases, f"[values.{field_name}].{code}", where):
                _claim(explicit, normalise_key(alias), member, alias, f"[values.{field_name}].{code}", where)
        table.update(explicit)
        values[field_name] = table
    extra = set(values_section) - set(VALUE_ENUMS)
    if extra:
        raise MappingError(UNKNOWN_VALUES(where=where, names=sorted(extra), known=", ".join(VALUE_ENUMS)))
    return ColumnMapping(headers=headers, values=values)


def _builtin_labels(member: StrEnum) -> list[str]:
    labels = [member.value, str(getattr(member, "zh", ""))]
    if isinstance(member, ScamType):
        labels.append(SCAM_TYPE_EN[member])
    return [label for label in labels if label]


def _alias_list(aliases: object, place: str, where: str) -> list[str]:
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise MappingError(NOT_ALIASES(where=where, place=place))
    return aliases


def _claim(table: dict[str, V], key: str, target: V, alias: str, place: str, where: str) -> None:
    if not key:
        raise MappingError(EMPTY_ALIAS(where=where, alias=repr(alias), place=place))
    existing = table.get(key)
    if existing is not None and existing != target:
        raise MappingError(ALIAS_TAKEN(where=where, alias=repr(alias), place=place, other=existing))
    table[key] = target
