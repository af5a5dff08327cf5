"""The test infrastructure itself: a real PostgreSQL with the guarantees the app relies on, keyring, data dir."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import keyring
import psycopg
import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, insert, select, text

from tests.support import pg


def test_pg_url_is_a_fresh_database(
    pg_url: str, pg_server: str, pg_admin: pg.PgServer, request: pytest.FixtureRequest
) -> None:
    assert pg_url.startswith(pg_server)
    assert pg_url.removeprefix(pg_server).startswith(pg.DB_PREFIX)
    assert request.node.get_closest_marker("postgres") is not None  # marked automatically
    if os.environ.get("WS_TEST_PG") == "throwaway":
        assert pg_admin.throwaway and pg_admin.port != pg.DEFAULT_PORT
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT current_database()")).scalar() == pg_url.rsplit("/", 1)[1]
            assert (
                conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar() == 0
            )
            assert conn.execute(text("SHOW server_encoding")).scalar() == "UTF8"
            assert conn.execute(text("SELECT '预警劝阻'::text")).scalar() == "预警劝阻"
    finally:
        engine.dispose()


def test_pg_url_database_is_dropped_afterwards(pg_admin: pg.PgServer) -> None:
    name = pg_admin.create_database()
    held = psycopg.connect(pg_admin.conninfo(name))  # an open session must not block the drop
    try:
        pg_admin.drop_database(name)
    finally:
        held.close()
    with pg_admin.connect() as conn:
        assert conn.execute("SELECT count(*) FROM pg_database WHERE datname = %s", (name,)).fetchone() == (0,)


def test_sequence(pg_url: str) -> None:
    with (
        psycopg.connect(pg.libpq_url(pg_url), autocommit=True) as a,
        psycopg.connect(pg.libpq_url(pg_url)) as b,
    ):
        a.execute("CREATE SEQUENCE case_no START 1000")
        assert a.execute("SELECT nextval('case_no')").fetchone() == (1000,)
        # b's transaction rolls back, but a sequence value once taken is never handed out again.
        assert b.execute("SELECT nextval('case_no')").fetchone() == (1001,)
        b.rollback()
        assert a.execute("SELECT nextval('case_no')").fetchone() == (1002,)


def test_for_update_skip_locked_across_two_connections(pg_url: str) -> None:
    engine = create_engine(pg_url)
    md = MetaData()
    leads = Table("leads", md, Column("id", Integer, primary_key=True), Column("phone", String(20)))
    md.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(leads), [{"id": i, "phone": f"1380000000{i}"} for i in (1, 2, 3)])

    next_free = select(leads.c.id).order_by(leads.c.id).limit(1).with_for_update(skip_locked=True)
    try:
        with engine.connect() as first, engine.connect() as second:
            second.execute(text("SET lock_timeout = '5s'"))  # a wrong answer fails, it does not hang
            assert first.execute(next_free).scalar() == 1  # first now holds row 1 (transaction open)
            assert second.execute(next_free).scalar() == 2  # second skips it, takes row 2
            assert (
                second.execute(
                    select(leads.c.id).where(leads.c.id == 1).with_for_update(skip_locked=True)
                ).all()
                == []
            )
            # Without SKIP LOCKED the second one would wait for the first: prove the lock is real.
            second.rollback()
            second.execute(text("SET lock_timeout = '200ms'"))
            with pytest.raises(Exception, match="lock timeout"):
                second.execute(select(leads.c.id).where(leads.c.id == 1).with_for_update())
            second.rollback()
            first.commit()  # released
            assert second.execute(next_free).scalar() == 1
            second.rollback()
    finally:
        engine.dispose()


def test_listen_notify(pg_url: str) -> None:
    with (
        psycopg.connect(pg.libpq_url(pg_url), autocommit=True) as listener,
        psycopg.connect(pg.libpq_url(pg_url)) as talker,
    ):
        listener.execute("LISTEN new_lead")

        # Nothing sent: the generator gives up after the timeout.
        assert list(listener.notifies(timeout=0.3)) == []

        # NOTIFY in an open transaction is delivered only at commit.
        talker.execute("SELECT pg_notify('new_lead', '42')")
        assert list(listener.notifies(timeout=0.3)) == []
        talker.commit()
        got = list(listener.notifies(timeout=5, stop_after=1))
        assert [(n.channel, n.payload) for n in got] == [("new_lead", "42")]
        assert got[0].pid == talker.info.backend_pid

        # Rolled back: never delivered. Another channel: not delivered to us.
        talker.execute("NOTIFY new_lead, 'rolled back'")
        talker.rollback()
        talker.execute("NOTIFY other_channel, 'x'")
        talker.commit()
        assert list(listener.notifies(timeout=0.3)) == []

        # Sent from another thread while the listener is already waiting.
        def send() -> None:
            with psycopg.connect(pg.libpq_url(pg_url), autocommit=True) as c:
                c.execute("NOTIFY new_lead, 'from thread'")

        t = threading.Timer(0.2, send)
        t.start()
        got = list(listener.notifies(timeout=5, stop_after=1))
        t.join()
        assert [n.payload for n in got] == ["from thread"]


@pytest.mark.postgres
@pytest.mark.slow
def test_throwaway_cluster_starts_and_stops() -> None:
    """The fallback path when no server runs (as root it runs the binaries as the postgres user)."""
    bindir = pg.find_bindir()
    if bindir is None:
        msg = "no PostgreSQL server binaries (initdb, pg_ctl) on this machine"
        if pg.is_ci():
            pytest.fail(msg)
        pytest.skip(msg)
    server = pg.ThrowawayCluster(bindir).start()
    assert server.cluster is not None
    tmp = server.cluster.tmp
    try:
        assert server.throwaway and server.port != pg.DEFAULT_PORT
        name = server.create_database()
        with server.connect(name) as conn:
            assert conn.execute("SELECT current_setting('fsync')").fetchone() == ("off",)
        server.drop_database(name)
    finally:
        server.close()
    assert tmp is not None and not tmp.exists()
    assert not pg.port_answers(server.host, server.port)


def test_keyring_is_in_memory(memory_keyring: object) -> None:
    assert keyring.get_keyring() is memory_keyring
    assert keyring.get_password("workstation", "officer") is None
    keyring.set_password("workstation", "officer", "s3cret")
    assert keyring.get_password("workstation", "officer") == "s3cret"


def test_keyring_is_empty_for_each_test() -> None:
    assert keyring.get_password("workstation", "officer") is None


def test_data_dir_is_per_test(tmp_path: Path) -> None:
    data_dir = Path(os.environ["WS_DATA_DIR"])
    assert data_dir.is_dir() and data_dir.is_relative_to(tmp_path)


def test_qt_platform_default() -> None:
    assert os.environ.get("QT_QPA_PLATFORM")
