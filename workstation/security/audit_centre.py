"""The desk's audit chain against the centre's copy (中心审计副本), which desks can append to and nothing else.

A chain alone cannot show that its newest entries were cut off, that the whole log was deleted, or that an
entry was edited and every hash after it recomputed: each of those leaves a chain that checks out. The
centre's copy (ws_audit.centre_audit, filled by workstation.sync.audit_push) can: every entry the centre holds
for this desk must still be here with the same hash. Entries not yet sent are not a finding. The desk reads its
own chain through ws_audit_chain(its audit key) (officers cannot read the copy itself, migration 0013); a desk
without a key while the centre holds entries under its name has lost its key, or its log and key together.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from workstation.desk import Workstation
from workstation.messages import QT_TRANSLATE_NOOP, Msg, message
from workstation.security import audit
from workstation.sync.audit_push import desk_key

CENTRE_TABLE = "ws_audit.centre_audit"
CENTRE_GUARD = "centre_audit_append_only"

NO_COPY = message("audit.centre.no_copy", QT_TRANSLATE_NOOP("Messages", "The centre has no ws_audit.centre_audit: its schema is older, or the table was dropped"))
KEY_GONE = message("audit.centre.key_gone", QT_TRANSLATE_NOOP("Messages", "This desk has no audit key, but the centre holds {held} entries in {chains} chain(s) under desk {desk}: the key, or the log and the key, were removed"))
LOG_DELETED = message("audit.centre.log_deleted", QT_TRANSLATE_NOOP("Messages", "This desk's audit log is empty, but the centre holds entries for it: the log was deleted"))
LOG_CUT = message("audit.centre.log_cut", QT_TRANSLATE_NOOP("Messages", "The log ends at entry {last}, but the centre holds entry {seq} and later: the log was cut short"))
ENTRY_REMOVED = message("audit.centre.entry_removed", QT_TRANSLATE_NOOP("Messages", "Entry {seq} is on the centre but not here: it was removed"))
ENTRY_REWRITTEN = message("audit.centre.entry_rewritten", QT_TRANSLATE_NOOP("Messages", "Entry {seq} differs from the centre's copy: it was changed here after it was sent"))


@dataclass(frozen=True, slots=True)
class CentreCheck:
    """The outcome of comparing with the centre: ok, or the first seq that differs and what is wrong."""

    ok: bool
    desk: str  # the name the centre files this desk's entries under (the session's application_name)
    entries: int  # how many entries the centre holds for it
    head_seq: int | None  # the newest of them
    first_bad_seq: int | None = None
    problems: list[Msg] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        """Plain values, the problems in the current language."""
        return {"checked": True, "ok": self.ok, "desk": self.desk, "entries": self.entries,
                "head_seq": self.head_seq, "first_bad_seq": self.first_bad_seq,
                "problems": [str(p) for p in self.problems]}


def check_centre(ws: Workstation, server: sessionmaker[Session]) -> CentreCheck:
    """Compare this desk's audit log with the centre's copy, and check the copy's append-only trigger.

    Raises what the server raises (no connection, no right to read): the caller reports "not checked".
    """
    with server() as s:
        # The name the centre stored the entries under, spelt as the server spells application_name.
        s.execute(text("SELECT set_config('application_name', :desk, true)"), {"desk": ws.desk[:64]})
        desk = str(s.scalar(text("SELECT left(current_setting('application_name'), 64)")))
        if s.scalar(text("SELECT to_regclass(:t)"), {"t": CENTRE_TABLE}) is None:
            return CentreCheck(False, desk, 0, None, None, [NO_COPY()])
        problems = audit.pg_guard_problems(s, CENTRE_TABLE, CENTRE_GUARD)
        key = desk_key(ws.sessions)
        if key is None:
            chains, held = s.execute(text("SELECT chains, entries FROM ws_audit_desk_chains()")).one()
            if held:
                problems.insert(0, KEY_GONE(held=held, chains=chains, desk=desk))
            return CentreCheck(not problems, desk, 0, None, None, problems)
        rows = s.execute(text("SELECT seq, hash FROM ws_audit_chain(:key) ORDER BY seq"), {"key": key},
                         execution_options={"yield_per": 5000})
        with ws.sessions() as local:
            count, head, bad, problem = _compare(((int(r[0]), str(r[1])) for r in rows), audit.hashes(local))
    if problem:
        problems.insert(0, problem)
    return CentreCheck(not problems, desk, count, head, bad, problems)


def _compare(centre: Iterator[tuple[int, str]],
             local: Iterator[tuple[int, str]]) -> tuple[int, int | None, int | None, Msg | None]:
    """Walk both (seq order): (centre entries, the centre's newest seq, first bad seq, what is wrong there)."""
    count, head, bad = 0, None, None
    problem: Msg | None = None
    here: tuple[int, str] | None = next(local, None)
    local_top = 0
    for seq, digest in centre:
        count, head = count + 1, seq
        if bad is not None:
            continue  # keep counting: the summary gives the centre's size
        while here is not None and here[0] < seq:
            local_top = here[0]
            here = next(local, None)
        if here is None or here[0] != seq:
            bad = seq
            if here is None and local_top == 0:
                problem = LOG_DELETED()
            elif here is None:
                problem = LOG_CUT(last=local_top, seq=seq)
            else:
                problem = ENTRY_REMOVED(seq=seq)
        elif here[1] != digest:
            bad = seq
            problem = ENTRY_REWRITTEN(seq=seq)
        else:
            local_top = seq
            here = next(local, None)
    return count, head, bad, problem
