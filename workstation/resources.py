"""One way to find the files in resources/: from a checkout, an installed wheel or the frozen bundle.

The wheel carries resources/ as the package ``workstation_resources`` (pyproject.toml maps the directory), so an
installed copy finds its call scripts, column mapping, font and translations through ``importlib.resources``
from any working directory. A checkout that was never installed reads its own resources/ beside the code.
``$WS_RESOURCES`` names a directory whose files override the packaged ones (what it lacks still comes from them).
"""

from __future__ import annotations

import importlib.resources
import importlib.util
import os
from functools import cache
from pathlib import Path

PACKAGE = "workstation_resources"


@cache
def _packaged() -> Path:
    """The packaged resources/ directory: the installed package, else the checkout's own directory."""
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if importlib.util.find_spec(PACKAGE) is None:
        return checkout
    root = importlib.resources.files(PACKAGE)
    # Installed as plain files (pip, PyInstaller): a Traversable that is a directory on disk. Callers hand paths
    # to Qt and reportlab, so a zipped install is not supported and falls back to the checkout.
    path = Path(str(root))
    return path if path.is_dir() else checkout


def _roots() -> list[Path]:
    """Where resources may be, in order: $WS_RESOURCES, then the packaged (or checkout) directory."""
    override = os.environ.get("WS_RESOURCES")
    return ([Path(override)] if override else []) + [_packaged()]


def resources_dir() -> Path:
    """The packaged resources directory (the checkout's in a development tree)."""
    return _packaged()


def resource_path(*parts: str) -> Path:
    """A resource such as resource_path("intake", "columns.toml"): the first root that has it."""
    for root in _roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    return _packaged().joinpath(*parts)
