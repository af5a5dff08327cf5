"""Officers and sign-in. Passwords are hashed with scrypt (a standard memory-hard KDF, in the stdlib)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.desk import Workstation
from workstation.domain.outcome import FieldError
from workstation.domain.types import Role
from workstation.errors import AuthError, Conflict, InvalidInput, NotAllowed, NotFound, Offline
from workstation.messages import QT_TRANSLATE_NOOP, Msg, message
from workstation.security import audit
from workstation.security.audit import AuditAction
from workstation.security.lockout import LockoutPolicy
from workstation.security.roles import ALLOWED, Permission
from workstation.store.models import Officer
from workstation.store.models_audit import SignInState

_N, _R, _P = 2**14, 8, 1
SIGN_OUT = "sign_out"  # an audit action of our own (AuditAction takes plain strings too)
MIN_PASSWORD = 8
# What the centre's ws_add_officer accepts (a user name is also part of a PostgreSQL role name there).
USERNAME_MAX, MAX_DISPLAY_NAME, MAX_BADGE_NO = 32, 64, 16
USERNAME = re.compile(rf"[A-Za-z0-9_.-]{{1,{USERNAME_MAX}}}")
WRONG = message("auth.wrong_password", QT_TRANSLATE_NOOP("Messages", "Wrong user name or password"))()
BAD_USERNAME = message("auth.bad_username", QT_TRANSLATE_NOOP("Messages", "User name: 1 to {limit} letters, digits, _ . or -"))
BAD_DISPLAY_NAME = message("auth.bad_display_name", QT_TRANSLATE_NOOP("Messages", "Name: 1 to {limit} characters"))
BAD_BADGE_NO = message("auth.bad_badge_no", QT_TRANSLATE_NOOP("Messages", "Badge number: up to {limit} characters"))
SHORT_PASSWORD = message("auth.short_password", QT_TRANSLATE_NOOP("Messages", "Password: {limit} characters or more"))
OFFICER_EXISTS = message("auth.officer_exists", QT_TRANSLATE_NOOP("Messages", "Officer {username} already exists"))
CENTRE_NEEDS_PASSWORD = message("auth.centre_needs_password", QT_TRANSLATE_NOOP("Messages", "The centre needs your password again: sign in with --password-stdin or `workstation login`"))
ACCOUNT_LOCKED = message("auth.account_locked", QT_TRANSLATE_NOOP("Messages", "Too many failed sign-ins: the account is locked until {until}. Try again later or ask an admin to unlock it"))
NO_SUCH_OFFICER = message("auth.no_such_officer", QT_TRANSLATE_NOOP("Messages", "No such officer '{username}'"))
LAST_ADMIN_ROLE = message("auth.last_admin_role", QT_TRANSLATE_NOOP("Messages", "The last admin cannot give up the admin role"))
LAST_ADMIN_ACTIVE = message("auth.last_admin_active", QT_TRANSLATE_NOOP("Messages", "The last admin cannot be disabled"))
UNKNOWN_USER = message("auth.unknown_user", QT_TRANSLATE_NOOP("Messages", "Unknown user '{username}'"))
NOT_ALLOWED = message("auth.not_allowed", QT_TRANSLATE_NOOP("Messages", "{name} may not do this: it needs the role {roles}"))
# Checked against for unknown users, so a wrong user name takes as long as a wrong password.
_DUMMY_HASH = "scrypt$16384$8$1$d29ya3N0YXRpb24tZHVtbQ==$Q1KEYu5rVqVSFVHL060BVIM1X2VmeuhtJUJdUPa5JVo="


class AccountLocked(AuthError):
    """Too many failed sign-ins: the message says until when the account is locked."""


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt_b64), n=int(n), r=int(r), p=int(p),
                            dklen=32)
    return hmac.compare_digest(digest, base64.b64decode(digest_b64))


@dataclass(frozen=True, slots=True)
class OfficerInfo:
    username: str
    display_name: str
    role: Role
    badge_no: str


def _info(o: Officer) -> OfficerInfo:
    return OfficerInfo(o.username, o.display_name, Role(o.role), o.badge_no)


def new_officer_errors(username: str, display_name: str, password: str, badge_no: str = "") -> list[FieldError]:
    """What is wrong with a new officer's fields, one FieldError per field (field names as add_officer's
    parameters); empty when nothing is. The same rules as the centre's, so a desk refuses what it would."""
    errors: list[FieldError] = []
    if not USERNAME.fullmatch(username):
        errors.append(FieldError("username", BAD_USERNAME(limit=USERNAME_MAX)))
    if not display_name.strip() or len(display_name) > MAX_DISPLAY_NAME:
        errors.append(FieldError("display_name", BAD_DISPLAY_NAME(limit=MAX_DISPLAY_NAME)))
    if len(badge_no) > MAX_BADGE_NO:
        errors.append(FieldError("badge_no", BAD_BADGE_NO(limit=MAX_BADGE_NO)))
    if len(password) < MIN_PASSWORD:
        errors.append(FieldError("password", SHORT_PASSWORD(limit=MIN_PASSWORD)))
    return errors


