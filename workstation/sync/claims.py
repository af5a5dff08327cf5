"""Claims on the centre: each a call of one of the server's checked functions (migration 0010), in one short
READ COMMITTED transaction, never across a phone call.

The server decides who the caller is (its database role), takes the most urgent lead with
`UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED LIMIT 1)` inside `ws_claim_next`, writes the
`lead_claimed` event itself, and fences release and heartbeat by the claim token. `officer` is passed as
`p_officer`: the server honours it only for a superuser and otherwise checks it is the caller.
Errors the server raises with our own SQLSTATEs become the domain's errors (see `domain_error`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from workstation.errors import Conflict, NotAllowed, NotFound, WorkstationError
from workstation.sync.centre_errors import refusal

# SQLSTATEs the centre's functions raise (0010_centre_trust.sql) and what they mean here.
ERRORS: dict[str, type[WorkstationError]] = {"WS403": NotAllowed, "WS404": NotFound, "WS409": Conflict,
                                             "WS400": NotAllowed}


CLAIM_NEXT = text("SELECT ws_claim_next(:lease, :officer)")


def domain_error(exc: BaseException) -> WorkstationError | None:
    """The domain error for a refusal by one of the centre's functions, else None."""
    orig = getattr(exc, "orig", None)
    state = getattr(orig, "sqlstate", None)
    if state not in ERRORS:
        return None
    diag = getattr(orig, "diag", None)
    message = getattr(diag, "message_primary", None) or str(orig).splitlines()[0]
    return ERRORS[state](refusal(message))


@contextmanager
def refusals() -> Iterator[None]:
    """Turn the server's refusals into domain errors (NotAllowed, NotFound, Conflict)."""
    try:
        yield
    except DBAPIError as exc:
        mapped = domain_error(exc)
        if mapped is None:
            raise
        raise mapped from exc


def server_now(s: Session) -> datetime:
    value = s.scalar(select(func.now()))
    assert isinstance(value, datetime)
    return value


def claim_next(s: Session, officer: str, lease_seconds: int) -> str | None:
    """Take the most urgent lead nobody holds; its id, or None when the queue is empty."""
    with refusals():
        # On the session's connection: a Core statement, without the ORM's execution machinery on every F5.
        lead_id: str | None = s.connection().scalar(CLAIM_NEXT, {"lease": lease_seconds, "officer": officer})
        return lead_id


def announce(s: Session) -> None:
    """Wake every desk for a claim that committed (claims do not NOTIFY from their own transaction; see
    sync/announce.py)."""
    s.execute(text("SELECT ws_announce()"))


def claim_one(s: Session, lead_id: str, officer: str, lease_seconds: int) -> str:
    """Take a chosen lead; Conflict if someone holds it or it is not in the queue. Returns the claim token."""
    with refusals():
        return str(s.scalar(text("SELECT ws_claim(:lead, :lease, :officer)"),
                            {"lead": lead_id, "lease": lease_seconds, "officer": officer}))


def release(s: Session, lead_id: str, officer: str, token: str | None) -> bool:
    """Give a held lead back; False (nothing written) if the claim was superseded meanwhile."""
    with refusals():
        return bool(s.scalar(text("SELECT ws_release(:lead, :token, :officer)"),
                             {"lead": lead_id, "token": token, "officer": officer}))


def heartbeat(s: Session, officer: str, tokens: list[str], lease_seconds: int) -> int:
    """Renew the leases this officer still holds under these tokens; how many were renewed."""
    if not tokens:
        return 0
    with refusals():
        return int(s.scalar(text("SELECT ws_heartbeat(:tokens, :lease, :officer)"),
                            {"tokens": tokens, "lease": lease_seconds, "officer": officer}) or 0)


def sweep(s: Session, officer: str) -> list[str]:
    """Expired leases become `lease_expired` events (the leads return to the queue); their lead ids."""
    with refusals():
        return list(s.scalars(text("SELECT * FROM ws_sweep(:officer)"), {"officer": officer}))


def reassign(s: Session, lead_id: str, team_lead: str, to: str) -> None:
    """A team lead gives a lead to another officer (改派); the server checks the caller's role."""
    with refusals():
        s.execute(text("SELECT ws_reassign(:lead, :to, :officer)"), {"lead": lead_id, "to": to, "officer": team_lead})
