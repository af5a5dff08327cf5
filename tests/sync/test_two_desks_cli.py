"""Two connected desks driven through the `workstation` command only, each officer signed in as themselves on a
centre that checks passwords (issue 12): no lead is ever given to two officers, an outcome on one desk is seen on
the other after sync, and an outcome on the other desk's lead is refused."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.support.sign_in import as_officer, feed_password
from tests.sync.conftest import new_lead
from tests.sync.test_centre_trust import PASSWORD, TrustCentre
from tests.sync.test_centre_trust import centre as centre  # noqa: F401  (fixture)
from workstation.bootstrap import bootstrap
from workstation.cli.main import main
from workstation.services import leads
from workstation.settings import Settings
from workstation.sync.options import save_url


def connected_desk(tmp: Path, name: str, c: TrustCentre) -> Path:
    """A desk's data directory whose settings.toml names the centre (no user, no password in it)."""
    data = tmp / name
    data.mkdir()
    (data / "settings.toml").write_text(f'desk_id = "{name}"\n', encoding="utf-8")
    save_url(data, c.desk_url(), role_prefix=c.prefix)
    return data


def cli(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_two_connected_desks_through_the_cli(centre: TrustCentre, tmp_path: Path,  # noqa: F811
                                             capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = connected_desk(tmp_path, "desk-a", centre), connected_desk(tmp_path, "desk-b", centre)
    intake = bootstrap(Settings.load(a))
    try:
        assert intake.centre is not None  # bootstrap attached the configured centre: one root for both faces
        for i in range(6):
            leads.receive(intake, new_lead(i))
    finally:
        intake.close()
    feed_password(monkeypatch, PASSWORD)
    code, out, err = cli(capsys, a, "sync", "--once", *as_officer("officer1"))
    assert code == 0 and "Pushed 6 (new 6" in out, err
    assert centre.look("SELECT count(*) FROM leads") == [(6,)]

    taken: dict[str, str] = {}
    for _ in range(3):
        for desk, officer in ((a, "officer1"), (b, "officer14")):
            code, out, err = cli(capsys, desk, "leads", "next", *as_officer(officer), "--json")
            assert code == 0, err
            doc = json.loads(out)
            ref = doc["lead"]["row"]["ref"] if "lead" in doc else doc["row"]["ref"]
            assert ref not in taken, f"{ref} given to {taken.get(ref)} and {officer}"
            taken[ref] = officer
    assert len(taken) == 6
    owners = dict(centre.look("SELECT ref, owner FROM leads"))
    assert owners == taken  # the centre decided every claim

    mine = next(ref for ref, officer in taken.items() if officer == "officer1")
    start = (datetime.now(UTC) - timedelta(minutes=3)).isoformat(timespec="seconds")
    code, out, err = cli(capsys, a, "outcome", mine, "--code", "persuaded", "--party", "self", "--start", start,
                         *as_officer("officer1"))
    assert code == 0, err
    assert cli(capsys, a, "sync", "--once", *as_officer("officer1"))[0] == 0
    assert cli(capsys, b, "sync", "--once", *as_officer("officer14"))[0] == 0
    code, out, err = cli(capsys, b, "leads", "show", mine, "--json")
    assert code == 0, err
    assert '"closed"' in out
    assert centre.look("SELECT status FROM leads WHERE ref = %s", mine) == [("closed",)]

    theirs = next(ref for ref, officer in taken.items() if officer == "officer1" and ref != mine)
    code, out, err = cli(capsys, b, "outcome", theirs, "--code", "persuaded", "--party", "self", "--start", start,
                         *as_officer("officer14"))
    assert code == 4, (out, err)  # not officer14's lead
    assert centre.look("SELECT status, owner FROM leads WHERE ref = %s", theirs) == [("claimed", "officer1")]
    code, out, err = cli(capsys, b, "leads", "next", "--officer", "officer1", "--json")
    assert code == 6  # a name alone is no sign-in
    assert make_url(centre.desk_url()).password is None
    assert PASSWORD not in (a / "settings.toml").read_text(encoding="utf-8")



def test_an_admin_manages_officers_from_the_cli_and_the_other_desk_learns_it(  # noqa: F811
        centre: TrustCentre, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = connected_desk(tmp_path, "desk-a", centre), connected_desk(tmp_path, "desk-b", centre)
    feed_password(monkeypatch, PASSWORD)  # the admin's password, then (next line) the new officer's first one
    code, out, err = cli(capsys, a, "officers", "add", "newbie", "--name", "新警员", *as_officer("officer1"))
    assert code == 4, (out, err)  # only an admin
    code, out, err = cli(capsys, a, "officers", "add", "newbie", "--name", "新警员", *as_officer("admin1"))
    assert code == 0, err
    assert centre.look("SELECT role, active FROM officers WHERE username = 'newbie'") == [("officer", True)]
    assert cli(capsys, a, "officers", "role", "newbie", "lead", *as_officer("admin1"))[0] == 0
    assert cli(capsys, b, "sync", "--once", *as_officer("officer14"))[0] == 0
    code, out, err = cli(capsys, b, "officers", "list", "--json")
    assert {"username": "newbie", "display_name": "新警员", "role": "lead", "badge_no": ""} in json.loads(out)["officers"]
    assert cli(capsys, b, "whoami")[0] == 6
    assert cli(capsys, b, "login", *as_officer("newbie"))[0] == 0  # signs in on the centre as their own role
    assert cli(capsys, a, "officers", "disable", "newbie", *as_officer("admin1"))[0] == 0
    assert centre.look("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", centre.prefix + "newbie") == [(False,)]
    code, out, err = cli(capsys, b, "leads", "next", *as_officer("newbie"), "--json")
    assert code == 6, (out, err)  # the centre no longer lets the role in