def add_officer(ws: Workstation, username: str, display_name: str, role: Role, password: str,
                badge_no: str = "", *, by: str | None = None, password_hash: str | None = None) -> OfficerInfo:
    """Create an officer. `by` (an admin) is required except when seeding a new desk; audited either way.

    `password_hash` is `hash_password(password)` already made, for a desk seeding many accounts with one known
    password (the demo's eighteen: one scrypt instead of eighteen, 0.7 s of a first start). It is not checked
    against `password`; a centre makes its own verifier from the password."""
    if by is not None:
        _require_admin(ws, by)
    errors = new_officer_errors(username, display_name, password, badge_no)
    if errors:
        raise InvalidInput(errors)
    if ws.centre is not None and by is not None:  # the centre makes the officer's database role
        ws.centre.add_officer(by, username, display_name, role.value, password, badge_no)
        with ws.unit_of_work() as session:
            audit.record(session, by, AuditAction.OFFICER_ADDED, username, {"role": role.value, "centre": True},
                         desk=ws.desk, at=ws.clock.now())
        info = get(ws, username)
        assert info is not None
        return info
    with ws.unit_of_work() as session:
        if session.get(Officer, username) is not None:
            raise Conflict(OFFICER_EXISTS(username=username))
        officer = Officer(username=username, display_name=display_name, role=role.value,
                          password_hash=password_hash or hash_password(password), badge_no=badge_no, created_at=ws.clock.now())
        session.add(officer)
        session.flush()
        audit.record(session, by or "system", AuditAction.OFFICER_ADDED, username, {"role": role.value},
                     desk=ws.desk, at=ws.clock.now())
        return _info(officer)


def sign_in(ws: Workstation, username: str, password: str) -> OfficerInfo:
    """Check a password; the same message whether the user or the password was wrong.

    On a connected desk the centre decides: the desk signs in there as the officer's own database role, and
    keeps a verifier of the password (scrypt) for signing in offline, as domain logons cache credentials;
    role, name and active come from the centre. Offline, or on a standalone desk, the local verifier decides.
    Every attempt is audited. After `lockout_attempts` failures in a row the account is locked for
    `lockout_minutes`; while locked, sign-in is refused (with the time it opens again) without checking.
    """
    name = username.strip()
    now = ws.clock.now()
    policy = LockoutPolicy.from_settings(ws.settings)
    with ws.sessions() as session:
        state = session.get(SignInState, name)
        locked = state is not None and policy.is_locked(state.locked_until, now)
    online: dict[str, object] | None = None
    refused_online = False
    if ws.centre is not None and not locked:
        try:
            online = ws.centre.sign_in(name, password)
        except AuthError:
            refused_online = True
        except Offline:
            online = None
    with ws.unit_of_work() as session:
        officer = session.get(Officer, name)
        if online is not None:
            officer = _cache_verifier(ws, session, officer, online, password)
        state = session.get(SignInState, name) if officer is not None else None
        if state is not None and policy.is_locked(state.locked_until, now):
            assert state.locked_until is not None
            _audit(ws, session, name, AuditAction.SIGN_IN_REFUSED, {"locked_until": state.locked_until})
            error: AuthError = AccountLocked(_locked_message(ws, state.locked_until))
        elif refused_online or (online is None and not verify_password(
                password, officer.password_hash if officer else _DUMMY_HASH)) or not (officer and officer.active):
            error = _failed(ws, session, name, officer, state, policy, now)
        else:
            officer.failed_logins = 0
            if state is not None:
                state.locked_until = None
            details: dict[str, object] = {"role": officer.role}
            if ws.centre is not None:
                details["centre"] = online is not None
            _audit(ws, session, name, AuditAction.SIGN_IN, details)
            return _info(officer)
    # Raised after the block, so the failure count and the audit entries are committed.
    raise error


