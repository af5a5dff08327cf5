"""Finding intake's resource files from a checkout or an installed copy.

STYLE.md asks for one resource finder for the whole app; none exists yet, so this one is local to intake and
small enough to be replaced by it: $WORKSTATION_RESOURCES, then the checkout's resources/, then a copy
installed under sys.prefix/share/workstation/resources.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The path of a resource such as resource_path("intake", "columns.toml"); the first root that has it."""
    roots: list[Path] = []
    env = os.environ.get("WORKSTATION_RESOURCES")
    if env:
        roots.append(Path(env))
    roots.append(Path(__file__).resolve().parents[2] / "resources")
    roots.append(Path(sys.prefix) / "share" / "workstation" / "resources")
    for root in roots:
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    return roots[0].joinpath(*parts) if env else roots[1].joinpath(*parts)
