"""The audit log (审计日志) and the sign-in lockout state. Security owns these tables."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from workstation.store.models import Base
from workstation.store.types import JsonText

# INTEGER PRIMARY KEY on SQLite (the rowid), BIGINT on PostgreSQL.
SeqType = BigInteger().with_variant(Integer(), "sqlite")


class AuditEntry(Base):
    """One audit event: who (actor, desk) did what (action) to what (target), when, with details.

    Append-only and hash-chained: `hash` is sha256 over the canonical JSON of the other fields, which
    include `prev_hash`, the hash of the entry before (see workstation.security.audit).
    """

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(SeqType, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    desk: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32), index=True)
    target: Mapped[str] = mapped_column(String(128))
    details: Mapped[dict[str, Any]] = mapped_column(JsonText)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class SignInState(Base):
    """Lockout state of one officer: locked until `locked_until` after too many failed sign-ins.

    The failure count itself is `officers.failed_logins`.
    """

    __tablename__ = "sign_in_state"

    username: Mapped[str] = mapped_column(String(32), primary_key=True)
    locked_until: Mapped[datetime | None]
    last_failed_at: Mapped[datetime | None]
