"""The first rows of a file as the import dialog shows them: headers, their mapping, row problems."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from workstation.intake.errors import Limits, RowError
from workstation.intake.fields import cell_text
from workstation.intake.infer import (
    SAMPLE_ROWS,
    Column,
    How,
    columns_mapping,
    decide_columns,
    header_signature,
)
from workstation.intake.mapping import DEFAULTS, REQUIRED_FIELDS, ColumnMapping, load_mapping
from workstation.intake.parse import Fixes, _blank, apply_fixes, column_plan, open_table
from workstation.intake.rows import LeadBuilder, row_fields
from workstation.intake.table import RawRow
from workstation.intake.times import zone


@dataclass(frozen=True)
class Preview:
    """What the dialog shows before an import.

    headers: column names as in the file (JSONL: the keys seen); mapped_fields: for each header, the field
    it feeds or None (ignored column); decisions: each column's field and how it was decided (chosen,
    remembered, header, values, none); missing_fields: required fields no column and no default provides
    (the file cannot be imported while there are any); defaults: field → the default rows without a value
    take; signature: the headers' signature (infer.header_signature), under which choices are remembered;
    rows: (row number, cell texts aligned with headers); errors/warnings: problems in those rows only.
    """

    format: str
    encoding: str | None
    sheet: str | None
    header_row: int
    headers: list[str]
    mapped_fields: list[str | None]
    missing_fields: list[str]
    rows: list[tuple[int, list[str]]]
    errors: list[RowError]
    warnings: list[RowError]
    decisions: list[Column]
    defaults: dict[str, object]
    signature: str

    @property
    def importable(self) -> bool:
        """No required field is left without a column or a default."""
        return not self.missing_fields


def preview(path: str | Path, n: int = 20, *, mapping: ColumnMapping | None = None,
            centre_tz: str = "Asia/Shanghai", limits: Limits | None = None,
            defaults: Mapping[str, object] | None = None, now: datetime | None = None,
            columns: Mapping[str, str] | None = None, remembered: Mapping[str, str] | None = None,
            fixes: Fixes | None = None) -> Preview:
    """Read the header and the first n data rows; raises FileRefused like parse_file, nothing else.

    columns: the person's choices (header → field or IGNORE); remembered: choices kept for these headers.
    """
    path = Path(path)
    base = mapping or load_mapping()
    limits = limits or Limits()
    tz, now = zone(centre_tz), now or datetime.now(UTC)
    table, _size = open_table(path, base.with_columns({**(remembered or {}), **(columns or {})}), limits)
    if fixes:
        table.rows = apply_fixes(table.rows, table.headers, fixes)
    raw: list[RawRow] = []
    with table:
        for number, cells in table.rows:
            if isinstance(cells, RowError) or not _blank(cells):
                raw.append((number, cells))
            if len(raw) >= max(n, SAMPLE_ROWS):
                break
    headers = list(table.headers)
    decisions: list[Column] = []
    if table.format == "jsonl":
        for _, cells in raw:
            if isinstance(cells, Mapping):
                headers.extend(str(key) for key in cells if str(key) not in headers)
        mapping = base.with_columns({**(remembered or {}), **(columns or {})})
        decisions = [Column(h, mapping.field_for(h), _how(h, mapping.field_for(h), columns, remembered))
                     for h in headers]
    else:
        sample = [cells for _, cells in raw if isinstance(cells, list | tuple)]
        decisions = decide_columns(headers, sample, base, chosen=columns, remembered=remembered, tz=tz, now=now)
        mapping = columns_mapping(base, decisions)
    raw = raw[:n]
    plan = column_plan(headers, mapping)
    given = {name: value for name, value in (defaults or {}).items() if value not in (None, "")}
    missing = [name for name in REQUIRED_FIELDS if name not in plan and name not in given]
    builder = LeadBuilder(mapping, tz=tz, now=now, source=path.name, defaults=given)
    rows: list[tuple[int, list[str]]] = []
    errors: list[RowError] = []
    warnings: list[RowError] = []
    for number, cells in raw:
        if isinstance(cells, RowError):
            errors.append(cells)
            rows.append((number, [""] * len(headers)))
            continue
        if isinstance(cells, Mapping):
            texts = [cell_text(cells.get(h)) for h in headers]
            fields = row_fields(cells, plan, mapping)
        else:
            seq = list(cells)
            texts = [cell_text(seq[i]) if i < len(seq) else "" for i in range(len(headers))]
            fields = row_fields(seq, plan, mapping)
        rows.append((number, texts))
        _lead, issues = builder.build(number, fields)
        for issue in issues:
            (warnings if issue.severity == "warning" else errors).append(issue)
    return Preview(format=table.format, encoding=table.encoding, sheet=table.sheet, header_row=table.header_row,
                   headers=headers, mapped_fields=[c.field for c in decisions],
                   missing_fields=missing, rows=rows, errors=errors, warnings=warnings, decisions=decisions,
                   defaults={name: value for name, value in {**DEFAULTS, **given}.items() if name not in plan},
                   signature=header_signature(headers))


def _how(key: str, field: str | None, columns: Mapping[str, str] | None, remembered: Mapping[str, str] | None) -> How:
    """How a JSONL key's field was decided (keys are not inferred from values: they vary from line to line)."""
    if key in (columns or {}):
        return "chosen"
    if key in (remembered or {}):
        return "remembered"
    return "header" if field else "none"
