"""Urgency (紧急程度): one time-invariant sort key per lead.

Every lead's remaining time shrinks at the same rate, so "most urgent now" is the same order as
"earliest effective deadline": the deadline pulled forward by the warning level and the amount at risk.
That key (`rank_at`) is stored and indexed; the queue never recomputes scores per row.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from decimal import Decimal

from workstation.domain.types import WarningLevel

LEVEL_PULL = {WarningLevel.RED: timedelta(minutes=30), WarningLevel.ORANGE: timedelta(minutes=10),
              WarningLevel.YELLOW: timedelta(0)}
# Money already gone: the stop-payment goes before everything else.
STOP_PAYMENT_PULL = timedelta(days=1)


def amount_pull(amount: Decimal) -> timedelta:
    """Up to an hour earlier for large amounts: ¥10,000 ≈ 12 min, ¥1,000,000 ≈ 36 min."""
    if amount <= 0:
        return timedelta(0)
    minutes = min(60.0, 12.0 * math.log10(1.0 + float(amount) / 1000.0))
    return timedelta(minutes=round(minutes, 3))


def rank_at(due_at: datetime, level: WarningLevel, amount: Decimal) -> datetime:
    return due_at - LEVEL_PULL[level] - amount_pull(amount)


def deadline_at(triggered_at: datetime, deadline_minutes: int) -> datetime:
    return triggered_at + timedelta(minutes=deadline_minutes)
