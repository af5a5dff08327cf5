"""The centre's password in the OS keyring (service "workstation", username user@host/db), never in a file.

keyring can block on a locked Secret Service: every call runs in a worker thread with a timeout, and a
timeout or a missing backend returns None so the caller can prompt for the password instead.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from typing import TypeVar

import keyring
import keyring.errors

from workstation.sync.options import keyring_username

SERVICE = "workstation"
T = TypeVar("T")


def _call(fn: Callable[[], T], timeout: float) -> T | None:
    pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="ws-keyring")
    try:
        return pool.submit(fn).result(timeout=timeout)
    except (concurrent.futures.TimeoutError, keyring.errors.KeyringError):
        return None
    finally:
        pool.shutdown(wait=False)  # a blocked keyring call must not block us


def get_password(url: str, timeout: float = 5.0) -> str | None:
    return _call(lambda: keyring.get_password(SERVICE, keyring_username(url)), timeout)


def set_password(url: str, password: str, timeout: float = 5.0) -> bool:
    """True once stored; False if the keyring is unavailable or did not answer in time."""
    def store() -> bool:
        keyring.set_password(SERVICE, keyring_username(url), password)
        return True

    return bool(_call(store, timeout))
