"""Engines and the session factory, made once in bootstrap (never at import time)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker


def normalise_url(url: str) -> str:
    """Accept `postgresql://…` and use psycopg 3 for it; leave other URLs alone."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # WAL: readers never block the writer; FULL: a confirmed save survives a crash or power cut.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    # A writer waits this long for another (an import's last step holds the lock for a few seconds per
    # 100,000 rows) before "database is locked": an officer's save waits rather than fails.
    cur.execute("PRAGMA busy_timeout=15000")
    cur.close()


def make_engine(url: str, **kwargs: Any) -> Engine:
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            path = Path(parsed.database)
            path.parent.mkdir(parents=True, exist_ok=True)
            created = not path.exists()
            path.touch(exist_ok=True)
            if created and os.name == "posix":
                path.chmod(0o600)  # personal data: readable by its user alone
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


# A desk's SQLite plans the queue from sqlite_stat1. Without statistics it sorts every open lead for the first page
# (an IN over ix_leads_queue and a temp B-tree) instead of walking the rank or claim index in order; with
# statistics gathered at 40 leads it plans a 200,000-lead table as if it were tiny. SQLite 3.40's PRAGMA optimize
# only looks at tables the closing connection queried, so the desk does it itself, at open.
STATS_MIN_LEADS = 1000  # below this any plan is fast
STATS_GROWTH = 10  # gather again when the table is this many times larger or smaller than the statistics say
STATS_SAMPLE = 1000  # rows per index (PRAGMA analysis_limit) of every other table: milliseconds
# The leads are read whole. Sampled, their statistics said each status, district and scam type was rare (the
# first thousand rows of an index hold one), and SQLite planned a 200,000-lead desk as if its leads were few:
# F5 took 350 ms, a phone or name search 700 ms, a page in amount order 270 ms (against 8, 13 and 1 ms with whole
# statistics). Reading them whole costs 0.25 s at 200,000 leads, 2.8 s from a cold disk, once per tenfold change.


def refresh_statistics(engine: Engine) -> bool:
    """SQLite only: gather the planner's statistics (sampled) when the leads table has none, or has grown or
    shrunk STATS_GROWTH-fold since they were gathered. Returns whether it did."""
    if engine.dialect.name != "sqlite":
        return False  # PostgreSQL's autovacuum keeps its own statistics
    with engine.connect() as conn:
        # Leads are never deleted: the largest rowid is their number, read from the b-tree's edge (a count(*)
        # reads the whole of an index: 90 ms cold at 200,000 leads, at every open).
        leads = int(conn.exec_driver_sql("SELECT max(rowid) FROM leads").scalar() or 0)
        if leads < STATS_MIN_LEADS:
            return False
        has_stats = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'").first() is not None
        known = conn.exec_driver_sql(
            "SELECT stat FROM sqlite_stat1 WHERE tbl = 'leads' AND idx IS NOT NULL LIMIT 1"
        ).scalar() if has_stats else None
        counted = int(str(known).split()[0]) if known else 0
        if counted and counted * STATS_GROWTH > leads and leads * STATS_GROWTH > counted:
            return False
        conn.exec_driver_sql(f"PRAGMA analysis_limit={STATS_SAMPLE}")
        conn.exec_driver_sql("ANALYZE")
        conn.exec_driver_sql("PRAGMA analysis_limit=0")
        conn.exec_driver_sql("ANALYZE leads")
        conn.commit()
    return True
