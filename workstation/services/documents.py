"""Printed documents (打印与存档): make a form's PDF from stored facts, archive what was printed, reprint.

``make`` builds and renders (no archive); ``archive`` records what was printed or saved, byte for byte, and
appends DOCUMENT_PRINTED to each lead's history; ``reprint`` gives the archived bytes again. The facts a
form needs that a call does not produce (thank-you recipient, case details, a visit) are recorded first as
events by the ``record_…`` functions here, so a form is never made from text typed only for the print.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from workstation.domain.event_shapes import is_amount
from workstation.domain.events import EventKind, iso
from workstation.domain.outcome import FieldError
from workstation.domain.types import Role
from workstation.errors import InvalidInput, NotAllowed, NotFound, WorkstationError
from workstation.forms import FORM_KINDS, Form, render, render_batch
from workstation.forms.data import CASE_SOURCES
from workstation.forms.facts import FactKind, FormContext, build, fact_events, thanks_from_event
from workstation.security import audit
from workstation.security.audit import AuditAction
from workstation.services.context import Workstation
from workstation.services.journal import append, new_id
from workstation.services.leads import resolve
from workstation.store.models import Event, Lead, Officer
from workstation.store.models_documents import Document, DocumentSerial

ACTIONS = ("print", "save", "reprint")
SERIAL_CODES = {"record": "JL", "case": "SA", "stop-payment": "ZF", "thanks": "GX", "visit-notice": "QZ"}
THANKS_RECEIVED_KINDS = {"letter": "感谢信", "banner": "锦旗", "other": "其他"}


class ArchiveCorrupt(WorkstationError):
    """An archived PDF no longer matches the hash recorded when it was printed."""

    exit_code = 10


@dataclass(frozen=True)
class Rendered:
    """A rendered PDF not archived yet: its bytes, the form(s) it shows, serial(s), and the leads it covers."""

    data: bytes
    kind: str
    serial_no: str
    lead_ids: tuple[str, ...]
    forms: tuple[Form, ...]
    title: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def form(self) -> Form:
        return self.forms[0]


@dataclass(frozen=True)
class DocumentInfo:
    """One archive row, without its bytes."""

    id: str
    lead_id: str | None
    lead_ids: tuple[str, ...]
    form: str
    serial_no: str
    sha256: str
    size: int
    pages: int
    printed_by: str
    printed_at: datetime
    copies: int
    action: str
    target: str
    reprint_of: str | None


@dataclass(frozen=True)
class ThanksEntry:
    """A thank-you letter that can be printed: the recipient recorded on a lead (for batches)."""

    event_id: str
    lead_id: str
    lead_ref: str
    recipient_name: str
    recipient_org: str
    recorded_at: datetime


def page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def _info(d: Document) -> DocumentInfo:
    return DocumentInfo(d.id, d.lead_id, tuple(d.lead_ids), d.form, d.serial_no, d.sha256, d.size, d.pages,
                        d.printed_by, d.printed_at, d.copies, d.action, d.target, d.reprint_of)


def _officer(session: Session, username: str) -> Officer:
    officer = session.get(Officer, username)
    if officer is None or not officer.active:
        raise NotFound(f"找不到民警 '{username}' (no such officer)")
    return officer


def _may_handle(session: Session, username: str, lead_ids: Sequence[str], *, batch: bool = False) -> Officer:
    """Forms carry the person's name, ID and accounts: a team lead or an admin may print any; an officer only
    for the leads they hold or have worked (an event of theirs on it), and never a batch (an export)."""
    officer = _officer(session, username)
    if officer.role in (Role.LEAD.value, Role.ADMIN.value):
        return officer
    if batch:
        raise NotAllowed(f"{officer.display_name} 无权批量打印，需要组长或管理员 (batches need a team lead or admin)")
    for lead_id in lead_ids:
        lead = session.get(Lead, lead_id)
        if lead is None:
            continue
        worked = lead.owner == username or session.scalar(
            select(Event.id).where(Event.lead_id == lead_id, Event.officer == username).limit(1)) is not None
        if not worked:
            raise NotAllowed(f"线索 {lead.ref} 不由您处置，不能打印其文书 (not a lead you worked: ask a team lead)")
    return officer


# --- serial numbers -----------------------------------------------------------------------------------------


def next_serial(session: Session, kind: str, year: int) -> int:
    """The next number of `kind` in `year`: one atomic upsert on the counter row, which holds the row lock
    until the transaction ends (PostgreSQL) or the database write lock (SQLite), so numbers never repeat."""
    table = DocumentSerial.__table__
    assert isinstance(table, Table)
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
    else:  # pragma: no cover - the house runs on SQLite and PostgreSQL only
        raise NotImplementedError(dialect)
    stmt = insert(table).values(form=kind, year=year, last_no=1)
    stmt = stmt.on_conflict_do_update(index_elements=[table.c.form, table.c.year],
                                      set_={"last_no": table.c.last_no + 1})
    return int(session.execute(stmt.returning(table.c.last_no)).scalar_one())


def serial_text(ws: Workstation, kind: str, year: int, number: int) -> str:
    prefix = str(getattr(ws.settings, "serial_prefix", "") or "")
    return f"{prefix}{SERIAL_CODES[kind]}-{year}-{number:05d}"


def _allocate(ws: Workstation, session: Session, kind: str) -> str:
    year = ws.clock.now().astimezone(ZoneInfo(ws.settings.centre_tz)).year
    return serial_text(ws, kind, year, next_serial(session, kind, year))


# --- make, archive, reprint ---------------------------------------------------------------------------------


def make(ws: Workstation, officer: str, form_kind: str, lead_key: str, *, choice: str | None = None,
         **_extra: Any) -> Rendered:
    """Build `form_kind` for a lead from its stored facts and render it; allocates the serial number.

    `choice` picks one fact event where a lead has several (a thank-you recipient's event id). Raises
    MissingFacts (nothing allocated) when the lead lacks what the form needs. Not archived: call
    ``archive`` once the document was printed or saved.
    """
    if form_kind not in FORM_KINDS:
        raise InvalidInput([FieldError("form", f"未知的表单类型 '{form_kind}' (one of: {', '.join(FORM_KINDS)})")])
    with ws.unit_of_work() as session:
        lead = resolve(session, lead_key)
        _may_handle(session, officer, [lead.id])
        ctx = FormContext(ws.settings, officer, ws.clock.now(), "")
        form = build(session, form_kind, lead, ctx, choice)  # checks the facts before a number is taken
        serial = _allocate(ws, session, form_kind)
        lead_id = lead.id
    form = replace(form, serial_no=serial)  # type: ignore[type-var]
    data = render(form, ws.settings.centre_tz)
    return Rendered(data, form_kind, serial, (lead_id,), (form,), title=f"{form_kind} {serial}")


def archive(ws: Workstation, officer: str, rendered: Rendered, action: str = "print", copies: int = 1,
            target: str = "", *, reprint_of: str | None = None) -> DocumentInfo:
    """Keep the printed bytes and who/when/how many; append DOCUMENT_PRINTED to every lead covered."""
    if action not in ACTIONS:
        raise InvalidInput([FieldError("action", f"未知的操作 '{action}' (one of: {', '.join(ACTIONS)})")])
    if copies < 1 or copies > 999:
        raise InvalidInput([FieldError("copies", "份数须在 1 到 999 之间 (copies must be 1–999)")])
    now = ws.clock.now()
    with ws.unit_of_work() as session:
        _may_handle(session, officer, rendered.lead_ids)
        single = rendered.lead_ids[0] if len(rendered.lead_ids) == 1 else None
        doc = Document(
            id=new_id(), lead_id=single, lead_ids=list(rendered.lead_ids), form=rendered.kind,
            serial_no=rendered.serial_no, sha256=rendered.sha256, content=rendered.data, size=len(rendered.data),
            pages=page_count(rendered.data), printed_by=officer, printed_at=now, copies=copies, action=action,
            target=target, reprint_of=reprint_of,
            meta={"serials": [getattr(f, "serial_no", "") for f in rendered.forms]} if len(rendered.forms) > 1 else {},
        )
        session.add(doc)
        payload = {"document_id": doc.id, "form": rendered.kind, "sha256": doc.sha256, "copies": copies,
                   "action": action, "serial_no": rendered.serial_no, "target": target}
        for lead_id in dict.fromkeys(rendered.lead_ids):
            lead = session.get(Lead, lead_id)
            if lead is not None:
                append(session, lead, EventKind.DOCUMENT_PRINTED, payload, officer=officer, desk=ws.desk, at=now)
        audit.record(session, officer, AuditAction.PRINTED, rendered.serial_no,
                     {"form": rendered.kind, "lead_ids": list(rendered.lead_ids), "sha256": doc.sha256,
                      "copies": copies, "action": action, "target": target}, desk=ws.desk, at=now)
        session.flush()
        return _info(doc)


def fetch(ws: Workstation, document_id: str, officer: str | None = None) -> tuple[DocumentInfo, bytes]:
    """An archived document and its bytes, checked against the hash recorded when it was printed; with
    `officer`, only if they may print it (a team lead, or the officer who worked its one lead)."""
    with ws.sessions() as session:
        doc = session.get(Document, document_id)
        if doc is None:
            found = list(session.scalars(select(Document).where(Document.id.like(f"{document_id.lower()}%"))
                                         .limit(2))) if len(document_id) >= 6 else []
            if len(found) != 1:
                raise NotFound(f"找不到存档文书 '{document_id}' (no such archived document)")
            doc = found[0]
        if officer is not None:
            _may_handle(session, officer, list(doc.lead_ids), batch=len(doc.lead_ids) > 1)
        if hashlib.sha256(doc.content).hexdigest() != doc.sha256:
            raise ArchiveCorrupt(f"存档文书 {doc.serial_no} 的内容与存档时的校验值不符 (archived bytes changed)")
        return _info(doc), bytes(doc.content)


def reprint(ws: Workstation, officer: str, document_id: str, *, copies: int = 1, target: str = "") -> bytes:
    """The archived bytes again (identical), recorded as a reprint pointing at the original."""
    info, data = fetch(ws, document_id, officer)
    original = info.reprint_of or info.id
    again = Rendered(data, info.form, info.serial_no, info.lead_ids, ())
    archive(ws, officer, again, "reprint", copies, target, reprint_of=original)
    return data


def history(ws: Workstation, lead_key: str) -> list[DocumentInfo]:
    """Every document printed for a lead (its own and batches that included it), oldest first."""
    with ws.sessions() as session:
        lead = resolve(session, lead_key)
        ids = [e.payload.get("document_id") for e in fact_events(session, lead, EventKind.DOCUMENT_PRINTED)]
        docs = session.scalars(select(Document).where(Document.id.in_([i for i in ids if i])))
        return sorted((_info(d) for d in docs), key=lambda d: (d.printed_at, d.id))


# --- batches: thank-you letters -----------------------------------------------------------------------------


def thanks_letters(ws: Workstation, since: datetime, until: datetime) -> list[ThanksEntry]:
    """Thank-you recipients recorded in [since, until), oldest first (e.g. all letters of a week)."""
    with ws.sessions() as session:
        stmt = (select(Event, Lead.ref).join(Lead, Lead.id == Event.lead_id)
                .where(Event.kind == FactKind.THANKS_RECIPIENT_ADDED.value, Event.occurred_at >= since,
                       Event.occurred_at < until)
                .order_by(Event.occurred_at, Event.id))
        return [ThanksEntry(e.id, e.lead_id or "", ref, e.payload["recipient_name"],
                            e.payload.get("recipient_org", ""), e.occurred_at)
                for e, ref in session.execute(stmt)]


def make_thanks_batch(ws: Workstation, officer: str, entries: Sequence[ThanksEntry],
                      progress: Callable[[int, int], None] | None = None,
                      cancel: Callable[[], bool] | None = None) -> Rendered:
    """All the letters in one PDF, each with its own serial. Call off the GUI thread; a cancel raises
    RenderCancelledError (the serials already taken stay unused)."""
    if not entries:
        raise InvalidInput([FieldError("since", "所选时间段内没有需要打印的感谢信 (no thank-you letters in range)")])
    forms: list[Form] = []
    with ws.unit_of_work() as session:
        _may_handle(session, officer, [e.lead_id for e in entries], batch=len(entries) > 1)
        now = ws.clock.now()
        for entry in entries:
            event = session.get(Event, entry.event_id)
            if event is None:
                raise NotFound(f"找不到感谢对象记录 {entry.event_id} (no such recipient)")
            serial = _allocate(ws, session, "thanks")
            forms.append(thanks_from_event(event, FormContext(ws.settings, officer, now, serial)))
    data = render_batch(forms, progress, cancel, ws.settings.centre_tz)
    serials = [f.serial_no for f in forms]  # type: ignore[union-attr]
    label = serials[0] if len(serials) == 1 else f"{serials[0]}~{serials[-1]}"
    return Rendered(data, "thanks", label, tuple(e.lead_id for e in entries), tuple(forms), title=label)


# --- facts recorded for printing ----------------------------------------------------------------------------


def _record(ws: Workstation, officer: str, lead_key: str, kind: FactKind, payload: dict[str, Any]) -> str:
    with ws.unit_of_work() as session:
        _officer(session, officer)  # recording a fact is the officer's own, attributed event
        lead = resolve(session, lead_key)
        return append(session, lead, kind, payload, officer=officer, desk=ws.desk, at=ws.clock.now()).id


def _required(values: dict[str, str], labels: dict[str, str]) -> None:
    errors = [FieldError(k, f"请填写{labels[k]}") for k in labels if not str(values.get(k, "")).strip()]
    if errors:
        raise InvalidInput(errors)


def add_thanks_recipient(ws: Workstation, officer: str, lead_key: str, recipient_name: str, deed: str,
                         occurred_at: datetime, *, recipient_org: str = "", role: str = "citizen",
                         amount_protected: Decimal | None = None) -> str:
    """Record who helped stop the fraud and what they did (感谢对象及事迹); returns the event id."""
    _required({"recipient_name": recipient_name, "deed": deed},
              {"recipient_name": "感谢对象 (recipient)", "deed": "事迹 (what they did)"})
    # Plain digits (1E+3 → 1000), and only what the centre and every desk take as an amount (event_shapes).
    amount = None if amount_protected is None else format(amount_protected, "f")
    if amount is not None and not is_amount(amount):
        raise InvalidInput([FieldError("amount_protected", "挽回金额须为不超过两位小数的非负数 "
                                                           "(an amount of at most 12 digits and 2 decimals)")])
    return _record(ws, officer, lead_key, FactKind.THANKS_RECIPIENT_ADDED, {
        "recipient_name": recipient_name.strip(), "recipient_org": recipient_org.strip(), "deed": deed.strip(),
        "role": role, "occurred_at": iso(occurred_at), "amount_protected": amount})


def record_thanks_received(ws: Workstation, officer: str, lead_key: str, kind: str, from_name: str,
                           received_at: datetime, note: str = "") -> str:
    """Record thanks the centre received for this lead: a letter, a banner (锦旗)…; returns the event id."""
    if kind not in THANKS_RECEIVED_KINDS:
        raise InvalidInput([FieldError("kind", f"未知的类型 '{kind}' (one of: {', '.join(THANKS_RECEIVED_KINDS)})")])
    _required({"from_name": from_name}, {"from_name": "赠送人 (from)"})
    return _record(ws, officer, lead_key, FactKind.THANKS_RECEIVED, {
        "kind": kind, "from_name": from_name.strip(), "received_at": iso(received_at), "note": note})


CASE_LABELS = {"case_source": "案件来源 (source)", "reporter_address": "报案人住址 (address)",
               "brief_facts": "简要案情 (facts)", "decision": "受案意见 (decision)"}
CASE_OPTIONAL = ("received_place", "reporter_gender", "reporter_birth_date", "reporter_workplace",
                 "decision_note", "unit_name")


def record_case_details(ws: Workstation, officer: str, lead_key: str, details: dict[str, str],
                        received_at: datetime | None = None) -> str:
    """Record the intake details a 受案登记表 needs beyond the lead (address, facts, decision…)."""
    _required(details, CASE_LABELS)
    if details["case_source"] not in CASE_SOURCES:
        raise InvalidInput([FieldError("case_source", f"案件来源须为：{'、'.join(CASE_SOURCES)}")])
    payload: dict[str, Any] = {k: details[k].strip() for k in CASE_LABELS}
    payload.update({k: details.get(k, "").strip() for k in CASE_OPTIONAL})
    payload["received_at"] = iso(received_at)
    return _record(ws, officer, lead_key, FactKind.CASE_DETAILS_RECORDED, payload)


def record_visit(ws: Workstation, officer: str, lead_key: str, address: str, officer_names: Sequence[str],
                 visited_at: datetime, *, unit_name: str = "", warning_text: str = "") -> str:
    """Record an in-person visit (上门劝阻): where, when, the two officers; returns the event id."""
    names = [n.strip() for n in officer_names if n.strip()]
    errors = [] if len(names) == 2 else [FieldError("officer_names", "须填写两名上门民警 (two officers)")]
    if not address.strip():
        errors.append(FieldError("address", "请填写上门地址 (address)"))
    if errors:
        raise InvalidInput(errors)
    return _record(ws, officer, lead_key, FactKind.VISIT_RECORDED, {
        "address": address.strip(), "officer_names": names, "visited_at": iso(visited_at),
        "unit_name": unit_name.strip(), "warning_text": warning_text.strip()})


# --- the spooler (CUPS): the PDF itself, vector text ---------------------------------------------------------


class PrintFailed(WorkstationError):
    exit_code = 11


def send_to_cups(path: str, printer: str, copies: int = 1, title: str = "") -> str:
    """Hand a PDF to CUPS (`lp -d PRINTER`); returns the job id. The spooler keeps the vector text."""
    import shutil
    import subprocess

    lp = shutil.which("lp")
    if lp is None:
        raise PrintFailed("找不到 lp 命令，未安装 CUPS 客户端 (cups-client is not installed)")
    cmd = [lp, "-d", printer, "-n", str(copies)] + (["-t", title] if title else []) + ["--", path]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
    if done.returncode != 0:
        raise PrintFailed(f"打印机 {printer} 拒绝了打印任务：{done.stderr.strip() or done.stdout.strip()} "
                          "(the printer refused the job)")
    found = re.search(r"request id is (\S+)", done.stdout)
    return found.group(1) if found else done.stdout.strip()


def cups_printers() -> list[str]:
    """The CUPS queues this machine knows (empty without CUPS)."""
    import shutil
    import subprocess

    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return []
    done = subprocess.run([lpstat, "-e"], capture_output=True, text=True, timeout=10, check=False)
    return done.stdout.split() if done.returncode == 0 else []


def find_by_hash(ws: Workstation, sha256: str) -> DocumentInfo | None:
    """The original archived document with these bytes, if any."""
    with ws.sessions() as session:
        doc = session.scalars(select(Document).where(Document.sha256 == sha256)
                              .order_by(Document.printed_at, Document.id).limit(1)).first()
        return None if doc is None else _info(doc)
