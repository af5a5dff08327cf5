"""One way to find the files in resources/: from a checkout or from an installed wheel."""

from __future__ import annotations

import os
from pathlib import Path


def resources_dir() -> Path:
    """The resources/ directory (override with WS_RESOURCES for an installed layout)."""
    override = os.environ.get("WS_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
