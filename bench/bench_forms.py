"""Benchmark of the PDF forms: font registration, one form of each kind, a batch of 1,000 letters.

Targets (issue): one form ≤ 30 ms once the font is loaded; 1,000 letters ≤ 10 s.
Run: python bench/bench_forms.py
"""

from __future__ import annotations

import dataclasses
import resource
import statistics
import sys
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workstation.forms import ensure_font, render, render_batch, samples  # noqa: E402

ONE_FORM_LIMIT_MS = 30.0
BATCH_LIMIT_S = 10.0


def _verdict(ok: bool) -> str:
    return "ok" if ok else "OVER"


def main() -> int:
    t0 = time.perf_counter()
    ensure_font()
    print(f"font registration: {(time.perf_counter() - t0) * 1000:.1f} ms")

    failed = False
    for kind, form in samples.all_kinds().items():
        render(form)  # warm-up: styles, glyph widths
        times = []
        for _ in range(50):
            t = time.perf_counter()
            render(form)
            times.append(time.perf_counter() - t)
        median_ms = statistics.median(times) * 1000
        failed |= median_ms > ONE_FORM_LIMIT_MS
        print(f"one form {kind:<13} median of 50: {median_ms:6.1f} ms  [{_verdict(median_ms <= ONE_FORM_LIMIT_MS)}]")

    base = samples.thanks()
    letters = [
        dataclasses.replace(
            base,
            recipient_name=f"第{i}位热心群众",
            serial_no=f"GX-2024-{i:04d}",
            amount_protected=Decimal(1000 + i),
            issued_at=base.issued_at + timedelta(minutes=i),
        )
        for i in range(1000)
    ]
    t = time.perf_counter()
    pdf = render_batch(letters)
    batch_s = time.perf_counter() - t
    failed |= batch_s > BATCH_LIMIT_S
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    print(f"batch of 1,000 thank-you letters: {batch_s:.2f} s, {len(pdf) / 1e6:.1f} MB PDF  "
          f"[{_verdict(batch_s <= BATCH_LIMIT_S)}]")
    print(f"peak RSS: {peak_mb:.0f} MB")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
