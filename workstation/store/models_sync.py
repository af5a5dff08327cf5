"""Sync bookkeeping on a desk (外网同步): the outbox, the pull cursor, dead letters, set-aside events, notices.

The tables exist on every database the migrations touch; only a desk's SQLite fills them. The server side of
sync lives in migration 0004 (sequence for events.server_seq, triggers, NOTIFY, roles).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from workstation.store.models import Base, Event, Lead


class OutboxEntry(Base):
    """An event written on this desk and not yet acknowledged by the centre (待上传).

    Filled by a trigger on `events` (SQLite, migration 0004) in the same transaction as the event itself,
    whatever code path wrote it; deleted only once the server acknowledged the event.
    """

    __tablename__ = "sync_outbox"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)


class SyncState(Base):
    """Small key/value facts about sync: the pull cursor, the last sync time, the last error."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DeadLetter(Base):
    """An event the centre refused for good (e.g. not allowed for this role); shown to the officer, kept."""

    __tablename__ = "sync_dead_letters"

    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    reason: Mapped[str] = mapped_column(Text)
    failed_at: Mapped[datetime]


class SetAside(Base):
    """An event pulled from the centre that this desk could not apply (搁置): malformed, too large, or one its
    projection raised on. It is not in `events`; it is kept here with the reason, shown, and the pull goes on.

    `raw` is the server's row as JSON text, cut to RAW_LIMIT characters (a huge payload is not even fetched).
    """

    __tablename__ = "sync_set_aside"

    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    lead_id: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    server_seq: Mapped[int | None] = mapped_column(BigInteger)
    received_at: Mapped[datetime]
    raw: Mapped[str] = mapped_column(Text)


class SyncNotice(Base):
    """Something an officer must be told after a sync (a lead reassigned or expired while offline)."""

    __tablename__ = "sync_notices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    officer: Mapped[str] = mapped_column(String(32))
    lead_id: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(32))
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    seen_at: Mapped[datetime | None]

    __table_args__ = (Index("ix_sync_notices_officer", "officer", "seen_at"),)


# Pull and ack look events up by server sequence; the server numbers each event once.
IX_EVENTS_SERVER_SEQ = Index("ix_events_server_seq", Event.server_seq, unique=True)
# The lease sweeper: held leads ordered by expiry (a partial index, matching sync.claims.sweep exactly).
HELD_SQL = text("owner IS NOT NULL")
IX_LEADS_LEASE = Index("ix_leads_lease", Lead.lease_expires_at, sqlite_where=HELD_SQL, postgresql_where=HELD_SQL)
