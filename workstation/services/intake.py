"""Importing lead files (线索导入): one transaction per file, de-duplication, the record of imported files.

A file goes in whole or not at all: its rows are streamed (workstation.intake.iter_leads) and sorted into
new leads and repeat warnings (intake_dedup); nothing of it is kept when a row is invalid (unless
skip_invalid), when the caller cancels, or when anything raises — nothing is ever half-written.

- SQLite (a desk): the whole file is read, checked, de-duplicated and staged in TEMP tables without the
  database's write lock, so officers keep saving; one short transaction then claims the file, checks that
  no matching lead came in (or closed) meanwhile, and moves the rows in. If one did, the file is imported
  again the direct way.
- Direct (PostgreSQL, and SQLite after such a race): rows are written chunk by chunk inside one transaction.

Re-importing the same bytes (same SHA-256) changes nothing: the result says when and by whom the file was
imported, with status "already_imported" — not a failure (the CLI exits 0).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from workstation.desk import Workstation
from workstation.domain.lead import NewLead
from workstation.intake import (
    ColumnMapping,
    FileRefused,
    Handled,
    ImportCancelled,
    IntakeError,
    LeadStream,
    Limits,
    ParsedLead,
    Preview,
    RowError,
    iter_leads,
    preview,
)
from workstation.intake.infer import Column, header_signature
from workstation.intake.parse import Fixes
from workstation.messages import QT_TRANSLATE_NOOP, Msg, message
from workstation.security import audit
from workstation.security.audit import AuditAction
from workstation.services.intake_dedup import CHUNK, Counts, Dedup
from workstation.services.leads import (
    LEAD_COLUMNS,
    RECEIPT_COLUMNS,
    receipt_constants,
    receipt_rows,
    receive_many,
)
from workstation.store.bulk import Stage, Values, import_cache
from workstation.store.journal import new_id
from workstation.store.models import Event, Lead
from workstation.store.models_intake import ImportedFile

log = logging.getLogger(__name__)
ALREADY = message("intake.already_imported", QT_TRANSLATE_NOOP("Messages", "{file}: a file with the same content was imported at {at} by {by} ({created} new leads); nothing was changed"))
CANCELLED = message("intake.import_cancelled", QT_TRANSLATE_NOOP("Messages", "{file}: import cancelled, nothing was imported"))
IMPORTED = message("intake.imported", QT_TRANSLATE_NOOP("Messages", "{file}: {imported} of {rows} rows imported: {created} new leads, {joined} added to open leads, {repeated} already known"))
IMPORTED_SKIPPING = message("intake.imported_skipping", QT_TRANSLATE_NOOP("Messages", "{file}: {imported} of {rows} rows imported: {created} new leads, {joined} added to open leads, {repeated} already known; {skipped} invalid rows skipped"))
INVALID = message("intake.invalid", QT_TRANSLATE_NOOP("Messages", "{file}: {bad} of {rows} rows have errors; nothing of the file was imported"))
ROW_PROBLEM = message("intake.row_problem", QT_TRANSLATE_NOOP("Messages", "Row {row}, {column}: {reason} (value: {value})"))
ROW_ONLY_PROBLEM = message("intake.row_only_problem", QT_TRANSLATE_NOOP("Messages", "Row {row}: {reason} (value: {value})"))
FILE_PROBLEM = message("intake.file_problem", QT_TRANSLATE_NOOP("Messages", "File, {column}: {reason} (value: {value})"))
MORE_PROBLEMS = message("intake.more_problems", QT_TRANSLATE_NOOP("Messages", "… and {count} more errors"))
MAPPINGS_FILE = "intake_mappings.json"  # in the desk's data directory: choices remembered per header signature
Status = Literal["imported", "already_imported", "invalid", "refused", "cancelled"]
Progress = Callable[[int, int, int], None]  # (rows read, bytes read, bytes total)


@dataclass(frozen=True)
class ImportResult:
    """What importing one file did. Plain values, safe to hand to the GUI thread.

    status: imported (committed, maybe with rows skipped), already_imported (same hash seen before:
    nothing changed), invalid (bad rows, nothing imported), refused (file-level problem), cancelled.
    errors/warnings: row problems for the report; message: one line for a person (str() puts it into words).
    rows: data rows read; rows_skipped: of those, the invalid rows left out; rows_imported: the rest.
    """

    path: Path
    status: Status
    message: Msg
    sha256: str = ""
    format: str = ""
    rows: int = 0
    leads_created: int = 0
    triggers_joined: int = 0
    rows_repeated: int = 0
    rows_skipped: int = 0
    errors: tuple[RowError, ...] = ()
    warnings: tuple[RowError, ...] = ()
    columns: dict[str, str] = field(default_factory=dict)

    @property
    def rows_imported(self) -> int:
        """Rows that are in the database now: as new leads, added to open leads, or known already."""
        return self.rows - self.rows_skipped if self.status == "imported" else 0

    @property
    def ok(self) -> bool:
        """True when everything asked for is in the database (imported whole, or imported before)."""
        return self.status == "already_imported" or (self.status == "imported" and not self.rows_skipped)


def find_import(ws: Workstation, sha256: str) -> ImportedFile | None:
    """The earlier import of these exact bytes, if any (a detached row: read its attributes freely)."""
    with ws.sessions() as session:
        return session.scalars(select(ImportedFile).where(ImportedFile.sha256 == sha256)).first()


def recent_imports(ws: Workstation, limit: int = 50) -> list[ImportedFile]:
    with ws.sessions() as session:
        stmt = select(ImportedFile).order_by(ImportedFile.imported_at.desc()).limit(limit)
        return list(session.scalars(stmt))


def already_message(ws: Workstation, record: ImportedFile) -> Msg:
    at = record.imported_at.astimezone(ZoneInfo(ws.settings.centre_tz)).strftime("%Y-%m-%d %H:%M")
    return ALREADY(file=record.file_name, at=at, by=record.imported_by, created=record.leads_created)


# --- choices remembered per header signature -----------------------------------------------------------------

@dataclass(frozen=True)
class Choices:
    """What a person chose for a file: header as written → field (or IGNORE), and field → default value."""

    columns: dict[str, str] = field(default_factory=dict)
    defaults: dict[str, str] = field(default_factory=dict)


def _mappings_path(ws: Workstation) -> Path:
    return Path(ws.settings.data_dir) / MAPPINGS_FILE


def _read_mappings(ws: Workstation) -> dict[str, dict[str, object]]:
    try:
        data = json.loads(_mappings_path(ws).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remembered_choices(ws: Workstation, signature: str) -> Choices | None:
    """The choices last used to import a file with these headers (infer.header_signature), if any."""
    entry = _read_mappings(ws).get(signature)
    if not isinstance(entry, dict):
        return None
    columns, defaults = entry.get("columns", {}), entry.get("defaults", {})
    if not isinstance(columns, dict) or not isinstance(defaults, dict):
        return None
    return Choices({str(k): str(v) for k, v in columns.items()}, {str(k): str(v) for k, v in defaults.items()})


def remember_choices(ws: Workstation, signature: str, headers: Iterable[str], choices: Choices) -> None:
    """Keep `choices` for the next file with these headers (written whole, then renamed: never half a file)."""
    data = _read_mappings(ws)
    data[signature] = {"headers": list(headers), "columns": choices.columns, "defaults": choices.defaults,
                       "saved_at": ws.clock.now().isoformat()}
    target = _mappings_path(ws)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".tmp")
        partial.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(partial, target)
    except OSError:  # a read-only data directory: the import stands, the mapping is not kept
        log.warning("could not remember the column choices in %s", target, exc_info=True)


def recalled_choices(ws: Workstation, path: str | Path) -> Choices | None:
    """The choices remembered for this file's headers, or None (also when the file cannot be read: the import
    says why)."""
    try:
        headers = preview(path, 0, centre_tz=ws.settings.centre_tz, now=ws.clock.now()).headers
    except IntakeError:
        return None
    return remembered_choices(ws, header_signature(headers))


def choices_to_keep(decisions: Iterable[Column], choices: Choices) -> Choices:
    """What to remember after an import: every column not decided by its header (chosen, remembered or
    inferred from its values) and the person's defaults."""
    columns = {c.header: c.field or "" for c in decisions if c.how != "header" and c.header}
    return Choices(columns, dict(choices.defaults))


