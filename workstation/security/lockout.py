"""Sign-in lockout (账户锁定): after N failed sign-ins in a row an account is locked for M minutes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

DEFAULT_ATTEMPTS = 5
DEFAULT_MINUTES = 15


@dataclass(frozen=True, slots=True)
class LockoutPolicy:
    """How many failed sign-ins in a row lock an account (`attempts`), and for how long (`minutes`)."""

    attempts: int = DEFAULT_ATTEMPTS
    minutes: int = DEFAULT_MINUTES

    @classmethod
    def from_settings(cls, settings: Any) -> LockoutPolicy:
        """From Settings.lockout_attempts / lockout_minutes where they exist, else the defaults."""
        attempts = int(getattr(settings, "lockout_attempts", DEFAULT_ATTEMPTS))
        minutes = int(getattr(settings, "lockout_minutes", DEFAULT_MINUTES))
        return cls(max(1, attempts), max(1, minutes))

    def locks_after(self, failed_in_a_row: int) -> bool:
        return failed_in_a_row >= self.attempts

    def locked_until(self, now: datetime) -> datetime:
        return now + timedelta(minutes=self.minutes)

    @staticmethod
    def is_locked(locked_until: datetime | None, now: datetime) -> bool:
        return locked_until is not None and now < locked_until
