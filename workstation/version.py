"""The version and the build a desk runs, for `workstation --version`, About and error reports.

The version is the installed distribution's (pyproject.toml). The build says where the code came from: the
bundle's build stamp (`workstation/_build.txt`, written by ./run package), else the checkout's git commit, else
"source".
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
from collections.abc import Sequence
from functools import cache
from importlib import metadata
from pathlib import Path

DIST = "workstation"
_STAMP = Path(__file__).with_name("_build.txt")


@cache
def version() -> str:
    try:
        return metadata.version(DIST)
    except metadata.PackageNotFoundError:
        return "0+unknown"


@cache
def build() -> str:
    """The build stamp of a bundle, the git commit of a checkout (with "+changes" when dirty), else "source"."""
    try:
        return _STAMP.read_text(encoding="utf-8").strip() or "source"
    except OSError:
        pass
    checkout = Path(__file__).resolve().parent.parent
    if not (checkout / ".git").exists():
        return "source"
    try:
        out = subprocess.run(["git", "-C", str(checkout), "describe", "--always", "--dirty=+changes"],
                             capture_output=True, text=True, timeout=5, check=True)
    except (OSError, subprocess.SubprocessError):
        return "source"
    return f"git {out.stdout.strip()}"


def describe() -> str:
    """One line: `workstation 0.1.0 (build …)`."""
    return f"{DIST} {version()} ({build()})"


def environment(*more: str) -> str:
    """What an error report says about the machine: no user, host or path. `more`: e.g. the GUI's Qt version."""
    frozen = " frozen" if getattr(sys, "frozen", False) else ""
    parts = [f"Python {platform.python_version()}{frozen}", f"{platform.system()} {platform.release()} "
             f"({platform.machine()})", *more]
    return f"{describe()}\n" + "; ".join(parts)


class VersionAction(argparse.Action):
    """`--version`: prints `describe()` and stops. Lazy: the build (a git call in a checkout) is looked up only
    when asked, not each time a parser is made."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None, nargs: object = None) -> None:
        # nargs is taken and dropped: --version never takes a value
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        print(describe())
        parser.exit()
