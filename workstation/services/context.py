"""Bootstrap: the one place that makes engines, sessions, settings and the clock for a desk."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from workstation.clock import Clock, SystemClock
from workstation.errors import SchemaOutOfDate
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.settings import Settings
from workstation.store import migrate
from workstation.store.db import make_engine, make_session_factory, refresh_statistics

if TYPE_CHECKING:
    from workstation.services.views import LeadDetail

SCHEMA_OUT_OF_DATE = message("db.schema_out_of_date", QT_TRANSLATE_NOOP("Messages", "The database schema is at {current}; {head} is needed: run `workstation db upgrade`"))


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
    def next_lead(self, officer: str) -> LeadDetail | None: ...  # as its holder sees it (audited)
    def claim(self, officer: str, lead_id: str) -> None: ...
    def release(self, officer: str, lead_id: str) -> bool: ...
    def reassign(self, team_lead: str, lead_id: str, to: str) -> None: ...
    def wake(self) -> None: ...
    def close(self) -> None: ...


@dataclass
class Workstation:
    """What every service needs: settings, the database and the clock; `centre` in centre mode (else None)."""

    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Clock
    centre: CentreLink | None = None

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
        if self.centre is not None:
            self.centre.close()
        self.engine.dispose()


def open_engine(settings: Settings, **engine_kwargs: object) -> Engine:
    """The engine of the desk's database as its settings say: SQLCipher when the desk is encrypted (the key from
    the keyring), else plain. Every way into a desk's database opens it here (bootstrap, `workstation db
    upgrade`), so none of them meets an encrypted file as 'file is not a database'."""
    if settings.db_encryption and settings.db_url.startswith("sqlite"):
        from workstation.security.cipher import make_encrypted_engine

        return make_encrypted_engine(settings.db_url, None, **engine_kwargs)  # None: the key from the keyring
    return make_engine(settings.db_url, **engine_kwargs)


def bootstrap(settings: Settings | None = None, *, clock: Clock | None = None, upgrade: bool = True,
              engine_kwargs: dict[str, object] | None = None, centre: bool = True) -> Workstation:
    """Open the desk's database; bring its schema up to date (or refuse if `upgrade` is False); and, when
    the desk is connected (settings.toml has `[centre] url`), attach its centre, so the GUI and the CLI
    alike claim, sign in and write on the centre. Nothing connects to the centre until it is used."""
    settings = settings or Settings.load()
    engine = open_engine(settings, **(engine_kwargs or {}))
    if upgrade:
        migrate.upgrade(engine)
    elif not migrate.is_current(engine):
        raise SchemaOutOfDate(SCHEMA_OUT_OF_DATE(current=migrate.current_revision(engine),
                                                 head=migrate.head_revision()))
    refresh_statistics(engine)
    ws = Workstation(settings, engine, make_session_factory(engine), clock or SystemClock())
    if centre:
        from workstation.sync.attach import attach_configured

        attach_configured(ws)
    return ws
