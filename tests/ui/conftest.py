"""Fixtures for the Qt tests: a desk on a fresh SQLite file with the demo set."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui.desk_session import DeskSessions
from ui.tasks import TaskRunner
from workstation import demo
from workstation.bootstrap import bootstrap
from workstation.desk import Workstation
from workstation.settings import Settings

DATABASE = "workstation.sqlite3"


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo set seeded once per test process (0.4 s) on the system clock; each test gets a copy."""
    where = tmp_path_factory.mktemp("demo-desk")
    desk = bootstrap(Settings(data_dir=where, desk_id="test-desk"))
    demo.seed(desk, lead_count=60)
    desk.close()
    return where / DATABASE


@pytest.fixture
def ws(tmp_path: Path, demo_database: Path) -> Iterator[Workstation]:
    shutil.copyfile(demo_database, tmp_path / DATABASE)
    desk = bootstrap(Settings(data_dir=tmp_path, desk_id="test-desk"))
    yield desk
    desk.close()




@pytest.fixture(autouse=True)
def _no_translator_left(qapp: object) -> Iterator[None]:
    """A test that installs a language leaves none behind: later tests read the English sources (the suite
    once passed only because tests/reports runs before tests/ui)."""
    yield
    from ui import i18n

    if i18n._translators:  # noqa: SLF001
        i18n.install(qapp, "en")  # type: ignore[arg-type]


@pytest.fixture
def sessions(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> Iterator[DeskSessions]:
    """Sign-in and the desk window as the app runs them; both closed after the test."""
    s = DeskSessions(ws, tasks)
    yield s
    for w in (s.window, s.login):
        if w is not None:
            w.close()
    tasks.wait_idle(10.0)
