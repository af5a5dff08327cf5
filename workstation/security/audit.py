"""The audit log (审计日志): append-only, each entry hashing the one before, and its verification.

Every view of unmasked personal data, every print and export, every sign-in (failed ones too) and every role
change is one `record(...)` call. `verify(ws)` walks the chain and names the first entry that was changed
(its hash no longer matches its fields) or removed (a gap in `seq`, or a `prev_hash` that does not match).
`guard_problems(session)` checks the append-only triggers are still in place; `wire_entries` is the form the
centre's insert-only copy takes (workstation.sync.audit_push), and workstation.security.audit_centre compares
the chain with that copy, which finds what a chain alone cannot: a cut tail, a deleted or recomputed log.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Text, insert, select, text, type_coerce
from sqlalchemy.orm import Session

from workstation.desk import Workstation
from workstation.messages import QT_TRANSLATE_NOOP, Msg, message
from workstation.store.journal import new_id
from workstation.store.models_audit import AuditEntry

GENESIS = "0" * 64
# pg_advisory_xact_lock key: "audit" in ASCII. Held until the appending transaction ends.
_PG_LOCK_KEY = 0x6175646974
_LIMITS = {"actor": 64, "desk": 64, "action": 32, "target": 128}


class AuditAction(StrEnum):
    """What an audit event records. Other modules may pass their own plain strings too."""

    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_IN_REFUSED = "sign_in_refused"  # the account is locked: the password was not even checked
    ACCOUNT_LOCKED = "account_locked"
    ACCOUNT_UNLOCKED = "account_unlocked"
    OFFICER_ADDED = "officer_added"
    ROLE_CHANGED = "role_changed"
    PERSONAL_DATA_VIEWED = "personal_data_viewed"
    PERSONAL_DATA_LISTED = "personal_data_listed"
    PRINTED = "printed"
    EXPORTED = "exported"
    IMPORTED = "imported"
    DESK_LOCKED = "desk_locked"
    DESK_UNLOCKED = "desk_unlocked"


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One audit entry as plain values (for the CLI, the UI and reports)."""

    seq: int
    id: str
    at: datetime
    actor: str
    desk: str
    action: str
    target: str
    details: dict[str, Any]
    prev_hash: str
    hash: str

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "id": self.id, "at": self.at.isoformat(), "actor": self.actor, "desk": self.desk,
                "action": self.action, "target": self.target, "details": self.details,
                "prev_hash": self.prev_hash, "hash": self.hash}


@dataclass(frozen=True, slots=True)
class VerifyResult:
    """The outcome of walking the chain: ok, or the first bad seq and what is wrong there."""

    ok: bool
    entries: int
    head_seq: int | None
    head_hash: str | None
    first_bad_seq: int | None = None
    problem: Msg | str = ""


def canonical(value: Any) -> str:
    """The one JSON spelling that is hashed: sorted keys, no spaces, UTF-8 kept, non-JSON values as str."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def _at(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def entry_hash(seq: int, entry_id: str, at: datetime, actor: str, desk: str, action: str, target: str,
               details: Mapping[str, Any], prev_hash: str) -> str:
    """sha256 over the canonical JSON of the entry's fields, prev_hash included."""
    doc = {"seq": seq, "id": entry_id, "at": _at(at), "actor": actor, "desk": desk, "action": action,
           "target": target, "details": details, "prev_hash": prev_hash}
    return hashlib.sha256(canonical(doc).encode()).hexdigest()


def _clip(name: str, value: str) -> str:
    return value[: _LIMITS[name]]


def record(session_or_ws: Session | Workstation, actor: str | None, action: AuditAction | str, target: str,
           details: Mapping[str, Any] | None = None, *, desk: str | None = None,
           at: datetime | None = None) -> str:
    """Append one audit event and return its id.

    With a Workstation it is written in its own transaction; with a Session it joins that session's
    transaction, so the audited action and its audit entry commit (or roll back) together. `desk` and `at`
    default to the workstation's desk and clock (with a bare Session: empty desk, the system clock).
    """
    if isinstance(session_or_ws, Workstation):
        ws = session_or_ws
        with ws.unit_of_work() as session:
            return record(session, actor, action, target, details, desk=desk or ws.desk,
                          at=at or ws.clock.now())
    session = session_or_ws
    when = at or datetime.now(UTC)
    # What is stored is exactly what was hashed: round-trip the details through the canonical JSON.
    clean: dict[str, Any] = json.loads(canonical(dict(details or {})))
    fields = {"actor": _clip("actor", actor or ""), "desk": _clip("desk", desk or ""),
              "action": _clip("action", str(action)), "target": _clip("target", target)}
    prev_seq, prev_hash = _lock_and_read_head(session)
    seq = prev_seq + 1
    entry_id = new_id()
    digest = entry_hash(seq, entry_id, when, fields["actor"], fields["desk"], fields["action"], fields["target"],
                        clean, prev_hash)
    # A Core insert on the session's connection (its transaction): no entity to track, no flush (a claim's
    # audited read pays for this on every F5).
    session.connection().execute(insert(AuditEntry.__table__), {
        "seq": seq, "id": entry_id, "at": when, "details": clean, "prev_hash": prev_hash, "hash": digest, **fields})
    return entry_id


