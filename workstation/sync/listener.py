"""LISTEN on the centre's `ws_events` channel, on its own autocommit connection, in its own thread.

A notification carries only the highest new server sequence number; the listener just wakes the worker,
which pulls. NOTIFY is not durable (a cut connection loses them), so the worker's slow poll stays on.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import psycopg
from sqlalchemy.engine import make_url

from workstation.store.db import normalise_url

CHANNEL = "ws_events"


def libpq_url(url: str) -> str:
    return make_url(normalise_url(url)).set(drivername="postgresql").render_as_string(hide_password=False)


class Listener(threading.Thread):
    """Calls `on_notify(seq)` for every notification; reconnects after `retry` seconds when cut."""

    def __init__(self, url: str, on_notify: Callable[[int], None], *, retry: float = 3.0,
                 connect_timeout: int = 3) -> None:
        super().__init__(name="ws-sync-listener", daemon=True)
        self.conninfo = libpq_url(url)
        self.on_notify = on_notify
        self.retry = retry
        self.connect_timeout = connect_timeout
        self.listening = threading.Event()
        self._halt = threading.Event()

    def stop(self) -> None:
        self._halt.set()

    def run(self) -> None:
        while not self._halt.is_set():
            try:
                with psycopg.connect(self.conninfo, autocommit=True, connect_timeout=self.connect_timeout) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    while not self._halt.is_set():
                        for note in conn.notifies(timeout=0.5):
                            self.on_notify(int(note.payload) if note.payload.isdigit() else 0)
            except psycopg.Error:
                pass  # the poll covers the gap; try again shortly
            finally:
                self.listening.clear()
            self._halt.wait(self.retry)
