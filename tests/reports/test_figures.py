"""The figures of the constructed data set (dataset.py), against values worked out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from tests.reports.dataset import Built
from workstation.desk import Workstation
from workstation.errors import InvalidInput, NotAllowed
from workstation.reports.figures import FigureRow, Figures
from workstation.reports.period import iso_week
from workstation.services import review

W47 = iso_week("2026-W47", "Asia/Shanghai")


def test_week_bounds_are_local_midnights_in_utc() -> None:
    assert W47.start == datetime(2026, 11, 15, 16, 0, tzinfo=UTC)
    assert W47.end == datetime(2026, 11, 22, 16, 0, tzinfo=UTC)
    assert W47.first_day == date(2026, 11, 16) and W47.last_day == date(2026, 11, 22)
    assert [p.label for p in W47.weeks_back(3)] == ["2026-W45", "2026-W46", "2026-W47"]
    assert iso_week("2026w1", "Asia/Shanghai").first_day == date(2025, 12, 29)
    with pytest.raises(InvalidInput):
        iso_week("2026-W54", "Asia/Shanghai")


def figures(desk: Workstation) -> Figures:
    return review.figures(desk, "lead1", W47, weeks=2)


def by_key(rows: tuple[FigureRow, ...]) -> dict[str, FigureRow]:
    return {r.key: r for r in rows}


def test_totals(desk: Workstation, built: Built) -> None:
    t = figures(desk).total
    # received: L1 L2 L3 L4 L5 L9 (L6 is W46, L7 W48); handled: L1 L2 L3 L4 L6 L9; 8 calls in the week
    assert (t.received, t.handled, t.calls) == (6, 6, 8)
    assert (t.reached, t.persuaded) == (5, 3)  # L9 never reached; L1 L3 L6 persuaded
    assert t.reached_share == pytest.approx(5 / 6) and t.persuaded_share == pytest.approx(0.5)
    assert t.protected == Decimal("6500.50")
    assert (t.stop_payments, t.stop_amount) == (1, Decimal("8000.00"))
    # first calls of the week's leads: 4, 10, 30, 2, 5 minutes → median 5; p90 at rank 3.6 → 10 + .6·20
    assert t.first_called == 5
    assert t.median_minutes == pytest.approx(5.0)
    assert t.p90_minutes == pytest.approx(22.0)


def test_per_officer(desk: Workstation, built: Built) -> None:
    f = figures(desk)
    o = by_key(f.by_officer)
    assert set(o) == {"officer1", "officer2"}
    o1, o2 = o["officer1"], o["officer2"]
    assert (o1.handled, o1.calls, o1.reached, o1.persuaded, o1.protected) == (2, 3, 2, 2, Decimal("6200.50"))
    assert (o1.stop_payments, o1.first_called) == (0, 2)
    assert o1.median_minutes == pytest.approx(17.0) and o1.p90_minutes == pytest.approx(27.4)
    assert (o2.handled, o2.calls, o2.reached, o2.persuaded, o2.protected) == (4, 5, 3, 1, Decimal("300.00"))
    assert (o2.stop_payments, o2.stop_amount) == (1, Decimal("8000.00"))
    assert o2.median_minutes == pytest.approx(5.0) and o2.p90_minutes == pytest.approx(9.0)
    assert f.officer_names["officer1"] == "民警1"


def test_per_officer_leads_taken_not_received(desk: Workstation, built: Built) -> None:
    """Leads reach the centre, not an officer: per officer the report counts the leads they took — claimed
    (once a lead, however many callbacks) or were given by a team lead — in the period."""
    from dataclasses import replace

    from tests.reports.dataset import at
    from workstation.clock import FixedClock

    o = by_key(figures(desk).by_officer)
    # officer1 claimed L1 (twice: a callback) and L3 in W47 (L8 in W46, L7 in W48); officer2 L6 L2 L4 L9
    assert (o["officer1"].taken, o["officer2"].taken) == (2, 4)
    assert o["officer1"].received == 0 and figures(desk).total.taken == 0  # neither means anything here
    review.reassign(replace(desk, clock=FixedClock(at("11-22 23:30"))), "lead1", built.leads["L5"], "officer1")
    review.reassign(replace(desk, clock=FixedClock(at("11-23 08:00"))), "lead1", built.leads["L5"], "officer2")  # W48
    o = by_key(figures(desk).by_officer)
    assert (o["officer1"].taken, o["officer1"].handled, o["officer2"].taken) == (3, 2, 4)


def test_per_scam_type(desk: Workstation, built: Built) -> None:
    s = by_key(figures(desk).by_scam_type)
    police, click = s["police_impersonation"], s["click_farming"]
    assert (police.received, police.handled, police.calls, police.reached, police.persuaded) == (2, 2, 3, 2, 1)
    assert police.protected == Decimal("5000.00")
    assert police.median_minutes == pytest.approx(3.0) and police.p90_minutes == pytest.approx(3.8)
    assert (click.received, click.handled, click.calls, click.persuaded) == (2, 2, 2, 1)
    assert (click.protected, click.stop_payments, click.stop_amount) == (Decimal("1200.50"), 1, Decimal("8000.00"))
    assert click.median_minutes == pytest.approx(20.0) and click.p90_minutes == pytest.approx(28.0)
    loan = s["fake_loan"]
    assert (loan.received, loan.handled, loan.first_called, loan.median_minutes) == (1, 0, 0, None)
    inv = s["fake_investment"]
    assert (inv.received, inv.handled, inv.persuaded, inv.protected) == (0, 1, 1, Decimal("300.00"))
    romance = s["romance"]
    assert (romance.received, romance.handled, romance.calls, romance.reached) == (1, 1, 2, 0)
    assert romance.median_minutes == romance.p90_minutes == pytest.approx(5.0)


def test_per_district(desk: Workstation, built: Built) -> None:
    d = by_key(figures(desk).by_district)
    xh, bj = d["西湖区"], d["滨江区"]
    assert (xh.received, xh.handled, xh.calls, xh.reached, xh.persuaded) == (2, 3, 4, 3, 2)
    assert (xh.protected, xh.stop_payments) == (Decimal("5300.00"), 1)
    assert xh.median_minutes == pytest.approx(7.0) and xh.p90_minutes == pytest.approx(9.4)
    assert (bj.received, bj.handled, bj.calls, bj.reached, bj.persuaded) == (4, 3, 4, 2, 1)
    assert (bj.protected, bj.stop_payments) == (Decimal("1200.50"), 0)
    assert bj.median_minutes == pytest.approx(5.0) and bj.p90_minutes == pytest.approx(25.0)


def test_week_over_week_and_days(desk: Workstation, built: Built) -> None:
    f = figures(desk)
    (w46, prev), (w47, cur) = f.by_week
    assert (w46, w47) == ("2026-W46", "2026-W47")
    assert (prev.received, prev.handled, prev.calls, prev.persuaded, prev.protected) == (2, 1, 1, 1, Decimal("100.00"))
    assert prev.median_minutes == pytest.approx(6.0)  # L6 23:59→00:05 and L8 10:00→10:06
    assert cur == f.total.__class__(**{**{k: getattr(f.total, k) for k in f.total.__slots__}, "key": "2026-W47"})
    days = {d.day.isoformat(): (d.calls, d.handled, d.protected) for d in f.by_day}
    assert len(days) == 7
    assert days["2026-11-16"] == (3, 2, Decimal("5300.00"))  # L6 at 00:05 local is the 16th, not the 15th
    assert days["2026-11-19"] == (1, 1, Decimal("1200.50"))  # 00:20 local = 16:20 UTC on the 18th
    assert days["2026-11-18"] == (0, 0, Decimal("0.00"))
    assert days["2026-11-21"] == (2, 1, Decimal("0.00"))


def test_figures_need_the_lead_role(desk: Workstation) -> None:
    with pytest.raises(NotAllowed):
        review.figures(desk, "officer1", W47)
