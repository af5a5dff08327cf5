"""Fixtures for the Qt tests: a desk on a fresh SQLite file with the demo set."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.tasks import TaskRunner
from workstation import demo
from workstation.services.context import Workstation, bootstrap
from workstation.settings import Settings


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workstation]:
    desk = bootstrap(Settings(data_dir=tmp_path, desk_id="test-desk"))
    demo.seed(desk, lead_count=60)
    yield desk
    desk.close()


@pytest.fixture
def tasks(qapp: object) -> Iterator[TaskRunner]:
    """A TaskRunner whose unhandled errors are recorded in ``runner.errors`` instead of shown in a dialog."""
    runner = TaskRunner(show_errors=False)
    errors: list[BaseException] = []
    runner.error_unhandled.connect(errors.append)
    runner.errors = errors  # type: ignore[attr-defined]
    yield runner
    runner.wait_idle(10.0)
    runner.shutdown()
