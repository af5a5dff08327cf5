"""A wheel that is whole: installed into a fresh virtual environment and run from a directory outside the
checkout, it finds its call scripts, mapping, font and translations, and its commands work."""

from __future__ import annotations

import json
import subprocess
import tomllib
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.install.conftest import ROOT, outside_env

pytestmark = pytest.mark.slow  # builds and installs a wheel (15 s): not again in the clock-ahead pass
RESOURCE_DIRS = ("scripts", "intake", "fonts", "i18n")


def test_every_package_of_the_checkout_is_in_the_wheels_list() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for top in ("workstation", "ui")
             for p in (ROOT / top).rglob("__init__.py")}
    assert found - listed == set(), "add them to [tool.setuptools] packages in pyproject.toml"
    assert listed - found == {"workstation_resources"}


def test_the_wheel_carries_the_resources_and_migrations(built_wheel: Path) -> None:
    names = set(zipfile.ZipFile(built_wheel).namelist())
    for folder in RESOURCE_DIRS:
        shipped = {n for n in names if n.startswith(f"workstation_resources/{folder}/")}
        in_checkout = {f"workstation_resources/{folder}/{p.name}" for p in (ROOT / "resources" / folder).iterdir()
                       if p.is_file()}
        assert in_checkout and in_checkout <= shipped, folder
    assert "workstation_resources/fonts/wqy-microhei.ttc" in names
    assert "workstation_resources/i18n/workstation_zh_CN.qm" in names
    versions = {p.name for p in (ROOT / "workstation/store/migrations/versions").glob("*.py")}
    assert {n.rsplit("/", 1)[1] for n in names if n.startswith("workstation/store/migrations/versions/")} >= versions


def test_the_installed_commands_work_from_anywhere(installed: Path, tmp_path: Path) -> None:
    bin_dir = installed / "bin"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = outside_env(tmp_path / "data")

    def run(*args: str) -> str:
        out = subprocess.run([*args], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=180)
        assert out.returncode == 0, (args, out.stdout, out.stderr)
        return out.stdout

    where = json.loads(run(str(bin_dir / "python"), "-c",
                           "import json, workstation, ui; from workstation.resources import resource_path as r\n"
                           "print(json.dumps([workstation.__file__, ui.__file__, str(r('fonts', 'wqy-microhei.ttc')),"
                           " str(r('scripts')), str(r('i18n', 'workstation_zh_CN.qm')), str(r('intake', 'columns.toml'))]))"))
    for path in where:
        assert Path(path).is_relative_to(installed) and Path(path).exists(), path  # none from the checkout
    assert run(str(bin_dir / "workstation"), "--version").startswith("workstation 0.1.0 (")
    assert "20" in run(str(bin_dir / "workstation"), "--lang", "en", "demo", "--leads", "20")
    listed = json.loads(run(str(bin_dir / "workstation"), "leads", "list", "--all", "--json"))
    assert listed["count"] == 20
    assert "11 of 11 script files are valid" in run(str(bin_dir / "workstation"), "--lang", "en", "scripts", "check")
    shot = tmp_path / "shot.png"
    gui = subprocess.run([str(bin_dir / "workstation-gui"), "--screenshot", str(shot)], cwd=elsewhere,
                         env=dict(env, WS_DEMO_AUTOLOGIN="officer1"), capture_output=True, text=True, timeout=180)
    assert gui.returncode == 0 and "Traceback" not in gui.stderr, gui.stdout + gui.stderr
    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20, "the window's picture is blank"
