"""The `workstation` command's global options (--db, --data-dir, --lang) before or after the subcommand, and
`workstation db upgrade` on an encrypted desk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.conftest import NOW
from workstation.cli.main import main
from workstation.clock import FixedClock
from workstation.settings import save_values


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args), clock=FixedClock(NOW))
    out, err = capsys.readouterr()
    return code, out, err


def test_global_options_after_the_subcommand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'after.sqlite3'}"
    code, _, err = run(capsys, "demo", "--leads", "12", "--db", url, "--lang", "en")
    assert code == 0, err
    code, out, err = run(capsys, "leads", "list", "--all", "--json", "--db", url)
    assert code == 0 and json.loads(out)["count"] == 12, err
    # the same desk named before the subcommand: the same answer
    code, before, _ = run(capsys, "--db", url, "leads", "list", "--all", "--json")
    assert code == 0 and json.loads(before) == json.loads(out)
    # an option after the subcommand wins over one before it (the last one given, as argparse has it)
    code, out, err = run(capsys, "--db", f"sqlite:///{tmp_path / 'other.sqlite3'}", "leads", "list", "--all",
                         "--json", "--db", url)
    assert code == 0 and json.loads(out)["count"] == 12, err


def test_data_dir_after_the_subcommand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--lang", "en", "demo", "--leads", "5", "--data-dir", str(tmp_path / "desk"))
    assert code == 0, err
    assert list((tmp_path / "desk").glob("*.sqlite3")), "the demo desk went somewhere else"


def test_lang_after_the_subcommand_speaks_that_language(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'lang.sqlite3'}"
    code, _, err = run(capsys, "leads", "show", "nosuchlead", "--db", url, "--lang", "en")
    assert code != 0 and err.startswith("Error: "), err
    code, _, err = run(capsys, "leads", "show", "nosuchlead", "--db", url, "--lang", "zh_CN")
    assert code != 0 and err.startswith("错误") and "Error" not in err, err
    # after `--`, a word is an operand (here the lead asked for), never the language
    code, _, err = run(capsys, "--lang", "zh_CN", "--db", url, "leads", "show", "--", "--lang=en")
    assert code != 0 and "Error" not in err, err


def test_db_upgrade_on_an_encrypted_desk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """It opened the file without the key and stopped on 'file is not a database' (uncaught)."""
    pytest.importorskip("sqlcipher3")  # a third-party driver; the desk's own encryption tests need it too
    from workstation.security import cipher

    desk = tmp_path / "enc"
    desk.mkdir()
    save_values(desk, {"db_encryption": True})
    code, _, err = run(capsys, "--lang", "en", "--data-dir", str(desk), "demo", "--leads", "3")
    assert code == 0, err
    files = list(desk.glob("*.sqlite3"))
    assert len(files) == 1 and cipher.is_encrypted(files[0])
    code, out, err = run(capsys, "--lang", "en", "db", "upgrade", "--data-dir", str(desk))
    assert code == 0 and out.startswith("Schema "), err
    code, out, err = run(capsys, "--lang", "en", "--data-dir", str(desk), "leads", "list", "--all", "--json")
    assert code == 0 and json.loads(out)["count"] == 3, err


def test_a_wrong_key_is_a_database_error_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                         memory_keyring: object) -> None:
    pytest.importorskip("sqlcipher3")
    desk = tmp_path / "enc"
    desk.mkdir()
    save_values(desk, {"db_encryption": True})
    assert run(capsys, "--lang", "en", "--data-dir", str(desk), "demo", "--leads", "3")[0] == 0
    memory_keyring.clear()  # type: ignore[attr-defined]  # the key is lost: a new one will be made
    code, _, err = run(capsys, "--lang", "en", "--data-dir", str(desk), "db", "upgrade")
    assert code == 8 and err.startswith("Database error: ") and "not a database" in err, err
