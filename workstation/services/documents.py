"""Printed documents (打印与存档): make a form's PDF from stored facts, number it when it is used, archive it.

``make`` builds and renders a *preview*: the serial number's place shows PREVIEW_SERIAL and no number is
taken, so a preview that is only looked at leaves no gap in the official numbering. ``issue`` takes the
serial number(s) and renders the final bytes — call it when the document is printed or saved; ``archive``
then records what was printed or saved, byte for byte, and appends DOCUMENT_PRINTED to each lead's
history; ``reprint`` gives the archived bytes again. The facts a form needs that a call does not produce
(thank-you recipient, case details, a visit) are recorded first as events (services/form_facts.py), so a
form is never made from text typed only for the print.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Insert, select
from sqlalchemy.orm import Session

from workstation import forms as printed  # printed.render loads reportlab when first called, not here
from workstation.desk import Workstation
from workstation.domain.events import EventKind
from workstation.domain.outcome import FieldError
from workstation.domain.types import Role
from workstation.errors import InvalidInput, NotAllowed, NotFound, WorkstationError
from workstation.forms import FORM_KINDS, PREVIEW_SERIAL, Form
from workstation.forms.facts import (
    NO_CALL,
    NO_STOP_PAYMENT,
    FactKind,
    FormContext,
    build,
    fact_events,
    thanks_from_event,
)
from workstation.messages import QT_TRANSLATE_NOOP, Msg, message
from workstation.security import audit
from workstation.security.audit import AuditAction
from workstation.services.form_facts import (  # noqa: F401  (re-exported: the facts recorded for printing)
    CASE_LABELS,
    CASE_OPTIONAL,
    RECIPIENT_ROLES,
    THANKS_RECEIVED_KINDS,
    add_thanks_recipient,
    officer_of,
    record_case_details,
    record_thanks_received,
    record_visit,
)
from workstation.services.leads import resolve
from workstation.store.journal import append, new_id
from workstation.store.models import Event, Lead, Officer
from workstation.store.models_documents import Document, DocumentSerial
from workstation.store.views import LeadDetail

ACTIONS = ("print", "save", "reprint")
SERIAL_CODES = {"record": "JL", "case": "SA", "stop-payment": "ZF", "thanks": "GX", "visit-notice": "QZ"}

UNKNOWN_FORM = message("documents.unknown_form", QT_TRANSLATE_NOOP("Messages", "Unknown form '{kind}' (one of: {kinds})"))
UNKNOWN_ACTION = message("documents.unknown_action", QT_TRANSLATE_NOOP("Messages", "Unknown action '{action}' (one of: {actions})"))
COPIES_RANGE = message("documents.copies_range", QT_TRANSLATE_NOOP("Messages", "Copies must be between 1 and 999"))
BATCH_NEEDS_LEAD = message("documents.batch_needs_lead", QT_TRANSLATE_NOOP("Messages", "{name} may not print a batch: batches need a team lead or an admin"))
NOT_YOUR_LEAD = message("documents.not_your_lead", QT_TRANSLATE_NOOP("Messages", "Lead {ref} is not a lead you worked: ask a team lead to print its forms"))
NO_SUCH_DOCUMENT = message("documents.no_such_document", QT_TRANSLATE_NOOP("Messages", "No such archived document '{document}'"))
ARCHIVE_CHANGED = message("documents.archive_changed", QT_TRANSLATE_NOOP("Messages", "The archived bytes of document {serial} no longer match the hash recorded when it was printed"))
PREVIEW_NOT_ARCHIVED = message("documents.preview_not_archived", QT_TRANSLATE_NOOP("Messages", "A preview has no serial number: issue the document (print or save it) before it is archived"))
NO_LETTERS = message("documents.no_letters", QT_TRANSLATE_NOOP("Messages", "No thank-you letters were recorded in the chosen period"))
NO_SUCH_RECIPIENT = message("documents.no_such_recipient", QT_TRANSLATE_NOOP("Messages", "No such thank-you recipient record {event}"))
NO_LP = message("documents.no_lp", QT_TRANSLATE_NOOP("Messages", "The lp command was not found: the CUPS client is not installed"))
PRINTER_REFUSED = message("documents.printer_refused", QT_TRANSLATE_NOOP("Messages", "Printer {printer} refused the job: {reason}"))


class ArchiveCorrupt(WorkstationError):
    """An archived PDF no longer matches the hash recorded when it was printed."""

    exit_code = 10


@dataclass(frozen=True)
class Rendered:
    """A rendered PDF not archived yet: its bytes, the form(s) it shows, serial(s), and the leads it covers.

    ``preview``: made by ``make``/``make_thanks_batch`` with PREVIEW_SERIAL where the number goes; ``issue``
    gives the numbered document.
    """

    data: bytes
    kind: str
    serial_no: str
    lead_ids: tuple[str, ...]
    forms: tuple[Form, ...]
    title: str = ""
    preview: bool = False

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


def _may_handle(session: Session, username: str, lead_ids: Sequence[str], *, batch: bool = False) -> Officer:
    """Forms carry the person's name, ID and accounts: a team lead or an admin may print any; an officer only
    for the leads they hold or have worked (an event of theirs on it), and never a batch (an export)."""
    officer = officer_of(session, username)
    if officer.role in (Role.LEAD.value, Role.ADMIN.value):
        return officer
    if batch:
        raise NotAllowed(BATCH_NEEDS_LEAD(name=officer.display_name))
    for lead_id in lead_ids:
        lead = session.get(Lead, lead_id)
        if lead is None:
            continue
        worked = lead.owner == username or session.scalar(
            select(Event.id).where(Event.lead_id == lead_id, Event.officer == username).limit(1)) is not None
        if not worked:
            raise NotAllowed(NOT_YOUR_LEAD(ref=lead.ref))
    return officer


# --- serial numbers -----------------------------------------------------------------------------------------


def next_serial(session: Session, kind: str, year: int) -> int:
    """The next number of `kind` in `year`: one atomic upsert on the counter row, which holds the row lock
    until the transaction ends (PostgreSQL) or the database write lock (SQLite), so numbers never repeat."""
    table = DocumentSerial.__table__
    dialect = session.get_bind().dialect.name
    first = {"form": kind, "year": year, "last_no": 1}
    key, bump = [table.c.form, table.c.year], {"last_no": table.c.last_no + 1}
    stmt: Insert  # each dialect has its own insert with its own on_conflict_do_update
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        stmt = pg_insert(table).values(first).on_conflict_do_update(index_elements=key, set_=bump)
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        stmt = sqlite_insert(table).values(first).on_conflict_do_update(index_elements=key, set_=bump)
    else:  # pragma: no cover - the house runs on SQLite and PostgreSQL only
        raise NotImplementedError(dialect)
    return int(session.execute(stmt.returning(table.c.last_no)).scalar_one())


def serial_text(ws: Workstation, kind: str, year: int, number: int) -> str:
    prefix = str(getattr(ws.settings, "serial_prefix", "") or "")
    return f"{prefix}{SERIAL_CODES[kind]}-{year}-{number:05d}"


def _allocate(ws: Workstation, session: Session, kind: str) -> str:
    year = ws.clock.now().astimezone(ZoneInfo(ws.settings.centre_tz)).year
    return serial_text(ws, kind, year, next_serial(session, kind, year))


def _label(serials: Sequence[str]) -> str:
    return serials[0] if len(serials) == 1 else f"{serials[0]}~{serials[-1]}"


# --- make (a preview), issue (numbered), archive, reprint ---------------------------------------------------


def make(ws: Workstation, officer: str, form_kind: str, lead_key: str, *, choice: str | None = None,
         preview: bool = True) -> Rendered:
    """Build `form_kind` for a lead from its stored facts and render it.

    A preview (the default) takes no serial number: PREVIEW_SERIAL stands in its place; ``issue`` numbers
    it when it is printed or saved. ``preview=False`` numbers it at once (the CLI, which delivers at once).
    `choice` picks one fact event where a lead has several (a thank-you recipient's event id). Raises
    MissingFacts (nothing taken) when the lead lacks what the form needs. Not archived: call ``archive``
    once the document was printed or saved.
    """
    if form_kind not in FORM_KINDS:
        raise InvalidInput([FieldError("form", UNKNOWN_FORM(kind=form_kind, kinds=", ".join(FORM_KINDS)))])
    with ws.unit_of_work() as session:
        lead = resolve(session, lead_key)
        _may_handle(session, officer, [lead.id])
        ctx = FormContext(ws.settings, officer, ws.clock.now(), PREVIEW_SERIAL)
        form = build(session, form_kind, lead, ctx, choice)  # checks the facts before a number is taken
        serial = PREVIEW_SERIAL if preview else _allocate(ws, session, form_kind)
        lead_id = lead.id
    form = replace(form, serial_no=serial)
    data = printed.render(form, ws.settings.centre_tz)
    return Rendered(data, form_kind, serial, (lead_id,), (form,), title=f"{form_kind} {serial}", preview=preview)


def call_facts_missing(form_kind: str, detail: LeadDetail) -> Msg | None:
    """Why `form_kind` cannot be printed for the lead shown yet, when what it lacks only a call records (the
    work record needs a call, the stop-payment request a stop-payment outcome); None when it can be tried.
    The same words ``make`` refuses with, so a face can say so before asking (a Print menu greys the entry).
    Facts a person records for printing (case details, a visit, a recipient) are not checked: the form's
    dialog records them."""
    if form_kind == "record" and not detail.calls:
        return NO_CALL(ref=detail.row.ref)
    if form_kind == "stop-payment" and not any(e.kind == EventKind.STOP_PAYMENT_REQUESTED for e in detail.events):
        return NO_STOP_PAYMENT(ref=detail.row.ref)
    return None


def issue(ws: Workstation, officer: str, draft: Rendered, progress: Callable[[int, int], None] | None = None,
          cancel: Callable[[], bool] | None = None) -> Rendered:
    """The numbered document of a preview: one serial per form, taken in one transaction, then rendered.

    Call when the document is printed or saved (not on preview). A document already numbered is given back
    as it is, so printing one preview twice takes one number. A batch renders for a while: call it off the
    GUI thread; a cancel raises RenderCancelledError (the numbers taken stay unused).
    """
    if not draft.preview:
        return draft
    with ws.unit_of_work() as session:
        _may_handle(session, officer, draft.lead_ids, batch=len(draft.forms) > 1)
        serials = [_allocate(ws, session, draft.kind) for _ in draft.forms]
    forms = tuple(replace(f, serial_no=s) for f, s in zip(draft.forms, serials, strict=True))
    zone = ws.settings.centre_tz
    data = printed.render(forms[0], zone) if len(forms) == 1 else printed.render_batch(forms, progress, cancel, zone)
    label = _label(serials)
    return Rendered(data, draft.kind, label, draft.lead_ids, forms, title=f"{draft.kind} {label}")


def archive(ws: Workstation, officer: str, rendered: Rendered, action: str = "print", copies: int = 1,
            target: str = "", *, reprint_of: str | None = None) -> DocumentInfo:
    """Keep the printed bytes and who/when/how many; append DOCUMENT_PRINTED to every lead covered.

    The same numbered bytes archived again (a second print from one preview) point at their first archive
    row through ``reprint_of``.
    """
    if rendered.preview:
        raise NotAllowed(PREVIEW_NOT_ARCHIVED())
    if action not in ACTIONS:
        raise InvalidInput([FieldError("action", UNKNOWN_ACTION(action=action, actions=", ".join(ACTIONS)))])
    if copies < 1 or copies > 999:
        raise InvalidInput([FieldError("copies", COPIES_RANGE())])
    now = ws.clock.now()
    with ws.unit_of_work() as session:
        _may_handle(session, officer, rendered.lead_ids)
        if reprint_of is None:
            reprint_of = session.scalar(
                select(Document.id).where(Document.sha256 == rendered.sha256, Document.reprint_of.is_(None))
                .order_by(Document.printed_at, Document.id).limit(1))
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
                raise NotFound(NO_SUCH_DOCUMENT(document=document_id))
            doc = found[0]
        if officer is not None:
            _may_handle(session, officer, list(doc.lead_ids), batch=len(doc.lead_ids) > 1)
        if hashlib.sha256(doc.content).hexdigest() != doc.sha256:
            raise ArchiveCorrupt(ARCHIVE_CHANGED(serial=doc.serial_no))
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


def thanks_recipients(ws: Workstation, lead_key: str) -> list[ThanksEntry]:
    """The thank-you recipients recorded on one lead, oldest first (a letter for each can be printed)."""
    with ws.sessions() as session:
        lead = resolve(session, lead_key)
        return [ThanksEntry(e.id, lead.id, lead.ref, e.payload["recipient_name"], e.payload.get("recipient_org", ""),
                            e.occurred_at)
                for e in fact_events(session, lead, FactKind.THANKS_RECIPIENT_ADDED)]


def make_thanks_batch(ws: Workstation, officer: str, entries: Sequence[ThanksEntry],
                      progress: Callable[[int, int], None] | None = None,
                      cancel: Callable[[], bool] | None = None, *, preview: bool = True) -> Rendered:
    """All the letters in one PDF. A preview (default) takes no numbers (``issue`` gives each letter its
    own serial); ``preview=False`` numbers them at once. Call off the GUI thread; a cancel raises
    RenderCancelledError."""
    if not entries:
        raise InvalidInput([FieldError("since", NO_LETTERS())])
    forms: list[Form] = []
    with ws.unit_of_work() as session:
        _may_handle(session, officer, [e.lead_id for e in entries], batch=len(entries) > 1)
        now = ws.clock.now()
        for entry in entries:
            event = session.get(Event, entry.event_id)
            if event is None:
                raise NotFound(NO_SUCH_RECIPIENT(event=entry.event_id))
            serial = PREVIEW_SERIAL if preview else _allocate(ws, session, "thanks")
            forms.append(thanks_from_event(event, FormContext(ws.settings, officer, now, serial)))
    data = printed.render_batch(forms, progress, cancel, ws.settings.centre_tz)
    label = PREVIEW_SERIAL if preview else _label([f.serial_no for f in forms])
    return Rendered(data, "thanks", label, tuple(e.lead_id for e in entries), tuple(forms), title=label,
                    preview=preview)


# --- the spooler (CUPS): the PDF itself, vector text ---------------------------------------------------------


class PrintFailed(WorkstationError):
    exit_code = 11


def send_to_cups(path: str, printer: str, copies: int = 1, title: str = "") -> str:
    """Hand a PDF to CUPS (`lp -d PRINTER`); returns the job id. The spooler keeps the vector text."""
    import shutil
    import subprocess

    lp = shutil.which("lp")
    if lp is None:
        raise PrintFailed(NO_LP())
    cmd = [lp, "-d", printer, "-n", str(copies)] + (["-t", title] if title else []) + ["--", path]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
    if done.returncode != 0:
        raise PrintFailed(PRINTER_REFUSED(printer=printer, reason=done.stderr.strip() or done.stdout.strip()))
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
