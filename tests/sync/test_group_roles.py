"""The centre's group roles (ws_desk, ws_officer, ws_team_lead, ws_admin) are cluster-wide: a database migrating
while another database on the same server is creating them, uncommitted, waits and then goes on (it used to
fail on pg_authid's unique index). A cluster of its own, so the roles do not exist yet."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import psycopg
import pytest

from tests.support import pg
from workstation.store import migrate
from workstation.store.db import make_engine
from workstation.store.migrations.sqltext import migration

pytestmark = pytest.mark.postgres


@pytest.fixture
def fresh_cluster() -> Iterator[pg.PgServer]:
    bindir = pg.find_bindir()
    if bindir is None:
        msg = "no PostgreSQL server binaries (initdb, pg_ctl) for a cluster without the group roles"
        if pg.is_ci():
            pytest.fail(msg, pytrace=False)
        pytest.skip(msg)
    server = pg.ThrowawayCluster(bindir).start()
    try:
        yield server
    finally:
        server.close()


def migrate_while_held(server: pg.PgServer, held: psycopg.Connection) -> None:
    """Migrate a fresh database while `held` has an open transaction on the roles; let it commit once the
    migration waits for it; the migration must then finish."""
    db = server.create_database()
    failed: list[BaseException] = []

    def run() -> None:
        engine = make_engine(server.url(db))
        try:
            migrate.upgrade(engine)
        except BaseException as e:  # noqa: BLE001 - handed to the test thread
            failed.append(e)
        finally:
            engine.dispose()

    t = threading.Thread(target=run)
    t.start()
    try:
        deadline = time.monotonic() + 60
        with server.connect() as look:
            while True:
                row = look.execute("SELECT wait_event_type FROM pg_stat_activity WHERE datname = %s AND"
                                   " state = 'active'", (db,)).fetchone()
                if row is not None and row[0] == "Lock":
                    break  # it waits for `held`: the race is on
                assert t.is_alive() and not failed, f"the migration did not wait for the other one: {failed}"
                assert time.monotonic() < deadline, "the migration never waited for the other transaction"
                time.sleep(0.05)
        held.commit()
    finally:
        t.join(120)
    assert not t.is_alive()
    assert not failed, failed[0]
    engine = make_engine(server.url(db))
    try:
        assert migrate.is_current(engine)
    finally:
        engine.dispose()


def test_a_migration_waits_for_another_creating_the_group_roles(fresh_cluster: pg.PgServer) -> None:
    [roles_0004] = [s for s in migration("0004_sync.py").PG_UP if "CREATE ROLE ws_desk" in s]
    other = fresh_cluster.create_database()
    with fresh_cluster.connect(other, autocommit=False) as held:
        held.execute(roles_0004)  # another database's migration, at 0004, not committed yet
        migrate_while_held(fresh_cluster, held)


def test_a_migration_waits_for_another_granting_the_memberships(fresh_cluster: pg.PgServer) -> None:
    with fresh_cluster.connect() as conn:
        conn.execute("CREATE ROLE ws_desk NOLOGIN; CREATE ROLE ws_officer NOLOGIN; CREATE ROLE ws_team_lead NOLOGIN;"
                     " CREATE ROLE ws_admin NOLOGIN")
    other = fresh_cluster.create_database()
    with fresh_cluster.connect(other, autocommit=False) as held:
        held.execute("GRANT ws_officer TO ws_team_lead; GRANT ws_team_lead TO ws_admin")  # 0010, not committed
        migrate_while_held(fresh_cluster, held)
    with fresh_cluster.connect() as conn:
        assert conn.execute("SELECT pg_has_role('ws_admin', 'ws_officer', 'MEMBER'),"
                            " pg_has_role('ws_team_lead', 'ws_officer', 'MEMBER')").fetchone() == (True, True)
