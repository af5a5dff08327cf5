"""A small constructed data set whose figures are worked out by hand in test_figures.py.

Times are local (Asia/Shanghai, +08:00). ISO week 2026-W47 runs from Mon 16 Nov to Sun 22 Nov 2026.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.domain.lead import NewLead
from workstation.domain.outcome import OutcomeInput, StopPaymentDetails
from workstation.domain.types import ScamType, TriggerKind, WarningLevel
from workstation.services import leads, outcomes

CST = timezone(timedelta(hours=8))


def at(text: str) -> datetime:
    """'11-16 10:00' → 2026-11-16 10:00 +08:00."""
    return datetime.fromisoformat(f"2026-{text}").replace(tzinfo=CST)


@dataclass
class Built:
    """Lead ids by name, and the call event ids in the order they were recorded."""

    leads: dict[str, str] = field(default_factory=dict)
    calls: dict[str, list[str]] = field(default_factory=dict)


def lead(ws: Workstation, name: str, scam: ScamType, district: str, triggered: str) -> str:
    t = at(triggered)
    new = NewLead(person_name=f"测试{name}", phone="13800000000", scam_type=scam, level=WarningLevel.ORANGE,
                  trigger_kind=TriggerKind.FRAUD_CALL, trigger_detail="+852 12345678", triggered_at=t,
                  district=district, amount_at_risk=Decimal("10000"))
    return leads.receive(replace(ws, clock=FixedClock(t + timedelta(seconds=30))), new)


def call(ws: Workstation, officer: str, lead_id: str, start: str, code: str, *, party: str = "self",
         relation: str = "", protected: str = "0", stop: str | None = None, notes: str = "") -> str:
    s = at(start)
    past = replace(ws, clock=FixedClock(s))
    leads.claim(past, officer, lead_id)
    sp = None
    if stop is not None:
        sp = StopPaymentDetails("6222000011112222", "中国工商银行", "6222999988887777", "某某", "中国银行",
                                Decimal(stop), s - timedelta(minutes=5))
    end = replace(ws, clock=FixedClock(s + timedelta(minutes=3)))
    saved = outcomes.record(end, officer, lead_id, OutcomeInput(
        code=code, started_at=s, ended_at=s + timedelta(minutes=3), contacted_party=party, relation=relation,
        notes=notes, amount_protected=Decimal(protected), stop_payment=sp,
        deceived=True if stop is not None else None))
    return saved.event_id


def build(ws: Workstation) -> Built:
    b = Built()
    P, C, L = ScamType.POLICE_IMPERSONATION, ScamType.CLICK_FARMING, ScamType.FAKE_LOAN
    b.leads["L1"] = lead(ws, "一", P, "西湖区", "11-16 10:00")
    b.leads["L2"] = lead(ws, "二", C, "西湖区", "11-17 09:00")
    b.leads["L3"] = lead(ws, "三", C, "滨江区", "11-18 23:50")
    b.leads["L4"] = lead(ws, "四", P, "滨江区", "11-20 12:00")
    b.leads["L5"] = lead(ws, "五", L, "滨江区", "11-22 23:00")  # last hour of the week, never called
    b.leads["L6"] = lead(ws, "六", ScamType.FAKE_INVESTMENT, "西湖区", "11-15 23:59")  # W46, called in W47
    b.leads["L7"] = lead(ws, "七", P, "西湖区", "11-23 00:01")  # W48
    b.leads["L8"] = lead(ws, "八", P, "西湖区", "11-10 10:00")  # W46
    b.leads["L9"] = lead(ws, "九", ScamType.ROMANCE, "滨江区", "11-21 08:00")
    ids = b.leads
    b.calls["L8"] = [call(ws, "officer1", ids["L8"], "11-10 10:06", "persuaded", protected="100")]
    b.calls["L6"] = [call(ws, "officer2", ids["L6"], "11-16 00:05", "persuaded", protected="300")]
    b.calls["L1"] = [call(ws, "officer1", ids["L1"], "11-16 10:04", "no_answer", party="nobody"),
                     call(ws, "officer1", ids["L1"], "11-16 10:20", "persuaded", protected="5000",
                          notes="本人已认识到是诈骗，承诺不转账。")]
    b.calls["L2"] = [call(ws, "officer2", ids["L2"], "11-17 09:10", "transferred", stop="8000")]
    b.calls["L3"] = [call(ws, "officer1", ids["L3"], "11-19 00:20", "persuaded", party="relative", relation="女儿",
                          protected="1200.50")]
    b.calls["L4"] = [call(ws, "officer2", ids["L4"], "11-20 12:02", "not_deceived")]
    b.calls["L9"] = [call(ws, "officer2", ids["L9"], "11-21 08:05", "busy", party="nobody"),
                     call(ws, "officer2", ids["L9"], "11-21 08:09", "no_answer", party="nobody")]
    b.calls["L7"] = [call(ws, "officer1", ids["L7"], "11-23 00:03", "not_deceived")]
    return b