def sign_out(ws: Workstation, username: str) -> None:
    """The officer leaves the desk (the GUI's Sign out or Switch user): audited; their drafts and the leads they
    hold stay as they are."""
    with ws.unit_of_work() as session:
        _audit(ws, session, username, SIGN_OUT, {})


def resume(ws: Workstation, username: str) -> OfficerInfo:
    """Take up a sign-in made earlier (a CLI session saved after `workstation login`): the officer must still be
    active, and on a connected desk the centre must let their role in without a typed password — through
    libpq's own credentials (.pgpass, PGPASSWORD, a service file, a client certificate). Offline the saved
    session stands. AuthError when the centre refuses (sign in again)."""
    info = get(ws, username)
    if info is None or not _is_active(ws, username):
        raise AuthError(WRONG)
    if ws.centre is not None:
        try:
            ws.centre.sign_in(username, None)
        except Offline:
            pass
        except AuthError:
            raise AuthError(CENTRE_NEEDS_PASSWORD()) from None
    return info


def _is_active(ws: Workstation, username: str) -> bool:
    with ws.sessions() as session:
        officer = session.get(Officer, username)
        return officer is not None and officer.active


def _cache_verifier(ws: Workstation, session: Session, officer: Officer | None, online: dict[str, object],
                    password: str) -> Officer:
    """The desk's copy of an officer the centre just signed in: the centre's role, name and active, and a
    verifier of this password for offline sign-in (rehashed only when it changed)."""
    if officer is None:
        officer = Officer(username=str(online["username"]), password_hash="", failed_logins=0,
                          created_at=ws.clock.now())
        session.add(officer)
    # Not `version`: the desk's highest version is its cursor into the centre's directory (sync_officers).
    for key in ("display_name", "role", "badge_no", "active"):
        if key in online:
            setattr(officer, key, online[key])
    if not verify_password(password, officer.password_hash or _DUMMY_HASH):
        officer.password_hash = hash_password(password)
    return officer


def _failed(ws: Workstation, session: Session, name: str, officer: Officer | None, state: SignInState | None,
            policy: LockoutPolicy, now: datetime) -> AuthError:
    reason = "unknown_user" if officer is None else "inactive" if not officer.active else "wrong_password"
    if officer is None:
        _audit(ws, session, name, AuditAction.SIGN_IN_FAILED, {"reason": reason})
        return AuthError(WRONG)
    officer.failed_logins += 1
    if state is None:
        state = SignInState(username=name)
        session.add(state)
    state.last_failed_at = now
    _audit(ws, session, name, AuditAction.SIGN_IN_FAILED, {"reason": reason, "failed": officer.failed_logins})
    if not policy.locks_after(officer.failed_logins):
        return AuthError(WRONG)
    state.locked_until = policy.locked_until(now)
    _audit(ws, session, name, AuditAction.ACCOUNT_LOCKED,
           {"failed": officer.failed_logins, "locked_until": state.locked_until})
    officer.failed_logins = 0  # the next failures after the lock count from zero again
    return AccountLocked(_locked_message(ws, state.locked_until))


def _locked_message(ws: Workstation, until: datetime) -> Msg:
    local = until.astimezone(ZoneInfo(ws.settings.centre_tz)).strftime("%Y-%m-%d %H:%M")
    return ACCOUNT_LOCKED(until=local)


def _audit(ws: Workstation, session: Session, actor: str, action: AuditAction | str, details: dict[str, object],
           target: str | None = None) -> None:
    audit.record(session, actor, action, target if target is not None else actor, details, desk=ws.desk,
                 at=ws.clock.now())


def locked_until(ws: Workstation, username: str) -> datetime | None:
    """When a locked account opens again, or None if it is not locked now."""
    with ws.sessions() as session:
        state = session.get(SignInState, username)
        if state is None or not LockoutPolicy.is_locked(state.locked_until, ws.clock.now()):
            return None
        return state.locked_until


def unlock(ws: Workstation, by: str, username: str) -> None:
    """An admin lifts a lockout before its time (audited)."""
    _require_admin(ws, by)
    with ws.unit_of_work() as session:
        officer = session.get(Officer, username)
        if officer is None:
            raise NotFound(NO_SUCH_OFFICER(username=username))
        officer.failed_logins = 0
        state = session.get(SignInState, username)
        if state is not None:
            state.locked_until = None
        _audit(ws, session, by, AuditAction.ACCOUNT_UNLOCKED, {}, target=username)


