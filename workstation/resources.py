"""One way to find the files in resources/: from a checkout or from an installed copy."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _roots() -> list[Path]:
    """Where resources/ may be, in order: $WS_RESOURCES, the checkout, an install under sys.prefix/share."""
    roots = []
    override = os.environ.get("WS_RESOURCES")
    if override:
        roots.append(Path(override))
    roots.append(Path(__file__).resolve().parent.parent / "resources")
    roots.append(Path(sys.prefix) / "share" / "workstation" / "resources")
    return roots


def resources_dir() -> Path:
    """The first resources/ directory that exists (the checkout's when none does)."""
    roots = _roots()
    return next((r for r in roots if r.is_dir()), roots[-2])


def resource_path(*parts: str) -> Path:
    """A resource such as resource_path("intake", "columns.toml"): the first root that has it."""
    roots = _roots()
    for root in roots:
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    return resources_dir().joinpath(*parts)
