"""Benchmark of the team lead's board and weekly report over 1,000,000 call records (~300,000 leads).

Targets (issue): the board refreshes in ≤ 300 ms and a weekly report (figures + PDF + XLSX) builds in ≤ 5 s,
on SQLite and on PostgreSQL (127.0.0.1:5432, user postgres; a temporary database ws_bench_reports is created
and dropped). Data: a year of work — 1M calls on 300k leads over 52 weeks, ~3% stop-payments, ~2% reviewed.
Run: python bench/bench_reports.py [--calls N] [--sqlite-only]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workstation.bootstrap import bootstrap  # noqa: E402
from workstation.clock import FixedClock  # noqa: E402
from workstation.demo import DISTRICTS  # noqa: E402
from workstation.desk import Workstation  # noqa: E402
from workstation.domain.types import OutcomeCode, ScamType  # noqa: E402
from workstation.reports import weekly  # noqa: E402
from workstation.reports.period import week_of  # noqa: E402
from workstation.services import review  # noqa: E402
from workstation.settings import Settings  # noqa: E402

NOW = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)
BOARD_LIMIT_MS, REPORT_LIMIT_S = 300.0, 5.0
PG_BASE = "postgresql+psycopg://postgres@127.0.0.1:5432/"
PG_DB = "ws_bench_reports"
OFFICERS = [f"officer{i}" for i in range(1, 41)]
OUTCOMES = [(OutcomeCode.PERSUADED, "self", 30), (OutcomeCode.NOT_DECEIVED, "self", 25),
            (OutcomeCode.NO_ANSWER, "nobody", 20), (OutcomeCode.BUSY, "nobody", 8),
            (OutcomeCode.PERSUADED, "relative", 7), (OutcomeCode.TRANSFERRED, "self", 3),
            (OutcomeCode.STATION_VISIT, "self", 7)]
LEAD_COLS = ("id", "ref", "person_name", "phone", "id_number", "city", "district", "scam_type", "level",
             "trigger_kind", "trigger_detail", "triggered_at", "deadline_at", "amount_at_risk", "source",
             "external_id", "received_at", "status", "owner", "claim_token", "claimed_at", "lease_expires_at",
             "attempts", "next_due_at", "rank_at", "last_outcome", "last_event_at", "amount_protected", "amount_lost")
CALL_COLS = ("event_id", "lead_id", "officer", "started_at", "ended_at", "outcome", "contacted_party", "relation",
             "amount_protected", "amount_lost", "script_id", "script_version", "checkpoints", "notes")
EVENT_COLS = ("id", "lead_id", "kind", "officer", "desk", "occurred_at", "payload", "amends", "claim_token",
              "server_seq")


def generate(n_calls: int, seed: int = 7) -> Iterator[tuple[str, tuple[object, ...]]]:
    """('lead'|'call'|'event', row) tuples; times as aware UTC datetimes."""
    rng = random.Random(seed)
    districts, types = list(DISTRICTS), [s.value for s in ScamType]
    weights = [w for *_, w in OUTCOMES]
    n_leads = n_calls * 3 // 10
    span = timedelta(weeks=52).total_seconds()
    made = 0
    for i in range(n_leads):
        lead_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        age = rng.random() ** 1.0 * span if i < n_leads - 3000 else rng.uniform(0, 3 * 3600)
        trig = NOW - timedelta(seconds=age)
        deadline = trig + timedelta(minutes=60)
        k = max(1, round(n_calls / n_leads + rng.uniform(-2, 2))) if made < n_calls else 0
        fresh = age < 3 * 3600
        status, owner, claimed, attempts, last, next_due = "closed", None, None, 0, None, None
        calls = []
        start = trig + timedelta(minutes=rng.uniform(1, 40))
        officer = rng.choice(OFFICERS)
        for _ in range(0 if fresh and rng.random() < 0.6 else min(k, n_calls - made)):
            code, party, _w = rng.choices(OUTCOMES, weights)[0]
            protected = rng.choice((0, 500, 3000, 20000, 150000)) if code is OutcomeCode.PERSUADED else 0
            call_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            calls.append((call_id, lead_id, officer, start, start + timedelta(minutes=rng.uniform(1, 12)),
                          code.value, party, "女儿" if party == "relative" else "", protected,
                          8000 if code is OutcomeCode.TRANSFERRED else 0, None, None, "[]", "本人已认识到是诈骗。"))
            last = code.value
            if code is OutcomeCode.TRANSFERRED:
                yield "event", (str(uuid.uuid4()), lead_id, "stop_payment_requested", officer, "bench", start,
                                json.dumps({"amount": f"{rng.randrange(1000, 90000)}.00"}), None, None, None)
            if rng.random() < 0.02:
                verdict = rng.choice(("reviewed", "follow_up", "commended"))
                yield "event", (str(uuid.uuid4()), lead_id, "reviewed", "lead1", "bench",
                                start + timedelta(days=1), json.dumps({"call_event_id": call_id, "verdict": verdict,
                                                                       "comment": "复核意见"}), None, None, None)
            start += timedelta(minutes=rng.uniform(5, 30))
        made += len(calls)
        if fresh:
            roll = rng.random()
            if roll < 0.05:
                status, owner, claimed = "claimed", officer, NOW - timedelta(minutes=rng.uniform(1, 30))
            elif roll < 0.15 and calls:
                status, attempts, last, next_due = "callback", rng.choice((1, 2)), "no_answer", NOW + timedelta(
                    minutes=rng.uniform(-20, 20))
            elif not calls:
                status = "new"
        yield "lead", (lead_id, f"YJ{i:014d}", "测试", "13800000000", None, "杭州市", rng.choice(districts),
                       rng.choice(types), "orange", "fraud_call", "+852 1", trig, deadline, 10000, "bench", None, trig,
                       status, owner, None, claimed, None, attempts, next_due, deadline, last, trig, 0, 0)
        yield "event", (str(uuid.uuid4()), lead_id, "lead_received", None, "bench", trig, "{}", None, None, None)
        for c in calls:
            yield "call", c


def _sqlite_value(v: object) -> object:
    return v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(v, datetime) else v


def load_sqlite(ws: Workstation, n_calls: int) -> None:
    raw = ws.engine.raw_connection()
    try:
        cur = raw.cursor()
        sql = {t: f"INSERT INTO {t} ({','.join(c)}) VALUES ({','.join('?' * len(c))})"
               for t, c in (("leads", LEAD_COLS), ("calls", CALL_COLS), ("events", EVENT_COLS))}
        buf: dict[str, list[tuple[object, ...]]] = {"lead": [], "call": [], "event": []}
        table = {"lead": "leads", "call": "calls", "event": "events"}
        for kind, row in generate(n_calls):
            buf[kind].append(tuple(_sqlite_value(v) for v in row))
            if len(buf[kind]) >= 20000:
                cur.executemany(sql[table[kind]], buf[kind])
                buf[kind].clear()
        for kind, rows in buf.items():
            if rows:
                cur.executemany(sql[table[kind]], rows)
        raw.commit()
        cur.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()


def load_postgres(ws: Workstation, n_calls: int) -> None:
    raw = ws.engine.raw_connection()
    try:
        cur = raw.cursor()
        rows: dict[str, list[tuple[object, ...]]] = {"lead": [], "call": [], "event": []}
        for kind, row in generate(n_calls):
            rows[kind].append(row)
        for kind, table, cols in (("lead", "leads", LEAD_COLS), ("call", "calls", CALL_COLS),
                                  ("event", "events", EVENT_COLS)):
            with cur.copy(f"COPY {table} ({','.join(cols)}) FROM STDIN") as copy:  # type: ignore[attr-defined]
                for row in rows[kind]:
                    copy.write_row(row)
        raw.commit()
        raw.driver_connection.autocommit = True  # type: ignore[union-attr]
        cur = raw.cursor()
        cur.execute("VACUUM ANALYZE")
    finally:
        raw.close()


def add_people(ws: Workstation) -> None:
    from sqlalchemy import insert

    from workstation.services.auth import hash_password
    from workstation.store.models import Officer

    pw = hash_password("benchpass")
    people = [{"username": u, "display_name": u.upper(), "role": "officer"} for u in OFFICERS]
    people.append({"username": "lead1", "display_name": "组长", "role": "lead"})
    with ws.unit_of_work() as session:
        session.execute(insert(Officer), [{**p, "password_hash": pw, "badge_no": "", "active": True,
                                           "failed_logins": 0, "created_at": NOW} for p in people])


def measure(name: str, ws: Workstation, n_calls: int, loader: object) -> bool:
    t0 = time.perf_counter()
    add_people(ws)
    loader(ws, n_calls)  # type: ignore[operator]
    print(f"[{name}] loaded {n_calls:,} calls in {time.perf_counter() - t0:.1f} s")
    review.board(ws, "lead1")  # warm-up
    board_ms = []
    for _ in range(10):
        t = time.perf_counter()
        b = review.board(ws, "lead1")
        board_ms.append((time.perf_counter() - t) * 1000)
    med = statistics.median(board_ms)
    print(f"[{name}] board: median {med:.1f} ms, max {max(board_ms):.1f} ms "
          f"(open {b.counts.open}, overdue {b.counts.overdue}, held {b.counts.held}, "
          f"unreachable {b.counts.unreachable})  {'ok' if med <= BOARD_LIMIT_MS else 'OVER'}")
    period = week_of(NOW, ws.settings.centre_tz).shifted_weeks(-1)
    times = []
    with tempfile.TemporaryDirectory() as out:
        for _ in range(3):
            t = time.perf_counter()
            data = weekly.gather(ws, period)
            t_fig = time.perf_counter() - t
            report = weekly.write(data, Path(out))
            times.append((time.perf_counter() - t, t_fig))
    total, figs = min(times)
    tt = report.data.figures.total
    print(f"[{name}] weekly report {period.label}: {total:.2f} s (figures {figs:.2f} s) — calls {tt.calls:,}, "
          f"handled {tt.handled:,}, received {tt.received:,}, median {tt.median_minutes:.1f} min  "
          f"{'ok' if total <= REPORT_LIMIT_S else 'OVER'}")
    return med <= BOARD_LIMIT_MS and total <= REPORT_LIMIT_S


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        ws = bootstrap(Settings(data_dir=Path(tmp), desk_id="bench"), clock=FixedClock(NOW))
        try:
            ok &= measure("sqlite", ws, args.calls, load_sqlite)
        finally:
            ws.close()
    if not args.sqlite_only:
        ok &= bench_postgres(args.calls)
    return 0 if ok else 1


def bench_postgres(n_calls: int) -> bool:
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    admin = create_engine(PG_BASE + "postgres", isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {PG_DB}"))
            conn.execute(text(f"CREATE DATABASE {PG_DB}"))
    except OperationalError as exc:
        print(f"[postgres] skipped: no server at 127.0.0.1:5432 ({exc.orig})")
        return True
    try:
        with tempfile.TemporaryDirectory() as tmp:
            ws = bootstrap(Settings(data_dir=Path(tmp), desk_id="bench", db_url=PG_BASE + PG_DB),
                           clock=FixedClock(NOW))
            try:
                return measure("postgres", ws, n_calls, load_postgres)
            finally:
                ws.close()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)"))
        admin.dispose()


if __name__ == "__main__":
    sys.exit(main())
