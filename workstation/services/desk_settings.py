"""What a centre tunes on a desk (设置), checked and kept in settings.toml: language, idle lock, retry intervals
and attempts, the de-duplication window, the printer, the time zone. The centre's connection has its own use
case (sync.connect), which the settings dialog opens.

Both faces call `change`: the GUI's settings dialog and `workstation settings set`. A change is in force at once
for everything that reads `ws.settings` when it acts (retries, de-duplication, printing, the lock's next check);
the language applies from the next start.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from workstation.desk import Workstation
from workstation.domain.outcome import FieldError
from workstation.domain.types import Role
from workstation.errors import InvalidInput
from workstation.messages import LANGUAGES, QT_TRANSLATE_NOOP, message
from workstation.security import audit
from workstation.services.auth import require_role
from workstation.services.setup import time_zone_errors
from workstation.settings import Settings, save_values

CHANGED = "settings_changed"  # the audit action

NOT_A_NUMBER = message("settings.not_a_number", QT_TRANSLATE_NOOP("Messages", "{name}: '{value}' is not a whole number"))
OUT_OF_RANGE = message("settings.out_of_range", QT_TRANSLATE_NOOP("Messages", "{name}: between {low} and {high}"))
UNKNOWN_SETTING = message("settings.unknown", QT_TRANSLATE_NOOP("Messages", "No setting '{name}' (settings: {names})"))
BAD_LANGUAGE = message("settings.bad_language", QT_TRANSLATE_NOOP("Messages", "language: one of {choices}, or empty for the default"))
BAD_PRINTER = message("settings.bad_printer", QT_TRANSLATE_NOOP("Messages", "printer: a printer's name of at most {limit} characters, or empty for the system's default"))
MAX_PRINTER = 120


@dataclass(frozen=True)
class Range:
    """A whole number a setting may take, inclusive."""

    low: int
    high: int


#: The settings a centre tunes here, in the order the dialog and `settings show` list them; whole numbers
#: carry their range (minutes unless the name says otherwise).
TUNABLE: dict[str, Range | None] = {
    "language": None,
    "idle_lock_minutes": Range(1, 240),
    "retry_interval": Range(1, 1440),
    "busy_retry_interval": Range(1, 1440),
    "max_attempts": Range(1, 20),
    "dedup_window_hours": Range(0, 720),
    "printer": None,
    "centre_tz": None,
}


def current(settings: Settings) -> dict[str, str | int]:
    """The tunable settings' values now."""
    return {name: getattr(settings, name) for name in TUNABLE}


def parse(values: Mapping[str, object]) -> tuple[dict[str, str | int], list[FieldError]]:
    """Values as typed (text from the command line, numbers from a spin box) turned into what Settings holds,
    with every problem at once (field names as the settings')."""
    out: dict[str, str | int] = {}
    errors: list[FieldError] = []
    for name, raw in values.items():
        if name not in TUNABLE:
            errors.append(FieldError(name, UNKNOWN_SETTING(name=name, names=", ".join(TUNABLE))))
            continue
        limits = TUNABLE[name]
        if limits is None:
            out[name] = str(raw).strip()
            continue
        try:
            number = int(str(raw).strip()) if not isinstance(raw, int) else raw
        except ValueError:
            errors.append(FieldError(name, NOT_A_NUMBER(name=name, value=raw)))
            continue
        if not limits.low <= number <= limits.high:
            errors.append(FieldError(name, OUT_OF_RANGE(name=name, low=limits.low, high=limits.high)))
            continue
        out[name] = number
    if "language" in out and out["language"] not in ("", *LANGUAGES):
        errors.append(FieldError("language", BAD_LANGUAGE(choices=", ".join(LANGUAGES))))
    if "printer" in out and (len(str(out["printer"])) > MAX_PRINTER or any(c in str(out["printer"]) for c in "\n\r\t")):
        errors.append(FieldError("printer", BAD_PRINTER(limit=MAX_PRINTER)))
    if "centre_tz" in out:
        errors += time_zone_errors(str(out["centre_tz"]))
    return out, errors


def change(ws: Workstation, by: str, values: Mapping[str, object]) -> dict[str, str | int]:
    """Set some of the tunable settings (admins): checked all at once (InvalidInput writes nothing), kept in
    settings.toml, in force on this desk at once, audited with before and after. Returns what changed."""
    require_role(ws, by, Role.ADMIN)
    parsed, errors = parse(values)
    if errors:
        raise InvalidInput(errors)
    before = current(ws.settings)
    changed = {name: value for name, value in parsed.items() if before[name] != value}
    if not changed:
        return {}
    save_values(Path(ws.settings.data_dir), changed)
    ws.settings = replace(ws.settings, **changed)  # type: ignore[arg-type]  # parse() gives each tunable its field's type (str or int)
    audit.record(ws, by, CHANGED, "settings", {"before": {k: before[k] for k in changed}, "after": changed})
    return changed
