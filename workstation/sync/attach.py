"""The centre settings.toml names, for bootstrap to attach (workstation.bootstrap.attach_configured)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from workstation.desk import Workstation
from workstation.sync.options import SyncOptions

if TYPE_CHECKING:
    from workstation.sync.centre import Centre


def configured_centre(ws: Workstation) -> Centre | None:
    """The configured centre, or None when the desk is on its own. Cheap: no connection is made until one is
    needed; officers then sign in as themselves (services.auth.sign_in), libpq's own credentials serving the
    rest."""
    options = SyncOptions.load(Path(ws.settings.data_dir))
    if not options.url:
        return None
    from workstation.sync.centre import Centre  # a standalone desk starts without the sync machinery

    return Centre(ws, options.url, options)
