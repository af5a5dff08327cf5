"""Script texts for the version tests."""

from __future__ import annotations

from workstation.scripts import default_scripts_dir


def shipped_text(scam_type: str = "fake_loan") -> str:
    return (default_scripts_dir() / f"{scam_type}.toml").read_text(encoding="utf-8")
