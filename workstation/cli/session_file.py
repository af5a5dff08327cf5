"""The command line's sign-in session (`workstation login`): who is signed in at this desk, until when.

`data_dir/cli-session.json` holds the officer, the desk, a digest of the database URL, when the session was
issued and when it expires, and an HMAC-SHA256 over all of them made with a random key of this desk
(`data_dir/cli-session.key`). Both files are written atomically with mode 0600 and are refused when other
users may read or write them. Never a password.

The MAC stops an edited file (another officer's name, a later expiry, another desk's file) from being taken
up; it cannot stop someone who can read the key file, so the session is as safe as the desk's data
directory — which also holds the desk's database. A session lasts `DEFAULT_MINUTES` unless `login
--minutes N` asks for less or more, at most `max_minutes(settings)`: the desk's idle_lock_minutes, but never
less than DEFAULT_MINUTES. It is not extended by use: when it ends, sign in again.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from workstation.desk import Workstation
from workstation.errors import AuthError
from workstation.files import write_atomically
from workstation.messages import QT_TRANSLATE_NOOP, Msg, message
from workstation.settings import Settings

SESSION_FILE = "cli-session.json"
KEY_FILE = "cli-session.key"
DEFAULT_MINUTES = 15
# A session issued later than now by more than this means the clock went back (or the file is not ours).
CLOCK_SKEW = timedelta(minutes=1)
_VERSION = 1

KEY_OPEN = message("cli.session.key_open", QT_TRANSLATE_NOOP("Messages", "{path}: the session key file is open to other users; remove it"))
UNSAFE = message("cli.session.unsafe", QT_TRANSLATE_NOOP("Messages", "The session file or its key is missing or open to other users"))
DAMAGED = message("cli.session.damaged", QT_TRANSLATE_NOOP("Messages", "The session file is damaged"))
CHANGED = message("cli.session.changed", QT_TRANSLATE_NOOP("Messages", "The session file was changed"))
ELSEWHERE = message("cli.session.elsewhere", QT_TRANSLATE_NOOP("Messages", "The session is for another desk or database"))
FUTURE = message("cli.session.future", QT_TRANSLATE_NOOP("Messages", "The session was issued in the future: the clock went back"))
TOO_LONG = message("cli.session.too_long", QT_TRANSLATE_NOOP("Messages", "The session is longer than this desk allows"))
EXPIRED = message("cli.session.expired", QT_TRANSLATE_NOOP("Messages", "The session of {officer} expired at {at}"))


@dataclass(frozen=True, slots=True)
class CliSession:
    """A signed-in officer at this desk's command line: who, on which desk and database, from when to when."""

    officer: str
    desk: str
    db: str  # digest of the database URL: a session does not carry over to another database
    issued_at: datetime
    expires_at: datetime


def max_minutes(settings: Settings) -> int:
    """The longest session `login --minutes` may ask for."""
    return max(DEFAULT_MINUTES, int(settings.idle_lock_minutes))


def session_path(data_dir: Path) -> Path:
    return Path(data_dir) / SESSION_FILE


def _db_digest(ws: Workstation) -> str:
    return hashlib.sha256(ws.settings.db_url.encode()).hexdigest()[:16]


def _fields(s: CliSession) -> dict[str, object]:
    return {"v": _VERSION, "officer": s.officer, "desk": s.desk, "db": s.db,
            "issued_at": s.issued_at.isoformat(), "expires_at": s.expires_at.isoformat()}


def _mac(key: bytes, fields: dict[str, object]) -> str:
    text = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()


def _private(path: Path) -> bool:
    """Only this user may read or write the file (always true where POSIX modes do not apply)."""
    if os.name != "posix":
        return True
    st = path.stat()
    return st.st_uid == os.getuid() and not st.st_mode & 0o077


def _key(data_dir: Path, create: bool) -> bytes | None:
    """This desk's session key; made on first use (never replaced, so an old session stays checkable)."""
    path = Path(data_dir) / KEY_FILE
    if not path.exists():
        if not create:
            return None
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another command made it just now: read theirs
        else:
            with os.fdopen(fd, "w", encoding="ascii") as fh:
                fh.write(secrets.token_hex(32))
                fh.flush()
                os.fsync(fh.fileno())
    if not _private(path):
        return None
    try:
        key = bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None
    return key if len(key) == 32 else None


def save(ws: Workstation, officer: str, minutes: int) -> CliSession:
    """Start a session for an officer who has just signed in (the caller checked the password)."""
    now = ws.clock.now()
    session = CliSession(officer, ws.desk, _db_digest(ws), now, now + timedelta(minutes=minutes))
    key = _key(ws.settings.data_dir, create=True)
    if key is None:
        raise AuthError(KEY_OPEN(path=Path(ws.settings.data_dir) / KEY_FILE))
    doc = {**_fields(session), "mac": _mac(key, _fields(session))}
    write_atomically(session_path(ws.settings.data_dir),
                   (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode())
    return session


def remove(data_dir: Path) -> str | None:
    """End the session; returns the officer named in the file (unchecked), None if there was none."""
    path = session_path(data_dir)
    try:
        officer = json.loads(path.read_text(encoding="utf-8")).get("officer")
    except (OSError, ValueError, AttributeError):
        officer = None
    existed = path.exists()
    path.unlink(missing_ok=True)
    return str(officer or "?") if existed else None


def read(ws: Workstation) -> tuple[CliSession | None, Msg | None]:
    """The valid session of this desk and database now, or None and why not (None when there is none)."""
    path = session_path(ws.settings.data_dir)
    if not path.exists():
        return None, None
    key = _key(ws.settings.data_dir, create=False)
    if key is None or not _private(path):
        return None, UNSAFE()
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        session = CliSession(str(doc["officer"]), str(doc["desk"]), str(doc["db"]),
                             datetime.fromisoformat(doc["issued_at"]), datetime.fromisoformat(doc["expires_at"]))
        mac = str(doc["mac"])
    except (OSError, ValueError, KeyError, TypeError):
        return None, DAMAGED()
    if doc.get("v") != _VERSION or not hmac.compare_digest(mac, _mac(key, _fields(session))):
        return None, CHANGED()
    return _check(ws, session)


def _check(ws: Workstation, session: CliSession) -> tuple[CliSession | None, Msg | None]:
    now = ws.clock.now()
    if session.desk != ws.desk or session.db != _db_digest(ws):
        return None, ELSEWHERE()
    if session.issued_at > now + CLOCK_SKEW:
        return None, FUTURE()
    if session.expires_at - session.issued_at > timedelta(minutes=max_minutes(ws.settings)):
        return None, TOO_LONG()
    if now >= session.expires_at:
        return None, EXPIRED(officer=session.officer, at=shown(ws, session.expires_at))
    return session, None


def shown(ws: Workstation, at: datetime) -> str:
    """A session time as people read it: the centre's zone, to the second."""
    return at.astimezone(ZoneInfo(ws.settings.centre_tz)).strftime("%Y-%m-%d %H:%M:%S")
