"""Shared fixtures: PostgreSQL (real server, fresh database per test), in-memory keyring, per-test data dir.

PostgreSQL fixtures (any test using one is marked ``postgres`` automatically, so ``-m "not postgres"`` works):

- ``pg_server`` (session): base SQLAlchemy URL of the server, e.g. ``postgresql+psycopg://postgres@127.0.0.1:5432/``.
- ``pg_url`` (function): URL of a fresh, empty database ``ws_test_<random>`` on it, dropped afterwards.
- ``migrated_pg_url`` (function): the same, with the schema already at the head: a copy of a database migrated
  once per test process (CREATE DATABASE … TEMPLATE), instead of Alembic's 0.3 s in every test. Roles are
  cluster-wide and officers' login roles are named from the database's own name, so a copy shares nothing.
- ``pg_admin`` (session): the server handle (tests/support/pg.py: PgServer) — ``.connect(dbname)`` for a
  superuser psycopg connection, ``.terminate_connections(dbname)``, ``.throwaway``.

Where the server comes from: see tests/support/pg.py (WS_TEST_PG, WS_TEST_PG_URL). With no server at all the
postgres tests are skipped — except under CI=true, where they fail.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

# Headless by default; respect an explicit choice (e.g. QT_QPA_PLATFORM=xcb under Xvfb).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# --import-mode=importlib does not put the repo root on sys.path; tests.support must import from any cwd.
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from tests.support import faketime  # noqa: E402

faketime.mend_sleep()  # before anything binds time.sleep (a no-op unless libfaketime broke it)

import pytest  # noqa: E402

from tests.support import pg  # noqa: E402
from tests.support.keyring_memory import MemoryKeyring  # noqa: E402

# The shared server, the password-checking cluster, and the clusters some tests/sync modules start themselves.
PG_FIXTURES = frozenset({"pg_admin", "pg_server", "pg_url", "pg_migrated", "migrated_pg_url", "pw_admin", "pw_url",
                         "own_cluster", "cert_centre"})


def pytest_report_header(config: pytest.Config) -> list[str]:
    env = ("QT_QPA_PLATFORM", "WS_TEST_PG", "WS_TEST_PG_URL", "CI")
    return ["workstation: " + ", ".join(f"{k}={os.environ.get(k, '')!r}" for k in env)]


@pytest.hookimpl(tryfirst=True)  # before -m deselects, so `-m "not postgres"` sees the marker
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if PG_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.postgres)
    # The slow multi-process tests (20-25 s each) first: pytest-xdist hands tests out in this order, and one of
    # them started last kept a worker busy after the other had run out of tests (a stable sort: the rest keep
    # their order).
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(autouse=True)
def _message_language() -> Iterator[None]:
    """Each test starts with the messages' language the session had (a CLI main() sets its own)."""
    from workstation import messages

    saved = messages.current_translator()
    yield
    messages.set_translator(saved)


# --- PostgreSQL -------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[pg.PgServer]:
    try:
        server = pg.acquire_server()
    except pg.PgUnavailable as e:
        unavailable = str(e)
    else:
        unavailable = ""
    if unavailable:
        if pg.is_ci():
            pytest.fail(
                f"PostgreSQL unavailable (CI: postgres tests fail, never skip): {unavailable}", pytrace=False
            )
        pytest.skip(f"PostgreSQL unavailable: {unavailable}")
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="session")
def pg_server(pg_admin: pg.PgServer) -> str:
    return pg_admin.base_url


@pytest.fixture
def pg_url(pg_admin: pg.PgServer) -> Iterator[str]:
    name = pg_admin.create_database()
    try:
        yield pg_admin.url(name)
    finally:
        pg_admin.drop_database(name)


@pytest.fixture(scope="session")
def pg_migrated(pg_admin: pg.PgServer) -> Iterator[str]:
    """A database migrated to the head, the template of migrated_pg_url's (nobody stays connected to it)."""
    from workstation.store import migrate
    from workstation.store.db import make_engine

    name = pg_admin.create_database()
    try:
        engine = make_engine(pg_admin.url(name))
        migrate.upgrade(engine)
        engine.dispose()
        yield name
    finally:
        pg_admin.drop_database(name)


@pytest.fixture
def migrated_pg_url(pg_admin: pg.PgServer, pg_migrated: str) -> Iterator[str]:
    name = pg_admin.create_database(template=pg_migrated)
    try:
        yield pg_admin.url(name)
    finally:
        pg_admin.drop_database(name)


def _unavailable(why: str) -> None:
    if pg.is_ci():
        pytest.fail(f"PostgreSQL unavailable (CI: postgres tests fail, never skip): {why}", pytrace=False)
    pytest.skip(f"PostgreSQL unavailable: {why}")


@pytest.fixture(scope="session")
def pw_admin() -> Iterator[pg.PgServer]:
    """A throwaway cluster that checks passwords (SCRAM) for every role but its superuser, as a centre does:
    for tests of signing in as an officer's own database role."""
    try:
        server = pg.start_password_cluster()
    except pg.PgUnavailable as e:
        _unavailable(str(e))
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def pw_url(pw_admin: pg.PgServer) -> Iterator[str]:
    """A fresh database on the password-checking cluster (superuser URL, no password needed)."""
    name = pw_admin.create_database()
    try:
        yield pw_admin.url(name)
    finally:
        pw_admin.drop_database(name)


# --- keyring, data directory ------------------------------------------------------------------------------


@pytest.fixture(scope="session", autouse=True)
def _keyring_backend() -> MemoryKeyring:
    import keyring

    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture(autouse=True)
def memory_keyring(_keyring_backend: MemoryKeyring) -> MemoryKeyring:
    """The in-memory keyring every test runs with, emptied before each test."""
    _keyring_backend.clear()
    return _keyring_backend


@pytest.fixture(autouse=True)
def ws_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """WS_DATA_DIR (the app's per-user data directory) points into this test's tmp_path."""
    d = tmp_path / "ws-data"
    d.mkdir()
    monkeypatch.setenv("WS_DATA_DIR", str(d))
    return d


# --- Qt: one task runner per test ----------------------------------------------------------------------


@pytest.fixture
def tasks(qapp: object) -> Iterator[object]:
    """A TaskRunner whose unhandled errors are recorded in ``runner.errors`` instead of shown in a dialog.

    A test whose background work raised and went unhandled fails at teardown (the window tests stayed green
    while every call of a query raised). A test that provokes such an error on purpose asserts on
    ``runner.errors`` and clears it."""
    from ui.tasks import TaskRunner

    runner = TaskRunner(show_errors=False)
    errors: list[BaseException] = []
    runner.error_unhandled.connect(errors.append)
    runner.errors = errors  # type: ignore[attr-defined]
    yield runner
    runner.wait_idle(30.0)
    runner.shutdown()
    if errors:
        pytest.fail("background work raised and nobody handled it: "
                    + "; ".join(f"{type(e).__name__}: {e}" for e in errors), pytrace=False)
