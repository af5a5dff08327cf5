"""Audit to the centre: the desk's audit entries not yet on the server go up through ws_append_audit.

The centre keeps an insert-only copy of every desk's chain (migration 0012) and takes entries only as the next
links of the chain it already holds for the session's desk (application_name) and this desk's audit key,
recomputing each hash. The key (sync_state `audit_desk_key`, made on the first push) is a secret only this desk
holds: any officer can set application_name to another desk's name, but without its key they reach a chain of
their own, never this one (migration 0013). The
desk keeps a cursor (sync_state `audit_cursor`: the last seq the centre acknowledged) and sends from there in
batches. Resending entries the centre already holds changes nothing, so a lost acknowledgement is harmless.

A refusal (the local chain was changed, or the cursor is not where the centre is) never stops the sync:
the cursor is first realigned with the centre's newest entry for this desk; a batch still refused is halved
until the entries before the refused one are stored; the refused entry's reason is kept in sync_state
`audit_push_error` and logged, and `audit verify` names the entry. Outages propagate as they do for the event push (the caller goes offline).
"""

from __future__ import annotations

import json
import logging
import secrets
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from workstation.security import audit
from workstation.store.models_sync import SyncState
from workstation.sync.pull import get_state, set_state
from workstation.sync.push import is_transient

Sessions = sessionmaker[Session]
AUDIT_CURSOR = "audit_cursor"
AUDIT_ERROR = "audit_push_error"
AUDIT_KEY = "audit_desk_key"
BATCH = 1000  # the most ws_append_audit takes in one call
BATCH_BYTES = 2_000_000  # and roughly this much JSON per call (details are up to 16 KiB each)

log = logging.getLogger(__name__)


def push_audit(local: Sessions, server: Sessions, *, desk: str | None = None, batch: int = BATCH) -> int:
    """Send this desk's audit entries the centre does not hold yet; returns how many it stored.

    `server` sessions must carry the desk's name as application_name (Centre's engines do); `desk` sets it
    per transaction instead. Transient errors propagate; refusals are recorded (see the module's docstring).
    """
    with local() as s:
        sent_to = int(get_state(s, AUDIT_CURSOR) or 0)
    key = desk_key(local)
    if key is None:  # a new key starts a new chain on the centre (entries sent before 0013 stay under chain '')
        key, sent_to = desk_key(local, create=True), 0
    assert key is not None
    stored, realigned, limit = 0, False, max(1, min(batch, BATCH))
    while True:
        with local() as s:
            rows = _fit(audit.wire_entries(s, after=sent_to, limit=limit))
        if not rows:
            _clear_error(local)
            return stored
        try:
            stored += _append(server, rows, desk, key)
        except DBAPIError as exc:
            if is_transient(exc):
                raise
            if not realigned:  # the centre may be elsewhere (a new centre, a lost ack): start where it is
                realigned = True
                head = _centre_head(server, desk, key)
                if head is not None and head != sent_to:
                    sent_to = head
                    continue
            if len(rows) > 1 and _about_an_entry(exc):  # send the good entries before the refused one
                limit = len(rows) // 2
                continue
            _refused(local, int(rows[0]["seq"]), exc)
            return stored
        sent_to, limit = int(rows[-1]["seq"]), max(1, min(batch, BATCH))
        with local() as s, s.begin():
            set_state(s, AUDIT_CURSOR, str(sent_to))


def desk_key(local: Sessions, *, create: bool = False) -> str | None:
    """This desk's secret audit key (None if it has none yet and `create` is false)."""
    with local() as s:
        key = get_state(s, AUDIT_KEY)
    if key is None and create:
        with local() as s, s.begin():
            key = get_state(s, AUDIT_KEY)
            if key is None:
                key = secrets.token_urlsafe(32)
                set_state(s, AUDIT_KEY, key)
    return key


def _about_an_entry(exc: DBAPIError) -> bool:
    """A refusal of some entry's content or place in the chain (SQLSTATE 22xxx, 23xxx), not of the caller."""
    return str(getattr(exc.orig, "sqlstate", "") or "")[:2] in {"22", "23"}


def _fit(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The longest prefix of rows within BATCH_BYTES (at least one row)."""
    size = 0
    for i, row in enumerate(rows):
        size += len(row["details"].encode()) + 512
        if size > BATCH_BYTES and i > 0:
            return rows[:i]
    return rows


def _name_desk(s: Session, desk: str | None) -> None:
    if desk is not None:
        s.execute(text("SELECT set_config('application_name', :desk, true)"), {"desk": desk[:64]})


def _append(server: Sessions, rows: list[dict[str, Any]], desk: str | None, key: str) -> int:
    with server() as s, s.begin():
        _name_desk(s, desk)
        return int(s.scalar(text("SELECT ws_append_audit(CAST(:entries AS jsonb), :key)"),
                            {"entries": json.dumps(rows, ensure_ascii=False), "key": key}) or 0)


def _centre_head(server: Sessions, desk: str | None, key: str) -> int | None:
    """The newest seq the centre holds for this desk (0 for none; None if it cannot be read)."""
    try:
        with server() as s, s.begin():
            _name_desk(s, desk)
            return int(s.scalar(text("SELECT coalesce(max(seq), 0) FROM ws_audit_chain(:key)"), {"key": key}) or 0)
    except DBAPIError as exc:
        if is_transient(exc):
            raise
        return None


def _refused(local: Sessions, seq: int, exc: DBAPIError) -> None:
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    log.warning("the centre refused audit entries from seq %s: %s", seq, reason)
    with local() as s, s.begin():
        set_state(s, AUDIT_ERROR, f"{seq}: {reason}"[:2000])


def _clear_error(local: Sessions) -> None:
    with local() as s, s.begin():
        row = s.get(SyncState, AUDIT_ERROR)
        if row is not None:
            s.delete(row)


def last_refusal(local: Sessions) -> str | None:
    """Why the centre last refused this desk's audit entries (None once they went up)."""
    with local() as s:
        return get_state(s, AUDIT_ERROR)
