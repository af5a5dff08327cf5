"""What the desk shows about sync: online or not, last sync, events waiting to go up, dead letters, pulled events
set aside, notices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from workstation.desk import Workstation
from workstation.messages import Msg
from workstation.store.models_sync import DeadLetter, SetAside, SyncNotice
from workstation.sync import notice_text
from workstation.sync.pull import get_state
from workstation.sync.push import pending

LAST_SYNC = "last_sync_at"


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """A snapshot for the status bar and `workstation sync status`."""

    connected: bool  # a centre is configured
    online: bool  # the last attempt reached the server
    last_sync_at: datetime | None
    pending: int  # events waiting to go up
    dead_letters: int  # events the centre refused for good
    cursor: int
    error: Msg | str = ""  # str(): in the language of the face showing it
    set_aside: int = 0  # events pulled from the centre that this desk could not apply


@dataclass(frozen=True, slots=True)
class SetAsideEvent:
    """A pulled event this desk put aside instead of applying, and why (`raw`: the server's row, maybe cut)."""

    event_id: str
    lead_id: str | None
    kind: str
    reason: str
    server_seq: int | None
    received_at: datetime
    raw: str


@dataclass(frozen=True, slots=True)
class Notice:
    id: str
    lead_id: str | None
    kind: str
    message: Msg | str  # str(): in the language of the face showing it
    created_at: datetime


def local_status(ws: Workstation, *, connected: bool, online: bool, error: Msg | str = "") -> SyncStatus:
    with ws.sessions() as s:
        last = get_state(s, LAST_SYNC)
        return SyncStatus(
            connected=connected, online=online, last_sync_at=datetime.fromisoformat(last) if last else None,
            pending=pending(s), dead_letters=int(s.scalar(select(func.count()).select_from(DeadLetter)) or 0),
            cursor=int(get_state(s, "cursor") or 0), error=error, set_aside=set_aside_count(s),
        )


def dead_letters(ws: Workstation) -> list[tuple[str, str, datetime]]:
    with ws.sessions() as s:
        rows = s.execute(select(DeadLetter.event_id, DeadLetter.reason, DeadLetter.failed_at)
                         .order_by(DeadLetter.failed_at)).all()
        return list(rows)


def set_aside_count(session: Session) -> int:
    """How many pulled events this desk has put aside."""
    return int(session.scalar(select(func.count()).select_from(SetAside)) or 0)


def set_aside_events(ws: Workstation, *, limit: int | None = None) -> list[SetAsideEvent]:
    """The pulled events this desk put aside, in the centre's order (then by id)."""
    with ws.sessions() as s:
        stmt = select(SetAside).order_by(SetAside.server_seq, SetAside.event_id).limit(limit)
        return [SetAsideEvent(a.event_id, a.lead_id, a.kind, a.reason, a.server_seq, a.received_at, a.raw)
                for a in s.scalars(stmt)]


def notices(ws: Workstation, officer: str, *, unseen_only: bool = True) -> list[Notice]:
    """What this officer must be told (reassigned or expired leads), oldest first."""
    with ws.sessions() as s:
        stmt = select(SyncNotice).where(SyncNotice.officer == officer).order_by(SyncNotice.created_at,
                                                                                  SyncNotice.id)
        if unseen_only:
            stmt = stmt.where(SyncNotice.seen_at.is_(None))
        return [Notice(n.id, n.lead_id, n.kind, notice_text.loads(n.message), n.created_at) for n in s.scalars(stmt)]


def mark_seen(ws: Workstation, ids: list[str]) -> None:
    with ws.unit_of_work() as s:
        s.execute(update(SyncNotice).where(SyncNotice.id.in_(ids)).values(seen_at=ws.clock.now()))
