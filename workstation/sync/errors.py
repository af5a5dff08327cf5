"""Errors of centre mode that a person can act on."""

from __future__ import annotations

from workstation.errors import Offline, WorkstationError


class CentreUnavailable(Offline):
    """The centre's server cannot be reached now (network, server down): work continues offline."""

    exit_code = 9


class SyncRefused(WorkstationError):
    """Sync would be unsafe: the desk's clock or schema differs from the server's."""

    exit_code = 10


class NotConnected(WorkstationError):
    """This desk has no centre configured (`workstation connect URL`)."""

    exit_code = 11
