"""What a centre tunes on a desk: checked all at once, kept in settings.toml beside what else it holds, in force
at once, audited; only admins; bad input names each field and writes nothing."""

from __future__ import annotations

import tomllib
from datetime import timedelta
from pathlib import Path

import pytest

from tests.support import passwords
from workstation.desk import Workstation
from workstation.domain.types import Role
from workstation.errors import InvalidInput, NotAllowed
from workstation.security.audit import entries
from workstation.services import desk_settings, outcomes
from workstation.settings import Settings, with_top_level


@pytest.fixture
def admin_desk(desk: Workstation) -> Workstation:
    passwords.add_officer(desk, "admin1", "ADMIN", Role.ADMIN, "password1")
    return desk


def file_of(ws: Workstation) -> str:
    path = Path(ws.settings.data_dir) / "settings.toml"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_an_admin_changes_settings_in_force_at_once_and_kept(admin_desk: Workstation) -> None:
    ws = admin_desk
    path = Path(ws.settings.data_dir) / "settings.toml"
    path.write_text('# tuned by the centre\nunit_name = "某区反诈中心"\n\n[centre]\nurl = "postgresql://d@c/ws"\n',
                    encoding="utf-8")
    changed = desk_settings.change(ws, "admin1", {"idle_lock_minutes": "30", "retry_interval": 7, "max_attempts": "5",
                                                   "printer": " CUPS-PDF ", "language": "en", "busy_retry_interval": 3})
    assert changed == {"idle_lock_minutes": 30, "retry_interval": 7, "max_attempts": 5, "printer": "CUPS-PDF",
                       "language": "en"}  # busy_retry_interval was 3 already
    assert ws.settings.idle_lock_minutes == 30 and ws.settings.printer == "CUPS-PDF"
    assert outcomes.policy(ws).retry_interval == timedelta(minutes=7)  # what the next outcome uses
    text = file_of(ws)
    kept = tomllib.loads(text)
    assert text.startswith("# tuned by the centre\n")
    assert kept["centre"] == {"url": "postgresql://d@c/ws"} and kept["unit_name"] == "某区反诈中心"
    loaded = Settings.load(Path(ws.settings.data_dir))
    assert (loaded.idle_lock_minutes, loaded.retry_interval, loaded.max_attempts, loaded.language) == (30, 7, 5, "en")
    entry = entries(ws, action="settings_changed")[-1]
    assert entry.actor == "admin1"
    assert entry.details["before"]["idle_lock_minutes"] == 10 and entry.details["after"]["idle_lock_minutes"] == 30
    assert desk_settings.change(ws, "admin1", {"idle_lock_minutes": 30}) == {}  # nothing new: nothing audited
    assert len(entries(ws, action="settings_changed")) == 1


@pytest.mark.parametrize(("values", "fields"), [
    ({"idle_lock_minutes": "0"}, {"idle_lock_minutes"}),
    ({"retry_interval": "ten"}, {"retry_interval"}),
    ({"max_attempts": 99, "dedup_window_hours": -1}, {"max_attempts", "dedup_window_hours"}),
    ({"language": "fr"}, {"language"}),
    ({"centre_tz": "Mars/Olympus"}, {"centre_tz"}),
    ({"printer": "x" * 121}, {"printer"}),
    ({"printer": "two\nlines"}, {"printer"}),
    ({"db_url": "sqlite:////etc/passwd"}, {"db_url"}),  # not a tunable setting
])
def test_bad_values_are_refused_each_by_name_and_nothing_is_written(admin_desk: Workstation, values: dict[str, object],
                                                                     fields: set[str]) -> None:
    before = file_of(admin_desk)
    with pytest.raises(InvalidInput) as refused:
        desk_settings.change(admin_desk, "admin1", {"retry_interval": 4, **values})
    assert {e.field for e in refused.value.errors} == fields
    assert file_of(admin_desk) == before and admin_desk.settings.retry_interval == 10


def test_only_an_admin_changes_settings(admin_desk: Workstation) -> None:
    for who in ("officer1", "lead1"):
        with pytest.raises(NotAllowed):
            desk_settings.change(admin_desk, who, {"idle_lock_minutes": 60})
    assert file_of(admin_desk) == "" and admin_desk.settings.idle_lock_minutes == 10


def test_top_level_keys_go_before_the_first_table_and_replace_their_old_line() -> None:
    text = 'a = 1\n# keep me\nidle_lock_minutes = 10\n[centre]\nidle_lock_minutes = 99\nurl = "x"\n'
    new = with_top_level(text, {"idle_lock_minutes": 20, "printer": 'P "1"'})
    parsed = tomllib.loads(new)
    assert parsed["idle_lock_minutes"] == 20 and parsed["printer"] == 'P "1"' and parsed["a"] == 1
    assert parsed["centre"] == {"idle_lock_minutes": 99, "url": "x"}  # a table's own key is not the top level's
    assert "# keep me" in new and new.count("idle_lock_minutes = 10") == 0
