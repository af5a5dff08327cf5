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

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from workstation.domain.lead import NewLead
from workstation.intake import (
    ColumnMapping,
    FileRefused,
    Handled,
    ImportCancelled,
    LeadStream,
    Limits,
    ParsedLead,
    RowError,
    iter_leads,
)
from workstation.security import audit
from workstation.security.audit import AuditAction
from workstation.services.context import Workstation
from workstation.services.intake_dedup import CHUNK, Counts, Dedup
from workstation.services.journal import new_id
from workstation.services.leads import (
    LEAD_COLUMNS,
    RECEIPT_COLUMNS,
    receipt_constants,
    receipt_rows,
    receive_many,
)
from workstation.store.bulk import Stage, Values, import_cache
from workstation.store.models import Event, Lead
from workstation.store.models_intake import ImportedFile

log = logging.getLogger(__name__)
Status = Literal["imported", "already_imported", "invalid", "refused", "cancelled"]
Progress = Callable[[int, int, int], None]  # (rows read, bytes read, bytes total)


@dataclass(frozen=True)
class ImportResult:
    """What importing one file did. Plain values, safe to hand to the GUI thread.

    status: imported (committed, maybe with rows skipped), already_imported (same hash seen before:
    nothing changed), invalid (bad rows, nothing imported), refused (file-level problem), cancelled.
    errors/warnings: row problems for the report; message: one line for a person.
    """

    path: Path
    status: Status
    message: str
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


def already_message(ws: Workstation, record: ImportedFile) -> str:
    at = record.imported_at.astimezone(ZoneInfo(ws.settings.centre_tz)).strftime("%Y-%m-%d %H:%M")
    return (f"{record.file_name}: 相同内容的文件已于 {at} 由 {record.imported_by} 导入"
            f"（{record.leads_created} 条新线索），本次未做任何更改")


def import_file(ws: Workstation, path: str | Path, *, imported_by: str, skip_invalid: bool = False,
                mapping: ColumnMapping | None = None, limits: Limits | None = None,
                progress: Progress | None = None, cancel: Callable[[], bool] | None = None) -> ImportResult:
    """Import one file in one transaction; see the module docstring for the rules.

    File-level refusals, invalid rows and cancellation come back as a result, not as exceptions; any
    other exception (including one raised by `progress`) rolls everything back and propagates.
    """
    path = Path(path)
    staged = ws.dialect == "sqlite"
    while True:
        try:
            stream = iter_leads(path, mapping=mapping, centre_tz=ws.settings.centre_tz, limits=limits,
                                now=ws.clock.now(), progress=progress, cancel=cancel)
        except FileRefused as exc:
            return ImportResult(path, "refused", exc.message)
        with stream:
            previous = find_import(ws, stream.file_sha256)
            if previous is not None:
                return ImportResult(path, "already_imported", already_message(ws, previous),
                                    sha256=stream.file_sha256, format=stream.format)
            try:
                run = _import_staged if staged else _import_direct
                return run(ws, path, stream, imported_by=imported_by, skip_invalid=skip_invalid)
            except _Raced:
                staged = False  # a matching lead came in meanwhile: read the file again, holding the lock
            except FileRefused as exc:
                return ImportResult(path, "refused", exc.message, sha256=stream.file_sha256,
                                    format=stream.format)
            except ImportCancelled as exc:
                return ImportResult(path, "cancelled", f"{path.name}: {exc.message}，未导入任何数据",
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
                  "triggers_joined": counts.joined, "rows_skipped": skipped},
                 desk=ws.desk, at=ws.clock.now())


def _imported(path: Path, stream: LeadStream, counts: Counts, skipped: int) -> ImportResult:
    message = (f"{path.name}: 已导入 {stream.rows_total} 行：新线索 {counts.created} 条，"
               f"并入已有线索 {counts.joined} 条，重复 {counts.repeated} 条")
    if skipped:
        message += f"，跳过无效行 {skipped} 行"
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
    return ImportResult(path, "invalid", f"{path.name}: {bad} 行有错误，整个文件未导入（共 {stream.rows_total} 行）",
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
    lines = [result.message]
    for error in result.errors[:limit]:
        where = f"第{error.row}行" if error.row else "文件"
        lines.append(f"{where} {error.column}: {error.reason}（值: {error.value}）")
    if len(result.errors) > limit:
        lines.append(f"……另有 {len(result.errors) - limit} 个错误")
    return "\n".join(lines) + "\n"



def handle_drop(ws: Workstation, path: Path, *, imported_by: str, skip_invalid: bool = False,
                on_result: Callable[[ImportResult], None] | None = None) -> Handled:
    """Import one file from a drop folder and say where it goes: done/ (imported, or imported before),
    failed/ (with the report text beside it), or left for a later pass (cancelled)."""
    result = import_file(ws, path, imported_by=imported_by, skip_invalid=skip_invalid)
    if on_result is not None:
        on_result(result)
    if result.status in ("imported", "already_imported"):
        return Handled("done")
    if result.status == "cancelled":
        return Handled("retry")
    return Handled("failed", report_text(result))