CHOICES_UNREADABLE = message("intake.choices_unreadable", QT_TRANSLATE_NOOP("Messages", "Cannot read the mapping file {path}: {reason}"))
CHOICES_SHAPE = message("intake.choices_shape", QT_TRANSLATE_NOOP("Messages", "{path}: expected [columns] (column = field) and [defaults] (field = value) tables of text"))


def load_choices(path: str | Path, mapping: ColumnMapping | None = None) -> Choices:
    """A mapping file for the CLI: TOML or JSON with `[columns]` (column as in the file = field, or "ignore")
    and `[defaults]` (field = value, as a cell would give it). Raises MappingError."""
    import tomllib

    from workstation.intake import MappingError, load_mapping
    from workstation.intake.mapping import field_named

    source = Path(path)
    try:
        raw = source.read_text(encoding="utf-8-sig")
        data = json.loads(raw) if source.suffix.lower() == ".json" else tomllib.loads(raw)
    except OSError as exc:
        raise MappingError(CHOICES_UNREADABLE(path=str(source), reason=exc.strerror or str(exc))) from exc
    except (ValueError, UnicodeDecodeError) as exc:  # TOMLDecodeError and JSONDecodeError are ValueErrors
        raise MappingError(CHOICES_UNREADABLE(path=str(source), reason=str(exc))) from exc
    columns, defaults = data.get("columns", {}), data.get("defaults", {})
    if not (isinstance(columns, dict) and isinstance(defaults, dict)
            and all(isinstance(v, str) for v in [*columns.values(), *defaults.values()])):
        raise MappingError(CHOICES_SHAPE(path=str(source)))
    base = mapping or load_mapping()
    return Choices({str(k): field_named(v, base) for k, v in columns.items()},
                   {field_named(str(k), base): v for k, v in defaults.items()})


