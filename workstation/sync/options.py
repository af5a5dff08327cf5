"""Centre-mode settings: the `[centre]` table of settings.toml (never a password) and timing defaults.

Also the centre's URL as libpq sees it: `postgresql://user@host[:port]/db?sslmode=…&sslcert=…` or a service
(`postgresql:///?service=centre`). Query parameters are handed to libpq unchanged, so a service file, a client
certificate or `.pgpass` work as they do for psql. Passwords (`user:pw@` and the `password`/`sslpassword`
parameters) are taken out of every URL we keep or show.
"""

from __future__ import annotations

import configparser
import getpass
import json
import os
import re
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL, make_url

from workstation.errors import WorkstationError
from workstation.files import write_atomically
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.store.db import normalise_url

#: Query parameters libpq treats as secrets: never saved, never shown.
SECRET_PARAMS = frozenset({"password", "sslpassword"})

UNREADABLE_URL = message("sync.unreadable_url", QT_TRANSLATE_NOOP("Messages", "Cannot read the centre's URL: expected postgresql://user@host[:port]/db or postgresql:///?service=NAME"))
NOT_POSTGRESQL = message("sync.not_postgresql", QT_TRANSLATE_NOOP("Messages", "The centre's URL must start with postgresql://"))


class BadCentreUrl(WorkstationError):
    """The centre's URL cannot be read (the message never repeats the URL: it may hold a password)."""

    exit_code = 2


@dataclass(frozen=True)
class SyncOptions:
    """How the desk talks to the centre. Seconds unless the name says otherwise."""

    url: str = ""  # postgresql://user@host[:port]/db[?sslmode=…] — no password here
    role_prefix: str = ""  # the centre's ws_role_prefix(), read at connect time ("" before migration 0010)
    push_batch: int = 1000
    pull_batch: int = 5000
    # Sequence numbers can commit out of order: each pull re-reads this many numbers below the cursor.
    pull_overlap: int = 2000
    push_interval: float = 1.0  # look at the outbox this often
    poll_seconds: float = 30.0  # the slow poll, in case a NOTIFY was lost
    heartbeat_seconds: float = 15.0  # renew held leases this often (the lease is Settings.lease_seconds)
    sweep_seconds: float = 10.0  # turn expired leases into lease_expired events this often
    retry_seconds: float = 3.0  # offline: try the server again after this long
    max_clock_skew: float = 120.0  # refuse to sync beyond this difference with the server's clock
    connect_timeout: int = 3
    listen: bool = True  # LISTEN/NOTIFY wake-ups (the poll stays on regardless)

    @classmethod
    def load(cls, data_dir: Path, **overrides: Any) -> SyncOptions:
        path = Path(data_dir) / "settings.toml"
        values: dict[str, Any] = {}
        if path.exists():
            with path.open("rb") as fh:
                section = tomllib.load(fh).get("centre", {})
            known = {f.name for f in fields(cls)}
            values = {k: v for k, v in section.items() if k in known}
        values.update({k: v for k, v in overrides.items() if v is not None})
        if values.get("url"):
            values["url"] = strip_password(str(values["url"]))[0]  # a hand-edited file may hold one
        return replace(cls(), **values)


def parse_url(url: str) -> URL:
    """The URL for SQLAlchemy (psycopg 3). BadCentreUrl, without the URL in the message, if unreadable."""
    try:
        parsed = make_url(normalise_url(url.strip()))
    except Exception:
        raise BadCentreUrl(UNREADABLE_URL()) from None
    if parsed.get_backend_name() != "postgresql":
        raise BadCentreUrl(NOT_POSTGRESQL())
    return parsed


def same_centre(a: str, b: str) -> bool:
    """The same server, database and identity (passwords aside); False when either URL is unreadable."""
    try:
        return parse_url(strip_password(a)[0]) == parse_url(strip_password(b)[0])
    except WorkstationError:
        return False


def _rebuild(parsed: URL, *, user: str | None, password: str | None) -> URL:
    """A fresh URL (URL.set() ignores None, so it cannot clear a password): exactly this user and password."""
    query = {k: v for k, v in parsed.query.items() if k not in SECRET_PARAMS}
    return URL.create(parsed.drivername, username=user, password=password, host=parsed.host, port=parsed.port,
                      database=parsed.database, query=query)


def _as_libpq(parsed: URL) -> str:
    return parsed.render_as_string(hide_password=False).replace("postgresql+psycopg://", "postgresql://", 1)


def strip_password(url: str) -> tuple[str, str | None]:
    """(the URL without any password, the password or None). The password is the `user:pw@` one, else the
    `password` query parameter; `sslpassword` is dropped too (keep client keys unencrypted, mode 0600)."""
    parsed = parse_url(url)
    password = parsed.password if parsed.password is not None else parsed.query.get("password")
    if isinstance(password, tuple):
        password = password[-1]
    clean = _rebuild(parsed, user=parsed.username, password=None)
    return _as_libpq(clean), (str(password) if password else None)


