"""The unit name printed on the forms and reports (填报单位): set by a team lead or an admin, kept on the desk in
settings.toml (top-level `unit_name`), in force at once for this desk's forms. Until it is set the forms print
the placeholder (settings.UNIT_PLACEHOLDER) and the preview says so."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from workstation.desk import Workstation
from workstation.domain.outcome import FieldError
from workstation.domain.types import Role
from workstation.errors import InvalidInput
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.security import audit
from workstation.services.auth import require_role
from workstation.settings import UNIT_PLACEHOLDER, save_values

MAX_UNIT_NAME = 60
UNIT_SET = "unit_name_set"  # the audit action

NEED_UNIT = message("unit.need_name", QT_TRANSLATE_NOOP("Messages", "Enter the unit's full name, as it is printed on the forms"))
UNIT_TOO_LONG = message("unit.too_long", QT_TRANSLATE_NOOP("Messages", "The unit name may have at most {limit} characters"))
UNIT_IS_PLACEHOLDER = message("unit.is_placeholder", QT_TRANSLATE_NOOP("Messages", "That is the placeholder name: enter your own unit's name"))

def clean_unit_name(name: str) -> str:
    """The name as kept: inner runs of white space made one space."""
    return " ".join(name.split())


def unit_name_errors(name: str) -> list[FieldError]:
    """What is wrong with a unit name (cleaned first); empty when nothing is."""
    name = clean_unit_name(name)
    if not name:
        return [FieldError("unit_name", NEED_UNIT())]
    if len(name) > MAX_UNIT_NAME:
        return [FieldError("unit_name", UNIT_TOO_LONG(limit=MAX_UNIT_NAME))]
    if name == UNIT_PLACEHOLDER:
        return [FieldError("unit_name", UNIT_IS_PLACEHOLDER())]
    return []


def set_unit_name(ws: Workstation, username: str, name: str) -> str:
    """Set the unit name on this desk's forms (team leads and admins); returns it as kept."""
    require_role(ws, username, Role.LEAD, Role.ADMIN)
    name = clean_unit_name(name)
    errors = unit_name_errors(name)
    if errors:
        raise InvalidInput(errors)
    save_values(Path(ws.settings.data_dir), {"unit_name": name})
    before = ws.settings.unit_name
    ws.settings = replace(ws.settings, unit_name=name)
    audit.record(ws, username, UNIT_SET, "settings", {"before": before, "after": name})
    return name