def set_role(ws: Workstation, by: str, username: str, role: Role) -> OfficerInfo:
    """Change an officer's role (admin only; audited). The last active admin cannot give up the role."""
    _require_admin(ws, by)
    role = Role(role)
    if ws.centre is not None:  # the centre decides and versions the change; the desk pulls it
        ws.centre.set_role(by, username, role.value)
        with ws.unit_of_work() as session:
            _audit(ws, session, by, AuditAction.ROLE_CHANGED, {"to": role.value, "centre": True}, target=username)
        info = get(ws, username)
        if info is None:
            raise NotFound(NO_SUCH_OFFICER(username=username))
        return info
    with ws.unit_of_work() as session:
        officer = session.get(Officer, username)
        if officer is None:
            raise NotFound(NO_SUCH_OFFICER(username=username))
        before = officer.role
        if before == role.value:
            return _info(officer)
        if before == Role.ADMIN.value and role is not Role.ADMIN:
            admins = session.scalar(select(func.count()).select_from(Officer).where(
                Officer.role == Role.ADMIN.value, Officer.active.is_(True)))
            if (admins or 0) <= 1:
                raise NotAllowed(LAST_ADMIN_ROLE())
        officer.role = role.value
        _audit(ws, session, by, AuditAction.ROLE_CHANGED, {"from": before, "to": role.value}, target=username)
        return _info(officer)


def set_active(ws: Workstation, by: str, username: str, active: bool) -> None:
    """Disable an officer or enable them again (admin only; audited). On a connected desk the centre does it:
    a disabled officer's database role can no longer log in and their open sessions end."""
    _require_admin(ws, by)
    if ws.centre is not None:
        ws.centre.set_active(by, username, active)
    else:
        with ws.unit_of_work() as session:
            officer = session.get(Officer, username)
            if officer is None:
                raise NotFound(NO_SUCH_OFFICER(username=username))
            if not active and officer.role == Role.ADMIN.value and (session.scalar(
                    select(func.count()).select_from(Officer).where(
                        Officer.role == Role.ADMIN.value, Officer.active.is_(True))) or 0) <= 1:
                raise NotAllowed(LAST_ADMIN_ACTIVE())
            officer.active = active
    with ws.unit_of_work() as session:
        _audit(ws, session, by, AuditAction.ROLE_CHANGED, {"active": active}, target=username)


def _require_admin(ws: Workstation, username: str) -> OfficerInfo:
    return require_role(ws, username, Role.ADMIN)


def officers(ws: Workstation) -> list[OfficerInfo]:
    with ws.sessions() as session:
        return [_info(o) for o in session.scalars(select(Officer).order_by(Officer.username))]


@dataclass(frozen=True, slots=True)
class RosterRow:
    """One officer in the admin's list (民警名册): who they are, whether they may sign in (`active`) and, while
    their account is locked after failed sign-ins on this desk, until when (`locked_until`, else None)."""

    username: str
    display_name: str
    role: Role
    badge_no: str
    active: bool
    locked_until: datetime | None


def roster(ws: Workstation) -> list[RosterRow]:
    """Every officer this desk knows, by user name, with the active flag and the lockout state in one query."""
    now = ws.clock.now()
    query = (select(Officer, SignInState.locked_until)
             .outerjoin(SignInState, SignInState.username == Officer.username).order_by(Officer.username))
    with ws.sessions() as session:
        return [RosterRow(o.username, o.display_name, Role(o.role), o.badge_no, o.active,
                          until if LockoutPolicy.is_locked(until, now) else None)
                for o, until in session.execute(query)]


def get(ws: Workstation, username: str) -> OfficerInfo | None:
    with ws.sessions() as session:
        o = session.get(Officer, username)
        return None if o is None else _info(o)


def require_role(ws: Workstation, username: str, *roles: Role) -> OfficerInfo:
    """The officer, if they hold one of `roles`; else NotAllowed. Services call this, not only the UI."""
    with ws.sessions() as session:
        officer = session.get(Officer, username)
        info = None if officer is None or not officer.active else _info(officer)
    if info is None:
        raise NotAllowed(UNKNOWN_USER(username=username))
    if info.role not in roles:
        wanted = "/".join(r.value for r in roles)
        raise NotAllowed(NOT_ALLOWED(name=info.display_name, roles=wanted))
    return info


def authorize(ws: Workstation, username: str | None, permission: Permission) -> OfficerInfo:
    """The officer, if their role grants `permission` (security.roles.ALLOWED); else NotAllowed (also for no
    or an unknown user)."""
    return require_role(ws, username or "", *ALLOWED[permission])
