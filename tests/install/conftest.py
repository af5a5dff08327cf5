"""Helpers for tests that install the workstation the way a desk gets it: a wheel built from the checkout's
tracked files, a fresh virtual environment, commands run from a directory outside the checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def tracked_copy(dest: Path) -> Path:
    """The checkout's tracked (and new, not ignored) files copied to `dest`: what a clean clone builds from."""
    names = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, check=True,
                           capture_output=True).stdout.decode().split("\0")
    for name in filter(None, names):
        source = ROOT / name
        if source.is_file():
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return dest


def outside_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a desk's user: no PYTHONPATH into the checkout, its own data directory."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "WS_RESOURCES", "WS_DEMO_AUTOLOGIN")}
    env.update(WS_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1", **extra)
    return env


@pytest.fixture(scope="session")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel `pip wheel` makes of a clean copy of the checkout (no build environment: setuptools from here)."""
    source = tracked_copy(tmp_path_factory.mktemp("source"))
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(dist),
                    str(source)], check=True, capture_output=True, timeout=300)
    (wheel,) = dist.glob("workstation-*.whl")
    return wheel


@pytest.fixture(scope="session")
def installed(built_wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel installed; its dependencies are read from this interpreter's
    site-packages through a plain path entry (which does not run the editable checkout's finder there)."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
                    "--disable-pip-version-check", str(built_wheel)], check=True, capture_output=True, timeout=300)
    purelib = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                  check=True, capture_output=True, text=True).stdout.strip())
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (purelib / "zz_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    return venv
