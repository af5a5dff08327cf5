"""The `workstation` command, run in-process through its main() with real arguments."""

import json
from pathlib import Path

import pytest

from tests.core.conftest import NOW
from tests.support.sign_in import DEMO_PASSWORD, as_officer, feed_password
from workstation.cli.main import main
from workstation.clock import FixedClock
from workstation.domain.words import TRIGGER_WORDS


def run(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", "--db", db, *args], clock=FixedClock(NOW))  # the demo data and every command on one clock
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _demo_password(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands that act as an officer sign in with --password-stdin: the demo accounts' password."""
    feed_password(monkeypatch, DEMO_PASSWORD)


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert run(capsys, url, "demo", "--leads", "40")[0] == 0
    return url


def test_list_json_is_one_document_with_every_lead_masked(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "leads", "list", "--all", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["count"] == 40 == len(doc["leads"])
    assert all("*" in lead["phone"] for lead in doc["leads"])
    code, out, _ = run(capsys, db, "leads", "list", "--all", "--json", "--reveal", *as_officer("lead1"))
    assert all(lead["phone"].replace("-", "").isdigit() for lead in json.loads(out)["leads"])


def test_next_then_outcome_then_errors(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "leads", "next", *as_officer("officer1"), "--json")
    lead = json.loads(out)["lead"]
    assert code == 0 and lead["row"]["owner"] == "officer1"
    ref = lead["row"]["ref"]
    # bad input: unknown code, end before start, negative amount, missing stop-payment fields — nothing written
    for args, needle in [
        (["--code", "bogus", "--start", "2026-01-01T10:00"], "bogus"),
        (["--code", "persuaded", "--start", "2026-01-01T10:00", "--end", "2026-01-01T09:00"], "--end: The call ends before it starts"),
        (["--code", "persuaded", "--start", "2026-01-01T10:00", "--amount-protected", "-5"], "--amount-protected: "),
        (["--code", "transferred", "--start", "2026-01-01T10:00"], "--victim-account: "),
        (["--code", "persuaded", "--start", "yesterday"], "'yesterday' is not a time"),
    ]:
        code, _, err = run(capsys, db, "outcome", ref, *as_officer("officer1"), *args)
        assert code != 0 and needle in err, (args, err)
    code, out, _ = run(capsys, db, "leads", "show", ref, "--json")
    assert json.loads(out)["calls"] == []
    code, out, err = run(capsys, db, "outcome", ref, *as_officer("officer2"), "--code", "persuaded",
                         "--start", "2026-01-01T10:00")
    assert code == 4 and "being handled by officer1" in err
    code, out, _ = run(capsys, db, "outcome", ref, *as_officer("officer1"), "--code", "no_answer",
                       "--start", "2026-01-01T10:00", "--end", "2026-01-01T10:01", "--json")
    assert code == 0 and json.loads(out)["status"] == "callback"


def test_unknown_lead_and_officer(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, db, "leads", "claim", "YJ000000-NOPE", *as_officer("officer1"))
    assert code == 3 and "No lead 'YJ000000-NOPE'" in err
    code, _, err = run(capsys, db, "leads", "next", *as_officer("ghost"))
    assert code == 6 and "Wrong user name or password" in err  # an unknown officer cannot sign in


def test_db_upgrade_is_idempotent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'up.sqlite3'}"
    assert run(capsys, url, "--lang", "en", "db", "upgrade")[1].strip().startswith("Schema (empty) →")
    code, out, _ = run(capsys, url, "db", "upgrade")
    assert code == 0 and "(empty)" not in out


def test_a_callback_kept_for_its_officer_from_the_cli(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "leads", "next", *as_officer("officer1"), "--json")
    ref = json.loads(out)["lead"]["row"]["ref"]
    code, out, err = run(capsys, db, "outcome", ref, *as_officer("officer1"), "--code", "callback_requested",
                         "--start", "2026-01-01T10:00", "--callback-at", "2099-01-01T10:00")
    assert code == 2 and "within 90 days" in err  # in the person's words, not codes
    code, out, _ = run(capsys, db, "outcome", ref, *as_officer("officer1"), "--code", "no_answer",
                       "--start", "2026-01-01T10:00", "--party", "self")
    assert code == 2
    code, out, _ = run(capsys, db, "leads", "show", ref, "--json")
    assert json.loads(out)["calls"] == []
    code, out, _ = run(capsys, db, "outcome", ref, *as_officer("officer1"), "--code", "no_answer",
                       "--start", "2026-01-01T10:00", "--json")  # who answered follows: nobody
    assert code == 0 and json.loads(out)["reserved_until"] is None  # a retry is anyone's
    code, out, _ = run(capsys, db, "leads", "list", "--search", ref[9:])
    assert code == 0 and out.rstrip().endswith("1 lead") and "Callback" not in out
    code, out, _ = run(capsys, db, "leads", "show", ref, "--json")
    assert json.loads(out)["calls"][0]["contacted_party"] == "nobody"


def test_a_lead_shown_says_what_the_platform_saw_in_words(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, "leads", "next", *as_officer("officer1"), "--json")
    lead = json.loads(out)["lead"]
    kind = lead["trigger_kind"]
    code, out, _ = run(capsys, db, "leads", "show", lead["row"]["ref"])
    warned = next(line for line in out.splitlines() if line.strip().startswith("Warned:"))
    assert kind not in warned  # "Warned: fraud_call …" was the code
    assert TRIGGER_WORDS[kind]().render() in warned
