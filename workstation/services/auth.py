"""Officers and sign-in. Passwords are hashed with scrypt (a standard memory-hard KDF, in the stdlib)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select

from workstation.domain.outcome import FieldError
from workstation.domain.types import Role
from workstation.errors import AuthError, InvalidInput, NotAllowed
from workstation.services.context import Workstation
from workstation.store.models import Officer

_N, _R, _P = 2**14, 8, 1


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


def add_officer(ws: Workstation, username: str, display_name: str, role: Role, password: str,
                badge_no: str = "") -> OfficerInfo:
    if not username.strip() or len(password) < 8:
        raise InvalidInput([FieldError("password", "用户名不能为空，密码至少 8 位 (password: 8 characters or more)")])
    with ws.unit_of_work() as session:
        officer = Officer(username=username, display_name=display_name, role=role.value,
                          password_hash=hash_password(password), badge_no=badge_no, created_at=ws.clock.now())
        session.add(officer)
        return _info(officer)


def sign_in(ws: Workstation, username: str, password: str) -> OfficerInfo:
    """Check a password; the same message whether the user or the password was wrong."""
    with ws.unit_of_work() as session:
        officer = session.get(Officer, username.strip())
        if officer is None or not officer.active or not verify_password(password, officer.password_hash):
            if officer is not None:
                officer.failed_logins += 1
            raise AuthError("用户名或密码错误 (wrong user name or password)")
        officer.failed_logins = 0
        return _info(officer)


def officers(ws: Workstation) -> list[OfficerInfo]:
    with ws.sessions() as session:
        return [_info(o) for o in session.scalars(select(Officer).order_by(Officer.username))]


def get(ws: Workstation, username: str) -> OfficerInfo | None:
    with ws.sessions() as session:
        o = session.get(Officer, username)
        return None if o is None else _info(o)


def require_role(ws: Workstation, username: str, *roles: Role) -> OfficerInfo:
    """The officer, if they hold one of `roles`; else NotAllowed. Services call this, not only the UI."""
    info = get(ws, username)
    if info is None:
        raise NotAllowed(f"未知用户 '{username}' (unknown user)")
    if info.role not in roles:
        wanted = "/".join(r.value for r in roles)
        raise NotAllowed(f"{info.display_name} 无权执行此操作，需要角色 {wanted} (not allowed for role {info.role})")
    return info
