"""The link from a desk to its centre (中心连接): claims on the server, push, pull, heartbeat, sweep.

Thread-safe: every call opens its own sessions (a Session is never shared between threads); one sync cycle
runs at a time. Connection trouble becomes CentreUnavailable, which callers treat as "offline".
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from workstation.services.context import Workstation
from workstation.store import migrate
from workstation.store.db import make_engine
from workstation.store.models import Lead, Officer
from workstation.sync import claims
from workstation.sync.errors import CentreUnavailable, SyncRefused
from workstation.sync.options import SyncOptions, strip_password
from workstation.sync.pull import apply_remote, copy_leads, pull_all, set_state, whole_lead
from workstation.sync.push import PushReport, is_transient, push_all
from workstation.sync.status import LAST_SYNC
from workstation.sync.transfer import copy_officers


@dataclass(frozen=True, slots=True)
class SyncReport:
    pushed: int
    pushed_new: int
    dead: int
    pulled: int
    renewed: int
    expired: int


class Centre:
    """Holds the server engine, the officers working at this desk (their leases get renewed), and a wake flag.

    State: `engine`/`server` (PostgreSQL), `officers` (signed in here), `wakeup` (set by NOTIFY or a local
    write: sync now), `after_server_commit` (fault tests only).
    """

    def __init__(self, ws: Workstation, url: str, options: SyncOptions | None = None) -> None:
        self.ws = ws
        self.url = url  # with the password, in memory only
        self.options = options or SyncOptions(url=strip_password(url)[0])
        self.engine = make_engine(url, pool_size=3, max_overflow=5, pool_pre_ping=True,
                                  connect_args={"connect_timeout": self.options.connect_timeout})
        self.server: sessionmaker[Session] = sessionmaker(self.engine, expire_on_commit=False)
        self.officers: set[str] = set()
        self.wakeup = threading.Event()
        self.after_server_commit: Callable[[list[str]], None] | None = None
        self._cycle = threading.Lock()
        self._server_officers: set[str] = set()

    # --- plumbing -----------------------------------------------------------------------------------------
    @contextmanager
    def online(self) -> Iterator[None]:
        """Turn an outage into CentreUnavailable (the caller works offline)."""
        try:
            yield
        except Exception as exc:
            if is_transient(exc):
                reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0] if str(exc) else ""
                raise CentreUnavailable(f"无法连接中心服务器，离线工作 (centre unreachable: {reason})") from exc
            raise

    def wake(self) -> None:
        self.wakeup.set()

    def close(self) -> None:
        self.engine.dispose()

    def check(self) -> None:
        """Refuse to sync when the schema or the clock differs from the server's (SyncRefused)."""
        with self.online():
            server_rev = migrate.current_revision(self.engine)
            with self.server() as s:
                server_time = claims.server_now(s)
        if server_rev != migrate.head_revision():
            raise SyncRefused(f"中心数据库结构版本 {server_rev} 与本机 {migrate.head_revision()} 不一致，暂停同步"
                              " (schema differs from the centre's: upgrade the older side)")
        skew = abs((self.ws.clock.now() - server_time).total_seconds())
        if skew > self.options.max_clock_skew:
            raise SyncRefused(f"本机时钟与中心服务器相差 {skew:.0f} 秒，暂停同步；请校准时间"
                              f" (clock differs from the server's by {skew:.0f} s)")

    def sync_officers(self) -> None:
        """Officers both ways (leads.owner refers to them); insert-or-ignore, never an update."""
        with self.online():
            with self.ws.sessions() as local, self.server() as s, s.begin():
                copy_officers(local, s)
            with self.server() as s, self.ws.unit_of_work() as local:
                copy_officers(s, local)
                self._server_officers = set(s.scalars(select(Officer.username)))

    def _ensure_officer(self, officer: str) -> None:
        if officer not in self._server_officers:
            self.sync_officers()

    def _copy(self, lead_ids: list[str]) -> None:
        copy_leads(self.ws.sessions, self.server, lead_ids, desk=self.ws.desk, now=self.ws.clock.now())

    def _server_tx(self, fn: Callable[[Session], Any]) -> Any:
        with self.online(), self.server() as s, s.begin():
            return fn(s)

    # --- claims ---------------------------------------------------------------------------------------------
    def next_lead(self, officer: str) -> str | None:
        """Claim the most urgent free lead on the centre and bring it into the desk's SQLite."""
        self._ensure_officer(officer)

        def claim(s: Session) -> tuple[str | None, Any]:
            lead_id = claims.claim_next(s, officer, self.ws.desk, self.ws.settings.lease_seconds)
            return lead_id, (whole_lead(s, lead_id) if lead_id else None)

        lead_id, whole = self._server_tx(claim)
        self.officers.add(officer)
        if lead_id is not None:  # the lead and its history came back with the claim: one round trip
            apply_remote(self.ws.sessions, None, whole[0], desk=self.ws.desk, now=self.ws.clock.now(),
                         cursor_to=None, whole_leads=whole[1])
        return lead_id

    def claim(self, officer: str, lead_id: str) -> None:
        self._ensure_officer(officer)
        self._server_tx(lambda s: claims.claim_one(s, lead_id, officer, self.ws.desk, self.ws.settings.lease_seconds))
        self.officers.add(officer)
        with self.online():
            self._copy([lead_id])

    def release(self, officer: str, lead_id: str) -> bool:
        """Release on the server (fenced by the local claim token); the desk then learns the outcome."""
        with self.ws.sessions() as local:
            token = local.scalar(select(Lead.claim_token).where(Lead.id == lead_id))
        done = bool(self._server_tx(lambda s: claims.release(s, lead_id, officer, token, self.ws.desk)))
        with self.online():
            self._copy([lead_id])
        return done

    def reassign(self, team_lead: str, lead_id: str, to: str) -> None:
        self._ensure_officer(to)
        self._server_tx(lambda s: claims.reassign(s, lead_id, team_lead, to, self.ws.desk))
        with self.online():
            self._copy([lead_id])

    def heartbeat(self) -> int:
        """Renew the leases of the leads the officers at this desk hold."""
        if not self.officers:
            return 0
        with self.ws.sessions() as local:
            tokens = list(local.scalars(select(Lead.claim_token).where(
                Lead.owner.in_(self.officers), Lead.claim_token.is_not(None))))
        return int(self._server_tx(lambda s: claims.heartbeat(s, tokens, self.ws.settings.lease_seconds)))

    def sweep(self) -> int:
        return len(self._server_tx(lambda s: claims.sweep(s, self.ws.desk)))

    # --- replication ------------------------------------------------------------------------------------------
    def push(self) -> PushReport:
        with self.online():
            return push_all(self.ws.sessions, self.server, batch=self.options.push_batch, now=self.ws.clock.now,
                            after_server_commit=self.after_server_commit)

    def pull(self) -> int:
        with self.online():
            return pull_all(self.ws.sessions, self.server, batch=self.options.pull_batch,
                            overlap=self.options.pull_overlap, desk=self.ws.desk, now=self.ws.clock.now())

    def sync_once(self, *, heartbeat: bool = True, sweep: bool = False) -> SyncReport:
        """One full cycle: checks, officers, push, pull, leases. Raises CentreUnavailable or SyncRefused."""
        with self._cycle:
            self.wakeup.clear()
            self.check()
            self.sync_officers()
            pushed = self.push()
            pulled = self.pull()
            renewed = self.heartbeat() if heartbeat else 0
            expired = self.sweep() if sweep else 0
            if expired:
                pulled += self.pull()
            with self.ws.unit_of_work() as s:
                set_state(s, LAST_SYNC, self.ws.clock.now().isoformat())
            return SyncReport(pushed.sent, pushed.new, pushed.dead, pulled, renewed, expired)
