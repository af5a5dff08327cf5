"""Parsing a lead file: streamed, validated rows in; leads, row errors and the file's hash out."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from workstation.domain.lead import NewLead
from workstation.intake.errors import FileRefused, ImportCancelled, Limits, RowError, clip
from workstation.intake.infer import SAMPLE_ROWS, Column, columns_mapping, decide_columns
from workstation.intake.mapping import FIELD_LABELS, FIELDS, REQUIRED_FIELDS, ColumnMapping, load_mapping
from workstation.intake.read_csv import open_csv
from workstation.intake.read_jsonl import open_jsonl
from workstation.intake.read_xlsx import open_xlsx
from workstation.intake.rows import LeadBuilder, RowPlan, row_fields
from workstation.intake.sniff import check_size, detect_format, file_sha256
from workstation.intake.table import RawRow, Table
from workstation.intake.times import zone
from workstation.messages import QT_TRANSLATE_NOOP, message

MISSING_COLUMNS = message("intake.missing_columns", QT_TRANSLATE_NOOP("Messages", "{file}: no column gives {names}, and no default was given. Columns in the file: {found}"))
NO_COLUMNS_FOUND = message("intake.no_columns_found", QT_TRANSLATE_NOOP("Messages", "(none)"))
BAD_DEFAULT = message("intake.bad_default", QT_TRANSLATE_NOOP("Messages", "The default {value} for {field} cannot be used: {reason}"))
UNKNOWN_DEFAULT = message("intake.unknown_default", QT_TRANSLATE_NOOP("Messages", "A default for {field}, which is no field; fields: {fields}"))
TOO_MANY_ROWS = message("intake.too_many_rows", QT_TRANSLATE_NOOP("Messages", "{file}: more than {limit} rows; split the file and import the parts"))
TOO_MANY_CELLS = message("intake.too_many_cells", QT_TRANSLATE_NOOP("Messages", "More than {limit} columns"))
CELL_TOO_LONG = message("intake.cell_too_long", QT_TRANSLATE_NOOP("Messages", "The cell is longer than {limit} characters"))
NESTED_VALUE = message("intake.nested_value", QT_TRANSLATE_NOOP("Messages", "Nested values (objects or lists) are not read"))()
COLUMN_NAME = message("intake.column_number", QT_TRANSLATE_NOOP("Messages", "column {number}"))
Fixes = Mapping[tuple[int, str], str]  # (row number, column header as written) → the text a person corrected it to
Progress = Callable[[int, int, int], None]  # (rows done, bytes done, bytes total)
Cancel = Callable[[], bool]
CHECK_EVERY = 1000  # rows between progress reports and cancel checks


class ParsedLead(NamedTuple):
    """A valid lead and the row it came from."""

    row: int
    lead: NewLead


@dataclass
class ParseResult:
    """Everything parse_file learned about one file.

    leads: valid rows in file order; errors: rejected cells (severity "error"); warnings: kept rows' notes.
    rows_total: non-blank data rows; file_sha256: hex digest of the bytes, to record and to skip re-imports.
    columns: field → the header it was read from; decisions: each column's field and how it was decided.
    """

    path: Path
    format: str
    encoding: str | None
    file_sha256: str
    columns: dict[str, str]
    leads: list[ParsedLead] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    rows_total: int = 0
    decisions: list[Column] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every row is valid: the all-or-nothing import may proceed."""
        return not self.errors

    @property
    def rows_invalid(self) -> int:
        return len({error.row for error in self.errors})


def column_plan(headers: Sequence[str], mapping: ColumnMapping) -> dict[str, list[tuple[int, str]]]:
    """field → [(column index, header)]: several columns may feed one field; the first non-empty wins."""
    plan: dict[str, list[tuple[int, str]]] = {}
    for index, header in enumerate(headers):
        name = mapping.field_for(header)
        if name:
            plan.setdefault(name, []).append((index, header))
    return plan


def open_table(path: Path, mapping: ColumnMapping, limits: Limits) -> tuple[Table, int]:
    """The file opened for streaming and its size; file-level refusals raise FileRefused here."""
    size = check_size(path, limits)
    kind = detect_format(path)
    if kind == "csv":
        return open_csv(path, mapping, limits), size
    if kind == "xlsx":
        return open_xlsx(path, mapping, limits, size), size
    return open_jsonl(path, limits), size