def preview_file(ws: Workstation, path: str | Path, n: int = 20, *, choices: Choices | None = None,
                 mapping: ColumnMapping | None = None, fixes: Fixes | None = None) -> tuple[Preview, Choices | None]:
    """The dialog's preview of a file with the person's choices over those remembered for its headers; and the
    remembered ones (None when these headers were never imported)."""
    choices = choices or Choices()
    tz, now = ws.settings.centre_tz, ws.clock.now()
    first = preview(path, n, columns=choices.columns, defaults=choices.defaults, centre_tz=tz, now=now, mapping=mapping,
                    fixes=fixes)
    kept = remembered_choices(ws, first.signature)
    if kept is None:
        return first, None
    defaults = {**kept.defaults, **choices.defaults}
    return preview(path, n, columns=choices.columns, remembered=kept.columns, defaults=defaults, centre_tz=tz,
                   now=now, mapping=mapping, fixes=fixes), kept


def import_file(ws: Workstation, path: str | Path, *, imported_by: str, skip_invalid: bool = False,
                mapping: ColumnMapping | None = None, limits: Limits | None = None,
                progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
                choices: Choices | None = None, remember: bool = False, fixes: Fixes | None = None) -> ImportResult:
    """Import one file in one transaction; see the module docstring for the rules.

    choices: the person's column choices and defaults (Choices; the rest is decided by headers and values);
    remember: keep the choices for the next file with the same headers once this one is imported.
    fixes: cells a person corrected in the dialog ((row, column) → text); the file is not changed, and the
    audit entry counts them.
    File-level refusals, invalid rows and cancellation come back as a result, not as exceptions; any
    other exception (including one raised by `progress`) rolls everything back and propagates.
    """
    path = Path(path)
    choices = choices or Choices()
    staged = ws.dialect == "sqlite"
    while True:
        try:
            stream = iter_leads(path, mapping=mapping, centre_tz=ws.settings.centre_tz, limits=limits,
                                now=ws.clock.now(), progress=progress, cancel=cancel, columns=choices.columns,
                                defaults=choices.defaults, fixes=fixes)
        except FileRefused as exc:
            return ImportResult(path, "refused", _msg(exc.message))
        with stream:
            previous = find_import(ws, stream.file_sha256)
            if previous is not None:
                return ImportResult(path, "already_imported", already_message(ws, previous),
                                    sha256=stream.file_sha256, format=stream.format)
            try:
                run = _import_staged if staged else _import_direct
                result = run(ws, path, stream, imported_by=imported_by, skip_invalid=skip_invalid)
                if remember and result.status == "imported" and stream.decisions:
                    remember_choices(ws, header_signature(stream.table.headers), stream.table.headers,
                                     choices_to_keep(stream.decisions, choices))
                return result
            except _Raced:
                staged = False  # a matching lead came in meanwhile: read the file again, holding the lock
            except FileRefused as exc:
                return ImportResult(path, "refused", _msg(exc.message), sha256=stream.file_sha256,
                                    format=stream.format)
            except ImportCancelled:
                return ImportResult(path, "cancelled", CANCELLED(file=path.name),
                                    sha256=stream.file_sha256, format=stream.format)
            except IntegrityError:
                previous = find_import(ws, stream.file_sha256)
                if previous is None:
                    raise
                return ImportResult(path, "already_imported", already_message(ws, previous),
                                    sha256=stream.file_sha256, format=stream.format)


