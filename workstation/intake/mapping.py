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
from workstation.resources import resource_path

FIELDS: tuple[str, ...] = (
    "person_name", "phone", "id_number", "district", "city", "scam_type", "level", "trigger_kind",
    "trigger_detail", "triggered_at", "amount_at_risk", "external_id", "source",
)
REQUIRED_FIELDS: tuple[str, ...] = ("phone", "scam_type", "level", "trigger_kind", "triggered_at")
FIELD_ZH: dict[str, str] = {
    "person_name": "姓名", "phone": "手机号", "id_number": "身份证号", "district": "区县", "city": "城市",
    "scam_type": "诈骗类型", "level": "预警级别", "trigger_kind": "预警类型", "trigger_detail": "涉诈信息",
    "triggered_at": "预警时间", "amount_at_risk": "涉案金额", "external_id": "线索编号", "source": "来源",
}
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
        return self.headers.get(normalise_key(header))

    def value_for(self, field_name: str, text: str) -> StrEnum | None:
        """The enum member a cell value names, or None when it is unknown."""
        return self.values[field_name].get(normalise_key(text))

    def score(self, cells: Iterable[object]) -> int:
        """How many distinct fields a candidate header row names (used to find the header)."""
        return len({f for f in (self.field_for(c) for c in cells if c not in (None, "")) if f})


def load_mapping(path: str | Path | None = None) -> ColumnMapping:
    """Read and check a columns.toml; None reads the one shipped in resources/intake/."""
    source = Path(path) if path is not None else resource_path("intake", "columns.toml")
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise MappingError(f"无法读取字段映射文件 {source}: {exc.strerror or exc}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise MappingError(f"字段映射文件 {source} 格式错误: {exc}") from exc
    return mapping_from_dict(data, where=str(source))


def mapping_from_dict(data: Mapping[str, object], *, where: str = "columns.toml") -> ColumnMapping:
    """Build and check a mapping from parsed TOML (a dict), reporting mistakes with their place."""
    columns = data.get("columns")
    if not isinstance(columns, Mapping):
        raise MappingError(f"{where}: 缺少 [columns] 表")
    headers: dict[str, str] = {}
    for name, aliases in columns.items():
        if name not in FIELDS:
            raise MappingError(f"{where}: [columns] 中的字段 {name!r} 未知，可用字段: {', '.join(FIELDS)}")
        for alias in _alias_list(aliases, f"[columns].{name}", where):
            _claim(headers, normalise_key(alias), name, alias, f"[columns].{name}", where)
        _claim(headers, normalise_key(name), name, name, f"[columns].{name}", where)
    for name in REQUIRED_FIELDS:
        if name not in columns:
            raise MappingError(f"{where}: [columns] 缺少必需字段 {name}（{FIELD_ZH[name]}）")
    values_section = data.get("values", {})
    if not isinstance(values_section, Mapping):
        raise MappingError(f"{where}: [values] 必须是表")
    values: dict[str, dict[str, StrEnum]] = {}
    for field_name, enum in VALUE_ENUMS.items():
        table: dict[str, StrEnum] = {}
        for member in enum:
            for builtin in _builtin_labels(member):
                table.setdefault(normalise_key(builtin), member)
        section = values_section.get(field_name, {})
        if not isinstance(section, Mapping):
            raise MappingError(f"{where}: [values.{field_name}] 必须是表")
        explicit: dict[str, StrEnum] = {}
        for code, aliases in section.items():
            try:
                member = enum(code)
            except ValueError:
                codes = ", ".join(m.value for m in enum)
                raise MappingError(f"{where}: [values.{field_name}] 中的代码 {code!r} 未知，可用: {codes}") from None
            for alias in _alias_list(aliases, f"[values.{field_name}].{code}", where):
                _claim(explicit, normalise_key(alias), member, alias, f"[values.{field_name}].{code}", where)
        table.update(explicit)
        values[field_name] = table
    extra = set(values_section) - set(VALUE_ENUMS)
    if extra:
        raise MappingError(f"{where}: [values] 中的 {sorted(extra)} 未知，可用: {', '.join(VALUE_ENUMS)}")
    return ColumnMapping(headers=headers, values=values)


def _builtin_labels(member: StrEnum) -> list[str]:
    labels = [member.value, str(getattr(member, "zh", ""))]
    if isinstance(member, ScamType):
        labels.append(SCAM_TYPE_EN[member])
    return [label for label in labels if label]


def _alias_list(aliases: object, place: str, where: str) -> list[str]:
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise MappingError(f"{where}: {place} 必须是非空字符串的列表")
    return aliases


def _claim(table: dict[str, V], key: str, target: V, alias: str, place: str, where: str) -> None:
    if not key:
        raise MappingError(f"{where}: {place} 中的别名 {alias!r} 为空")
    existing = table.get(key)
    if existing is not None and existing != target:
        raise MappingError(f"{where}: {place} 中的别名 {alias!r} 已用于 {existing}，同一别名不能指向两个目标")
    table[key] = target
