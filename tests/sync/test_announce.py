"""The claim announcer: wake-ups leave on their own thread, claims made meanwhile share one, close sends what
is still due, and a failed send is dropped without stopping the next."""

from __future__ import annotations

import threading

from workstation.sync.announce import Announcer


def test_claims_made_during_a_send_share_the_next_one_and_close_sends_what_is_due() -> None:
    sending, release = threading.Event(), threading.Event()
    sent: list[str] = []

    def send(officer: str) -> None:
        sending.set()
        release.wait(5)
        sent.append(officer)

    announcer = Announcer(send)
    announcer.claimed("officer1")
    assert sending.wait(5)  # the first claim's wake-up is on its way, and blocked
    for officer in ("officer2", "officer3", "officer4"):
        announcer.claimed(officer)  # returns at once: the officer never waits for the wake-up
    release.set()
    announcer.close()
    assert sent == ["officer1", "officer4"]


def test_a_failed_send_is_dropped_and_the_next_claim_is_still_announced() -> None:
    sent: list[str] = []
    first = threading.Event()

    def send(officer: str) -> None:
        if not first.is_set():
            first.set()
            raise OSError("centre unreachable")
        sent.append(officer)

    announcer = Announcer(send)
    announcer.claimed("officer1")
    assert first.wait(5)
    announcer.claimed("officer2")
    announcer.close()
    assert sent == ["officer2"]
    announcer.claimed("officer3")  # after close: nothing is started again
    assert sent == ["officer2"]
