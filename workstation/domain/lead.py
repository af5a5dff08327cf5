"""What a warning lead (预警线索) is made of when it enters the workstation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from workstation.domain.types import ScamType, TriggerKind, WarningLevel


@dataclass(frozen=True, slots=True)
class NewLead:
    """A lead as received from the platform, a partner file or the demo set, already validated.

    phone: normalised — mobiles as 11 digits ("13812345678"), landlines as "0AAA-NNNNNNN" / "0AA-NNNNNNNN".
    id_number: an 18-character resident ID (GB 11643) or None.
    triggered_at: timezone-aware, the moment of the triggering event (the countdown starts here).
    amount_at_risk: yuan, >= 0, two decimals.
    """

    person_name: str
    phone: str
    scam_type: ScamType
    level: WarningLevel
    trigger_kind: TriggerKind
    trigger_detail: str  # the fraud number, URL, account or app that was seen
    triggered_at: datetime
    district: str
    amount_at_risk: Decimal = Decimal("0")
    id_number: str | None = None
    city: str = ""
    source: str = "platform"  # platform / bank / telecom / demo / file name
    external_id: str | None = None  # the platform's own id, if any

    def __post_init__(self) -> None:
        if self.triggered_at.tzinfo is None:
            raise ValueError("triggered_at must be timezone-aware")
        if self.amount_at_risk < 0:
            raise ValueError("amount_at_risk must not be negative")
