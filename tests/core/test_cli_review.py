"""`workstation review …` and `workstation report figures`: the team lead's screens' use cases at the command
line, through the same services (the role checked there, the events the same)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.conftest import NOW
from tests.support.sign_in import DEMO_PASSWORD, as_officer, feed_password
from workstation.bootstrap import bootstrap
from workstation.cli.main import main
from workstation.clock import FixedClock
from workstation.reports.period import iso_week
from workstation.services import review
from workstation.settings import Settings


def run(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", "--db", db, *args], clock=FixedClock(NOW))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _demo_password(monkeypatch: pytest.MonkeyPatch) -> None:
    feed_password(monkeypatch, DEMO_PASSWORD)


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    url = f"sqlite:///{tmp_path / 'review.sqlite3'}"
    assert run(capsys, url, "demo", "--leads", "60")[0] == 0
    return url


def test_the_board_as_a_team_lead_and_refused_to_an_officer(db: str, capsys: pytest.CaptureFixture[str],
                                                            tmp_path: Path) -> None:
    code, out, err = run(capsys, db, "review", "board", "--json", *as_officer("lead1"))
    assert code == 0, err
    doc = json.loads(out)
    ws = bootstrap(Settings(data_dir=tmp_path, db_url=db), clock=FixedClock(NOW))
    try:
        board = review.board(ws, "lead1", 20)  # the screen's own call: the same answer
    finally:
        ws.close()
    assert doc["counts"] == {"open": board.counts.open, "overdue": board.counts.overdue,
                             "due_soon": board.counts.due_soon, "held": board.counts.held,
                             "unreachable": board.counts.unreachable}
    assert [b["ref"] for b in doc["urgent"]] == [b.ref for b in board.urgent]
    code, out, _ = run(capsys, db, "review", "board", *as_officer("lead1"))
    assert code == 0 and out.startswith(f"Open {board.counts.open} · overdue {board.counts.overdue}")
    assert "Most urgent" in out and "Minutes left" in out
    code, out, err = run(capsys, db, "review", "board", *as_officer("officer1"))
    assert code == 4 and out == "" and err.startswith("Error: ")


def test_a_verdict_on_a_call_then_seen_in_the_list(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, db, "review", "calls", "--json", *as_officer("lead1"))
    assert code == 0, err
    calls = json.loads(out)["calls"]
    assert calls and all(c["review"] is None for c in calls)
    call = calls[0]["event_id"]
    code, _, err = run(capsys, db, "review", "mark", call, "--verdict", "follow_up", *as_officer("lead1"))
    assert code == 2 and err.strip() == "Error: --comment: Say what to follow up"
    code, out, err = run(capsys, db, "review", "mark", call, "--verdict", "follow_up", "--comment", "回访确认",
                         *as_officer("lead1"))
    assert code == 0 and out.strip() == f"Call {call}: Needs follow-up", err
    code, out, _ = run(capsys, db, "review", "calls", "--json", *as_officer("lead1"))
    [marked] = [c for c in json.loads(out)["calls"] if c["event_id"] == call]
    assert marked["review"]["verdict"] == "follow_up" and marked["review"]["comment"] == "回访确认"
    assert marked["review"]["reviewer"] == "lead1"
    code, out, _ = run(capsys, db, "review", "calls", "--of", calls[0]["officer"], *as_officer("lead1"))
    assert code == 0 and "Needs follow-up" in out
    code, _, err = run(capsys, db, "review", "mark", call, "--verdict", "commended", *as_officer("officer1"))
    assert code == 4, err  # an officer may not judge calls
    # the officer whose call it was reads the verdict in their own reviews ("My reviews" on the screen)
    code, out, err = run(capsys, db, "review", "mine", "--json", *as_officer(calls[0]["officer"]))
    assert code == 0, err
    mine = json.loads(out)["reviews"]
    assert [(r["review"]["call_event_id"], r["review"]["verdict"]) for r in mine] == [(call, "follow_up")]
    code, out, _ = run(capsys, db, "review", "mine", *as_officer(calls[0]["officer"]))
    assert code == 0 and "Needs follow-up" in out and "回访确认" in out


def test_reassign_a_held_lead(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, db, "leads", "next", "--json", *as_officer("officer1"))
    assert code == 0, err
    ref = json.loads(out)["lead"]["row"]["ref"]
    code, out, err = run(capsys, db, "review", "reassign", ref, "--to", "officer2", *as_officer("lead1"))
    assert code == 0 and out.strip() == f"Lead {ref} is officer2's now (was officer1)", err
    code, out, _ = run(capsys, db, "leads", "show", ref, "--json")
    assert json.loads(out)["row"]["owner"] == "officer2"
    code, _, err = run(capsys, db, "review", "reassign", ref, "--to", "officer2", *as_officer("lead1"))
    assert code != 0 and "already held" in err


def test_report_figures_are_the_screens_figures(db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, db, "report", "figures", "--week", "2026-W48", "--json", *as_officer("lead1"))
    assert code == 0, err
    doc = json.loads(out)
    ws = bootstrap(Settings(data_dir=tmp_path, db_url=db), clock=FixedClock(NOW))
    try:
        figures = review.figures(ws, "lead1", iso_week("2026-W48", ws.settings.centre_tz))
    finally:
        ws.close()
    assert doc["week"] == "2026-W48" and doc["total"]["handled"] == figures.total.handled > 0
    assert [r["key"] for r in doc["by_officer"]] == [r.key for r in figures.by_officer]
    code, out, _ = run(capsys, db, "report", "figures", "--week", "2026-W48", *as_officer("lead1"))
    assert code == 0 and "By officer" in out and "By scam type" in out
    assert run(capsys, db, "report", "figures", *as_officer("officer1"))[0] == 4
