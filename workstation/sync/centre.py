"""The link from a desk to its centre (中心连接): sign-in, claims, push, pull, heartbeat, sweep.

The desk talks to the centre as the officer signed in at it: each officer who signs in here gets an engine that
connects as their own database role (`ws_role_prefix() || username`), and every write goes through the
centre's checked functions as that officer. The base URL's own identity (a libpq service, a client
certificate, or a superuser in tests and benchmarks) is used for reading before anyone signs in; a superuser
may act for a named officer, anyone else only for themselves (the server checks).

Thread-safe: every call opens its own sessions (a Session is never shared between threads); one sync cycle
runs at a time. Connection trouble becomes CentreUnavailable, which callers treat as "offline".
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from workstation.desk import Workstation
from workstation.errors import AuthError, NotAllowed
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.store import migrate
from workstation.store.db import make_engine
from workstation.store.models import Lead
from workstation.sync import claims, credentials, officers
from workstation.sync.announce import Announcer
from workstation.sync.claim_copy import Claimed, copy_claimed, read_claimed
from workstation.sync.errors import CentreUnavailable, SyncRefused
from workstation.sync.options import SyncOptions, engine_url, strip_password
from workstation.sync.pull import apply_remote, copy_leads, pull_all, set_state
from workstation.sync.push import PushReport, is_transient, push_all
from workstation.sync.status import LAST_SYNC

T = TypeVar("T")  # what a function run in a centre transaction (_tx) returns

WRONG = message("sync.wrong_password", QT_TRANSLATE_NOOP("Messages", "Wrong user name or password"))
UNREACHABLE = message("sync.unreachable", QT_TRANSLATE_NOOP("Messages", "The centre cannot be reached; working offline ({reason})"))
NOT_SIGNED_IN_HERE = message("sync.not_signed_in_here", QT_TRANSLATE_NOOP("Messages", "{officer} has not signed in to the centre at this desk"))
SCHEMA_DIFFERS = message("sync.schema_differs", QT_TRANSLATE_NOOP("Messages", "The centre's database schema {server} differs from this desk's {desk}: sync is paused until the older side is upgraded"))
CLOCK_SKEW = message("sync.clock_skew", QT_TRANSLATE_NOOP("Messages", "This desk's clock differs from the centre's by {seconds} s: sync is paused; set the clock right"))


@dataclass(frozen=True, slots=True)
class SyncReport:
    pushed: int
    pushed_new: int
    dead: int
    pulled: int
    renewed: int
    expired: int


def _auth_failed(exc: BaseException) -> bool:
    """The centre turned this identity away (a password, a role, a certificate): not an outage."""
    return credentials.needs_password(exc) or credentials.refused(exc)


def _dispose(sessions: sessionmaker[Session] | None) -> None:
    engine = None if sessions is None else sessions.kw.get("bind")
    if isinstance(engine, Engine):
        engine.dispose()


class Centre:
    """The centre's engines and what this desk does there.

    State: `engine`/`server` (the base URL's identity), `_as` (officer → sessions of their own role, for those
    signed in here), `officers` (signed in here: their leases get renewed), `current` (the last to sign in),
    `wakeup` (set by NOTIFY or a local write: sync now), `after_server_commit` (fault tests only).
    """

    def __init__(self, ws: Workstation, url: str, options: SyncOptions | None = None) -> None:
        self.ws = ws
        self.url = url  # with the password, in memory only
        self.options = options or SyncOptions(url=strip_password(url)[0])
        self.engine = self._engine(url)
        self.server: sessionmaker[Session] = sessionmaker(self.engine, expire_on_commit=False)
        self._as: dict[str, sessionmaker[Session]] = {}
        self.officers: set[str] = set()
        self.current: str | None = None
        self.wakeup = threading.Event()
        self.after_server_commit: Callable[[list[str]], None] | None = None
        self._cycle = threading.Lock()
        self._base_super: bool | None = None
        self._base_officer: str | None = None
        self._prefix: str = getattr(self.options, "role_prefix", "")
        self._here: set[str] = set()  # officers known to be in the desk's own directory
        self.announcer = Announcer(lambda officer: self._tx(officer, claims.announce))

    def _engine(self, url: str) -> Engine:
        return make_engine(url, pool_size=3, max_overflow=5, pool_pre_ping=True,
                           connect_args={"connect_timeout": self.options.connect_timeout,
                                         "application_name": self.ws.desk[:64]})

    # --- plumbing -----------------------------------------------------------------------------------------
    @contextmanager
    def online(self) -> Iterator[None]:
        """Turn an outage into CentreUnavailable (the caller works offline)."""
        try:
            yield
        except Exception as exc:
            if is_transient(exc) and not _auth_failed(exc):
                reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0] if str(exc) else ""
                raise CentreUnavailable(UNREACHABLE(reason=reason)) from exc
            raise

    def wake(self) -> None:
        self.wakeup.set()

    def close(self) -> None:
        self.announcer.close()
        for sessions in self._as.values():
            _dispose(sessions)
        self.engine.dispose()

    def _base_identity(self) -> tuple[bool, str | None]:
        """(is the base URL a superuser, which officer it is if an officer's role)."""
        if self._base_super is None:
            try:
                with self.online(), self.server() as s:
                    row = s.execute(text("SELECT rolsuper, session_user AS me, ws_role_prefix() AS prefix "
                                         "FROM pg_roles WHERE rolname = session_user")).one()
            except DBAPIError as exc:
                if not _auth_failed(exc):
                    raise
                self._base_super, self._base_officer = False, None  # only officers' own roles get in
            else:
                prefix, user = str(row.prefix), str(row.me)
                self._prefix = self._prefix or prefix
                self._base_super = bool(row.rolsuper)
                self._base_officer = user[len(prefix):] if user.startswith(prefix) else None
        return self._base_super, self._base_officer

    def prefix(self) -> str:
        if not self._prefix:
            self._base_identity()
        return self._prefix

    def sessions_as(self, officer: str | None) -> sessionmaker[Session] | None:
        """Sessions that act as `officer` on the centre (None: nobody's own; the base identity reads)."""
        if officer is not None and officer in self._as:
            return self._as[officer]
        superuser, base_officer = self._base_identity()
        if superuser or officer is None or officer == base_officer:
            return self.server
        return None

    def _acting(self, officer: str) -> sessionmaker[Session]:
        sessions = self.sessions_as(officer)
        if sessions is None:
            raise NotAllowed(NOT_SIGNED_IN_HERE(officer=officer))
        return sessions

    def _tx(self, officer: str, fn: Callable[[Session], T]) -> T:
        with self.online(), self._acting(officer)() as s, s.begin():
            return fn(s)

    # --- identity ---------------------------------------------------------------------------------------
    def sign_in(self, username: str, password: str | None) -> dict[str, Any]:
        """Sign in on the centre as the officer's own database role; what the centre knows of them.

        AuthError for a wrong password or an unknown or disabled officer; CentreUnavailable when offline.
        A password of None leaves it to libpq (.pgpass, PGPASSWORD, a service file, a client certificate).
        """
        # Never the base URL's password: exactly this officer's, or libpq's own for their role.
        engine = self._engine(engine_url(self.url, officers.role_name(self.prefix(), username), password))
        sessions: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)
        try:
            with self.online(), sessions() as s:
                me = officers.whoami(s, username)
        except (DBAPIError, NotAllowed) as exc:
            engine.dispose()
            if isinstance(exc, NotAllowed) or _auth_failed(exc) or claims.domain_error(exc) is not None:
                raise AuthError(WRONG()) from exc
            raise
        except BaseException:
            engine.dispose()
            raise
        _dispose(self._as.pop(username, None))
        self._as[username] = sessions
        self.officers.add(username)
        self.current = username
        return me

    def sign_out(self, username: str) -> None:
        _dispose(self._as.pop(username, None))
        self.officers.discard(username)
        if self.current == username:
            self.current = None

    def _admin(self, by: str, fn: Callable[[Session], None]) -> None:
        with claims.refusals():
            self._tx(by, fn)
        self.sync_officers()

    def add_officer(self, by: str, username: str, display_name: str, role: str, password: str,
                    badge_no: str = "") -> None:
        self._admin(by, lambda s: officers.add(s, username, display_name, role, password, badge_no))

    def set_role(self, by: str, username: str, role: str) -> None:
        self._admin(by, lambda s: officers.set_role(s, username, role))

    def set_active(self, by: str, username: str, active: bool) -> None:
        self._admin(by, lambda s: officers.set_active(s, username, active))

    def reader(self) -> sessionmaker[Session]:
        """Sessions for reading the centre: the officer signed in last, else the base URL's identity."""
        return self._as.get(self.current or "", self.server)

    def check(self) -> None:
        """Refuse to sync when the schema or the clock differs from the server's (SyncRefused)."""
        with self.online():
            with self.reader()() as s:
                bind = s.get_bind()
                assert isinstance(bind, Engine)  # the reader's sessions are bound to an engine
                server_rev = migrate.current_revision(bind)
                server_time = claims.server_now(s)
        if server_rev != migrate.head_revision():
            raise SyncRefused(SCHEMA_DIFFERS(server=server_rev, desk=migrate.head_revision()))
        skew = abs((self.ws.clock.now() - server_time).total_seconds())
        if skew > self.options.max_clock_skew:
            raise SyncRefused(CLOCK_SKEW(seconds=f"{skew:.0f}"))

    def sync_officers(self) -> int:
        """The centre's officer directory onto the desk (versions above the desk's highest)."""
        with self.online():
            with self.ws.sessions() as local:
                since = officers.local_version(local)
            with self.reader()() as s:
                rows = officers.directory_since(s, since)
            if rows:
                with self.ws.unit_of_work() as local:
                    officers.apply_directory(local, rows)
        return len(rows)

    def _copy(self, officer: str, lead_ids: list[str]) -> None:
        copy_leads(self.ws.sessions, self._acting(officer), lead_ids, desk=self.ws.desk, now=self.ws.clock.now())

    # --- claims ---------------------------------------------------------------------------------------------
    def next_lead(self, officer: str, view: Callable[[Session, str], T]) -> T | None:
        """Claim the most urgent free lead on the centre. Its row and history come back inside the claim's own
        server transaction, go into the desk's SQLite and are read by `view` (as their holder sees them,
        audited: services.claims), in one local transaction (workstation.sync.claim_copy); None when nothing
        waits."""
        def claim(s: Session) -> Claimed | None:
            lead_id = claims.claim_next(s, officer, self.ws.settings.lease_seconds)
            return None if lead_id is None else read_claimed(s, lead_id)

        claimed = self._tx(officer, claim)
        self.officers.add(officer)
        if claimed is None:
            return None
        self.announcer.claimed(officer)
        self._ensure_officers([officer])

        def read(s: Session) -> T:
            return view(s, claimed.lead_id)

        done, detail = copy_claimed(self.ws, claimed, read)
        if not done:  # the lead was here already, or something in it is put aside: the general way
            apply_remote(self.ws.sessions, None, claimed.events, desk=self.ws.desk, now=self.ws.clock.now(),
                         cursor_to=None, whole_leads=[claimed.lead] if claimed.lead is not None else [])
            with self.ws.unit_of_work() as s:
                detail = read(s)
        return detail

    def _ensure_officers(self, names: list[str]) -> None:
        """The officers' rows on the desk (a lead's owner refers to one); an officer once here stays here, so
        each is looked for once a process."""
        wanted = set(names) - self._here
        if not wanted:
            return
        with self.ws.sessions() as local:
            known = set(local.scalars(select(officers.Officer.username).where(officers.Officer.username.in_(wanted))))
        if wanted - known:
            self.sync_officers()
            with self.ws.sessions() as local:
                known = set(local.scalars(select(officers.Officer.username).where(
                    officers.Officer.username.in_(wanted))))
        self._here |= known

    def claim(self, officer: str, lead_id: str) -> None:
        self._tx(officer, lambda s: claims.claim_one(s, lead_id, officer, self.ws.settings.lease_seconds))
        self.announcer.claimed(officer)
        self.officers.add(officer)
        self._ensure_officers([officer])
        with self.online():
            self._copy(officer, [lead_id])

    def release(self, officer: str, lead_id: str) -> bool:
        """Release on the server (fenced by the local claim token); the desk then learns the outcome."""
        with self.ws.sessions() as local:
            token = local.scalar(select(Lead.claim_token).where(Lead.id == lead_id))
        done = bool(self._tx(officer, lambda s: claims.release(s, lead_id, officer, token)))
        with self.online():
            self._copy(officer, [lead_id])
        return done

    def reassign(self, team_lead: str, lead_id: str, to: str) -> None:
        self._tx(team_lead, lambda s: claims.reassign(s, lead_id, team_lead, to))
        self._ensure_officers([to])
        with self.online():
            self._copy(team_lead, [lead_id])

    def heartbeat(self) -> int:
        """Renew the leases of the leads the officers at this desk hold (each as themselves)."""
        renewed = 0
        for officer in sorted(self.officers):
            if self.sessions_as(officer) is None:
                continue
            with self.ws.sessions() as local:
                tokens = [t for t in local.scalars(select(Lead.claim_token).where(
                    Lead.owner == officer, Lead.claim_token.is_not(None))) if t is not None]
            if tokens:
                renewed += self._tx(officer, partial(claims.heartbeat, officer=officer, tokens=tokens,
                                                     lease_seconds=self.ws.settings.lease_seconds))
        return renewed

    def _sweeper(self) -> str | None:
        superuser, base_officer = self._base_identity()
        return self.current or base_officer or (next(iter(sorted(self.officers)), None) if superuser else None)

    def sweep(self) -> int:
        officer = self._sweeper()
        if officer is None:
            return 0
        return len(self._tx(officer, lambda s: claims.sweep(s, officer)))

    # --- replication ------------------------------------------------------------------------------------------
    def _allowed(self) -> set[str] | None:
        superuser, base_officer = self._base_identity()
        if superuser:
            return None
        return set(self._as) | ({base_officer} if base_officer else set())

    def _sender(self, officer: str | None) -> sessionmaker[Session] | None:
        if officer is None:
            officer = self.current or self._base_identity()[1]
            if officer is None:
                return self.server if self._base_identity()[0] else None
        return self.sessions_as(officer)

    def push(self) -> PushReport:
        with self.online():
            return push_all(self.ws.sessions, self._sender, batch=self.options.push_batch, now=self.ws.clock.now,
                            allowed=self._allowed(), after_server_commit=self.after_server_commit)

    def pull(self) -> int:
        with self.online():
            return pull_all(self.ws.sessions, self.reader(), batch=self.options.pull_batch,
                            overlap=self.options.pull_overlap, desk=self.ws.desk, now=self.ws.clock.now())

    def sync_once(self, *, heartbeat: bool = True, sweep: bool = False) -> SyncReport:
        """One full cycle: checks, officers, push, pull, leases. Raises CentreUnavailable or SyncRefused."""
        with self._cycle:
            self.wakeup.clear()
            self.check()
            self.sync_officers()
            pushed = self.push()
            pulled = self.pull()
            with self.online():  # audit entries to the centre's insert-only copy (refusals are kept, not raised)
                from workstation.sync.audit_push import push_audit

                push_audit(self.ws.sessions, self.reader())
            renewed = self.heartbeat() if heartbeat else 0
            expired = self.sweep() if sweep else 0
            if expired:
                pulled += self.pull()
            with self.ws.unit_of_work() as s:
                set_state(s, LAST_SYNC, self.ws.clock.now().isoformat())
            return SyncReport(pushed.sent, pushed.new, pushed.dead, pulled, renewed, expired)
