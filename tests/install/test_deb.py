"""The .deb made from the bundle, as a centre's IT staff installs it on a desk with no network: built by
`./run package`'s builder, installed with apt-get (nothing downloaded), run from outside the checkout — the
command line, a printed form, the window under Xvfb — then removed, leaving the user's data alone.

Needs root, dpkg and Xvfb (CI has them); elsewhere it is skipped, and under CI=true it fails instead."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.install.conftest import ROOT

pytestmark = pytest.mark.slow
LOCK = Path(tempfile.gettempdir()) / "ws-tests-deb.lock"  # one install at a time on this machine


def _unavailable(why: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"the .deb test cannot run in CI: {why}")
    pytest.skip(why)


@pytest.fixture
def machine_lock() -> Iterator[None]:
    if os.geteuid() != 0:
        _unavailable("installing a .deb needs root")
    for tool in ("dpkg-deb", "apt-get", "xvfb-run"):
        if shutil.which(tool) is None:
            _unavailable(f"no {tool}")
    with LOCK.open("w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        yield


def run(*args: str, home: Path, cwd: Path, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("PYTHONPATH", "WS_DATA_DIR", "WS_RESOURCES", "WS_DEMO_AUTOLOGIN", "VIRTUAL_ENV")}
    environment.update(HOME=str(home), PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", **env)
    out = subprocess.run(list(args), cwd=cwd, env=environment, input=stdin, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, (args, out.stdout[-2000:], out.stderr[-4000:])
    return out


def test_the_deb_installs_offline_runs_and_leaves_the_users_data(machine_lock: None, tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    # Uncompressed: the same files as the xz .deb that ./run package makes (bench_package builds that one), in
    # less of CI's time to compress and to unpack.
    builder = ROOT / "resources" / "packaging" / "build.py"
    built = subprocess.run([sys.executable, str(builder), "--dist", str(dist), "--work", str(tmp_path / "work"),
                            "--compression", "none"], cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (deb,) = dist.glob("workstation_*.deb")
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in ("./opt/workstation/workstation-gui", "./opt/workstation/workstation", "./usr/bin/workstation-gui",
                 "./usr/bin/workstation", "./usr/share/applications/workstation.desktop",
                 "./usr/share/icons/hicolor/256x256/apps/workstation.png",
                 "./opt/workstation/_internal/workstation_resources/fonts/wqy-microhei.ttc"):
        assert path in listing, path
    assert "DEBIAN/postrm" not in listing and "./home" not in listing
    depends = subprocess.run(["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True,
                             check=True).stdout
    assert "libxcb-cursor0" in depends and "libcups2" in depends

    home, elsewhere = tmp_path / "home", tmp_path / "elsewhere"
    home.mkdir()
    elsewhere.mkdir()
    # No repository at all (an intranet desk): apt resolves the dependencies from what is installed, or fails.
    offline = ["-o", "Dir::Etc::SourceList=/dev/null", "-o", "Dir::Etc::SourceParts=/dev/null"]
    installed = subprocess.run(["apt-get", "install", "-y", "-q", *offline, str(deb)],
                               capture_output=True, text=True, timeout=600,
                               env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    assert installed.returncode == 0, installed.stdout[-2000:] + installed.stderr[-2000:]
    data = home / ".local" / "share" / "workstation"
    try:
        assert shutil.which("workstation-gui") == "/usr/bin/workstation-gui"
        assert "(bundle " in run("workstation", "--version", home=home, cwd=elsewhere).stdout
        assert "30" in run("workstation", "--lang", "en", "demo", "--leads", "30", home=home, cwd=elsewhere).stdout
        assert "11 of 11 script files are valid" in run("workstation", "--lang", "en", "scripts", "check",
                                                         home=home, cwd=elsewhere).stdout
        pdf = tmp_path / "record.pdf"
        leads = run("workstation", "leads", "list", "--all", "--json", home=home, cwd=elsewhere).stdout
        ref = next(lead["ref"] for lead in json.loads(leads)["leads"] if lead["status"] == "closed")  # it has calls
        run("workstation", "--lang", "en", "print", "record", "--lead", ref, "-o", str(pdf), "--officer",
            "lead1", "--password-stdin", stdin="demo1234\n", home=home, cwd=elsewhere)
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "WenQuanYi" in fonts or "wqy" in fonts.lower(), fonts  # the bundled font, embedded
        shot = tmp_path / "window.png"
        run("xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "workstation-gui", "--screenshot", str(shot),
            home=home, cwd=elsewhere, QT_QPA_PLATFORM="xcb", WS_DEMO_AUTOLOGIN="officer1")
        image = QImage(str(shot))
        assert image.width() >= 1000 and image.height() >= 600
        colours = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
        assert len(colours) > 30, "the installed app's window is blank"
    finally:
        removed = subprocess.run(["dpkg", "-r", "workstation"], capture_output=True, text=True, timeout=300)
    assert removed.returncode == 0, removed.stderr
    assert not Path("/opt/workstation").exists() and shutil.which("workstation-gui") is None
    assert (data / "workstation.sqlite3").is_file() and (data / "settings.toml").is_file()  # the user's data stays
