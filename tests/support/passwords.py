"""Each test password hashed once per test process: a fixture staffing a desk hashed three or four at 40 ms
each (scrypt at the desk's cost), 0.1-0.2 s of every desk test's setup. The hashes stay real ones; officers
of one password share a salt, which no test reads."""

from __future__ import annotations

from functools import cache

from workstation.services import auth


@cache
def hashed(password: str) -> str:
    return auth.hash_password(password)