def _lock_and_read_head(session: Session) -> tuple[int, str]:
    """Serialise appenders, then read the last entry: (0, GENESIS) for an empty log."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    elif dialect == "sqlite":
        # A write statement first takes SQLite's one write lock (waiting up to busy_timeout), so the head we
        # read next cannot move before our insert. It matches no row, so the append-only triggers never fire.
        session.execute(text("UPDATE audit_log SET seq = seq WHERE 0"))
    head = session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    return (0, GENESIS) if head is None else (int(head[0]), str(head[1]))


def _view(e: AuditEntry) -> AuditRecord:
    return AuditRecord(e.seq, e.id, e.at, e.actor, e.desk, e.action, e.target, e.details, e.prev_hash, e.hash)


def entries(ws: Workstation, *, since: datetime | None = None, actor: str | None = None,
            action: str | None = None, limit: int | None = None) -> list[AuditRecord]:
    """Audit entries in order (oldest first), optionally from `since` on, of one actor or action."""
    stmt = select(AuditEntry).order_by(AuditEntry.seq)
    if since is not None:
        stmt = stmt.where(AuditEntry.at >= since)
    if actor is not None:
        stmt = stmt.where(AuditEntry.actor == actor)
    if action is not None:
        stmt = stmt.where(AuditEntry.action == action)
    if limit is not None:
        stmt = stmt.limit(limit)
    with ws.sessions() as session:
        return [_view(e) for e in session.scalars(stmt)]


@dataclass(frozen=True, slots=True)
class _Raw:
    """An entry as stored, read without the column types, so a tampered value cannot break the walk."""

    seq: int
    id: str
    at: object
    actor: str
    desk: str
    action: str
    target: str
    details: str
    prev_hash: str
    hash: str


def _walk(session: Session, *, after: int = 0, limit: int | None = None) -> Iterator[_Raw]:
    # SQLite keeps times as text: read it raw too (PostgreSQL's timestamptz cannot hold a malformed value).
    raw = {"details", "at"} if session.get_bind().dialect.name == "sqlite" else {"details"}
    cols = [type_coerce(c, Text()) if c.name in raw else c for c in AuditEntry.__table__.c]
    stmt = select(*cols).where(AuditEntry.seq > after).order_by(AuditEntry.seq).execution_options(yield_per=2000)
    if limit is not None:
        stmt = stmt.limit(limit)
    for row in session.execute(stmt):
        yield _Raw(*row)


def hashes(session: Session) -> Iterator[tuple[int, str]]:
    """(seq, hash) of every stored entry, oldest first, as stored (nothing recomputed)."""
    stmt = select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq).execution_options(yield_per=5000)
    for seq, digest in session.execute(stmt):
        yield int(seq), str(digest)


def wire_entries(session: Session, *, after: int, limit: int) -> list[dict[str, Any]]:
    """Entries after seq `after` in the form the centre's ws_append_audit takes: every field as hashed
    (`at` in the hashed spelling, `details` as its canonical JSON text). A value that cannot be read goes as
    stored, so the centre refuses it rather than the desk hiding it."""
    out: list[dict[str, Any]] = []
    for e in _walk(session, after=after, limit=limit):
        try:
            at = _at(_parse_at(e.at))
        except (TypeError, ValueError):
            at = str(e.at)
        try:
            details = canonical(json.loads(e.details))
        except (TypeError, ValueError):
            details = str(e.details)
        out.append({"seq": e.seq, "id": e.id, "at": at, "actor": e.actor, "desk": e.desk, "action": e.action,
                    "target": e.target, "details": details, "prev_hash": e.prev_hash, "hash": e.hash})
    return out


def _parse_at(value: object) -> datetime:
    at = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return at if at.tzinfo else at.replace(tzinfo=UTC)


ANCHOR_DIFFERS = message("audit.anchor_differs", QT_TRANSLATE_NOOP("Messages", "Entry {seq} differs from the hash written down"))
ANCHOR_GONE = message("audit.anchor_gone", QT_TRANSLATE_NOOP("Messages", "Entry {seq} is gone: the end of the log was cut off"))
ENTRIES_MISSING = message("audit.entries_missing", QT_TRANSLATE_NOOP("Messages", "Entries {first}–{last} were removed"))
CHAIN_BROKEN = message("audit.chain_broken", QT_TRANSLATE_NOOP("Messages", "Entry {seq}: the hash of the entry before it does not match: earlier entries were replaced"))
ENTRY_CHANGED = message("audit.entry_changed", QT_TRANSLATE_NOOP("Messages", "Entry {seq} was changed: its hash does not match"))
TRIGGER_MISSING = message("audit.trigger_missing", QT_TRANSLATE_NOOP("Messages", "Trigger {trigger} on {table} is missing: {table} can be changed"))
TRIGGER_DISABLED = message("audit.trigger_disabled", QT_TRANSLATE_NOOP("Messages", "Trigger {trigger} on {table} is disabled"))
TRIGGER_ALTERED = message("audit.trigger_altered", QT_TRANSLATE_NOOP("Messages", "Trigger {trigger} on {table} was altered: it may not refuse changes"))


def verify(ws: Workstation, *, anchor: tuple[int, str] | None = None) -> VerifyResult:
    """Walk the whole chain; report the first changed or removed entry.

    A chain alone cannot show that its newest entries were cut off: pass `anchor` (a seq and hash written
    down earlier, e.g. from a previous verify) to check that entry is still there, unchanged.
    """
    expected_seq, expected_prev, count = 1, GENESIS, 0
    anchor_seen = anchor is None
    with ws.sessions() as session:
        for e in _walk(session):
            bad = _check(e, expected_seq, expected_prev)
            if bad:
                return VerifyResult(False, count, expected_seq - 1 or None, expected_prev, bad[0], bad[1])
            if anchor is not None and e.seq == anchor[0]:
                if e.hash != anchor[1]:
                    return VerifyResult(False, count, e.seq, e.hash, e.seq, ANCHOR_DIFFERS(seq=e.seq))
                anchor_seen = True
            expected_seq, expected_prev, count = e.seq + 1, e.hash, count + 1
    head_seq = expected_seq - 1 or None
    head_hash = expected_prev if count else None
    if not anchor_seen:
        assert anchor is not None
        return VerifyResult(False, count, head_seq, head_hash, anchor[0], ANCHOR_GONE(seq=anchor[0]))
    return VerifyResult(True, count, head_seq, head_hash)


def _check(e: _Raw, expected_seq: int, expected_prev: str) -> tuple[int, Msg] | None:
    if e.seq != expected_seq:
        return expected_seq, ENTRIES_MISSING(first=expected_seq, last=e.seq - 1)
    if e.prev_hash != expected_prev:
        return e.seq, CHAIN_BROKEN(seq=e.seq)
    try:
        details = json.loads(canonical(json.loads(e.details)))
        digest = entry_hash(e.seq, e.id, _parse_at(e.at), e.actor, e.desk, e.action, e.target, details,
                            e.prev_hash)
    except (TypeError, ValueError):
        digest = ""
    if digest != e.hash:
        return e.seq, ENTRY_CHANGED(seq=e.seq)
    return None


# The append-only guards 0007 creates, as their SQL reads (whitespace aside): a guard with the right name that
# no longer refuses (emptied, made conditional) is as good as gone.
_GUARD_MESSAGE = "audit_log is append-only (审计日志只能追加)"
_SQLITE_GUARDS = {f"audit_log_no_{verb.lower()}": f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON "
                  f"audit_log BEGIN SELECT RAISE(ABORT, '{_GUARD_MESSAGE}'); END" for verb in ("UPDATE", "DELETE")}


def guard_problems(session: Session) -> list[Msg]:
    """What is wrong with the database's append-only guards on audit_log ([] when they are in place).

    The hash chain shows a changed entry; only the guards stop a quiet delete of the newest ones, so a
    missing, disabled or altered guard is itself a finding."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        found: dict[str, str] = dict(session.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")).all())
        problems = []
        for name, expected in _SQLITE_GUARDS.items():
            if name not in found:
                problems.append(TRIGGER_MISSING(trigger=name, table="audit_log"))
            elif " ".join(str(found[name]).split()) != expected:
                problems.append(TRIGGER_ALTERED(trigger=name, table="audit_log"))
        return problems
    if dialect == "postgresql":
        return pg_guard_problems(session, "audit_log", "audit_log_append_only")
    return []


