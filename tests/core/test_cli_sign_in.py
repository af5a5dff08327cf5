"""The command line acts as an officer only after that officer signed in: `login`, `--password-stdin`, a prompt.

A name alone (--officer, WS_OFFICER) is never enough; a session from `workstation login` is short, checked
against its HMAC and the desk's clock, and holds no password.
"""

from __future__ import annotations

import json
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.core.conftest import make_lead
from tests.support.sign_in import as_officer, feed_password
from workstation.cli import session_file
from workstation.cli.main import main
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.errors import NotAllowed
from workstation.security import audit
from workstation.services import leads

REVEAL = ["leads", "list", "--all", "--json", "--reveal"]
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(desk: Workstation, clock: FixedClock, capsys: pytest.CaptureFixture[str]) -> Run:
    """Run `workstation` on the test desk and its clock: (exit code, stdout, stderr)."""
    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", desk.settings.db_url, *args], clock=clock)
        out, err = capsys.readouterr()
        return code, out, err
    return run


def session_of(ws_data_dir: Path) -> Path:
    return ws_data_dir / session_file.SESSION_FILE


def by(desk: Workstation, actor: str) -> list[str]:
    return [e.action for e in audit.entries(desk, actor=actor)]


def test_a_bare_officer_name_is_refused_and_nothing_is_audited_as_them(
        desk: Workstation, cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    lead_id = leads.receive(desk, make_lead())
    code, out, err = cli(*REVEAL, "--officer", "lead1")
    assert code == 6 and out == "" and "workstation login" in err and "--password-stdin" in err
    assert cli("leads", "next", "--officer", "officer1")[0] == 6
    assert cli("leads", "show", lead_id, "--officer", "officer1")[0] == 6
    monkeypatch.setenv("WS_OFFICER", "lead1")
    assert cli(*REVEAL)[0] == 6
    assert by(desk, "lead1") == [] and by(desk, "officer1") == []
    assert leads.detail(desk, lead_id).row.owner is None
    code, out, _ = cli("leads", "list", "--all", "--json")  # masked: no sign-in needed
    assert code == 0 and "*" in json.loads(out)["leads"][0]["phone"]


def test_a_wrong_password_on_stdin_is_refused_and_audited_as_a_failed_sign_in(
        desk: Workstation, cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    leads.receive(desk, make_lead())
    feed_password(monkeypatch, "not-the-password")
    code, out, err = cli(*REVEAL, *as_officer("lead1"))
    assert code == 6 and out == "" and "用户名或密码错误" in err  # the CLI speaks zh_CN by default
    assert by(desk, "lead1") == ["sign_in_failed"]
    assert cli("leads", "next", *as_officer("officer1"))[0] == 6
    assert by(desk, "officer1") == ["sign_in_failed"]


def test_password_stdin_signs_in_for_this_command_only(
        desk: Workstation, cli: Run, monkeypatch: pytest.MonkeyPatch, ws_data_dir: Path) -> None:
    leads.receive(desk, make_lead())
    stdin = feed_password(monkeypatch)
    code, out, _ = cli(*REVEAL, *as_officer("lead1"))
    assert code == 0 and json.loads(out)["leads"][0]["phone"] == "13812345678" and stdin.lines_read == 1
    assert by(desk, "lead1") == ["sign_in", "exported"]
    assert not session_of(ws_data_dir).exists()
    assert cli(*REVEAL, "--officer", "lead1")[0] == 6  # no session was left behind


def test_login_then_commands_act_as_that_officer(
        desk: Workstation, cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    leads.receive(desk, make_lead())
    feed_password(monkeypatch)
    code, out, _ = cli("login", *as_officer("lead1"))
    assert code == 0 and "lead1" in out and "2026-11-25 14:15:00" in out  # 06:00 UTC + 15 min, in Shanghai
    code, out, _ = cli("whoami", "--json")
    assert code == 0 and json.loads(out)["officer"] == "lead1" and json.loads(out)["role"] == "lead"
    code, out, _ = cli(*REVEAL)  # no --officer: the signed-in one
    assert code == 0 and json.loads(out)["leads"][0]["phone"] == "13812345678"
    assert cli(*REVEAL, "--officer", "lead1")[0] == 0
    code, _, err = cli(*REVEAL, "--officer", "officer1")  # someone else named: the session is not theirs
    assert code == 6 and "lead1" in err
    assert by(desk, "lead1") == ["sign_in", "exported", "exported"]
    assert by(desk, "officer1") == []

    assert cli("logout")[0] == 0
    assert cli("whoami")[0] == 6
    assert cli(*REVEAL)[0] == 6


def test_a_signed_in_officer_claims_and_records_as_themselves(
        desk: Workstation, cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    leads.receive(desk, make_lead())
    feed_password(monkeypatch)
    assert cli("login", *as_officer("officer1"))[0] == 0
    code, out, _ = cli("leads", "next", "--json")
    ref = json.loads(out)["lead"]["row"]["ref"]
    assert code == 0 and json.loads(out)["lead"]["row"]["owner"] == "officer1"
    code, out, err = cli("outcome", ref, "--code", "persuaded", "--start", "2026-11-25T13:55", "--json")
    assert code == 0, err
    assert {"sign_in", "personal_data_viewed"} <= set(by(desk, "officer1"))
    assert [e.officer for e in leads.detail(desk, ref).events][1:] == ["officer1", "officer1"]


def test_an_expired_session_is_refused(
        desk: Workstation, cli: Run, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> None:
    leads.receive(desk, make_lead())
    feed_password(monkeypatch)
    assert cli("login", *as_officer("lead1"), "--minutes", "5")[0] == 0
    clock.advance(minutes=4, seconds=59)
    assert cli(*REVEAL)[0] == 0
    clock.advance(seconds=1)
    code, out, err = cli(*REVEAL)
    assert code == 6 and out == "" and "lead1 的登录已于" in err and "过期" in err  # Chinese by default
    assert cli("whoami")[0] == 6
    assert by(desk, "lead1") == ["sign_in", "exported"]


def test_session_length_is_bounded(desk: Workstation, cli: Run, monkeypatch: pytest.MonkeyPatch,
                                   ws_data_dir: Path) -> None:
    feed_password(monkeypatch)
    limit = session_file.max_minutes(desk.settings)
    assert limit == 15  # idle_lock_minutes is 10 by default: never less than the default 15
    code, _, err = cli("login", *as_officer("lead1"), "--minutes", str(limit + 1))
    assert code == 2 and "--minutes" in err and not session_of(ws_data_dir).exists()
    assert cli("login", *as_officer("lead1"), "--minutes", "0")[0] == 2


def test_a_tampered_session_is_refused(desk: Workstation, cli: Run, monkeypatch: pytest.MonkeyPatch,
                                       ws_data_dir: Path) -> None:
    leads.receive(desk, make_lead())
    feed_password(monkeypatch)
    assert cli("login", *as_officer("officer1"))[0] == 0
    path = session_of(ws_data_dir)
    path.write_text(path.read_text(encoding="utf-8").replace('"officer1"', '"lead1"'), encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8"))["officer"] == "lead1"
    code, out, err = cli(*REVEAL)
    assert code == 6 and out == "" and "登录会话文件被改动过" in err
    assert cli(*REVEAL, "--officer", "lead1")[0] == 6
    assert by(desk, "lead1") == []

    assert cli("login", *as_officer("officer1"))[0] == 0  # a later expiry, with the MAC left as it was
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["expires_at"] = "2026-11-26T06:00:00+00:00"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert cli("leads", "next")[0] == 6


def test_the_session_file_holds_no_password_and_is_private(
        desk: Workstation, cli: Run, monkeypatch: pytest.MonkeyPatch, ws_data_dir: Path) -> None:
    feed_password(monkeypatch)
    assert cli("login", *as_officer("lead1"))[0] == 0
    path = session_of(ws_data_dir)
    text = path.read_text(encoding="utf-8")
    assert "password1" not in text and "password" not in text and "scrypt" not in text
    assert set(json.loads(text)) == {"v", "officer", "desk", "db", "issued_at", "expires_at", "mac"}
    key = ws_data_dir / session_file.KEY_FILE
    for f in (path, key):
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    assert "password1" not in key.read_text(encoding="ascii")
    assert not list(ws_data_dir.glob("*.part"))
    path.chmod(0o644)  # readable by others: not taken up
    assert cli("whoami")[0] == 6


def test_reveal_as_an_officer_role_is_refused_even_when_signed_in(
        desk: Workstation, cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    lead_id = leads.receive(desk, make_lead())
    feed_password(monkeypatch)
    assert cli("login", *as_officer("officer1"))[0] == 0
    code, out, err = cli(*REVEAL)
    assert code == 4 and out == ""
    code, out, err = cli("leads", "show", lead_id, "--reveal")  # not theirs: a team lead's view
    assert code == 4 and "13812345678" not in out
    assert "personal_data_viewed" not in by(desk, "officer1") and "exported" not in by(desk, "officer1")
    with pytest.raises(NotAllowed):
        leads.detail(desk, lead_id, officer="officer2", reveal=True)
    assert cli("leads", "claim", lead_id)[0] == 0
    code, out, _ = cli("leads", "show", lead_id, "--reveal", "--json")  # now the owner's own lead
    assert code == 0 and json.loads(out)["row"]["phone"] == "13812345678"


def test_an_officer_disabled_after_login_is_refused(
        desk: Workstation, cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    leads.receive(desk, make_lead())
    feed_password(monkeypatch)
    assert cli("login", *as_officer("officer1"))[0] == 0
    from workstation.store.models import Officer

    with desk.unit_of_work() as s:
        officer = s.get(Officer, "officer1")
        assert officer is not None
        officer.active = False
    assert cli("leads", "next")[0] == 6
    assert leads.detail(desk, leads.receive(desk, make_lead(phone="13900001111"))).row.owner is None


class _Terminal:
    """Standard input that is a terminal (the password itself comes through getpass)."""

    def isatty(self) -> bool:
        return True

    def readline(self, size: int = -1) -> str:
        raise AssertionError("a terminal's password is read with getpass, not from standard input")


def test_on_a_terminal_a_bare_name_is_asked_for_the_password(
        desk: Workstation, cli: Run, monkeypatch: pytest.MonkeyPatch, ws_data_dir: Path) -> None:
    import getpass
    import sys

    leads.receive(desk, make_lead())
    asked: list[str] = []
    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or "password1")
    code, out, _ = cli(*REVEAL, "--officer", "lead1")
    assert code == 0 and json.loads(out)["leads"][0]["phone"] == "13812345678"
    assert len(asked) == 1 and "lead1" in asked[0]
    assert not session_of(ws_data_dir).exists()  # for this command only
    monkeypatch.setattr(getpass, "getpass", lambda prompt: "wrong-password")
    assert cli(*REVEAL, "--officer", "lead1")[0] == 6
    assert by(desk, "lead1") == ["sign_in", "exported", "sign_in_failed"]
