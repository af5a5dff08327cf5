"""Signing in from CLI tests: `--officer NAME --password-stdin` with standard input that holds the password.

    feed_password(monkeypatch)                  # every command run afterwards reads "password1"
    main([..., "leads", "next", *as_officer("officer1")], clock=desk.clock)

The test desks' officers have the password "password1" (tests/core/conftest.py); demo accounts "demo1234".
"""

from __future__ import annotations

import sys

import pytest

TEST_PASSWORD = "password1"
DEMO_PASSWORD = "demo1234"


class PasswordStdin:
    """A standard input that is not a terminal and answers every line read with the password, so each command
    of a test signs in with it (one line per command, as a script piping it would)."""

    def __init__(self, password: str) -> None:
        self.password = password
        self.lines_read = 0

    def readline(self, size: int = -1) -> str:
        self.lines_read += 1
        return self.password + "\n"

    def isatty(self) -> bool:
        return False


def feed_password(monkeypatch: pytest.MonkeyPatch, password: str = TEST_PASSWORD) -> PasswordStdin:
    """Standard input gives `password` to every command the test runs from now on."""
    stdin = PasswordStdin(password)
    monkeypatch.setattr(sys, "stdin", stdin)
    return stdin


def as_officer(name: str) -> list[str]:
    """The arguments that make a command sign in as `name` (the password comes from standard input)."""
    return ["--officer", name, "--password-stdin"]
