"""What every subcommand shares: opening the desk, printing JSON or tables, parsing times."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from workstation.services.context import Workstation, bootstrap
from workstation.services.views import jsonable
from workstation.settings import Settings


def open_desk(args: argparse.Namespace, upgrade: bool = True) -> Workstation:
    """The desk this command works on, on the clock `main()` was given (the system clock by default)."""
    settings = Settings.load(args.data_dir, db_url=args.db)
    return bootstrap(settings, upgrade=upgrade, clock=getattr(args, "clock", None))


def emit_json(doc: Any) -> None:
    json.dump(jsonable(doc), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def parse_time(text: str | None, tz_name: str) -> datetime | None:
    """ISO 8601 ('2026-11-25T14:03', '2026-11-25 14:03:05+08:00'); a naive time is in the centre's zone."""
    if text is None or text == "":
        return None
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a time (use 2026-11-25T14:03)") from exc
    return value if value.tzinfo else value.replace(tzinfo=ZoneInfo(tz_name))


def local(at: datetime | None, tz_name: str, fmt: str = "%m-%d %H:%M") -> str:
    return "" if at is None else at.astimezone(ZoneInfo(tz_name)).strftime(fmt)


def table(rows: list[list[str]], headers: list[str]) -> str:
    """A plain aligned table (East Asian wide characters count double)."""
    def width(s: str) -> int:
        return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)

    cols = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    lines = ["  ".join(h + " " * (cols[i] - width(h)) for i, h in enumerate(headers))]
    for r in rows:
        lines.append("  ".join(c + " " * (cols[i] - width(c)) for i, c in enumerate(r)))
    return "\n".join(lines)
