"""An in-memory keyring backend for tests (headless Linux has no usable Secret Service)."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Passwords in a dict, keyed by (service, username), for the life of the process.

    Only used where set explicitly with ``keyring.set_keyring(MemoryKeyring())``: its priority raises, so
    keyring's own backend discovery never picks it (defining a backend class registers it there).
    """

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("test-only backend: set it with keyring.set_keyring()")

    def __init__(self) -> None:
        self._store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self._store[(service, username)]
        except KeyError:
            raise PasswordDeleteError(f"no password for {username!r} in {service!r}") from None

    def clear(self) -> None:
        self._store.clear()
