"""Centre-mode settings: the `[centre]` table of settings.toml (never a password) and timing defaults."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from workstation.store.db import normalise_url


@dataclass(frozen=True)
class SyncOptions:
    """How the desk talks to the centre. Seconds unless the name says otherwise."""

    url: str = ""  # postgresql://user@host[:port]/db — no password here
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
        return replace(cls(), **values)


def strip_password(url: str) -> tuple[str, str | None]:
    """(the URL without its password, the password or None)."""
    parsed = make_url(normalise_url(url))
    password = parsed.password
    clean = parsed.set(password=None).render_as_string(hide_password=False)
    return clean.replace("postgresql+psycopg://", "postgresql://", 1), (str(password) if password else None)


def with_password(url: str, password: str | None) -> str:
    parsed = make_url(normalise_url(url))
    return parsed.set(password=password).render_as_string(hide_password=False) if password else str(parsed)


def keyring_username(url: str) -> str:
    """How the password is filed in the keyring: user@host[:port]/db."""
    u = make_url(normalise_url(url))
    port = f":{u.port}" if u.port else ""
    return f"{u.username or ''}@{u.host or ''}{port}/{u.database or ''}"


_SECTION = re.compile(r"^\[centre\][^\n]*\n(?:(?!\[)[^\n]*\n?)*", re.MULTILINE)


def save_url(data_dir: Path, url: str) -> Path:
    """Write `[centre] url = …` into settings.toml, keeping everything else in the file."""
    clean, _ = strip_password(url)
    path = Path(data_dir) / "settings.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    text = _SECTION.sub("", text).rstrip("\n")
    section = f'[centre]\nurl = "{clean}"\n'
    path.write_text((text + "\n\n" if text else "") + section, encoding="utf-8")
    tomllib.loads(path.read_text(encoding="utf-8"))  # never leave a file the desk cannot read
    return path
