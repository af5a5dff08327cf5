"""Claim latency on the centre with 1, 4 and 16 concurrent desks, three ways, each on its own fresh centre seeded
the same way (same leads, same indexes, same officers, VACUUM ANALYZE after seeding):

  bare      one UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED) per claim, as the superuser
  function  `SELECT ws_claim_next(60, NULL)` connected as the officer's own role (the server call alone), and
            after it, untimed, `SELECT ws_announce()`: the wake-up a desk sends once its claim committed
  desk      the desk_worker claim loop: `leads.next_lead` on a desk signed in as its officer (claim on the
            server through ws_claim_next + the lead copied into the desk's SQLite)

Each officer works as officers do: a claimed lead is finished (closed on the centre by a second, superuser
connection, untimed: what recording its outcome does to the lead row) before the next claim, the same for all
three ways. So the centre's limit on leads one officer holds (ws_centre.limits, 30) stays in force, and the
function's held-leads check counts what a working officer holds, not hundreds of leads nobody would hold.

Every desk is a separate process with its own connection (spawned, connected and signed in before a barrier
opens, so start-up is not timed). Each connection's first claim is left out of p50/p99 (it plans the
statement or compiles the PL/pgSQL once per connection) and shown on its own. Prints figures, asserts nothing.

    .venv/bin/python bench/bench_claims.py          (WS_BENCH_QUICK=1: 400 leads instead of 2,000)
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from psycopg.conninfo import make_conninfo  # noqa: E402

from tests.support import pg  # noqa: E402
from workstation.bootstrap import bootstrap  # noqa: E402
from workstation.cli.desk_worker import PASSWORD, sample_lead  # noqa: E402
from workstation.domain.lead import NewLead  # noqa: E402
from workstation.services import leads  # noqa: E402
from workstation.settings import Settings  # noqa: E402
from workstation.store import migrate  # noqa: E402
from workstation.store.db import make_engine  # noqa: E402
from workstation.sync.officers import scram_verifier  # noqa: E402

QUICK = os.environ.get("WS_BENCH_QUICK") == "1"
LEADS = 400 if QUICK else 2000
DESKS = (1, 4, 16)

BARE = ("UPDATE leads SET owner = %(officer)s, claim_token = gen_random_uuid()::text, status = 'claimed', "
        "claimed_at = now(), lease_expires_at = now() + interval '60 s', last_event_at = now() "
        "WHERE id = (SELECT id FROM leads WHERE owner IS NULL AND status IN ('new', 'callback', 'stop_payment') "
        "AND (next_due_at IS NULL OR next_due_at <= now()) ORDER BY rank_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) "
        "RETURNING id")
FUNCTION = "SELECT ws_claim_next(60, NULL)"
ANNOUNCE = "SELECT ws_announce()"  # what the desk's announcer thread sends after each claim (migration 0014)


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


FINISH = ("UPDATE leads SET status = 'closed', owner = NULL, claim_token = NULL, lease_expires_at = NULL "
          "WHERE id = %s")


def fresh_centre(server: pg.PgServer, hold_any: bool = True) -> tuple[str, str]:
    """A migrated centre; `hold_any` lifts the limit on leads one officer holds (the push and pull benches have
    one officer claim thousands)."""
    name = server.create_database()
    url = server.url(name)
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    with server.connect(name) as conn:
        if hold_any and conn.execute("SELECT to_regclass(%s)", ("ws_centre.limits",)).fetchone()[0]:
            conn.execute("UPDATE ws_centre.limits SET value = 1000000 WHERE name = 'held_leads'")
    return name, url


def seed_server(tmp: Path, url: str, n: int, make: Callable[[int], NewLead] = sample_lead) -> None:
    setup = bootstrap(Settings(data_dir=tmp / "setup", db_url=url, desk_id="intake"))
    with setup.unit_of_work() as s:
        for start in range(0, n, 10000):
            leads.receive_many(setup, s, [make(i) for i in range(start, min(n, start + 10000))])
    setup.close()


def claimable_centre(server: pg.PgServer, tmp: Path, desks: int) -> tuple[str, str]:
    """A fresh centre with LEADS leads in the queue and officers o0…o{desks-1} enrolled."""
    name, url = fresh_centre(server, hold_any=False)
    seed_server(tmp, url, LEADS)
    with server.connect(name) as conn:
        for n in range(desks):
            conn.execute("SELECT ws_add_officer(%s, %s, 'officer', %s, '')",
                         (f"o{n}", f"o{n}", scram_verifier(PASSWORD)))
        conn.execute("VACUUM ANALYZE")
    return name, url


# --- the desk processes (top level: spawned children import them) ----------------------------------------------

def sql_claimer(conninfo: str, finisher: str, sql: str, officer: str, gate: Any, results: Any) -> None:
    params = {"officer": officer} if "%(officer)s" in sql else None
    took: list[float] = []
    with psycopg.connect(conninfo, autocommit=True) as conn, psycopg.connect(finisher, autocommit=True) as done:
        conn.execute("SELECT 1")
        gate.wait()
        while True:
            t0 = time.perf_counter()
            row = conn.execute(sql, params).fetchone()
            ms = (time.perf_counter() - t0) * 1000
            if row is None or row[0] is None:
                break
            took.append(ms)
            if sql == FUNCTION:
                conn.execute(ANNOUNCE)
            done.execute(FINISH, (row[0],))
    results.put(took)


def desk_claimer(data_dir: str, desk_name: str, url: str, finisher: str, officer: str, gate: Any,
                 results: Any) -> None:
    from workstation.cli import desk_worker

    ws = desk_worker.open_desk(argparse.Namespace(data_dir=data_dir, desk=desk_name, centre=url))
    took: list[float] = []
    try:
        desk_worker.ensure_officer(ws, officer)
        with psycopg.connect(finisher, autocommit=True) as done:
            gate.wait()
            while True:  # desk_worker.cmd_claim's loop
                t0 = time.perf_counter()
                result = leads.next_lead(ws, officer)
                if result.lead is None:
                    break
                took.append((time.perf_counter() - t0) * 1000)
                done.execute(FINISH, (result.lead.id,))
    finally:
        ws.close()
        results.put(took)


def busy_desk(data_dir: str, desk_name: str, url: str, finisher: str, officer: str, gate: Any, stop: Any,
              results: Any, cores: set[int] | None = None) -> None:
    """A desk process working as officers do (desk_claimer's loop) until `stop` is set: the load other desks put
    on a centre while one desk is timed (bench_next_lead --centre). Puts how many leads it claimed. `cores`: the
    CPUs it may run on (the timed desk keeps the others to itself)."""
    from workstation.cli import desk_worker

    if cores:
        os.sched_setaffinity(0, cores)
    ws = desk_worker.open_desk(argparse.Namespace(data_dir=data_dir, desk=desk_name, centre=url))
    claimed = 0
    try:
        desk_worker.ensure_officer(ws, officer)
        with psycopg.connect(finisher, autocommit=True) as done:
            gate.wait()
            while not stop.is_set():
                result = leads.next_lead(ws, officer)
                if result.lead is None:
                    break
                claimed += 1
                done.execute(FINISH, (result.lead.id,))
    finally:
        ws.close()
        results.put(claimed)


# --- one run ------------------------------------------------------------------------------------------------------

def run(server: pg.PgServer, tmp: Path, desks: int, how: str) -> dict[str, Any]:
    name, url = claimable_centre(server, tmp / f"{how}{desks}", desks)
    prefix = pg.officer_role_prefix(name)
    ctx = mp.get_context("spawn")
    gate, results = ctx.Barrier(desks + 1), ctx.Queue()
    procs = []
    base = finisher = server.conninfo(name)  # the superuser's: bare claims, and finishing every way's leads
    for n in range(desks):
        officer = f"o{n}"
        if how == "desk":
            args: tuple[Any, ...] = (str(tmp / f"{how}{desks}" / f"d{n}"), f"d{n}", url, finisher, officer, gate,
                                     results)
            target: Any = desk_claimer
        else:
            conninfo = (make_conninfo(base, application_name=f"d{n}") if how == "bare" else
                        make_conninfo(base, user=prefix + officer, password=PASSWORD, application_name=f"d{n}"))
            args = (conninfo, finisher, BARE if how == "bare" else FUNCTION, officer, gate, results)
            target = sql_claimer
        procs.append(ctx.Process(target=target, args=args))
    for p in procs:
        p.start()
    gate.wait(timeout=300)
    t0 = time.perf_counter()
    per_desk = [results.get(timeout=900) for _ in procs]
    wall = time.perf_counter() - t0
    for p in procs:
        p.join()
    with server.connect(name) as conn:
        left = conn.execute("SELECT count(*) FROM leads WHERE status IN ('new', 'callback', 'stop_payment')"
                            ).fetchone()
    server.drop_database(name)
    steady = [ms for took in per_desk for ms in took[1:]]
    first = [took[0] for took in per_desk if took]
    claims = sum(len(took) for took in per_desk)
    return {"claims": claims, "rate": claims / wall, "p50": pct(steady, 50), "p99": pct(steady, 99),
            "first": pct(first, 50), "left": left[0] if left else None}


LABELS = {"bare": "bare SKIP LOCKED UPDATE   ", "function": "ws_claim_next, server call",
          "desk": "desk path (claim + SQLite)"}


def bench_claims(server: pg.PgServer, tmp: Path) -> None:
    print(f"claims: {LEADS} leads per centre; p50/p99 leave out each connection's first claim (shown as 'first')")
    for desks in DESKS:
        figures = {how: run(server, tmp, desks, how) for how in ("bare", "function", "desk")}
        for how, f in figures.items():
            print(f"claims {desks:2d} desk(s) {LABELS[how]}: {f['claims']:5d} claims {f['rate']:7.1f}/s  "
                  f"p50 {f['p50']:6.2f} ms  p99 {f['p99']:6.2f} ms  first {f['first']:6.1f} ms"
                  + ("" if f["left"] == 0 else f"  ({f['left']} leads left unclaimed!)"))
        bare, fn, dk = figures["bare"], figures["function"], figures["desk"]
        print(f"claims {desks:2d} desk(s) ratio function/bare: p50 {fn['p50'] / bare['p50']:4.2f}x  "
              f"p99 {fn['p99'] / bare['p99']:4.2f}x;  desk path/bare: p50 {dk['p50'] / bare['p50']:4.2f}x  "
              f"p99 {dk['p99'] / bare['p99']:4.2f}x  (targets at 16 desks: p99 <= 50 ms, <= 1.5x bare)")


def main() -> None:
    server = pg.acquire_server()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            bench_claims(server, Path(tmp))
    finally:
        server.close()


if __name__ == "__main__":
    main()