def engine_url(base_url: str, user: str | None = None, password: str | None = None) -> str:
    """The URL to build an engine with: `base_url`'s host, database and query (sslmode, sslcert, service…),
    connecting as `user` (default: the base URL's user) with exactly `password` — None leaves it to libpq
    (.pgpass, PGPASSWORD, the service file, a client certificate); a password in `base_url` is never carried
    over. The result may hold a password: keep it in memory only."""
    parsed = parse_url(base_url)
    return _rebuild(parsed, user=user or parsed.username, password=password or None).render_as_string(
        hide_password=False)


def with_password(url: str, password: str | None) -> str:
    """Kept for older callers: engine_url(url, None, password)."""
    return engine_url(url, None, password)


def _service_files() -> list[Path]:
    """Where libpq looks for connection services, first match wins."""
    found: list[Path] = []
    if os.environ.get("PGSERVICEFILE"):
        found.append(Path(os.environ["PGSERVICEFILE"]))
    elif os.name == "nt" and os.environ.get("APPDATA"):
        found.append(Path(os.environ["APPDATA"]) / "postgresql" / ".pg_service.conf")
    else:
        found.append(Path.home() / ".pg_service.conf")
    sysconf = os.environ.get("PGSYSCONFDIR") or ("" if os.name == "nt" else "/etc/postgresql-common")
    if sysconf:
        found.append(Path(sysconf) / "pg_service.conf")
    return found


def service_params(name: str) -> dict[str, str]:
    """The settings of libpq service `name` from the first service file that defines it ({} if none)."""
    for path in _service_files():
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        try:
            parser.read(path, encoding="utf-8")
        except (OSError, configparser.Error, UnicodeDecodeError):
            continue
        if parser.has_section(name):
            return {k: v.strip() for k, v in parser.items(name) if k not in SECRET_PARAMS}
    return {}


def libpq_target(url: str) -> dict[str, str]:
    """user, host, port, dbname as libpq will resolve them: the URL, its query, its service, PG* variables."""
    parsed = parse_url(url)
    query = {k: (v[-1] if isinstance(v, tuple) else v) for k, v in parsed.query.items()}
    service = service_params(query["service"]) if query.get("service") else {}
    given = {"user": parsed.username, "host": parsed.host, "port": str(parsed.port or ""),
             "dbname": parsed.database}
    env = {"user": "PGUSER", "host": "PGHOST", "port": "PGPORT", "dbname": "PGDATABASE"}
    target = {k: given[k] or query.get(k) or service.get(k) or os.environ.get(env[k], "") for k in given}
    if not target["user"]:
        try:
            target["user"] = getpass.getuser()
        except (KeyError, OSError):
            pass
    target["dbname"] = target["dbname"] or target["user"]
    return {k: str(v or "") for k, v in target.items()}


def keyring_username(url: str) -> str:
    """How the password is filed in the keyring: role@host[:port]/db (a service resolved to its settings)."""
    t = libpq_target(url)
    port = f":{t['port']}" if t["port"] else ""
    return f"{t['user']}@{t['host']}{port}/{t['dbname']}"


_HEADER = re.compile(r"^\s*\[\s*(?P<name>[^\]]*?)\s*\]\s*(#.*)?$")
_KEY = re.compile(r"^\s*(?P<key>[A-Za-z0-9_-]+)\s*=")


def _replace_centre(text: str, values: dict[str, str]) -> str:
    """settings.toml's text with `[centre]`'s `values` set (other keys and tables kept; password keys dropped)."""
    lines, in_centre, seen = text.splitlines(), False, False
    out: list[str] = []
    for line in lines:
        header = _HEADER.match(line)
        if header:
            if in_centre:
                out.extend(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in values.items())
            in_centre = header.group("name") == "centre"
            seen = seen or in_centre
        elif in_centre:
            key = _KEY.match(line)
            if key and (key.group("key") in values or key.group("key") in SECRET_PARAMS):
                continue
        out.append(line)
    if in_centre:
        out.extend(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in values.items())
    if not seen:
        while out and not out[-1].strip():
            out.pop()
        out.extend([""] if out else [])
        out.append("[centre]")
        out.extend(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in values.items())
    return "\n".join(out) + "\n"


def save_url(data_dir: Path, url: str, *, role_prefix: str | None = None) -> Path:
    """Set `[centre] url` (its password removed) and `role_prefix` in settings.toml, keeping everything else.
    The file is replaced atomically and is readable by its owner alone."""
    clean, _ = strip_password(url)
    path = Path(data_dir) / "settings.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    values = {"url": clean} if role_prefix is None else {"url": clean, "role_prefix": role_prefix}
    new = _replace_centre(text, values)
    tomllib.loads(new)  # never leave a file the desk cannot read
    write_atomically(path, new)
    return path
