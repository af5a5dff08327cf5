"""The clock-ahead pass (`./run tests`, libfaketime) really runs a year ahead in the process running the tests:
a pytest-xdist worker inherits LD_PRELOAD and FAKETIME from the run, and mends its own time.sleep. In the
normal pass the same test holds the clock to the real one."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime

from tests.support import faketime

FAKED = ("LD_PRELOAD", "FAKETIME", "FAKETIME_DONT_FAKE_MONOTONIC", "FAKETIME_FORCE_MONOTONIC_FIX")


def real_now() -> int:
    """The wall clock as a process without libfaketime sees it."""
    env = {k: v for k, v in os.environ.items() if k not in FAKED}
    return int(subprocess.run(["date", "+%s"], env=env, capture_output=True, text=True, check=True).stdout)


def test_the_clock_is_where_the_pass_puts_it() -> None:
    real = real_now()
    ahead = datetime.now(UTC).timestamp() - real
    if faketime.under_faketime():
        assert ahead >= 86400, f"FAKETIME={os.environ['FAKETIME']!r} but this process is {ahead:.0f} s ahead"
    else:
        assert abs(ahead) < 60
    time.sleep(0.01)  # mended where libfaketime breaks it (tests/support/faketime.py)


def test_two_busy_threads_hand_the_gil_over_once_a_switch_interval() -> None:
    """A thread waiting for the GIL waits a switch interval (5 ms) on a CLOCK_MONOTONIC condition variable
    before it asks for it. Under libfaketime's FAKETIME_FORCE_MONOTONIC_FIX that wait ended at once: two busy
    threads traded the GIL about 80 times an interval (5,000 handovers in 0.3 s against 56), and every Qt
    test with a database worker ran 3-15x slower in the clock-ahead pass. Counted in handovers, not seconds: a
    loaded machine only makes them fewer."""
    last: list[int | None] = [None]
    handovers = [0]
    stop = time.monotonic() + 0.3

    def spin() -> None:
        me = threading.get_ident()
        while time.monotonic() < stop:
            if last[0] != me:
                last[0] = me
                handovers[0] += 1

    started = time.monotonic()
    threads = [threading.Thread(target=spin) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    intervals = (time.monotonic() - started) / sys.getswitchinterval()
    assert handovers[0] <= 3 * intervals + 10, f"{handovers[0]} GIL handovers in {intervals:.0f} switch intervals"