def pg_guard_problems(session: Session, table: str, trigger: str) -> list[Msg]:
    """The same for a PostgreSQL table guarded by one statement trigger that raises on UPDATE/DELETE/TRUNCATE:
    present, enabled, on those events, and its function still raises."""
    # tgtype bits: 2 BEFORE, 8 DELETE, 16 UPDATE, 32 TRUNCATE; no WHEN condition, no UPDATE OF column list.
    row = session.execute(text(
        "SELECT t.tgenabled, (t.tgtype & 58) = 58 AND t.tgqual IS NULL "
        "AND cardinality(t.tgattr::int2[]) = 0 AS refuses_all, p.prosrc FROM pg_trigger t "
        "JOIN pg_proc p ON p.oid = t.tgfoid WHERE t.tgrelid = to_regclass(:table) AND t.tgname = :name "
        "AND NOT t.tgisinternal"), {"table": table, "name": trigger}).first()
    if row is None:
        return [TRIGGER_MISSING(trigger=trigger, table=table)]
    if row.tgenabled == "D":
        return [TRIGGER_DISABLED(trigger=trigger, table=table)]
    if not row.refuses_all or "RAISE EXCEPTION" not in str(row.prosrc).upper():
        return [TRIGGER_ALTERED(trigger=trigger, table=table)]
    return []