class _Raced(Exception):
    """Another writer added an open lead this file should join, or closed one it joins, between reading the
    file and taking the write lock: the staged import is undone and done again the direct way."""


class _Rollback(Exception):
    """Raised inside the unit of work to undo it; carries the result to return."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__(result.message)
        self.result = result


def _import_direct(ws: Workstation, path: Path, stream: LeadStream, *, imported_by: str,
                   skip_invalid: bool) -> ImportResult:
    """Rows written chunk by chunk inside one transaction (PostgreSQL: row locks only, others keep writing)."""
    try:
        with ws.unit_of_work() as session, import_cache(session.connection()):
            record = _claim(ws, session, path, stream, imported_by)
            dedup = Dedup(ws, session, lambda fresh: receive_many(ws, session, fresh))
            skipped = _read(stream, dedup, path, skip_invalid)
            dedup.finish()
            _record(ws, session, record, path, stream, dedup.counts, skipped, imported_by)
    except _Rollback as rollback:
        return rollback.result
    return _imported(path, stream, dedup.counts, skipped)


def _import_staged(ws: Workstation, path: Path, stream: LeadStream, *, imported_by: str,
                   skip_invalid: bool) -> ImportResult:
    """SQLite: read, check, de-duplicate and stage the whole file in TEMP tables without the desk's write lock
    (officers keep saving), then take the lock only to re-check and move the rows in (one transaction)."""
    with ws.engine.connect() as conn:
        stage = _ReceiptStage(ws, conn)
        try:
            with conn.begin():
                dedup = Dedup(ws, Session(bind=conn), stage.add)
                skipped = _read(stream, dedup, path, skip_invalid)
            with conn.begin(), import_cache(conn):
                session = Session(bind=conn)
                record = _claim(ws, session, path, stream, imported_by)  # takes the write lock
                dedup.session = session
                if dedup.raced():
                    raise _Raced()
                stage.move(ws.clock.now())
                dedup.finish()
                _record(ws, session, record, path, stream, dedup.counts, skipped, imported_by)
                session.flush()
        except _Rollback as rollback:
            return rollback.result
        finally:
            try:
                with conn.begin():
                    stage.drop()
            except SQLAlchemyError:  # the connection broke with the import; the next Stage replaces the table
                log.warning("could not drop the import's staging tables", exc_info=True)
    return _imported(path, stream, dedup.counts, skipped)


def _claim(ws: Workstation, session: Session, path: Path, stream: LeadStream, imported_by: str) -> ImportedFile:
    """The record of this file, flushed now: it claims the hash (a concurrent import of the same bytes waits
    or fails here) and, on SQLite, the write lock."""
    record = ImportedFile(id=new_id(), sha256=stream.file_sha256, file_name=path.name[:255], format=stream.format,
                          rows=0, leads_created=0, triggers_joined=0, rows_skipped=0,
                          imported_by=imported_by[:64], imported_at=ws.clock.now())
    session.add(record)
    session.flush()
    return record


def _read(stream: LeadStream, dedup: Dedup, path: Path, skip_invalid: bool) -> int:
    """Every row of the file through dedup in chunks; the number of rows skipped. Raises _Rollback when
    the file is invalid (bad rows without skip_invalid, or nothing usable)."""
    chunk: list[ParsedLead] = []
    for parsed in stream:
        if stream.errors and not skip_invalid:
            continue  # nothing will be kept: read on only to report every bad row
        chunk.append(parsed)
        if len(chunk) >= CHUNK:
            dedup.write(chunk)
            chunk = []
    if stream.errors and not skip_invalid:
        raise _Rollback(_invalid(path, stream))
    dedup.write(chunk)
    if stream.errors and not (dedup.counts.created or dedup.counts.joined or dedup.counts.repeated):
        raise _Rollback(_invalid(path, stream))  # nothing usable: do not record the file as imported
    return len({e.row for e in stream.errors})


def _record(ws: Workstation, session: Session, record: ImportedFile, path: Path, stream: LeadStream,
            counts: Counts, skipped: int, imported_by: str) -> None:
    record.rows, record.rows_skipped = stream.rows_total, skipped
    record.leads_created, record.triggers_joined = counts.created, counts.joined
    audit.record(session, imported_by, AuditAction.IMPORTED, path.name[:200],
                 {"sha256": stream.file_sha256, "rows": stream.rows_total, "leads_created": counts.created,
                  "triggers_joined": counts.joined, "rows_skipped": skipped, "cells_corrected": len(stream.fixes)},
                 desk=ws.desk, at=ws.clock.now())


def _msg(value: Msg | str) -> Msg:
    return value if isinstance(value, Msg) else Msg("intake.text", "{text}", {"text": value})


def _imported(path: Path, stream: LeadStream, counts: Counts, skipped: int) -> ImportResult:
    facts = {"file": path.name, "imported": stream.rows_total - skipped, "rows": stream.rows_total,
             "created": counts.created, "joined": counts.joined, "repeated": counts.repeated}
    message = IMPORTED_SKIPPING(skipped=skipped, **facts) if skipped else IMPORTED(**facts)
    return ImportResult(path, "imported", message, sha256=stream.file_sha256, format=stream.format,
                        rows=stream.rows_total, leads_created=counts.created, triggers_joined=counts.joined,
                        rows_repeated=counts.repeated, rows_skipped=skipped, errors=tuple(stream.errors),
                        warnings=tuple(stream.warnings), columns=stream.columns)


class _ReceiptStage:
    """New leads of a staged import: their rows in TEMP tables until move() (workstation.store.bulk.Stage)."""

    def __init__(self, ws: Workstation, conn: Connection) -> None:
        self.ws, self.conn, self.ready = ws, conn, Values(conn)
        self.leads = Stage(conn, Lead.__table__, LEAD_COLUMNS)
        self.events = Stage(conn, Event.__table__, RECEIPT_COLUMNS)

    def add(self, fresh: list[NewLead]) -> list[str]:
        ids, lead_rows, event_rows = receipt_rows(self.ws, self.ready, fresh)
        self.leads.add(lead_rows)
        self.events.add(event_rows)
        return ids

    def move(self, now: datetime) -> None:
        lead_constants, event_constants = receipt_constants(self.ws, self.ready, now)
        self.leads.move(lead_constants)
        self.events.move(event_constants)

    def drop(self) -> None:
        self.leads.drop()
        self.events.drop()


def _invalid(path: Path, stream: LeadStream) -> ImportResult:
    bad = len({e.row for e in stream.errors})
    return ImportResult(path, "invalid", INVALID(file=path.name, bad=bad, rows=stream.rows_total),
                        sha256=stream.file_sha256, format=stream.format, rows=stream.rows_total,
                        rows_skipped=bad, errors=tuple(stream.errors), warnings=tuple(stream.warnings),
                        columns=stream.columns)


def import_files(ws: Workstation, paths: Iterable[str | Path], *, imported_by: str, skip_invalid: bool = False,
                 mapping: ColumnMapping | None = None, limits: Limits | None = None) -> list[ImportResult]:
    """Import several files, each on its own (one file's failure does not undo another's import)."""
    return [import_file(ws, p, imported_by=imported_by, skip_invalid=skip_invalid, mapping=mapping,
                        limits=limits) for p in paths]


def report_text(result: ImportResult, limit: int = 1000) -> str:
    """The result as plain text for a person (the drop folder's <name>.error.txt)."""
    lines = [str(result.message)]
    for error in result.errors[:limit]:
        where = (ROW_PROBLEM if error.column else ROW_ONLY_PROBLEM) if error.row else FILE_PROBLEM
        lines.append(str(where(row=error.row, column=error.column, reason=error.reason, value=error.value)))
    if len(result.errors) > limit:
        lines.append(str(MORE_PROBLEMS(count=len(result.errors) - limit)))
    return "\n".join(lines) + "\n"



def handle_drop(ws: Workstation, path: Path, *, imported_by: str, skip_invalid: bool = False,
                on_result: Callable[[ImportResult], None] | None = None, choices: Choices | None = None) -> Handled:
    """Import one file from a drop folder and say where it goes: done/ (imported, or imported before),
    failed/ (with the report text beside it), or left for a later pass (cancelled).

    Without choices, those a person made for an earlier file with the same headers apply (a partner's daily
    list, mapped once in the import dialog, goes in unattended)."""
    if choices is None:
        choices = recalled_choices(ws, path)
    result = import_file(ws, path, imported_by=imported_by, skip_invalid=skip_invalid, choices=choices)
    if on_result is not None:
        on_result(result)
    if result.status in ("imported", "already_imported"):
        return Handled("done")
    if result.status == "cancelled":
        return Handled("retry")
    return Handled("failed", report_text(result))
