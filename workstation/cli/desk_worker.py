"""A desk as a separate process, for fault tests and benchmarks: `python -m workstation.cli.desk_worker`.

    … --data-dir D --desk NAME --centre URL claim --officer o1     claim until the queue is empty; one JSON
                                                                     line per claim {"lead", "ms"} on stdout
    … --data-dir D --desk NAME write --count N                      receive leads locally, one transaction
                                                                     each, printing each id once committed
    … --data-dir D --desk NAME --centre URL sync                    push and pull until nothing is left
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from workstation.bootstrap import attach_centre, bootstrap
from workstation.desk import Workstation
from workstation.domain.lead import NewLead
from workstation.domain.types import Role, ScamType, TriggerKind, WarningLevel
from workstation.services import auth, leads
from workstation.settings import Settings
from workstation.sync import officers as centre_officers
from workstation.sync.centre import Centre
from workstation.sync.options import SyncOptions


def sample_lead(i: int) -> NewLead:
    return NewLead(person_name=f"测试{i}", phone=f"139{i % 10**8:08d}", scam_type=ScamType.FAKE_INVESTMENT,
                   level=WarningLevel.RED, trigger_kind=TriggerKind.FRAUD_CALL, trigger_detail="+852 1",
                   triggered_at=datetime.now(UTC) - timedelta(minutes=1), district="西湖区",
                   amount_at_risk=Decimal("500"))


def open_desk(args: argparse.Namespace) -> Workstation:
    ws = bootstrap(Settings(data_dir=args.data_dir, desk_id=args.desk))
    if args.centre:
        attach_centre(ws, Centre(ws, args.centre, SyncOptions(url=args.centre)))
    return ws


PASSWORD = "password1"


def ensure_officer(ws: Workstation, name: str) -> None:
    """The officer on this desk and, in centre mode, on the centre (made through the base connection, which
    must be an admin's or the centre's owner's), then signed in there as their own database role."""
    if auth.get(ws, name) is None:
        auth.add_officer(ws, name, name, Role.OFFICER, PASSWORD)
    if isinstance(ws.centre, Centre):
        with ws.centre.server() as s, s.begin():
            known = s.scalar(text("SELECT count(*) FROM officer_directory WHERE username = :u"), {"u": name})
            if not known:
                try:
                    with s.begin_nested():
                        centre_officers.add(s, name, name, Role.OFFICER.value, PASSWORD)
                except DBAPIError:  # another desk process enrolled the same officer meanwhile
                    pass
        ws.centre.sign_in(name, PASSWORD)


def cmd_claim(ws: Workstation, args: argparse.Namespace) -> None:
    ensure_officer(ws, args.officer)
    while True:
        start = time.perf_counter()
        result = leads.next_lead(ws, args.officer)
        if result.lead is None:
            return
        ms = (time.perf_counter() - start) * 1000
        print(json.dumps({"lead": result.lead.id, "ms": round(ms, 3)}), flush=True)


def cmd_write(ws: Workstation, args: argparse.Namespace) -> None:
    for i in range(args.count):
        lead_id = leads.receive(ws, sample_lead(i))
        print(lead_id, flush=True)  # committed: the save is confirmed


def cmd_sync(ws: Workstation, args: argparse.Namespace) -> None:
    assert isinstance(ws.centre, Centre)
    report = ws.centre.sync_once()
    print(json.dumps({"pushed": report.pushed, "pulled": report.pulled, "dead": report.dead}), flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="desk_worker")
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--desk", required=True)
    parser.add_argument("--centre", default="")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("claim")
    p.add_argument("--officer", required=True)
    p = sub.add_parser("write")
    p.add_argument("--count", type=int, default=10**9)
    sub.add_parser("sync")
    args = parser.parse_args(argv)
    ws = open_desk(args)
    try:
        {"claim": cmd_claim, "write": cmd_write, "sync": cmd_sync}[args.cmd](ws, args)
    finally:
        ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
