"""Benchmark of the PDF forms: font registration, one form of each kind, a batch of 1,000 letters, and a form
from a desk's stored facts: its preview (no serial number) and its numbering when printed or saved.

Targets (issue): one form ≤ 30 ms once the font is loaded; 1,000 letters ≤ 10 s; preview and numbering each
≤ 100 ms (what the person waits for after choosing the form, and after Print/Save).
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

DESK_STEP_LIMIT_MS = 100.0

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
    print(f"batch of 1,000 thank-you letters: {batch_s:.2f} s, {len(pdf) / 1e6:.1f} MB PDF  "
          f"[{_verdict(batch_s <= BATCH_LIMIT_S)}]")
    failed |= desk_forms()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    print(f"peak RSS: {peak_mb:.0f} MB")
    return 1 if failed else 0


def desk_forms() -> bool:
    """A visit notice from a fresh SQLite desk: preview (make) and numbering (issue), median of 20 each."""
    import tempfile
    from datetime import UTC, datetime

    from workstation.bootstrap import bootstrap
    from workstation.domain.lead import NewLead
    from workstation.domain.types import Role, ScamType, TriggerKind, WarningLevel
    from workstation.services import auth, documents, leads
    from workstation.settings import Settings

    with tempfile.TemporaryDirectory(prefix="bench-forms-") as tmp:
        ws = bootstrap(Settings(data_dir=Path(tmp), desk_id="bench"))
        try:
            auth.add_officer(ws, "lead1", "LEAD1", Role.LEAD, "bench-password-1")
            now = datetime.now(UTC)
            lead_id = leads.receive(ws, NewLead("李秀兰", "13812345678", ScamType.POLICE_IMPERSONATION,
                                                WarningLevel.RED, TriggerKind.FRAUD_CALL, "+852 12345678",
                                                now - timedelta(minutes=5), "临平区", city="杭州市"))
            documents.record_visit(ws, "lead1", lead_id, "某路1号", ["孙磊", "周静"], now)
            failed = False
            previews, issues = [], []
            for _ in range(20):
                t = time.perf_counter()
                preview = documents.make(ws, "lead1", "visit-notice", lead_id)
                previews.append(time.perf_counter() - t)
                t = time.perf_counter()
                documents.issue(ws, "lead1", preview)
                issues.append(time.perf_counter() - t)
            for label, times in (("preview (no number)", previews), ("numbering at print", issues)):
                median_ms = statistics.median(times) * 1000
                failed |= median_ms > DESK_STEP_LIMIT_MS
                print(f"visit notice from the desk, {label:<19} median of 20: {median_ms:6.1f} ms  "
                      f"[{_verdict(median_ms <= DESK_STEP_LIMIT_MS)}]")
            return failed
        finally:
            ws.close()


if __name__ == "__main__":
    raise SystemExit(main())
