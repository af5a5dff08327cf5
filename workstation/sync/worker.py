"""The background sync worker: never the GUI thread. Pushes, pulls, renews leases, sweeps, reports status.

Schedule: the outbox is looked at every `push_interval`; a pull happens on a NOTIFY wake-up, after a local
write (`Centre.wake()`), and at least every `poll_seconds`; leases are renewed every `heartbeat_seconds`
and expired ones swept every `sweep_seconds`. Offline, everything is retried every `retry_seconds`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from workstation.messages import QT_TRANSLATE_NOOP, Msg, message
from workstation.sync.centre import Centre
from workstation.sync.errors import CentreUnavailable, SyncRefused
from workstation.sync.listener import Listener
from workstation.sync.push import pending
from workstation.sync.status import SyncStatus, local_status

log = logging.getLogger("workstation.sync")

SYNC_ERROR = message("sync.error", QT_TRANSLATE_NOOP("Messages", "Sync error: {error}"))


class SyncWorker(threading.Thread):
    """Runs until stop(); `on_status` is called from this thread (the UI must re-post it to the GUI thread)."""

    def __init__(self, centre: Centre, on_status: Callable[[SyncStatus], None] | None = None) -> None:
        super().__init__(name="ws-sync-worker", daemon=True)
        self.centre = centre
        self.on_status = on_status
        self.online = False
        self.error: Msg | str = ""
        self.cycles = 0
        self._halt = threading.Event()
        self.listener: Listener | None = None
        if centre.options.listen:
            self.listener = Listener(centre.url, lambda _seq: centre.wake(), retry=centre.options.retry_seconds,
                                     connect_timeout=centre.options.connect_timeout)

    def stop(self, timeout: float = 10.0) -> None:
        self._halt.set()
        self.centre.wake()
        if self.listener is not None:
            self.listener.stop()
            self.listener.join(timeout)
        if self.is_alive():
            self.join(timeout)

    def status(self) -> SyncStatus:
        return local_status(self.centre.ws, connected=True, online=self.online, error=self.error)

    def run(self) -> None:
        if self.listener is not None:
            self.listener.start()
        o = self.centre.options
        last_full = last_beat = last_sweep = 0.0
        while not self._halt.is_set():
            now = time.monotonic()
            woken = self.centre.wakeup.is_set()
            try:
                if woken or now - last_full >= (o.poll_seconds if self.online else o.retry_seconds):
                    sweep = now - last_sweep >= o.sweep_seconds
                    self.centre.sync_once(heartbeat=True, sweep=sweep)
                    last_full = last_beat = now
                    last_sweep = now if sweep else last_sweep
                    self._report(True, "")
                else:
                    if self._has_outbox():
                        self.centre.push()
                        self._report(True, "")
                    if now - last_beat >= o.heartbeat_seconds:
                        self.centre.heartbeat()
                        last_beat = now
                    if now - last_sweep >= o.sweep_seconds:
                        if self.centre.sweep():
                            self.centre.pull()
                        last_sweep = now
            except CentreUnavailable as exc:
                last_full = now
                self._report(False, exc.message)
            except SyncRefused as exc:
                last_full = now
                self._report(True, exc.message)
            except Exception as exc:  # never die silently: log it with its trace, show it, try again later
                log.exception("unexpected error in a sync cycle")
                last_full = now
                self._report(self.online, SYNC_ERROR(error=repr(exc)))
            self.cycles += 1
            self.centre.wakeup.wait(o.push_interval)

    def _has_outbox(self) -> bool:
        with self.centre.ws.sessions() as s:
            return pending(s) > 0

    def _report(self, online: bool, error: Msg | str) -> None:
        self.online, self.error = online, error
        if self.on_status is not None:
            try:
                self.on_status(self.status())
            except Exception:  # a broken status consumer must not stop sync, nor go unnoticed
                log.exception("the sync status could not be shown")
