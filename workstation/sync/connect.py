"""Connecting a desk to its centre: find a way in (workstation.sync.credentials), check the server, apply or ask
for migrations, read the centre's role prefix, keep the URL (never a password) in settings.toml and a password
we were given in the OS keyring. Shared by the CLI and the GUI's dialog."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from workstation.desk import Workstation
from workstation.messages import QT_TRANSLATE_NOOP, Msg, message
from workstation.store import migrate
from workstation.store.db import make_engine
from workstation.sync import credentials
from workstation.sync.centre import Centre
from workstation.sync.errors import CentreUnavailable, NotConnected, SyncRefused
from workstation.sync.options import SyncOptions, parse_url, save_url, strip_password
from workstation.sync.push import is_transient

CONNECT_TIMEOUT = 5

UPGRADE_CENTRE = message("sync.upgrade_centre", QT_TRANSLATE_NOOP("Messages", "The centre's database schema is {current}; {head} is needed. Upgrade it now?"))
EMPTY_SCHEMA = message("sync.empty_schema", QT_TRANSLATE_NOOP("Messages", "(empty)"))
CENTRE_OUT_OF_DATE = message("sync.centre_out_of_date", QT_TRANSLATE_NOOP("Messages", "{question} Use --migrate, or ask an administrator to run `workstation db upgrade`."))
NO_CENTRE = message("sync.no_centre", QT_TRANSLATE_NOOP("Messages", "This desk is not connected to a centre: run `workstation connect URL`"))


@dataclass(frozen=True, slots=True)
class Connected:
    url: str  # without the password
    revision: str | None
    migrated: bool
    password_stored: bool  # False: a password was needed and given, but the keyring could not keep it
    role_prefix: str = ""
    source: str = "libpq"  # where the password came from: given, keyring, prompt, libpq (its own or none)


def role_prefix(engine: Engine) -> str:
    """The centre's `ws_role_prefix()` (migration 0010), or "" where that function does not exist yet."""
    with engine.connect() as conn:
        if conn.scalar(text("SELECT to_regprocedure('ws_role_prefix()') IS NOT NULL")):
            return str(conn.scalar(text("SELECT ws_role_prefix()")) or "")
    return ""


def connect(data_dir: Path, url: str, password: str | None, *, migrate_ok: bool,
            ask_migrate: Callable[[Msg], bool] | None = None,
            prompt: credentials.Prompt | None = None) -> Connected:
    """Check the connection and the schema; on success save the URL (and role prefix) and the password.

    `password` (or one in the URL) is tried first, then the keyring, then libpq's own sources; `prompt` is
    asked only when the server wants a password. Raises CredentialsNeeded/CredentialsRefused, CentreUnavailable,
    SyncRefused (schema out of date and no migration allowed); nothing is saved then.
    """
    login = credentials.sign_in(url, password, prompt=prompt, timeout=CONNECT_TIMEOUT)
    secrets = (login.password, strip_password(url)[1], password)
    engine = make_engine(login.engine_url(), poolclass=NullPool, connect_args={"connect_timeout": CONNECT_TIMEOUT})
    try:
        try:
            current = migrate.current_revision(engine)
            migrated = False
            if current != migrate.head_revision():
                question = UPGRADE_CENTRE(current=current or EMPTY_SCHEMA(), head=migrate.head_revision())
                if migrate_ok or (ask_migrate is not None and ask_migrate(question)):
                    migrate.upgrade(engine)
                    migrated = True
                    current = migrate.current_revision(engine)
                else:
                    raise SyncRefused(CENTRE_OUT_OF_DATE(question=question))
            prefix = role_prefix(engine)
        except DBAPIError as exc:
            if is_transient(exc) or credentials.needs_password(exc) or credentials.refused(exc):
                credentials.raise_for(exc, login.url, *secrets)
            raise
    finally:
        engine.dispose()
    stored = True
    if login.password and login.source in ("given", "prompt"):
        stored = credentials.set_password(login.url, login.password)
    save_url(data_dir, login.url, role_prefix=prefix)
    return Connected(login.url, current, migrated, stored, prefix, login.source)


def centre_for(ws: Workstation, *, password: str | None = None,
               prompt: credentials.Prompt | None = None) -> Centre:
    """The configured centre signed in, not attached (bootstrap.open_centre and the GUI attach it); ws.centre
    itself when it is that very centre."""
    options = SyncOptions.load(Path(ws.settings.data_dir))
    if not options.url:
        raise NotConnected(NO_CENTRE())
    try:
        login = credentials.sign_in(options.url, password, prompt=prompt, timeout=options.connect_timeout)
    except CentreUnavailable:
        login = credentials.Login(options.url, password or credentials.get_password(options.url), "offline",
                                  False)
    else:
        if login.source == "prompt" and login.password:
            credentials.set_password(login.url, login.password)  # best effort: the keyring stays the default
    old = ws.centre
    if isinstance(old, Centre) and parse_url(old.url) == parse_url(login.engine_url()):
        return old  # bootstrap attached this very centre: keep it (and the officers signed in on it)
    return Centre(ws, login.engine_url(), options)

