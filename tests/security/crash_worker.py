"""A desk process for the crash tests: works through the real services and says what was confirmed.

    python tests/security/crash_worker.py outcomes DB_PATH
    python tests/security/crash_worker.py import DB_PATH FILE...

Prints READY once the desk is open, then "CONFIRMED <event id>" after each outcome whose record() returned
(or "IMPORTED <file name>" after each file import_file() reported as imported), flushing every line. The
parent kills it with SIGKILL at a random moment.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

from workstation.bootstrap import bootstrap
from workstation.desk import Workstation
from workstation.domain.outcome import OutcomeInput
from workstation.services import leads, outcomes
from workstation.settings import Settings

OFFICER = "officer1"


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def run_outcomes(ws: Workstation) -> None:
    while True:
        claimed = leads.next_lead(ws, OFFICER)
        if claimed.lead is None:
            say("DONE")
            return
        now = ws.clock.now()
        saved = outcomes.record(ws, OFFICER, claimed.lead.row.id, OutcomeInput(
            code="persuaded", started_at=now - timedelta(minutes=3), ended_at=now, notes="劝阻成功，已告知 96110"))
        say(f"CONFIRMED {saved.event_id}")


def run_imports(ws: Workstation, files: list[str]) -> None:
    from workstation.services.intake import import_file

    for name in files:
        result = import_file(ws, name, imported_by=OFFICER)
        if result.status == "imported":
            say(f"IMPORTED {Path(name).name}")
        else:
            say(f"FAILED {Path(name).name} {result.status} {result.message}")
    say("DONE")


def main(argv: list[str]) -> int:
    mode, db = argv[0], argv[1]
    ws = bootstrap(Settings(data_dir=Path(db).parent, db_url=f"sqlite:///{db}", desk_id="crash"), upgrade=False)
    say("READY")
    if mode == "outcomes":
        run_outcomes(ws)
    else:
        run_imports(ws, argv[2:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
