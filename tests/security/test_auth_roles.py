"""Sign-in (audited, with lockout), role changes, and the roles enforced in the services."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from tests.core.conftest import NOW, make_lead
from tests.security.conftest import PASSWORD, ROLES
from tests.support.sign_in import as_officer, feed_password
from workstation.cli.main import main
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.domain.types import Role
from workstation.errors import AuthError, NotAllowed
from workstation.security import audit
from workstation.security.roles import ALLOWED, Permission, allowed
from workstation.services import auth, leads
from workstation.services.auth import AccountLocked, authorize
from workstation.settings import Settings


def actions(ws: Workstation) -> list[tuple[str, str, str]]:
    return [(e.actor, e.action, e.target) for e in audit.entries(ws)]


def test_every_sign_in_is_audited(desk: Workstation) -> None:
    auth.sign_in(desk, "officer1", PASSWORD)
    with pytest.raises(AuthError, match="Wrong user name or password"):
        auth.sign_in(desk, "officer1", "nope")
    with pytest.raises(AuthError, match="Wrong user name or password"):
        auth.sign_in(desk, "ghost", PASSWORD)
    log = [e for e in audit.entries(desk) if e.action.startswith("sign_in")]
    assert [(e.actor, e.action) for e in log] == [("officer1", "sign_in"), ("officer1", "sign_in_failed"),
                                                  ("ghost", "sign_in_failed")]
    assert log[1].details == {"reason": "wrong_password", "failed": 1} and log[2].details["reason"] == "unknown_user"
    assert audit.verify(desk).ok


def test_lockout_after_repeated_failures(desk: Workstation, clock: FixedClock) -> None:
    for _ in range(4):
        with pytest.raises(AuthError) as info:
            auth.sign_in(desk, "officer1", "nope")
        assert not isinstance(info.value, AccountLocked)
    with pytest.raises(AccountLocked, match="locked until 2026-11-25 14:15"):  # 06:00 UTC + 15 min, in +08:00
        auth.sign_in(desk, "officer1", "nope")
    with pytest.raises(AccountLocked):  # the right password does not open a locked account
        auth.sign_in(desk, "officer1", PASSWORD)
    assert auth.locked_until(desk, "officer1") is not None
    assert ("officer1", "account_locked", "officer1") in actions(desk)
    assert ("officer1", "sign_in_refused", "officer1") in actions(desk)
    auth.sign_in(desk, "lead1", PASSWORD)  # other accounts are not affected
    clock.advance(minutes=15)
    assert auth.sign_in(desk, "officer1", PASSWORD).username == "officer1"
    assert auth.locked_until(desk, "officer1") is None


def test_lockout_follows_settings(clock: FixedClock, desk: Workstation) -> None:
    @dataclass(frozen=True)
    class Strict(Settings):
        lockout_attempts: int = 2
        lockout_minutes: int = 60

    desk.settings = Strict(data_dir=desk.settings.data_dir, desk_id="desk-1")
    with pytest.raises(AuthError):
        auth.sign_in(desk, "lead1", "x")
    with pytest.raises(AccountLocked, match="15:00"):
        auth.sign_in(desk, "lead1", "x")
    clock.advance(minutes=59)
    with pytest.raises(AccountLocked):
        auth.sign_in(desk, "lead1", PASSWORD)
    auth.unlock(desk, "admin1", "lead1")
    assert auth.sign_in(desk, "lead1", PASSWORD).role is Role.LEAD
    assert ("admin1", "account_unlocked", "lead1") in actions(desk)


def test_role_changes_are_admin_only_and_audited(desk: Workstation) -> None:
    with pytest.raises(NotAllowed):
        auth.set_role(desk, "lead1", "officer1", Role.LEAD)
    with pytest.raises(NotAllowed):
        auth.set_role(desk, "officer1", "officer1", Role.ADMIN)
    assert auth.set_role(desk, "admin1", "officer1", Role.LEAD).role is Role.LEAD
    entry = audit.entries(desk, action="role_changed")[-1]
    assert (entry.actor, entry.target, entry.details) == ("admin1", "officer1", {"from": "officer", "to": "lead"})
    with pytest.raises(NotAllowed, match="last admin"):
        auth.set_role(desk, "admin1", "admin1", Role.OFFICER)
    with pytest.raises(NotAllowed):
        auth.unlock(desk, "lead1", "officer1")
    with pytest.raises(NotAllowed):
        auth.add_officer(desk, "new1", "NEW", Role.ADMIN, PASSWORD, by="lead1")
    auth.add_officer(desk, "new1", "NEW", Role.OFFICER, PASSWORD, by="admin1")
    assert ("admin1", "officer_added", "new1") in actions(desk)


@pytest.mark.parametrize("username", sorted(ROLES))
@pytest.mark.parametrize("permission", list(Permission))
def test_permissions_as_each_role(desk: Workstation, username: str, permission: Permission) -> None:
    role = ROLES[username]
    if role in ALLOWED[permission]:
        assert authorize(desk, username, permission).username == username
    else:
        with pytest.raises(NotAllowed):
            authorize(desk, username, permission)


def test_an_officer_cannot_review_reassign_edit_scripts_or_export() -> None:
    for p in (Permission.REVIEW, Permission.REASSIGN, Permission.EDIT_SCRIPTS, Permission.EXPORT_PERSONAL_DATA):
        assert not allowed(Role.OFFICER, p) and allowed(Role.LEAD, p) and allowed(Role.ADMIN, p)


def test_unknown_or_inactive_user_has_no_permission(desk: Workstation) -> None:
    for who in (None, "", "ghost"):
        with pytest.raises(NotAllowed):
            authorize(desk, who, Permission.WORK_LEADS)


def test_unmasked_views_are_audited(desk: Workstation) -> None:
    lead_id = leads.receive(desk, make_lead())
    masked = leads.detail(desk, lead_id, officer="officer1")
    assert "*" in masked.row.phone and audit.entries(desk, action="personal_data_viewed") == []
    shown = leads.detail(desk, lead_id, officer="lead1", reveal=True)
    assert shown.row.phone == "13812345678"
    leads.claim(desk, "officer1", lead_id)
    leads.detail(desk, lead_id, officer="officer1")  # the owner sees it unmasked: audited too
    viewed = audit.entries(desk, action="personal_data_viewed")
    assert [(e.actor, e.details["reason"]) for e in viewed] == [
        ("lead1", "reveal"), ("officer1", "claim"), ("officer1", "owner")]
    assert viewed[0].target == shown.row.ref
    with pytest.raises(NotAllowed):
        leads.detail(desk, lead_id, officer="ghost", reveal=True)


def test_cli_unmasked_list_needs_lead_role_and_is_audited(desk: Workstation, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    leads.receive(desk, make_lead())
    feed_password(monkeypatch, PASSWORD)
    url = desk.settings.db_url
    base = ["--db", url, "leads", "list", "--all", "--json", "--reveal"]
    assert main(base, clock=desk.clock) == 6  # nobody signed in (was 4 when a bare name was taken on trust)
    assert main([*base, *as_officer("officer1")], clock=desk.clock) == 4
    capsys.readouterr()
    assert main([*base, *as_officer("lead1")], clock=desk.clock) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["leads"][0]["phone"] == "13812345678"
    entry = audit.entries(desk, action="exported")[-1]
    assert entry.actor == "lead1" and entry.details["count"] == 1 and entry.at == NOW  # the desk's clock
    masked = ["--db", url, "leads", "list", "--all", "--json"]
    assert main(masked, clock=desk.clock) == 0  # masked: anyone, not audited
    show = ["--db", url, "leads", "show", doc["leads"][0]["ref"], "--reveal"]
    assert main(show, clock=desk.clock) == 6  # nobody signed in
    assert main([*show, *as_officer("officer1")], clock=desk.clock) == 4
