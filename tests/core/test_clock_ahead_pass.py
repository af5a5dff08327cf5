"""The clock-ahead pass (`./run tests`, libfaketime) really runs a year ahead in the process running the tests:
a pytest-xdist worker inherits LD_PRELOAD and FAKETIME from the run, and mends its own time.sleep. In the
normal pass the same test holds the clock to the real one."""

from __future__ import annotations

import os
import subprocess
import time
from datetime import UTC, datetime

from tests.support import faketime

FAKED = ("LD_PRELOAD", "FAKETIME", "FAKETIME_DONT_FAKE_MONOTONIC")


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
