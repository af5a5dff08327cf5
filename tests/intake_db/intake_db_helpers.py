"""Counting what an import left in the database, and building bigger fixture files."""

from __future__ import annotations

from pathlib import Path

from intake_fixtures import FileFactory, lead_row
from sqlalchemy import func, select

from workstation.desk import Workstation
from workstation.store.models import Event, Lead
from workstation.store.models_intake import ImportedFile


def counts(ws: Workstation) -> dict[str, int]:
    with ws.sessions() as s:
        return {
            "leads": s.scalar(select(func.count()).select_from(Lead)) or 0,
            "events": s.scalar(select(func.count()).select_from(Event)) or 0,
            "triggers": s.scalar(select(func.count()).select_from(Event).where(Event.kind == "trigger_added")) or 0,
            "files": s.scalar(select(func.count()).select_from(ImportedFile)) or 0,
        }


def phone(n: int) -> str:
    return f"138{n:08d}"


def many_rows(n: int, start: int = 0) -> list[dict[str, object]]:
    return [lead_row(**{"线索编号": f"YJ-{i}", "手机号": phone(i)}) for i in range(start, start + n)]


def big_csv(files: FileFactory, n: int, name: str = "big.csv") -> Path:
    return files.csv(many_rows(n), name=name)
