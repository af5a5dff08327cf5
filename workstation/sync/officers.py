"""Officers on the centre (中心账户): database login roles made by an admin through checked functions.

Each officer is a PostgreSQL LOGIN role named `ws_role_prefix() || username` (migration 0010). Passwords go to
the server as SCRAM-SHA-256 verifiers computed here, so the plain password never reaches the server's logs.
Desks read officers through the `officer_directory` view (no password hashes); every change of an officer
(role, active) gets a new `version` on the server, and a desk pulls the versions above the highest it has.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import unicodedata
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from workstation.store.models import Officer

ITERATIONS = 4096
DIRECTORY_COLUMNS = ("username", "display_name", "role", "badge_no", "active", "created_at", "version")


def role_name(prefix: str, username: str) -> str:
    """The database role an officer signs in as."""
    return f"{prefix}{username}"


def scram_verifier(password: str, *, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """What PostgreSQL stores for a SCRAM-SHA-256 password (RFC 5802/7677), as `CREATE ROLE … PASSWORD` takes it.

    The password is NFKC-normalised, as SASLprep does for everyday text (PostgreSQL applies SASLprep too).
    """
    salt = salt or os.urandom(16)
    normalised = unicodedata.normalize("NFKC", password).encode("utf-8")
    salted = hashlib.pbkdf2_hmac("sha256", normalised, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def role_prefix(session: Session) -> str:
    return str(session.scalar(text("SELECT ws_role_prefix()")))


def add(session: Session, username: str, display_name: str, role: str, password: str, badge_no: str = "") -> None:
    """Create an officer on the centre (the caller must be an admin, the database owner or a superuser)."""
    session.execute(text("SELECT ws_add_officer(:u, :d, :r, :v, :b)"),
                    {"u": username, "d": display_name, "r": role, "v": scram_verifier(password), "b": badge_no})


def set_role(session: Session, username: str, role: str) -> None:
    session.execute(text("SELECT ws_set_officer_role(:u, :r)"), {"u": username, "r": role})


def set_active(session: Session, username: str, active: bool) -> None:
    session.execute(text("SELECT ws_set_officer_active(:u, :a)"), {"u": username, "a": active})


def whoami(session: Session, officer: str | None) -> dict[str, Any]:
    row = session.execute(text("SELECT * FROM ws_whoami(:o)"), {"o": officer}).one()
    return dict(row._mapping)


def directory_since(server: Session, version: int) -> list[dict[str, Any]]:
    """Officers changed on the centre after `version` (the view carries no password hash)."""
    rows = server.execute(text(f"SELECT {', '.join(DIRECTORY_COLUMNS)} FROM officer_directory "
                               "WHERE version > :v ORDER BY version"), {"v": version})
    return [dict(r._mapping) for r in rows]


def local_version(local: Session) -> int:
    return int(local.scalar(select(func.max(Officer.version))) or 0)


def apply_directory(local: Session, rows: list[dict[str, Any]]) -> int:
    """Upsert the centre's officers on the desk: role, name, badge, active and version follow the centre; the
    password verifier cached at the officer's last online sign-in is kept (new officers have none yet)."""
    for row in rows:
        officer = local.get(Officer, row["username"])
        if officer is None:
            local.add(Officer(password_hash="", failed_logins=0, **row))
        else:
            for key in ("display_name", "role", "badge_no", "active", "version"):
                setattr(officer, key, row[key])
    return len(rows)
