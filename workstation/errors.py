"""Errors a person can act on: the CLI and the UI show their message as it is."""

from __future__ import annotations

from collections.abc import Sequence

from workstation.domain.outcome import FieldError


class WorkstationError(Exception):
    """Base of every domain error; `str(e)` is the message for the person."""

    exit_code = 1


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
