"""How a desk proves who it is to the centre, without a password ever landing in a file or on screen.

Order when connecting: an explicit password → the OS keyring (service "workstation", username
role@host:port/db) → nothing, leaving it to libpq (.pgpass / PGPASSFILE, PGPASSWORD, a service file, a client
certificate in the URL's sslcert/sslkey). Only when the server then says it wants a password do we ask (the
`prompt` callback: the CLI on a terminal, the GUI's dialog) or fail with CredentialsNeeded naming the options.
A missing keyring backend is never by itself an error.

keyring can block on a locked Secret Service: every call runs in a worker thread with a timeout, and a
timeout or a missing backend counts as "no password there".
"""

from __future__ import annotations

import concurrent.futures
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import keyring
import keyring.errors
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from workstation.errors import AuthError
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.store.db import make_engine
from workstation.sync.errors import CentreUnavailable
from workstation.sync.options import engine_url, keyring_username, strip_password

SERVICE = "workstation"
PROMPTS = 3  # wrong passwords typed before we give up
T = TypeVar("T")
Prompt = Callable[[str], "str | None"]

OPTIONS = message("sync.password_options", QT_TRANSLATE_NOOP("Messages", "Give the password once to `workstation connect` for the OS keyring, or use ~/.pgpass / PGPASSFILE, PGPASSWORD, a service file (PGSERVICEFILE), or a client certificate: ?sslmode=verify-full&sslcert=…&sslkey=…&sslrootcert=…"))
WANTS_PASSWORD = message("sync.wants_password", QT_TRANSLATE_NOOP("Messages", "The centre wants a password, or the password is wrong ({reason}) — {url}. {options}"))
REFUSED = message("sync.refused", QT_TRANSLATE_NOOP("Messages", "The centre or libpq refused the connection ({reason}) — {url}. {options}"))
CANNOT_CONNECT = message("sync.cannot_connect", QT_TRANSLATE_NOOP("Messages", "Cannot connect to the centre ({reason})"))


class CredentialsNeeded(AuthError):
    """The centre wants a password we do not have (or the one we had is wrong)."""


class CredentialsRefused(AuthError):
    """The centre refused this identity for another reason (no such role, certificate, pg_hba)."""


# --- the keyring ------------------------------------------------------------------------------------------


def _call(fn: Callable[[], T], timeout: float) -> T | None:
    pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="ws-keyring")
    try:
        return pool.submit(fn).result(timeout=timeout)
    except (concurrent.futures.TimeoutError, keyring.errors.KeyringError):
        return None
    finally:
        pool.shutdown(wait=False)  # a blocked keyring call must not block us


def get_password(url: str, timeout: float = 5.0) -> str | None:
    """The keyring's password for this URL's role@host:port/db; None if none, no backend, or no answer."""
    return _call(lambda: keyring.get_password(SERVICE, keyring_username(url)), timeout)


def set_password(url: str, password: str, timeout: float = 5.0) -> bool:
    """True once stored; False if the keyring is unavailable or did not answer in time."""
    def store() -> bool:
        keyring.set_password(SERVICE, keyring_username(url), password)
        return True

    return bool(_call(store, timeout))


# --- what the server said -------------------------------------------------------------------------------

_PASSWORD_WANTED = ("no password supplied", "password authentication failed")
# The server or libpq refused this identity or this configuration: trying again later will not help.
_REFUSED_FATAL = ("does not exist", "is not permitted to log in", "authentication failed", "no pg_hba.conf entry",
                  "pg_hba.conf rejects", "certificate", "permission denied", "too many connections for role")
_REFUSED_CLIENT = ("certificate", "private key", "server does not support ssl", "invalid connection option",
                   "invalid sslmode", "sslmode value", "definition of service", "service file")
_CONNINFO_SECRET = re.compile(r"(?i)\b(password|sslpassword)\s*=\s*('(?:[^'\\]|\\.)*'|\S+)")
_USERINFO_SECRET = re.compile(r"(://[^:/@\s]*):[^@\s]*@")


def server_message(exc: BaseException) -> str:
    """The driver's own message (psycopg's, not SQLAlchemy's wrapper)."""
    return str(getattr(exc, "orig", None) or exc).strip()


def needs_password(exc: BaseException) -> bool:
    """The server asked for a password, or did not accept the one given."""
    return isinstance(exc, DBAPIError) and any(s in server_message(exc) for s in _PASSWORD_WANTED)


