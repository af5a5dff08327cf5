"""Bootstrap: the one place that makes engines, sessions, settings and the clock for a desk."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from workstation.clock import Clock, SystemClock
from workstation.errors import SchemaOutOfDate
from workstation.settings import Settings
from workstation.store import migrate
from workstation.store.db import make_engine, make_session_factory


@dataclass
class Workstation:
    """What every service needs: settings, the database and the clock."""

    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Clock

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
        self.engine.dispose()


def bootstrap(settings: Settings | None = None, *, clock: Clock | None = None, upgrade: bool = True,
              engine_kwargs: dict[str, object] | None = None) -> Workstation:
    """Open the desk's database; bring its schema up to date (or refuse if `upgrade` is False)."""
    settings = settings or Settings.load()
    engine = make_engine(settings.db_url, **(engine_kwargs or {}))
    if upgrade:
        migrate.upgrade(engine)
    elif not migrate.is_current(engine):
        raise SchemaOutOfDate(
            f"数据库结构版本为 {migrate.current_revision(engine)}，需要 {migrate.head_revision()}；"
            "请运行 `workstation db upgrade` (database schema is out of date)"
        )
    return Workstation(settings, engine, make_session_factory(engine), clock or SystemClock())
