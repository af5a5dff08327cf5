"""The composition root: the one place that makes a desk — settings, engine (SQLCipher included), clock, claims
and, when the desk is connected, its centre — for the CLI and the GUI alike.

Both faces get their `Workstation` from `bootstrap`; a test passes its own clock (or settings). The centre and
the claims are chosen together (attach_centre): a connected desk claims on the centre from whichever face.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine

from workstation.clock import Clock, SystemClock
from workstation.desk import CentreLink, Workstation
from workstation.errors import SchemaOutOfDate
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.services.claims import CENTRE, LOCAL
from workstation.settings import Settings
from workstation.store import migrate
from workstation.store.db import make_engine, make_session_factory, refresh_statistics

if TYPE_CHECKING:  # the sync machinery loads when a centre is attached, not with every standalone desk
    from workstation.sync import credentials
    from workstation.sync.centre import Centre

SCHEMA_OUT_OF_DATE = message("db.schema_out_of_date", QT_TRANSLATE_NOOP("Messages", "The database schema is at {current}; {head} is needed: run `workstation db upgrade`"))


def open_engine(settings: Settings, **engine_kwargs: object) -> Engine:
    """The engine of the desk's database as its settings say: SQLCipher when the desk is encrypted (the key from
    the keyring), else plain. Every way into a desk's database opens it here (bootstrap, `workstation db
    upgrade`), so none of them meets an encrypted file as 'file is not a database'."""
    if settings.db_encryption and settings.db_url.startswith("sqlite"):
        from workstation.security.cipher import make_encrypted_engine

        return make_encrypted_engine(settings.db_url, None, **engine_kwargs)  # None: the key from the keyring
    return make_engine(settings.db_url, **engine_kwargs)


def bootstrap(settings: Settings | None = None, *, clock: Clock | None = None, upgrade: bool = True,
              engine_kwargs: dict[str, object] | None = None, centre: bool = True) -> Workstation:
    """Open the desk's database; bring its schema up to date (or refuse if `upgrade` is False); and, when
    the desk is connected (settings.toml has `[centre] url`), attach its centre, so the GUI and the CLI
    alike claim, sign in and write on the centre. Nothing connects to the centre until it is used."""
    settings = settings or Settings.load()
    engine = open_engine(settings, **(engine_kwargs or {}))
    if upgrade:
        migrate.upgrade(engine)
    elif not migrate.is_current(engine):
        raise SchemaOutOfDate(SCHEMA_OUT_OF_DATE(current=migrate.current_revision(engine),
                                                 head=migrate.head_revision()))
    refresh_statistics(engine)
    ws = Workstation(settings, engine, make_session_factory(engine), clock or SystemClock(), LOCAL)
    if centre:
        attach_configured(ws)
    return ws


def attach_centre(ws: Workstation, centre: CentreLink | None) -> CentreLink | None:
    """Make `centre` the desk's — claims, sign-ins and officers' changes go to it; None: the desk on its own —
    closing the one it replaces. Run where the desk's database jobs run (the GUI's database worker), so none of
    them reads ws.centre while it changes."""
    old = ws.attach(centre, LOCAL if centre is None else CENTRE)
    if old is not None and old is not centre:
        old.close()
    return centre


def attach_configured(ws: Workstation) -> None:
    """Attach the centre settings.toml names, if any and none is attached yet (no connection is made)."""
    from workstation.sync.attach import configured_centre

    if ws.centre is None:
        found = configured_centre(ws)
        if found is not None:
            attach_centre(ws, found)


def open_centre(ws: Workstation, *, password: str | None = None,
                prompt: credentials.Prompt | None = None) -> Centre:
    """The configured centre, signed in with `password`, the keyring's or libpq's own; `prompt` only if the
    server wants a password (sync.connect.centre_for), and attached. Call it where the desk's database jobs
    run, or before any do (the CLI); the GUI opens with centre_for on its slow pool and attaches on its
    database worker.

    When the server cannot be reached the centre is still returned (the desk works offline; sync reports
    CentreUnavailable and retries). CredentialsNeeded/CredentialsRefused when the server turns us away.
    """
    from workstation.sync.connect import centre_for

    centre = centre_for(ws, password=password, prompt=prompt)
    attach_centre(ws, centre)
    return centre
