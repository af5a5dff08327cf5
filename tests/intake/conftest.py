"""Intake test setup: makes intake_fixtures importable (pytest runs with --import-mode=importlib)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from intake_fixtures import FileFactory  # noqa: E402


@pytest.fixture
def files(tmp_path: Path) -> FileFactory:
    return FileFactory(tmp_path)