class LeadStream:
    """Iterates a file's valid leads as ParsedLead without holding the file; problems accumulate.

    Open refusals (size, format, header, missing columns, a default that is no value) raise FileRefused from
    the constructor; a file with too many rows raises FileRefused during iteration; cancel() → ImportCancelled.
    After iteration, errors, warnings and rows_total are complete. Use as a context manager, or call close().

    columns: a person's choices, header as written → field (or mapping.IGNORE); other columns are decided by
    their header, else by their values (infer.decide_columns). defaults: field → raw value for rows without
    one, on top of mapping.DEFAULTS. fixes: cells a person corrected (the file itself is not changed).
    """

    def __init__(self, path: str | Path, *, mapping: ColumnMapping | None = None,
                 centre_tz: str = "Asia/Shanghai", limits: Limits | None = None,
                 defaults: Mapping[str, object] | None = None, source: str | None = None,
                 now: datetime | None = None, progress: Progress | None = None,
                 cancel: Cancel | None = None, columns: Mapping[str, str] | None = None,
                 fixes: Fixes | None = None) -> None:
        self.path = Path(path)
        base = (mapping or load_mapping())
        self.mapping = base.with_columns(columns or {})
        self.limits = limits or Limits()
        self.defaults = dict(defaults or {})
        unknown = sorted(set(self.defaults) - set(FIELDS))
        if unknown:
            raise FileRefused(UNKNOWN_DEFAULT(field=", ".join(unknown), fields=", ".join(FIELDS)),
                              code="unknown_default")
        self._progress, self._cancel = progress, cancel
        tz = zone(centre_tz)
        now = now or datetime.now(UTC)
        self.builder = LeadBuilder(base, tz=tz, now=now, source=source or self.path.name, defaults=self.defaults)
        for name, value, reason in self.builder.bad_defaults():
            raise FileRefused(BAD_DEFAULT(value=repr(value), field=FIELD_LABELS[name], reason=reason),
                              code="bad_default")
        self.table, self.size = open_table(self.path, self.mapping, self.limits)
        self.fixes = dict(fixes or {})
        if self.fixes:
            self.table.rows = apply_fixes(self.table.rows, self.table.headers, self.fixes)
        try:
            self.decisions: list[Column] = []
            if self.table.format != "jsonl":
                sample = list(itertools.islice(self.table.rows, SAMPLE_ROWS))
                self.table.rows = itertools.chain(sample, self.table.rows)
                cells = [row for _n, row in sample if isinstance(row, list | tuple)]
                self.decisions = decide_columns(self.table.headers, cells, base, chosen=columns, tz=tz, now=now)
                self.mapping = columns_mapping(base, self.decisions)
                self.builder.mapping = self.mapping
            self.file_sha256 = file_sha256(self.path)
            self.plan = column_plan(self.table.headers, self.mapping)
            self.row_plan = RowPlan(self.plan)
            self._check_required()
        except BaseException:
            self.table.close()
            raise
        self.errors: list[RowError] = []
        self.warnings: list[RowError] = []
        self.rows_total = 0

    @property
    def format(self) -> str:
        return self.table.format

    @property
    def columns(self) -> dict[str, str]:
        return {name: spots[0][1] for name, spots in self.plan.items()}

    def __iter__(self) -> Iterator[ParsedLead]:
        limits, headers, builder, row_plan = self.limits, self.table.headers, self.builder, self.row_plan
        try:
            for row, cells in self.table.rows:
                if isinstance(cells, RowError):
                    self.rows_total += 1
                    self.errors.append(cells)
                    continue
                if _blank(cells):
                    continue
                self.rows_total += 1
                if self.rows_total > limits.max_rows:
                    raise FileRefused(TOO_MANY_ROWS(file=self.path.name, limit=limits.max_rows),
                                      code="too_many_rows")
                if self.rows_total % CHECK_EVERY == 0:
                    self._tick()
                problems = _absurd(row, cells, headers, limits)
                if problems:
                    self.errors.extend(problems)
                    continue
                if isinstance(cells, list | tuple) or not isinstance(cells, Mapping):  # see _blank
                    lead, issues = builder.build_cells(row, cells, row_plan)
                else:
                    lead, issues = builder.build(row, row_fields(cells, self.plan, self.mapping))
                for issue in issues:
                    (self.warnings if issue.severity == "warning" else self.errors).append(issue)
                if lead is not None:
                    yield ParsedLead(row, lead)
            if self._progress:
                self._progress(self.rows_total, self.size, self.size)
        finally:
            self.close()

    def close(self) -> None:
        self.table.close()

    def __enter__(self) -> LeadStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_required(self) -> None:
        if self.table.format == "jsonl":
            return  # keys may differ per line: a missing field is reported per row
        missing = [n for n in REQUIRED_FIELDS if n not in self.plan and n not in self.defaults]
        if missing:
            names = ", ".join(str(FIELD_LABELS[n]) for n in missing)
            found = ", ".join(h for h in self.table.headers if h) or NO_COLUMNS_FOUND()
            used = {header for spots in self.plan.values() for _, header in spots}
            # fields/unused are not in the sentence: a face that can say how to fix it reads them (the CLI)
            unused = tuple(h for h in self.table.headers if h and h not in used)
            raise FileRefused(MISSING_COLUMNS(file=self.path.name, names=names, found=found, fields=tuple(missing),
                                              unused=unused), code="missing_columns")

    def _tick(self) -> None:
        if self._cancel is not None and self._cancel():
            raise ImportCancelled()
        if self._progress is not None:
            self._progress(self.rows_total, self.table.position(), self.size)


