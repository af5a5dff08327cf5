"""The one settings object: defaults, overridden by settings.toml in the data directory."""

from __future__ import annotations

import json
import os
import re
import socket
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from workstation.domain.types import WarningLevel


def default_data_dir() -> Path:
    """Where the desk keeps its database and drafts (WS_DATA_DIR overrides platformdirs)."""
    override = os.environ.get("WS_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("workstation", "anti-fraud-centre"))


#: What the forms print as the unit until a team lead or an admin sets the real one (a preview says so).
UNIT_PLACEHOLDER = "某市公安局反电信网络诈骗中心"


@dataclass(frozen=True)
class Settings:
    """Desk and centre settings. Times in minutes unless the name says otherwise."""

    data_dir: Path = field(default_factory=default_data_dir)
    db_url: str = ""
    desk_id: str = field(default_factory=socket.gethostname)
    centre_tz: str = "Asia/Shanghai"
    unit_name: str = UNIT_PLACEHOLDER  # the unit printed on every form and report (填报单位/受案单位)
    centre_hotline: str = "96110"
    # How long after the trigger a lead of each level must have been called.
    deadline_red: int = 20
    deadline_orange: int = 60
    deadline_yellow: int = 180
    retry_interval: int = 10  # "no answer" / "refused": try again after this long
    busy_retry_interval: int = 3  # a busy line: the person is probably talking to the scammer now
    max_attempts: int = 3  # then the lead goes to the local station
    callback_grace: int = 15  # minutes a "me" callback stays its officer's past its time, then anyone's
    lease_seconds: int = 60  # a claim's lease in centre mode
    due_soon: int = 10  # the queue shows "due soon" within this many minutes
    dedup_window_hours: int = 72  # the same person warned again for the same type joins the open lead
    lockout_attempts: int = 5  # failed sign-ins before the account is locked
    lockout_minutes: int = 15
    idle_lock_minutes: int = 10  # the desk locks itself after this long without input
    db_encryption: bool = False  # SQLCipher for the local file, key in the OS keyring (see SECURITY.md)
    language: str = ""  # the GUI's language when --lang does not say ("" = the default, zh_CN)
    printer: str = ""  # the printer forms go to unless the officer picks another ("" = the system's default)
    demo: bool = False  # a demo desk (its accounts have the published password): the title bar says so

    def __post_init__(self) -> None:
        if not self.db_url:
            object.__setattr__(self, "db_url", f"sqlite:///{Path(self.data_dir) / 'workstation.sqlite3'}")

    @property
    def is_new_desk(self) -> bool:
        """A desk never started: no database file yet, not a demo desk, no centre named in settings.toml.
        Cheap (nothing is opened), so the GUI shows its setup dialog at once instead of the sign-in."""
        if self.demo or not self.db_url.startswith("sqlite:///"):
            return False
        path = Path(self.data_dir) / SETTINGS_FILE
        if path.exists():
            with path.open("rb") as fh:
                if tomllib.load(fh).get("centre", {}).get("url"):
                    return False
        db = self.db_url.removeprefix("sqlite:///")
        return bool(db) and db != ":memory:" and not Path(db).exists()

    @property
    def unit_name_set(self) -> bool:
        """False while the forms would print the placeholder unit name (nobody has set the centre's own)."""
        return bool(self.unit_name.strip()) and self.unit_name.strip() != UNIT_PLACEHOLDER

    def deadline_minutes(self, level: WarningLevel) -> int:
        return {
            WarningLevel.RED: self.deadline_red,
            WarningLevel.ORANGE: self.deadline_orange,
            WarningLevel.YELLOW: self.deadline_yellow,
        }[level]

    @classmethod
    def load(cls, data_dir: Path | None = None, **overrides: Any) -> Settings:
        """Defaults, then data_dir/settings.toml, then explicit overrides (None values ignored)."""
        base = cls(data_dir=data_dir) if data_dir else cls()
        values: dict[str, Any] = {}
        path = Path(base.data_dir) / SETTINGS_FILE
        if path.exists():
            known = {f.name for f in fields(cls)}
            with path.open("rb") as fh:
                for key, value in tomllib.load(fh).items():
                    if key in known and key != "data_dir":
                        values[key] = value
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(base, **values)


SETTINGS_FILE = "settings.toml"
_TABLE = re.compile(r"^\s*\[")
_TOP_KEY = re.compile(r"^\s*(?P<key>[A-Za-z0-9_-]+)\s*=")


def toml_value(value: str | int | float | bool) -> str:
    """A scalar as TOML writes it (strings as JSON strings, which TOML reads the same)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)


def with_top_level(text: str, values: Mapping[str, str | int | float | bool]) -> str:
    """settings.toml's text with the top-level `values` set, everything else (comments, other keys, tables such
    as [centre]) kept as written. Top-level keys must come before the first table, so new ones go there."""
    lines = text.splitlines()
    first_table = next((i for i, line in enumerate(lines) if _TABLE.match(line)), len(lines))
    top, rest = lines[:first_table], lines[first_table:]
    kept = [line for line in top
            if not ((m := _TOP_KEY.match(line)) and m.group("key") in values)]
    while kept and not kept[-1].strip():
        kept.pop()
    kept.extend(f"{key} = {toml_value(value)}" for key, value in values.items())
    new = "\n".join(kept + ([""] if rest else []) + rest) + "\n"
    tomllib.loads(new)  # never leave a file the desk cannot read
    return new


def save_values(data_dir: Path, values: Mapping[str, str | int | float | bool]) -> Path:
    """Set top-level keys of data_dir/settings.toml (atomically, readable by its owner alone)."""
    from workstation.files import write_atomically

    path = Path(data_dir) / SETTINGS_FILE
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    write_atomically(path, with_top_level(text, values))
    return path
