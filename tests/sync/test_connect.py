"""`workstation connect` / `sync` / `sync status`: URL in settings.toml, password in the keyring only."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.support.keyring_memory import MemoryKeyring
from workstation.cli.main import main
from workstation.store import migrate
from workstation.store.db import make_engine
from workstation.sync import credentials
from workstation.sync.options import keyring_username


def test_connect_migrates_and_keeps_the_password_out_of_files(
        pg_url: str, ws_data_dir: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = make_url(pg_url).set(drivername="postgresql").render_as_string(hide_password=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pw\n"))
    assert main(["connect", url]) == 10  # not migrated and no --migrate: refused, nothing saved
    assert not (ws_data_dir / "settings.toml").exists()
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pw\n"))
    assert main(["connect", url, "--migrate", "--password-stdin"]) == 0
    engine = make_engine(pg_url)
    assert migrate.is_current(engine)
    engine.dispose()
    saved = (ws_data_dir / "settings.toml").read_text()
    assert "[centre]" in saved and "s3cret-pw" not in saved
    assert credentials.get_password(url) == "s3cret-pw"
    assert memory_keyring.get_password("workstation", keyring_username(url)) == "s3cret-pw"
    assert "@127.0.0.1" in keyring_username(url) and "/ws_test_" in keyring_username(url)
    capsys.readouterr()
    assert main(["sync", "--once"]) == 0  # trust auth ignores the password; the path is the real one
    assert "Pushed " in capsys.readouterr().out
    assert main(["sync", "status"]) == 0
    assert "0" in capsys.readouterr().out


def test_a_blocked_keyring_times_out_instead_of_hanging(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import keyring

    gate = threading.Event()
    monkeypatch.setattr(keyring, "get_password", lambda *_: gate.wait(5))
    try:
        assert credentials.get_password("postgresql://u@h/db", timeout=0.2) is None
    finally:
        gate.set()