def refused(exc: BaseException) -> bool:
    """The server (or libpq) refused this identity or setting for a reason other than a password."""
    if not isinstance(exc, DBAPIError) or needs_password(exc):
        return False
    message = server_message(exc).lower()
    return ("fatal" in message and any(s in message for s in _REFUSED_FATAL)) or any(
        s in message for s in _REFUSED_CLIENT)


def scrub(text: str, *secrets: str | None) -> str:
    """`text` with every given secret, `password=…` pair and `user:pw@` replaced by ***."""
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        text = text.replace(secret, "***")
    text = _CONNINFO_SECRET.sub(lambda m: f"{m.group(1)}=***", text)
    return _USERINFO_SECRET.sub(r"\1:***@", text)


def _short(exc: BaseException, *secrets: str | None) -> str:
    lines = [ln.strip() for ln in scrub(server_message(exc), *secrets).splitlines() if ln.strip()]
    return " ".join(lines[:3])[:400]


# --- signing in ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Login:
    """A way in that the server accepted. `password` is in memory only (None: libpq found its own way)."""

    url: str  # the base URL, without the password
    password: str | None
    source: str  # "given", "keyring", "prompt" or "libpq"
    used_password: bool  # the server asked for a password (from us, .pgpass, PGPASSWORD or the service file)

    def engine_url(self, user: str | None = None) -> str:
        """The URL to build the engine with (holds the password when there is one: memory only)."""
        return engine_url(self.url, user, self.password)


def _probe(url: str, password: str | None, timeout: int) -> bool:
    """Connect once, as the real engine will (SQLAlchemy, the URL's query handed to libpq); True if the server
    asked for a password (ours, or one libpq found in .pgpass, PGPASSWORD or the service file)."""
    engine = make_engine(engine_url(url, None, password), poolclass=NullPool,
                         connect_args={"connect_timeout": timeout})
    try:
        with engine.connect() as conn:
            raw: Any = conn.connection.dbapi_connection
            return bool(getattr(getattr(raw, "pgconn", None), "used_password", False))
    finally:
        engine.dispose()


def sign_in(url: str, password: str | None = None, *, prompt: Prompt | None = None, timeout: int = 5,
            keyring_timeout: float = 5.0) -> Login:
    """Find a way in to the centre at `url` (see the module docstring) and check it with one connection.

    Raises CredentialsNeeded (a password is wanted and none or a wrong one is known), CredentialsRefused
    (e.g. no such role, certificate rejected) or CentreUnavailable (the server cannot be reached). No message
    holds a password.
    """
    clean, in_url = strip_password(url)
    explicit = password or in_url
    tries: list[tuple[str | None, str]] = []
    if explicit:
        tries.append((explicit, "given"))
    else:
        stored = get_password(clean, keyring_timeout)
        if stored:
            tries.append((stored, "keyring"))
        tries.append((None, "libpq"))  # a stale keyring entry must not hide .pgpass or a certificate
    last: DBAPIError | None = None
    prompts = 0
    while True:
        if tries:
            candidate, source = tries.pop(0)
        else:
            typed = prompt(clean) if prompt is not None and prompts < PROMPTS else None
            prompts += 1
            if not typed:
                break
            candidate, source = typed, "prompt"
        try:
            used = _probe(clean, candidate, timeout)
        except DBAPIError as exc:
            if needs_password(exc):
                last = exc
                continue
            raise_for(exc, clean, explicit, candidate)
        return Login(clean, candidate, source, used)
    assert last is not None
    raise CredentialsNeeded(WANTS_PASSWORD(reason=_short(last, explicit), url=clean, options=OPTIONS())) \
        from _cause(last, explicit)


def _cause(exc: BaseException, *secrets: str | None) -> BaseException | None:
    """`exc` to chain to ours, unless its text holds a secret (then nothing is chained)."""
    message = str(exc)
    return exc if scrub(message, *secrets) == message else None


def raise_for(exc: DBAPIError, url: str, *secrets: str | None) -> None:
    """Raise what a person can act on for a failed connection: CredentialsNeeded, CredentialsRefused or
    CentreUnavailable; the driver's reason included with `secrets` (and any password=…) blanked out."""
    clean = strip_password(url)[0]
    reason, cause = _short(exc, *secrets), _cause(exc, *secrets)
    if needs_password(exc):
        raise CredentialsNeeded(WANTS_PASSWORD(reason=reason, url=clean, options=OPTIONS())) from cause
    if refused(exc):
        raise CredentialsRefused(REFUSED(reason=reason, url=clean, options=OPTIONS())) from cause
    raise CentreUnavailable(CANNOT_CONNECT(reason=reason)) from cause
