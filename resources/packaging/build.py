"""Build the self-contained bundle and, on Debian, the .deb (`./run package`).

    python resources/packaging/build.py [--dist DIR] [--work DIR] [--no-deb]

1. Stamps the build (_build.txt in the work folder, bundled as workstation/_build.txt: git commit, date) so
   `--version` and About say it. The checkout itself is never written: tests running beside a build still say
   their git commit.
2. Runs PyInstaller on resources/packaging/workstation.spec: DIR/workstation/ holds `workstation-gui`, `workstation`
   and `_internal/` (Python, Qt, the font, the resources, the migrations).
3. On a machine with dpkg-deb, wraps it as DIR/workstation_<version>_<arch>.deb: the bundle in /opt/workstation,
   /usr/bin/workstation and /usr/bin/workstation-gui, a desktop entry and icons. No maintainer scripts: each
   user's data stays in their own data directory (~/.local/share/workstation) and removing the package leaves it.
Prints the sizes and the time taken.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "resources" / "packaging"

#: What the bundle's Qt (xcb platform plugin, printing, fonts) needs from a Debian 12 / UOS / Kylin system.
DEPENDS = ("libc6", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0", "libegl1", "libgl1",
           "libfontconfig1", "libdbus-1-3", "libxcb-image0", "libxcb-randr0", "libxcb-render-util0",
           "libxcb-shape0", "libxcb-xfixes0", "libxcb-xkb1", "libx11-xcb1", "libglib2.0-0", "libcups2")

DESKTOP = """[Desktop Entry]
Type=Application
Name=Warning-call workstation
Name[zh_CN]=反诈预警劝阻工作台
GenericName=Anti-fraud warning calls
GenericName[zh_CN]=预警劝阻
Comment=Call people being scammed now, record what happened, start a stop-payment
Comment[zh_CN]=预警线索劝阻、处置记录、紧急止付
Exec=workstation-gui
Icon=workstation
Terminal=false
Categories=Office;
"""

WRAPPER = """#!/bin/sh
# {name}: the workstation bundle in /opt/workstation (the package workstation).
exec /opt/workstation/{name} "$@"
"""


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def stamp(work: Path) -> str:
    """Write the build stamp into `work` (handed to the spec through WS_BUILD_STAMP); returns its text."""
    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty=+changes"],
                                capture_output=True, text=True, check=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = "unknown"
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
    text = f"bundle {commit} {when}"
    work.mkdir(parents=True, exist_ok=True)
    (work / "_build.txt").write_text(text + "\n", encoding="utf-8")
    os.environ["WS_BUILD_STAMP"] = str(work / "_build.txt")
    return text


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def bundle(dist: Path, work: Path) -> Path:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(HERE / "workstation.spec")],
                   check=True, cwd=ROOT)
    return dist / "workstation"


def deb(folder: Path, dist: Path, work: Path, compression: str = "xz") -> Path:
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    root = work / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(folder, root / "opt" / "workstation", symlinks=True)
    for name in ("workstation", "workstation-gui"):
        wrapper = root / "usr" / "bin" / name
        wrapper.parent.mkdir(parents=True, exist_ok=True)
        wrapper.write_text(WRAPPER.format(name=name), encoding="utf-8")
        wrapper.chmod(0o755)
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / "workstation.desktop").write_text(DESKTOP, encoding="utf-8")
    icons = root / "usr" / "share" / "icons" / "hicolor"
    for size, source in (("256x256", "workstation.png"), ("scalable", "workstation.svg")):
        target = icons / size / "apps" / source
        target.parent.mkdir(parents=True)
        shutil.copy2(ROOT / "resources" / "icons" / source, target)
    installed_kb = int(size_mb(root) * 1000)
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: workstation\nVersion: {version()}\nArchitecture: {arch}\nMaintainer: Anti-fraud centre IT "
        f"<it@localhost>\nInstalled-Size: {installed_kb}\nDepends: {', '.join(DEPENDS)}\nSection: misc\n"
        f"Priority: optional\nDescription: Warning-call workstation for anti-fraud centres (反诈预警劝阻工作台)\n"
        f" Officers work a queue of warning leads, call with a script for the scam type, record the outcome and\n"
        f" start an emergency stop-payment. Self-contained: Python, Qt and the fonts are inside /opt/workstation.\n",
        encoding="utf-8")
    for path in root.rglob("*"):  # no file writable by others in a package
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~0o022)
    out = dist / f"workstation_{version()}_{arch}.deb"
    level = ["-z3"] if compression == "xz" else []
    subprocess.run(["dpkg-deb", "--build", "--root-owner-group", f"-Z{compression}", *level, str(root), str(out)],
                   check=True,
                   stdout=subprocess.DEVNULL)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle and the .deb go (dist/)")
    p.add_argument("--work", type=Path, default=ROOT / "build" / "package", help="PyInstaller's work folder")
    p.add_argument("--no-deb", action="store_true", help="the bundle only")
    p.add_argument("--compression", choices=("xz", "none"), default="xz",
                   help="the .deb's compression: xz (for desks, ~115 MB) or none (the same files, built and "
                        "installed in less time; the tests use it)")
    args = p.parse_args(argv)
    started = time.monotonic()
    print(f"build: {stamp(args.work.resolve())}", flush=True)
    folder = bundle(args.dist.resolve(), args.work.resolve())
    bundled = time.monotonic() - started
    print(f"bundle: {folder} ({size_mb(folder):.0f} MB) in {bundled:.0f} s", flush=True)
    if not args.no_deb and shutil.which("dpkg-deb") and os.name == "posix":
        package = deb(folder, args.dist.resolve(), args.work.resolve(), args.compression)
        print(f"deb: {package} ({size_mb(package):.0f} MB) in {time.monotonic() - started - bundled:.0f} s",
              flush=True)
    print(f"total: {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
