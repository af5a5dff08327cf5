"""First run for real use: a new desk is set up once, with its unit, time zone and first admin; no demo account
exists outside demo mode; bad input is refused with every field named and nothing written."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.core.conftest import NOW
from workstation import demo
from workstation.bootstrap import bootstrap
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.domain.types import Role
from workstation.errors import AuthError, Conflict, InvalidInput
from workstation.security.audit import entries
from workstation.services import auth, setup
from workstation.settings import Settings

ADMIN = setup.FirstAdmin("chief", "王主任", "a-long-secret", "033901")


@pytest.fixture
def fresh(tmp_path: Path) -> Workstation:
    ws = bootstrap(Settings(data_dir=tmp_path, desk_id="desk-1"), clock=FixedClock(NOW))
    yield ws
    ws.close()


def settings_file(ws: Workstation) -> dict[str, object]:
    path = Path(ws.settings.data_dir) / "settings.toml"
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def test_a_new_desk_is_known_without_opening_its_database(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    assert settings.is_new_desk
    ws = bootstrap(settings)
    ws.close()
    assert not Settings(data_dir=tmp_path).is_new_desk  # the database exists now
    other = tmp_path / "centre-desk"
    other.mkdir()
    (other / "settings.toml").write_text('[centre]\nurl = "postgresql://desk1@centre/ws"\n', encoding="utf-8")
    assert not Settings.load(other).is_new_desk
    assert not Settings(data_dir=tmp_path / "x", demo=True).is_new_desk


def test_set_up_makes_the_first_admin_with_the_chosen_password_and_no_demo_account(fresh: Workstation) -> None:
    assert setup.needs_setup(fresh)
    made = setup.set_up_desk(fresh, unit_name="  杭州市公安局  反电信网络诈骗中心 ", centre_tz="Asia/Urumqi", admin=ADMIN)
    assert made is not None and made.username == "chief" and made.role is Role.ADMIN
    assert [o.username for o in auth.officers(fresh)] == ["chief"]
    assert auth.sign_in(fresh, "chief", "a-long-secret").role is Role.ADMIN
    with pytest.raises(AuthError):
        auth.sign_in(fresh, "admin1", demo.DEMO_PASSWORD)
    kept = settings_file(fresh)
    assert kept["unit_name"] == "杭州市公安局 反电信网络诈骗中心" and kept["centre_tz"] == "Asia/Urumqi"
    assert "demo" not in kept and not fresh.settings.demo
    assert fresh.settings.unit_name == kept["unit_name"] and fresh.settings.centre_tz == "Asia/Urumqi"
    again = Settings.load(Path(fresh.settings.data_dir))
    assert again.unit_name == kept["unit_name"] and again.centre_tz == "Asia/Urumqi"
    assert not setup.needs_setup(fresh)
    actions = [e.action for e in entries(fresh)]
    assert "desk_set_up" in actions and "officer_added" in actions


def test_bad_input_names_every_field_and_writes_nothing(fresh: Workstation) -> None:
    bad = setup.FirstAdmin("no spaces allowed", " ", "short", "")
    with pytest.raises(InvalidInput) as refused:
        setup.set_up_desk(fresh, unit_name="某市公安局反电信网络诈骗中心", centre_tz="Mars/Olympus", admin=bad)
    fields = {e.field for e in refused.value.errors}
    assert fields == {"unit_name", "centre_tz", "username", "display_name", "password"}
    assert "Mars/Olympus" in str(refused.value)
    assert auth.officers(fresh) == [] and settings_file(fresh) == {}
    with pytest.raises(InvalidInput) as refused:
        setup.set_up_desk(fresh, unit_name="某区反诈中心", centre_tz="Asia/Shanghai", admin=None)
    assert [e.field for e in refused.value.errors] == ["admin"]
    assert auth.officers(fresh) == [] and settings_file(fresh) == {}


def test_a_desk_is_set_up_once(fresh: Workstation) -> None:
    setup.set_up_desk(fresh, unit_name="某区反诈中心", centre_tz="Asia/Shanghai", admin=ADMIN)
    before = settings_file(fresh)
    with pytest.raises(Conflict):
        setup.set_up_desk(fresh, unit_name="别的中心", centre_tz="Asia/Urumqi",
                          admin=setup.FirstAdmin("intruder", "X", "another-secret"))
    assert [o.username for o in auth.officers(fresh)] == ["chief"] and settings_file(fresh) == before


def test_demo_accounts_exist_only_on_a_demo_desk_which_says_so(tmp_path: Path) -> None:
    ws = bootstrap(Settings(data_dir=tmp_path), clock=FixedClock(NOW))
    try:
        demo.seed(ws, lead_count=5)
        assert ws.settings.demo and settings_file(ws)["demo"] is True
        assert Settings.load(tmp_path).demo
        assert not setup.needs_setup(ws)
        with pytest.raises(Conflict):
            setup.set_up_desk(ws, unit_name="某区反诈中心", centre_tz="Asia/Shanghai", admin=ADMIN)
    finally:
        ws.close()


def test_the_demo_set_never_goes_onto_a_desk_set_up_for_real_use(fresh: Workstation) -> None:
    setup.set_up_desk(fresh, unit_name="某区反诈中心", centre_tz="Asia/Shanghai", admin=ADMIN)
    with pytest.raises(Conflict) as refused:
        demo.seed(fresh, lead_count=5)
    assert "set up for real use" in str(refused.value)
    assert [o.username for o in auth.officers(fresh)] == ["chief"] and not fresh.settings.demo
    assert "demo" not in settings_file(fresh)
