"""Each test password hashed once per test process: a fixture staffing a desk hashed three or four at 40 ms
each (scrypt at the desk's cost), 0.1-0.2 s of every desk test's setup. The hashes stay real ones; officers
of one password share a salt, which no test reads."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from workstation.services import auth

if TYPE_CHECKING:
    from workstation.desk import Workstation
    from workstation.domain.types import Role


@cache
def hashed(password: str) -> str:
    return auth.hash_password(password)


def add_officer(ws: Workstation, username: str, display_name: str, role: Role, password: str) -> auth.OfficerInfo:
    """`auth.add_officer` for a fixture: the password's hash is made once, not once per officer and test."""
    return auth.add_officer(ws, username, display_name, role, password, password_hash=hashed(password))
