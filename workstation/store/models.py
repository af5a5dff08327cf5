"""The tables. Events are the facts; the projection columns on `leads` and the `calls` table are derived."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    ForeignKey,
    Index,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from workstation.store.types import JsonText, UtcDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(14, 2, asdecimal=True)
CLAIMABLE_SQL = text("owner IS NULL AND status IN ('new', 'callback', 'stop_payment')")
# The open leads, the queue's default list (services.queue.OPEN_STATUSES): ix_leads_open_* keep only these, and
# the queue's statement says them in these very words (a partial index serves only a query implying its WHERE).
OPEN_SQL = text("status IN ('new', 'claimed', 'callback', 'stop_payment')")
# The rows partial indexes keep (migration 0019).
HAS_OWNER = text("owner IS NOT NULL")
HAS_RESERVATION = text("reserved_for IS NOT NULL")


# Not mapped: a desk's SQLite keeps each lead's facts masked beside them, in generated columns it computes on
# every write (migration 0020); the queue's pages read them. The centre has none.
MASKED_FACTS = {"person_name": "masked_name", "phone": "masked_phone", "id_number": "masked_id_number"}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UtcDateTime()}

    if TYPE_CHECKING:
        # Every model here is declared with a __tablename__, so its __table__ is a Table (SQLAlchemy types it
        # as any FromClause, which a class mapped to a join or a subquery would have).
        __table__: ClassVar[Table]


class Officer(Base):
    """A person who signs in at a desk (民警/劝阻员, 组长, 内勤). Holds role and password hash."""

    __tablename__ = "officers"

    username: Mapped[str] = mapped_column(String(32), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(256))
    badge_no: Mapped[str] = mapped_column(String(16), default="")
    active: Mapped[bool] = mapped_column(default=True)
    failed_logins: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime]
    # The centre numbers every change of an officer (role, active…); a desk pulls those above its highest.
    version: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


class Lead(Base):
    """A warning lead (预警线索): facts from `lead_received`, then projection columns from its events."""

    __tablename__ = "leads"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    ref: Mapped[str] = mapped_column(String(24), unique=True)
    # facts
    person_name: Mapped[str] = mapped_column(String(64))
    phone: Mapped[str] = mapped_column(String(20))  # indexed with scam_type: ix_leads_phone_type
    # The phone's digits reversed: "last four digits" searches become an index range scan.
    phone_rev: Mapped[str] = mapped_column(String(20), default="", server_default="")
    id_number: Mapped[str | None] = mapped_column(String(18))
    city: Mapped[str] = mapped_column(String(32), default="")
    district: Mapped[str] = mapped_column(String(32))
    scam_type: Mapped[str] = mapped_column(String(32))
    level: Mapped[str] = mapped_column(String(8))
    trigger_kind: Mapped[str] = mapped_column(String(16))
    trigger_detail: Mapped[str] = mapped_column(String(256))
    triggered_at: Mapped[datetime]
    deadline_at: Mapped[datetime]
    amount_at_risk: Mapped[Decimal] = mapped_column(Money)
    source: Mapped[str] = mapped_column(String(64), default="platform")
    external_id: Mapped[str | None] = mapped_column(String(64))
    received_at: Mapped[datetime]
    # projection (rebuildable from events)
    status: Mapped[str] = mapped_column(String(16))
    owner: Mapped[str | None] = mapped_column(ForeignKey("officers.username"))
    claim_token: Mapped[str | None] = mapped_column(String(36))
    last_claim_token: Mapped[str | None] = mapped_column(String(36))  # the latest claim's, held or not (fencing)
    claimed_at: Mapped[datetime | None]
    lease_expires_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)
    next_due_at: Mapped[datetime | None]
    rank_at: Mapped[datetime]
    last_outcome: Mapped[str | None] = mapped_column(String(32))
    last_event_at: Mapped[datetime]
    amount_protected: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    amount_lost: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    # A callback kept for the officer who arranged it (migration 0015): others may not claim it before then.
    reserved_for: Mapped[str | None] = mapped_column(String(32))
    reserved_until: Mapped[datetime | None]

    __table_args__ = (
        # The claim and the queue's default order: WHERE status … ORDER BY rank_at, id.
        Index("ix_leads_queue", "status", "rank_at", "id"),
        Index("ix_leads_rank", "rank_at", "id"),
        # The viewer's own group: their held leads, the callbacks kept for them, in the queue's order (0019).
        Index("ix_leads_mine", "owner", "rank_at", "id", sqlite_where=HAS_OWNER, postgresql_where=HAS_OWNER),
        Index("ix_leads_reserved", "reserved_for", "rank_at", "id", sqlite_where=HAS_RESERVATION,
              postgresql_where=HAS_RESERVATION),
        # Search and the list's other sort orders walk these in order instead of sorting the table.
        Index("ix_leads_phone_rev", "phone_rev"),
        Index("ix_leads_name", "person_name"),
        Index("ix_leads_amount", "amount_at_risk", "id"),
        Index("ix_leads_district", "district", "id"),
        Index("ix_leads_district_rank", "district", "rank_at", "id"),  # a district's first page (0019)
        # The claim: exactly the terms of services.leads.claimable_clause().
        Index("ix_leads_claimable", "rank_at", "id", sqlite_where=CLAIMABLE_SQL, postgresql_where=CLAIMABLE_SQL),
        # The open leads in each of the queue's orders (0021): a desk's leads are mostly closed after a while,
        # and walking a whole order's index past them took 250-480 ms for a page at 200,000 leads, 150 open.
        *(Index(f"ix_leads_open_{name}", column, "id", sqlite_where=OPEN_SQL, postgresql_where=OPEN_SQL)
          for name, column in (("rank", "rank_at"), ("triggered", "triggered_at"), ("amount", "amount_at_risk"),
                               ("district", "district"))),
    )


def due_at() -> ColumnElement[datetime]:
    """When a lead must be called: its callback time if one is set, else its deadline (LeadRow.due_at in SQL).
    Written exactly as ix_leads_due indexes it, so the planner matches the two."""
    return func.coalesce(Lead.next_due_at, Lead.deadline_at)


# The overdue count: one range per open status (migration 0018); "my leads"' one within the officer's (0019).
Index("ix_leads_due", Lead.status, due_at())
Index("ix_leads_owner", Lead.owner, Lead.status, due_at(), sqlite_where=HAS_OWNER, postgresql_where=HAS_OWNER)
# A scam type's and a district's counts, matching and overdue, from the index alone (0018, 0019).
Index("ix_leads_scam_status", Lead.scam_type, Lead.status, due_at())
Index("ix_leads_district_due", Lead.district, Lead.status, due_at())


class Event(Base):
    """An immutable fact (事件): who did what to which lead, when. Never updated, never deleted."""

    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    lead_id: Mapped[str | None] = mapped_column(String(36))  # indexed by ix_events_lead_time
    kind: Mapped[str] = mapped_column(String(32))
    officer: Mapped[str | None] = mapped_column(String(32))
    desk: Mapped[str] = mapped_column(String(64))
    occurred_at: Mapped[datetime]
    payload: Mapped[dict[str, Any]] = mapped_column(JsonText)
    amends: Mapped[str | None] = mapped_column(String(36))
    claim_token: Mapped[str | None] = mapped_column(String(36))
    # Set by the centre's server when it accepts the event (centre mode); None on a desk until synced.
    server_seq: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (
        Index("ix_events_lead_time", "lead_id", "occurred_at", "id"),
        # The centre's claim-token check on guarded events (0010_centre_trust.sql ws_centre.refusal).
        Index("ix_events_lead_token", "lead_id", "claim_token"),
    )


class Call(Base):
    """One recorded call (通话记录), projected from an `outcome_recorded` event for fast reports."""

    __tablename__ = "calls"

    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    lead_id: Mapped[str] = mapped_column(String(36), index=True)
    officer: Mapped[str] = mapped_column(String(32))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime]
    outcome: Mapped[str] = mapped_column(String(32))
    contacted_party: Mapped[str] = mapped_column(String(16))
    relation: Mapped[str] = mapped_column(String(32), default="")
    amount_protected: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    amount_lost: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    script_id: Mapped[str | None] = mapped_column(String(32))
    script_version: Mapped[int | None]
    checkpoints: Mapped[list[str]] = mapped_column(JsonText, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_calls_started", "started_at"),
        Index("ix_calls_officer_started", "officer", "started_at"),
    )


class Draft(Base):
    """An outcome form being typed (草稿), kept so a crash or a closed window loses nothing. Local only."""

    __tablename__ = "drafts"

    lead_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    officer: Mapped[str] = mapped_column(String(32), primary_key=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JsonText)
    updated_at: Mapped[datetime]
