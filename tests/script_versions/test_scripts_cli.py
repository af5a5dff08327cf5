"""`workstation scripts check|import|versions|show`."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from tests.script_versions.conftest import NOW
from tests.script_versions.texts import shipped_text
from tests.support.sign_in import as_officer, feed_password
from workstation.cli.main import main
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.scripts import default_scripts_dir, load_script
from workstation.services import scripts


def test_check_a_broken_directory_exits_1_naming_file_and_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(default_scripts_dir() / "romance.toml", tmp_path / "romance.toml")
    (tmp_path / "fake_loan.toml").write_text(
        shipped_text().replace('goto = "', 'goto = "no_such_', 1), encoding="utf-8")
    assert main(["scripts", "check", str(tmp_path)], clock=FixedClock(NOW)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("fake_loan.toml: steps[") and ".goto（第 " in err[0]  # the CLI speaks Chinese by default
    assert "不存在" in err[0]


def test_check_the_shipped_scripts_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "scripts", "check"], clock=FixedClock(NOW)) == 0
    assert "11 of 11 script files are valid" in capsys.readouterr().out


def _draft(tmp_path: Path) -> Path:
    current = load_script(shipped_text(), "fake_loan.toml")
    path = tmp_path / "new" / "fake_loan.toml"
    path.parent.mkdir()
    path.write_text(scripts.draft_next_version(current), encoding="utf-8")
    return path


def test_import_versions_and_show(desk: Workstation, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    feed_password(monkeypatch)
    base = ["--data-dir", str(tmp_path)]
    path = _draft(tmp_path)
    assert main([*base, "scripts", "import", str(path), *as_officer("lead1"), "--json"], clock=desk.clock) == 0
    version = json.loads(capsys.readouterr().out)["version"]

    assert main([*base, "scripts", "versions", "fake_loan", "--json"], clock=desk.clock) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(v["version"], v["origin"], v["added_by"], v["current"]) for v in listed] == [
        (version, "import", "lead1", True), (version - 1, "file", None, False)]
    assert datetime.fromisoformat(listed[0]["added_at"]) == NOW  # imported on the desk's clock

    assert main([*base, "scripts", "versions", "fake_loan"], clock=desk.clock) == 0
    assert f"{version} *" in capsys.readouterr().out

    assert main([*base, "scripts", "show", "fake_loan", "--version", str(version - 1)], clock=desk.clock) == 0
    assert capsys.readouterr().out == shipped_text()
    assert main([*base, "scripts", "show", "fake_loan"], clock=desk.clock) == 0
    assert f"version = {version}" in capsys.readouterr().out
    assert main([*base, "scripts", "show", "fake_loan", "--version", "42"], clock=desk.clock) == 3


def test_import_refusals(desk: Workstation, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                         monkeypatch: pytest.MonkeyPatch) -> None:
    feed_password(monkeypatch)
    base = ["--data-dir", str(tmp_path)]
    path = _draft(tmp_path)
    assert main([*base, "scripts", "import", str(path), *as_officer("officer1")], clock=desk.clock) == 4
    assert "lead" in capsys.readouterr().err
    path.write_text(path.read_text(encoding="utf-8").replace('stage = "opening"', 'stage = "x"', 1),
                    encoding="utf-8")
    assert main([*base, "scripts", "import", str(path), *as_officer("lead1")], clock=desk.clock) == 2
    err = capsys.readouterr().err
    assert "fake_loan.toml: steps[0].stage（第 " in err and "未知的值" in err
