"""Attaching the configured centre to a desk at bootstrap (the one composition root for both faces)."""

from __future__ import annotations

from pathlib import Path

from workstation.services.context import Workstation
from workstation.sync.options import SyncOptions


def attach_configured(ws: Workstation) -> None:
    """Set ws.centre when settings.toml names a centre. Cheap: no connection is made until one is needed;
    officers then sign in as themselves (services.auth.sign_in), libpq's own credentials serving the rest."""
    options = SyncOptions.load(Path(ws.settings.data_dir))
    if not options.url or ws.centre is not None:
        return
    from workstation.sync.centre import Centre

    ws.centre = Centre(ws, options.url, options)
