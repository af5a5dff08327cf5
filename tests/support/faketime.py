"""Running the tests under libfaketime (the wall clock moved ahead, see README and `./run tests`).

libfaketime 0.9.10 (Debian 12) with FAKETIME_DONT_FAKE_MONOTONIC=1 breaks clock_nanosleep(CLOCK_MONOTONIC,
TIMER_ABSTIME): it shifts the absolute monotonic deadline by the fake offset, and the kernel answers EINVAL.
CPython 3.11's time.sleep() sleeps that way, so every sleep — subprocess.wait(timeout=…) and our own polling
loops included — raises OSError. (Upstream fixed it after 0.9.10: wolfcw/libfaketime#426.) Faking the monotonic
clock too is worse: lock and Event timeouts then wait on the real clock for a deadline a year away.

So, in this process only, when time.sleep(0) fails that way, time.sleep becomes a relative wait (select()),
which libfaketime leaves alone. Child Python processes keep the broken sleep: tests that start them are not
in the faked pass.

The pass also sets FAKETIME_FORCE_MONOTONIC_FIX=0. With that "fix" on, a pthread_cond_timedwait on a
CLOCK_MONOTONIC condition variable returns at once; CPython's GIL waits on one for its switch interval, so two
busy threads traded the GIL without pause (two counting threads: 3.4x the wall time and CPU). Off, the waits
last what they should (`tests/core/test_clock_ahead_pass.py`).
"""

from __future__ import annotations

import os
import select
import time


def under_faketime() -> bool:
    return "faketime" in os.environ.get("LD_PRELOAD", "") and bool(os.environ.get("FAKETIME"))


def _relative_sleep(seconds: float) -> None:
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    select.select([], [], [], seconds)


def mend_sleep() -> bool:
    """Replace a time.sleep broken by libfaketime; True if it was broken."""
    if not under_faketime():
        return False
    try:
        time.sleep(0)
    except OSError:
        time.sleep = _relative_sleep
        return True
    return False
