"""The desk a use case runs on: its settings, database, clock, claims and — in centre mode — its centre.

`workstation.bootstrap` makes one (the composition root); every layer below the services takes one as a plain
value. Nothing here opens anything: the engine comes made, the centre comes attached.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from workstation.clock import Clock
from workstation.settings import Settings
from workstation.store.views import ClaimResult, LeadDetail

T = TypeVar("T")


class CentreLink(Protocol):
    """What services need of the centre in centre mode (workstation.sync.centre.Centre implements it).

    Each call raises workstation.sync.errors.CentreUnavailable when the server cannot be reached.
    """

    def sign_in(self, username: str, password: str | None) -> dict[str, object]: ...
    def sign_out(self, username: str) -> None: ...
    def add_officer(self, by: str, username: str, display_name: str, role: str, password: str,
                    badge_no: str = "") -> None: ...
    def set_role(self, by: str, username: str, role: str) -> None: ...
    def set_active(self, by: str, username: str, active: bool) -> None: ...
    def next_lead(self, officer: str, view: Callable[[Session, str], T]) -> T | None:
        """Claim the most urgent free lead on the centre, copy it to the desk and return `view(session,
        lead_id)` read in the same local transaction; None when nothing waits."""
        ...
    def claim(self, officer: str, lead_id: str) -> None: ...
    def release(self, officer: str, lead_id: str) -> bool: ...
    def reassign(self, team_lead: str, lead_id: str, to: str) -> None: ...
    def wake(self) -> None: ...
    def close(self) -> None: ...


class Claims(Protocol):
    """Who gets a lead: decided on the desk's own database (standalone) or on the centre (SKIP LOCKED and a
    lease). workstation.services.claims has both; bootstrap picks one with the centre (attach_centre)."""

    def next_lead(self, ws: Workstation, officer: str) -> ClaimResult: ...
    def claim(self, ws: Workstation, officer: str, key: str) -> LeadDetail: ...
    def release(self, ws: Workstation, officer: str, key: str) -> None: ...


@dataclass
class Workstation:
    """What every use case needs: settings, the database, the clock and the claims; `centre` in centre mode
    (else None). The centre and the claims change together, only through `attach` (bootstrap.attach_centre)."""

    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Clock
    claims: Claims
    _centre: CentreLink | None = field(default=None, repr=False)

    @property
    def centre(self) -> CentreLink | None:
        return self._centre

    def attach(self, centre: CentreLink | None, claims: Claims) -> CentreLink | None:
        """Put `centre` (None: standalone) and its claims in place together; the centre replaced is returned."""
        old, self._centre, self.claims = self._centre, centre, claims
        return old

    @property
    def desk(self) -> str:
        return self.settings.desk_id

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A session that commits when the block ends cleanly and rolls back otherwise."""
        with self.sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        if self._centre is not None:
            self._centre.close()
        self.engine.dispose()
