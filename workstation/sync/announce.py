"""Claims announced after they commit: the wake-up other desks get when an officer here takes a lead.

A transaction that NOTIFYs holds one database-wide lock from its commit until the commit is on disk, so a claim
that notified from its own transaction waited for every other desk's claim to be flushed (migration 0014). The
centre's claim functions therefore do not NOTIFY; the desk calls `ws_announce()` once the claim committed, on
this thread, so the officer never waits for it. Claims made while one announcement is under way share the next
one (a wake-up only makes desks pull). A failed announcement is dropped: NOTIFY was never durable, and every
desk polls regardless.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class Announcer:
    """Calls `send(officer)` on its own thread after `claimed(officer)`, once per run of claims."""

    def __init__(self, send: Callable[[str], None]) -> None:
        self._send = send
        self._cv = threading.Condition()
        self._due: str | None = None  # the officer whose claim is still to be announced
        self._halt = False
        self._thread: threading.Thread | None = None

    def claimed(self, officer: str) -> None:
        with self._cv:
            if self._halt:
                return
            self._due = officer
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="ws-claim-announcer", daemon=True)
                self._thread.start()
            self._cv.notify()

    def close(self, timeout: float = 3.0) -> None:
        """Send what is still due (a CLI process ends right after its claim), then stop."""
        with self._cv:
            self._halt = True
            self._cv.notify()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._cv:
                while self._due is None and not self._halt:
                    self._cv.wait()
                officer, self._due = self._due, None
            if officer is None:
                return
            try:
                self._send(officer)
            except Exception as exc:  # noqa: BLE001 - a lost wake-up is covered by every desk's poll
                log.info("claim announcement not sent: %s", exc)
