"""Fixtures for the Qt tests: a desk on a fresh SQLite file with the demo set."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workstation import demo
from workstation.services.context import Workstation, bootstrap
from workstation.settings import Settings


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workstation]:
    desk = bootstrap(Settings(data_dir=tmp_path, desk_id="test-desk"))
    demo.seed(desk, lead_count=60)
    yield desk
    desk.close()


