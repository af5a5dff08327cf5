"""The idle lock (离开锁屏): the desk locks itself after a configurable time without input.

Pure policy: the UI feeds it the time of the last input and asks whether to lock. Locking hides the
screen behind a sign-in prompt; it never closes forms, so the work in progress (drafts) stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

DEFAULT_IDLE_MINUTES = 10


@dataclass(frozen=True, slots=True)
class IdlePolicy:
    """Lock after `minutes` without input; 0 turns the idle lock off."""

    minutes: float = DEFAULT_IDLE_MINUTES

    @classmethod
    def from_settings(cls, settings: Any) -> IdlePolicy:
        """From Settings.idle_lock_minutes where it exists, else the default."""
        return cls(max(0.0, float(getattr(settings, "idle_lock_minutes", DEFAULT_IDLE_MINUTES))))

    @property
    def enabled(self) -> bool:
        return self.minutes > 0

    def should_lock(self, last_activity: datetime, now: datetime) -> bool:
        """True once `minutes` have passed since the last input (a clock moved backwards never locks)."""
        return self.enabled and now - last_activity >= timedelta(minutes=self.minutes)

    def locks_at(self, last_activity: datetime) -> datetime | None:
        """When the desk will lock if nothing happens (for a timer), or None when disabled."""
        return last_activity + timedelta(minutes=self.minutes) if self.enabled else None

    def remaining(self, last_activity: datetime, now: datetime) -> timedelta | None:
        """Time left before locking (never negative), or None when disabled."""
        at = self.locks_at(last_activity)
        return None if at is None else max(timedelta(0), at - now)
