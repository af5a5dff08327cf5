"""The idle-lock policy, and opt-in SQLCipher encryption of the desk's database."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.exc import DatabaseError

from tests.core.conftest import NOW, make_lead
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.domain.masking import mask_name, mask_phone
from workstation.domain.types import Role
from workstation.security import cipher
from workstation.security.idle import IdlePolicy
from workstation.services import auth, leads, queue
from workstation.services.claims import LOCAL
from workstation.settings import Settings
from workstation.store import migrate
from workstation.store.db import make_session_factory


def test_idle_policy() -> None:
    policy = IdlePolicy(10)
    assert not policy.should_lock(NOW, NOW + timedelta(minutes=9, seconds=59))
    assert policy.should_lock(NOW, NOW + timedelta(minutes=10))
    assert not policy.should_lock(NOW, NOW - timedelta(hours=1))  # a clock set back never locks
    assert policy.locks_at(NOW) == NOW + timedelta(minutes=10)
    assert policy.remaining(NOW, NOW + timedelta(minutes=4)) == timedelta(minutes=6)
    assert policy.remaining(NOW, NOW + timedelta(hours=1)) == timedelta(0)
    off = IdlePolicy(0)
    assert not off.should_lock(NOW, NOW + timedelta(days=1)) and off.locks_at(NOW) is None
    assert IdlePolicy.from_settings(Settings()).minutes == 10
    assert IdlePolicy.from_settings(type("S", (), {"idle_lock_minutes": 3})()).minutes == 3


sqlcipher3 = pytest.importorskip("sqlcipher3")


def encrypted_desk(path: Path, clock: FixedClock, key: str | None = None) -> Workstation:
    url = f"sqlite:///{path}"
    engine = cipher.make_encrypted_engine(url, key)
    migrate.upgrade(engine)
    return Workstation(Settings(data_dir=path.parent, db_url=url, desk_id="enc"), engine,
                       make_session_factory(engine), clock, LOCAL)


def test_encrypted_desk_round_trip(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "enc.sqlite3"
    ws = encrypted_desk(path, clock)  # key made and kept in the (in-memory) keyring
    auth.add_officer(ws, "officer1", "O", Role.OFFICER, "password1")
    lead_id = leads.receive(ws, make_lead(phone="13912349876", name="李秘密"))
    with ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    ws.close()
    assert cipher.is_encrypted(path) and path.stat().st_mode & 0o077 == 0
    for f in tmp_path.glob("enc.sqlite3*"):
        data = f.read_bytes()
        assert b"13912349876" not in data and "李秘密".encode() not in data
    again = encrypted_desk(path, clock)  # same key from the keyring
    assert leads.detail(again, lead_id, reveal=True).row.phone == "13912349876"
    again.close()
    wrong = cipher.make_encrypted_engine(f"sqlite:///{path}", "00" * 32)
    with pytest.raises(DatabaseError), wrong.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM leads").scalar()
    wrong.dispose()


def test_encrypt_an_existing_plain_desk(desk_plain: Workstation, tmp_path: Path, clock: FixedClock) -> None:
    lead_id = leads.receive(desk_plain, make_lead())
    desk_plain.close()
    plain = Path(desk_plain.engine.url.database or "")
    key = cipher.database_key(tmp_path / "copy.sqlite3")
    cipher.encrypt_copy(plain, tmp_path / "copy.sqlite3", key)
    ws = encrypted_desk(tmp_path / "copy.sqlite3", clock)
    assert leads.detail(ws, lead_id).row.id == lead_id and migrate.is_current(ws.engine)
    [row] = queue.page(ws, queue.QueueFilter())  # the masked facts SQLite keeps came across (migration 0020)
    assert (row.person_name, row.phone) == (mask_name(make_lead().person_name), mask_phone(make_lead().phone))
    ws.close()


def test_url_and_key_checks() -> None:
    with pytest.raises(ValueError):
        cipher.encrypted_url("sqlite:///x.db", "not-hex")
    with pytest.raises(ValueError):
        cipher.encrypted_url("postgresql://h/db", "ab" * 32)
    assert cipher.encrypted_url("sqlite:////a/b.db", "ab" * 32).startswith("sqlite+pysqlcipher://:")


@pytest.fixture
def desk_plain(tmp_path: Path, clock: FixedClock) -> Workstation:
    from workstation.bootstrap import bootstrap

    return bootstrap(Settings(data_dir=tmp_path / "plain", desk_id="plain"), clock=clock)