def apply_fixes(rows: Iterator[RawRow], headers: Sequence[str], fixes: Fixes) -> Iterator[RawRow]:
    """The rows with the corrected cells in place of what the file says."""
    by_row: dict[int, list[tuple[str, str]]] = {}
    for (number, header), value in fixes.items():
        by_row.setdefault(number, []).append((header, value))
    for number, cells in rows:
        changes = by_row.get(number)
        if changes is None or isinstance(cells, RowError):
            yield number, cells
            continue
        if isinstance(cells, Mapping):
            yield number, {**cells, **dict(changes)}
            continue
        fixed = list(cells)
        for header, value in changes:
            if header in headers:
                at = list(headers).index(header)
                fixed.extend([""] * (at + 1 - len(fixed)))
                fixed[at] = value
        yield number, fixed


def iter_leads(path: str | Path, *, mapping: ColumnMapping | None = None, centre_tz: str = "Asia/Shanghai",
               limits: Limits | None = None, defaults: Mapping[str, object] | None = None,
               source: str | None = None, now: datetime | None = None, progress: Progress | None = None,
               cancel: Cancel | None = None, columns: Mapping[str, str] | None = None,
               fixes: Fixes | None = None) -> LeadStream:
    """A LeadStream over path; options as for parse_file. For importers that write while reading."""
    return LeadStream(path, mapping=mapping, centre_tz=centre_tz, limits=limits, defaults=defaults, source=source,
                      now=now, progress=progress, cancel=cancel, columns=columns, fixes=fixes)


def parse_file(path: str | Path, *, mapping: ColumnMapping | None = None, centre_tz: str = "Asia/Shanghai",
               limits: Limits | None = None, defaults: Mapping[str, object] | None = None,
               source: str | None = None, now: datetime | None = None, progress: Progress | None = None,
               cancel: Cancel | None = None, columns: Mapping[str, str] | None = None,
               fixes: Fixes | None = None) -> ParseResult:
    """Read and validate a whole lead file (CSV, XLSX or JSONL). Never writes anything.

    Raises FileRefused (file-level problems), ImportCancelled, MappingError (bad columns.toml).
    Row problems do not raise: they are in .errors, and .ok tells whether the file may be imported whole.
    """
    stream = LeadStream(path, mapping=mapping, centre_tz=centre_tz, limits=limits, defaults=defaults,
                        source=source, now=now, progress=progress, cancel=cancel, columns=columns, fixes=fixes)
    result = ParseResult(path=stream.path, format=stream.format, encoding=stream.table.encoding,
                         file_sha256=stream.file_sha256, columns=stream.columns, decisions=stream.decisions)
    result.leads = list(stream)
    result.errors, result.warnings, result.rows_total = stream.errors, stream.warnings, stream.rows_total
    return result


def _blank(cells: Sequence[object] | Mapping[str, object]) -> bool:
    # Rows are lists or tuples (CSV, XLSX) or JSON objects: the cheap type check comes first, because the
    # Mapping ABC check costs as much as looking at a whole row.
    values = cells if isinstance(cells, list | tuple) or not isinstance(cells, Mapping) else cells.values()
    for value in values:
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        return False
    return True


def _absurd(row: int, cells: Sequence[object] | Mapping[str, object], headers: Sequence[str],
            limits: Limits) -> list[RowError]:
    """Rows no real export has: too many cells, a cell past the length bound, nested JSON values."""
    if len(cells) > limits.max_columns:
        return [RowError(row, "", str(len(cells)), TOO_MANY_CELLS(limit=limits.max_columns), "too_many_cells")]
    if _short_texts(cells, limits.max_cell_chars):
        return []
    items = (zip(_names(headers, len(cells)), cells, strict=False)
             if isinstance(cells, list | tuple) or not isinstance(cells, Mapping) else cells.items())
    problems: list[RowError] = []
    for column, value in items:
        if isinstance(value, str):
            if len(value) > limits.max_cell_chars:
                problems.append(RowError(row, str(column), clip(value, 50),
                                         CELL_TOO_LONG(limit=limits.max_cell_chars), "cell_too_long"))
        elif isinstance(value, dict | list):
            problems.append(RowError(row, str(column), clip(value, 50), NESTED_VALUE, "nested_value"))
    return problems


def _short_texts(cells: Sequence[object] | Mapping[str, object], size: int) -> bool:
    """True for a list of str cells with at most size characters all together (every ordinary CSV row): no
    cell of it can be too long or nested, so _absurd need not look at each cell in Python."""
    if type(cells) is not list:
        return False
    try:
        return len("".join(cells)) <= size  # join takes only str: TypeError for any other cell
    except TypeError:
        return False


def _names(headers: Sequence[str], width: int) -> Sequence[str]:
    if width <= len(headers):
        return headers
    return [*headers, *(str(COLUMN_NAME(number=i + 1)) for i in range(len(headers), width))]
