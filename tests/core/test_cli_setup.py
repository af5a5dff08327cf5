"""`workstation setup`, `workstation settings show|set` and `--version`, run in-process through main()."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.core.conftest import NOW
from tests.support.sign_in import feed_password
from workstation.cli.main import main
from workstation.clock import FixedClock

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", "--data-dir", str(data_dir), *args], clock=FixedClock(NOW))
    out, err = capsys.readouterr()
    return code, out, err


def test_setup_then_the_admin_tunes_the_desk(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    feed_password(monkeypatch, "chosen-secret")
    code, out, err = run(capsys, tmp_path, "setup", "--unit", "某区反诈中心", "--admin", "chief", "--name", "王主任",
                         "--password-stdin")
    assert code == 0, err
    assert "chief" in out and "某区反诈中心" in out
    code, out, _ = run(capsys, tmp_path, "officers", "list", "--json")
    assert [o["username"] for o in json.loads(out)["officers"]] == ["chief"]
    code, out, err = run(capsys, tmp_path, "settings", "set", "idle_lock_minutes=25", "retry_interval=5",
                         "--officer", "chief", "--password-stdin")
    assert code == 0, err
    assert "Now idle_lock_minutes = 25" in out and "Now retry_interval = 5" in out
    code, out, _ = run(capsys, tmp_path, "settings", "show", "--json")
    shown = json.loads(out)["settings"]
    assert shown["idle_lock_minutes"] == 25 and shown["retry_interval"] == 5 and shown["centre_tz"] == "Asia/Shanghai"
    kept = tomllib.loads((tmp_path / "settings.toml").read_text(encoding="utf-8"))
    assert kept["idle_lock_minutes"] == 25 and kept["unit_name"] == "某区反诈中心"


def test_setup_refuses_twice_and_bad_settings_cost_no_sign_in(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = feed_password(monkeypatch, "chosen-secret")
    assert run(capsys, tmp_path, "setup", "--unit", "某区反诈中心", "--admin", "chief", "--name", "王",
               "--password-stdin")[0] == 0
    code, _, err = run(capsys, tmp_path, "setup", "--unit", "别的", "--admin", "x", "--name", "X", "--password-stdin")
    assert code == 5 and "set up already" in err
    before = (tmp_path / "settings.toml").read_text(encoding="utf-8")
    read = stdin.lines_read
    code, _, err = run(capsys, tmp_path, "settings", "set", "max_attempts=0", "language=fr", "oops",
                       "--officer", "chief", "--password-stdin")
    assert code == 2 and "max_attempts" in err and "language" in err and "'oops' is not NAME=VALUE" in err
    assert stdin.lines_read == read  # refused before any password was read
    assert (tmp_path / "settings.toml").read_text(encoding="utf-8") == before


def test_setup_with_a_bad_admin_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    feed_password(monkeypatch, "short")
    code, _, err = run(capsys, tmp_path, "setup", "--unit", "某区反诈中心", "--tz", "Nowhere/Else",
                       "--admin", "chief", "--name", "王", "--password-stdin")
    assert code == 2 and "Nowhere/Else" in err and "Password" in err
    assert err.splitlines() == ["Error: Unknown time zone 'Nowhere/Else' (e.g. Asia/Shanghai)",
                                "Error: Password: 8 characters or more"]  # each once, no code's field names
    assert not (tmp_path / "settings.toml").exists()
    code, out, _ = run(capsys, tmp_path, "officers", "list", "--json")
    assert json.loads(out)["officers"] == []


class _Terminal:
    """Standard input that is a terminal: the password is typed through getpass, never read from here."""

    def isatty(self) -> bool:
        return True

    def readline(self, size: int = -1) -> str:
        raise AssertionError("a typed password goes through getpass")


def test_at_a_terminal_the_admin_password_is_typed_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import getpass

    typed = iter(["chosen-secret", "chosen-secreT", "chosen-secret", "chosen-secret"])
    asked: list[str] = []
    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or next(typed))
    code, _, err = run(capsys, tmp_path, "setup", "--unit", "某区反诈中心", "--admin", "chief", "--name", "王")
    assert code == 2 and "The two passwords differ" in err
    assert not (tmp_path / "settings.toml").exists()
    assert run(capsys, tmp_path, "setup", "--unit", "某区反诈中心", "--admin", "chief", "--name", "王")[0] == 0
    assert asked == ["Password for chief: ", "Again: "] * 2
    feed_password(monkeypatch, "chosen-secret")
    assert run(capsys, tmp_path, "settings", "set", "max_attempts=4", "--officer", "chief", "--password-stdin")[0] == 0


def test_without_a_terminal_or_stdin_the_admin_password_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, _, err = run(capsys, tmp_path, "setup", "--unit", "某区反诈中心", "--admin", "chief", "--name", "王")
    assert code == 2 and "--password-stdin" in err
    assert not (tmp_path / "settings.toml").exists()


def test_version_says_the_version_and_build_without_loading_the_database_code() -> None:
    code = ("import sys\nfrom workstation.cli.main import main\n"
            "try:\n    main(['--version'])\nexcept SystemExit as e:\n    assert e.code == 0\n"
            "print(sorted(m for m in ('sqlalchemy', 'alembic', 'reportlab') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    first, loaded = out.stdout.splitlines()
    assert first.startswith("workstation 0.1.0 (") and loaded == "[]"


def test_a_mistyped_time_zone_gets_the_name_it_most_likely_meant(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    feed_password(monkeypatch, "chosen-secret")
    for typed in ("asia/shanghai", "Asia/Shanghia"):
        code, _, err = run(capsys, tmp_path, "setup", "--unit", "某区反诈中心", "--tz", typed, "--admin", "chief",
                           "--name", "王", "--password-stdin")
        assert code == 2 and err.strip() == f"Error: Unknown time zone '{typed}': did you mean Asia/Shanghai?"
    code, _, err = run(capsys, tmp_path, "setup", "--unit", "某区反诈中心", "--tz", "Mars/Olympus", "--admin",
                       "chief", "--name", "王", "--password-stdin")
    assert code == 2 and "did you mean" not in err
    assert not (tmp_path / "settings.toml").exists()


def test_an_empty_standard_input_is_no_password(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, _, err = run(capsys, tmp_path, "setup", "--unit", "某区反诈中心", "--admin", "chief", "--name", "王",
                       "--password-stdin")
    assert code == 2 and err.strip() == "Error: No password on standard input"
    assert not (tmp_path / "settings.toml").exists()


def test_a_desk_never_set_up_says_so_instead_of_refusing_the_password(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str],
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    feed_password(monkeypatch, "anything")
    code, _, err = run(capsys, tmp_path, "settings", "set", "max_attempts=4", "--officer", "chief",
                       "--password-stdin")
    assert code == 6 and "not set up yet" in err and "workstation setup" in err
    assert not (tmp_path / "settings.toml").exists()


def test_settings_refused_say_each_name_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, tmp_path, "settings", "set", "idle_lock_minutes=-5", "max_attempts=x")
    assert code == 2 and err.splitlines() == ["Error: idle_lock_minutes: between 1 and 240",
                                              "Error: max_attempts: 'x' is not a whole number"]


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """`python -m workstation.cli leads list --json | head -1`: the pipe closes; the command ends quietly."""
    data = str(tmp_path / "desk")
    cli = [sys.executable, "-m", "workstation.cli", "--data-dir", data]
    assert subprocess.run([*cli, "demo", "--leads", "400"], cwd=ROOT, capture_output=True, timeout=120).returncode == 0
    listing = subprocess.Popen([*cli, "leads", "list", "--all", "--json"], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    assert listing.stdout is not None and listing.stdout.readline() == b"{\n"
    listing.stdout.close()  # the reader leaves with most of the output unread
    _, err = listing.communicate(timeout=60)
    assert listing.returncode == 1 and b"Traceback" not in err and b"BrokenPipe" not in err
