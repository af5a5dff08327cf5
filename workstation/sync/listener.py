"""LISTEN on the centre's `ws_events` channel, on its own autocommit connection, in its own thread.

A notification carries only the highest new server sequence number; the listener just wakes the worker,
which pulls. NOTIFY is not durable (a cut connection loses them), so the worker's slow poll stays on.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import psycopg
from psycopg.conninfo import make_conninfo
from sqlalchemy.engine import make_url

from workstation.store.db import normalise_url

CHANNEL = "ws_events"


def libpq_url(url: str) -> str:
    """libpq's keyword form of the centre's URL: any character of a password survives it (a URI with a space in
    the password is refused by libpq, and the listener then never connected)."""
    u = make_url(normalise_url(url))
    params: dict[str, Any] = {k: (v[-1] if isinstance(v, tuple) else v) for k, v in u.query.items()}
    params.update(host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database)
    return make_conninfo("", **{k: v for k, v in params.items() if v is not None})


def notified_seq(payload: str) -> int:
    """The sequence number a notification carries, or 0. Anyone connected may NOTIFY any channel (PostgreSQL has
    no privilege for it), so the payload is a hint at most: '²' passes str.isdigit() but int() refuses it, and
    int() refuses 5000 digits too; either once ended this thread for good on every desk."""
    if payload.isascii() and payload.isdigit() and len(payload) <= 19:
        return int(payload)
    return 0


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
                            self.on_notify(notified_seq(note.payload))
            except psycopg.Error:
                pass  # the poll covers the gap; try again shortly
            finally:
                self.listening.clear()
            self._halt.wait(self.retry)
