"""The unit name printed on the forms and reports (填报单位): set by a team lead or an admin, kept on the desk in
settings.toml (top-level `unit_name`), in force at once for this desk's forms. Until it is set the forms print
the placeholder (settings.UNIT_PLACEHOLDER) and the preview says so."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import replace
from pathlib import Path

from workstation.domain.outcome import FieldError
from workstation.domain.types import Role
from workstation.errors import InvalidInput
from workstation.files import write_atomically
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.security import audit
from workstation.services.auth import require_role
from workstation.services.context import Workstation
from workstation.settings import UNIT_PLACEHOLDER

MAX_UNIT_NAME = 60
UNIT_SET = "unit_name_set"  # the audit action

NEED_UNIT = message("unit.need_name", QT_TRANSLATE_NOOP("Messages", "Enter the unit's full name, as it is printed on the forms"))
UNIT_TOO_LONG = message("unit.too_long", QT_TRANSLATE_NOOP("Messages", "The unit name may have at most {limit} characters"))
UNIT_IS_PLACEHOLDER = message("unit.is_placeholder", QT_TRANSLATE_NOOP("Messages", "That is the placeholder name: enter your own unit's name"))

_HEADER = re.compile(r"^\s*\[")
_KEY = re.compile(r"^\s*unit_name\s*=")


def with_unit_name(text: str, name: str) -> str:
    """settings.toml's text with the top-level `unit_name` set to `name` (everything else kept as written)."""
    lines = text.splitlines()
    lines = [line for i, line in enumerate(lines)
             if not (_KEY.match(line) and not any(_HEADER.match(x) for x in lines[:i]))]
    first_table = next((i for i, line in enumerate(lines) if _HEADER.match(line)), len(lines))
    lines.insert(first_table, f"unit_name = {json.dumps(name, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def set_unit_name(ws: Workstation, username: str, name: str) -> str:
    """Set the unit name on this desk's forms (team leads and admins); returns it as kept."""
    require_role(ws, username, Role.LEAD, Role.ADMIN)
    name = " ".join(name.split())
    if not name:
        raise InvalidInput([FieldError("unit_name", NEED_UNIT())])
    if len(name) > MAX_UNIT_NAME:
        raise InvalidInput([FieldError("unit_name", UNIT_TOO_LONG(limit=MAX_UNIT_NAME))])
    if name == UNIT_PLACEHOLDER:
        raise InvalidInput([FieldError("unit_name", UNIT_IS_PLACEHOLDER())])
    path = Path(ws.settings.data_dir) / "settings.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = with_unit_name(path.read_text(encoding="utf-8") if path.exists() else "", name)
    tomllib.loads(text)  # never leave a file the desk cannot read
    write_atomically(path, text)
    before = ws.settings.unit_name
    ws.settings = replace(ws.settings, unit_name=name)
    audit.record(ws, username, UNIT_SET, "settings", {"before": before, "after": name})
    return name
