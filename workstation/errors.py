"""Errors a person can act on: the CLI and the UI show their message, put into the person's language.

Raise them with a `workstation.messages.Msg` (a code and its parameters); `str(e)` renders it through the
translator the edge installed (see workstation/messages.py). A plain str is still taken, as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from workstation.domain.outcome import FieldError
from workstation.messages import Msg


class WorkstationError(Exception):
    """Base of every domain error; `str(e)` is the message for the person."""

    exit_code = 1

    @property
    def message(self) -> Msg | str:
        """What was raised: a Msg (code + parameters) or, from older code, a sentence."""
        return self.args[0] if self.args else ""

    @property
    def code(self) -> str:
        """The message's code ("" for a plain sentence)."""
        return self.message.code if isinstance(self.message, Msg) else ""


class NotFound(WorkstationError):
    exit_code = 3


class NotAllowed(WorkstationError):
    """The officer may not do this (not their lead, wrong role)."""

    exit_code = 4


class Conflict(WorkstationError):
    """Someone else got there first (the lead is claimed by another officer)."""

    exit_code = 5


class AuthError(WorkstationError):
    exit_code = 6


class InvalidInput(WorkstationError):
    """Input that fails validation; `errors` names each field."""

    exit_code = 2

    def __init__(self, errors: Sequence[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))


class SchemaOutOfDate(WorkstationError):
    exit_code = 7


class Offline(WorkstationError):
    """The centre cannot be reached now: the desk works on what it has (workstation.sync.errors subclasses it)."""

    exit_code = 9
