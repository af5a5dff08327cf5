"""Fixtures: the core `desk` (fresh SQLite, fixed clock, officers) and leads with the facts each form needs."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from tests.core.conftest import NOW, clock, desk, make_lead  # noqa: F401  (fixtures)
from workstation.desk import Workstation
from workstation.domain.outcome import OutcomeInput, StopPaymentDetails
from workstation.services import documents, leads, outcomes
from workstation.services.documents import Rendered

OFFICER = "officer1"
NOTES = "对方自称“北京市公安局”民警，称其涉嫌洗钱。经劝说，本人已挂断诈骗电话，未转账。"
DEED = "您在办理业务时发现一名老年储户急于向陌生账户汇款，耐心劝阻并及时报警"


def call(ws: Workstation, code: str, **kw: object) -> OutcomeInput:
    now = ws.clock.now()
    base: dict[str, object] = {"code": code, "started_at": now - timedelta(minutes=4), "ended_at": now}
    base.update(kw)
    return OutcomeInput(**base)  # type: ignore[arg-type]


def persuaded_lead(ws: Workstation) -> str:
    lead_id = leads.receive(ws, make_lead(amount="30000", name="王秀英", district="朝阳区"))
    leads.claim(ws, OFFICER, lead_id)
    outcomes.record(ws, OFFICER, lead_id, call(ws, "persuaded", amount_protected=Decimal("30000"), notes=NOTES,
                                               checkpoints=("confirmed_no_transfer",), script_id="police_impersonation"))
    return lead_id


def transferred_lead(ws: Workstation) -> str:
    lead_id = leads.receive(ws, make_lead(amount="50000", name="张伟"))
    leads.claim(ws, OFFICER, lead_id)
    sp = StopPaymentDetails("6228480012345678917", "中国农业银行北京朝阳支行", "6222021234567890123", "陈某某",
                            "中国工商银行深圳福田支行", Decimal("30000.00"), NOW - timedelta(minutes=3))
    outcomes.record(ws, OFFICER, lead_id, call(ws, "transferred", amount_lost=Decimal("30000"), stop_payment=sp))
    return lead_id


def thanked_lead(ws: Workstation, name: str = "刘芳同志") -> str:
    lead_id = persuaded_lead(ws)
    documents.add_thanks_recipient(ws, OFFICER, lead_id, name, DEED, NOW - timedelta(hours=1),
                                   recipient_org="中国农业银行北京朝阳支行", role="bank_clerk",
                                   amount_protected=Decimal("30000"))
    return lead_id


def issued(ws: Workstation, officer: str, kind: str, lead_id: str) -> Rendered:
    """The numbered document (what a print or save delivers) of the form's preview."""
    return documents.issue(ws, officer, documents.make(ws, officer, kind, lead_id))


@pytest.fixture
def officer() -> str:
    return OFFICER
