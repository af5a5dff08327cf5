"""Setting a new desk up for real use (首次设置): the centre's name and time zone, and — on a standalone desk —
the first admin, with a password the person chooses. Demo accounts exist only on a demo desk (demo.seed).

Both faces call `set_up_desk`: the GUI's setup dialog (ui/setup_dialog.py) and `workstation setup`. A desk
connected to a centre gets its officers from the centre (its installer made the first admin there), so it is
set up without one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from workstation.desk import Workstation
from workstation.domain.outcome import FieldError
from workstation.domain.types import Role
from workstation.errors import Conflict, InvalidInput
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.security import audit
from workstation.services import auth
from workstation.services.auth import OfficerInfo
from workstation.services.unit import clean_unit_name, unit_name_errors
from workstation.settings import save_values

SET_UP = "desk_set_up"  # the audit action

ALREADY_SET_UP = message("setup.already", QT_TRANSLATE_NOOP("Messages", "This desk is set up already: it has accounts. An admin adds officers (workstation officers add)"))
NEED_ADMIN = message("setup.need_admin", QT_TRANSLATE_NOOP("Messages", "A standalone desk needs its first admin: a user name, a name and a password"))
BAD_TIME_ZONE = message("setup.bad_time_zone", QT_TRANSLATE_NOOP("Messages", "Unknown time zone '{zone}' (e.g. Asia/Shanghai)"))
BAD_TIME_ZONE_NEAR = message("setup.bad_time_zone_near", QT_TRANSLATE_NOOP("Messages", "Unknown time zone '{zone}': did you mean {near}?"))
CENTRE_HAS_ADMINS = message("setup.centre_has_admins", QT_TRANSLATE_NOOP("Messages", "A desk connected to a centre takes its officers from the centre: its first admin is made there, not on the desk"))
PASSWORDS_DIFFER = message("setup.passwords_differ", QT_TRANSLATE_NOOP("Messages", "The two passwords differ"))


@dataclass(frozen=True)
class FirstAdmin:
    """The first admin of a standalone desk, as the person setting it up typed them."""

    username: str
    display_name: str
    password: str
    badge_no: str = ""


def needs_setup(ws: Workstation) -> bool:
    """The open desk has no account to sign in with and is neither a demo desk nor a centre's."""
    return not ws.settings.demo and ws.centre is None and not auth.officers(ws)


def time_zone_errors(zone: str) -> list[FieldError]:
    try:
        ZoneInfo(zone.strip())
    except (ZoneInfoNotFoundError, ValueError):
        near = _nearest_zone(zone.strip())
        return [FieldError("centre_tz", BAD_TIME_ZONE_NEAR(zone=zone, near=near) if near
                           else BAD_TIME_ZONE(zone=zone))]
    return []


def _nearest_zone(zone: str) -> str | None:
    """The IANA name a mistyped one most likely meant ("asia/shanghai", "Asia/Shanghia"), or None."""
    import difflib
    from zoneinfo import available_timezones

    if not zone:
        return None
    names = {name.lower(): name for name in available_timezones()}
    close = difflib.get_close_matches(zone.lower(), list(names), n=1, cutoff=0.8)
    return names[close[0]] if close else None


def setup_errors(ws: Workstation, unit_name: str, centre_tz: str, admin: FirstAdmin | None) -> list[FieldError]:
    """Every field's problem at once (field names: unit_name, centre_tz, admin, username, display_name,
    badge_no, password), so a form marks them all; empty when the desk can be set up."""
    errors = unit_name_errors(unit_name) + time_zone_errors(centre_tz)
    if admin is None:
        if ws.centre is None:
            errors.append(FieldError("admin", NEED_ADMIN()))
    elif ws.centre is not None:
        errors.append(FieldError("admin", CENTRE_HAS_ADMINS()))
    else:
        errors += auth.new_officer_errors(admin.username.strip(), admin.display_name.strip(), admin.password,
                                          admin.badge_no.strip())
    return errors


def set_up_desk(ws: Workstation, *, unit_name: str, centre_tz: str,
                admin: FirstAdmin | None = None) -> OfficerInfo | None:
    """Set a desk up once: the unit's name and time zone into settings.toml (in force at once), and on a
    standalone desk its first admin. Refused (Conflict) on a desk that has accounts; InvalidInput, with every
    field's problem, writes nothing. Returns the admin made (None on a centre's desk). Audited."""
    if auth.officers(ws):
        raise Conflict(ALREADY_SET_UP())
    errors = setup_errors(ws, unit_name, centre_tz, admin)
    if errors:
        raise InvalidInput(errors)
    unit_name, centre_tz = clean_unit_name(unit_name), centre_tz.strip()
    made = None
    if admin is not None:  # first: a refused account (taken on the centre meanwhile) leaves the file as it was
        made = auth.add_officer(ws, admin.username.strip(), admin.display_name.strip(), Role.ADMIN,
                                admin.password, admin.badge_no.strip())
    save_values(Path(ws.settings.data_dir), {"unit_name": unit_name, "centre_tz": centre_tz})
    ws.settings = replace(ws.settings, unit_name=unit_name, centre_tz=centre_tz)
    audit.record(ws, made.username if made else "system", SET_UP, "settings",
                 {"unit_name": unit_name, "centre_tz": centre_tz, "admin": made.username if made else None})
    return made
