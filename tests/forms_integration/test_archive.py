"""The archive: every print or save kept byte for byte, in the lead's history; reprints identical; serials."""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from tests.core.conftest import NOW
from tests.forms.pdftext import assert_prints, text
from tests.forms_integration.conftest import OFFICER, issued, persuaded_lead, thanked_lead
from workstation.bootstrap import bootstrap
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.domain.events import EventKind
from workstation.domain.types import Role
from workstation.errors import InvalidInput, NotAllowed, NotFound
from workstation.forms import PREVIEW_SERIAL, RenderCancelledError
from workstation.services import auth, documents, leads
from workstation.services.documents import ArchiveCorrupt
from workstation.settings import Settings
from workstation.store.models_documents import Document


def test_archive_keeps_the_bytes_and_writes_the_lead_history(desk: Workstation) -> None:
    lead_id = persuaded_lead(desk)
    made = issued(desk, OFFICER, "record", lead_id)
    info = documents.archive(desk, OFFICER, made, "print", 2, "HP-LaserJet")
    assert (info.form, info.serial_no, info.copies, info.action, info.target, info.printed_by) == (
        "record", made.serial_no, 2, "print", "HP-LaserJet", OFFICER)
    assert info.sha256 == hashlib.sha256(made.data).hexdigest() and info.pages == 1 and info.printed_at == NOW
    events = [e for e in leads.detail(desk, lead_id).events if e.kind == EventKind.DOCUMENT_PRINTED]
    assert [e.payload for e in events] == [{"document_id": info.id, "form": "record", "sha256": info.sha256,
                                           "copies": 2, "action": "print", "serial_no": made.serial_no,
                                           "target": "HP-LaserJet"}]
    assert documents.history(desk, lead_id) == [info]


def test_previews_take_no_number_and_issuing_takes_the_next_one(desk: Workstation) -> None:
    lead_id = persuaded_lead(desk)
    for _ in range(3):  # previews opened and closed
        preview = documents.make(desk, OFFICER, "record", lead_id)
        assert preview.preview and preview.serial_no == PREVIEW_SERIAL
        assert_prints(preview.data, "编号：（预览）/PREVIEW")
    first = documents.issue(desk, OFFICER, preview)
    assert (first.serial_no, first.preview) == ("JL-2026-00001", False)
    assert_prints(first.data, "编号：JL-2026-00001")
    assert "PREVIEW" not in text(first.data)
    assert documents.issue(desk, OFFICER, first) is first  # printing it again takes no other number
    second = documents.issue(desk, OFFICER, documents.make(desk, OFFICER, "record", lead_id))
    assert second.serial_no == "JL-2026-00002"
    printed = documents.archive(desk, OFFICER, first, "print", 1, "HP-LaserJet")
    saved = documents.archive(desk, OFFICER, first, "save", 1, "/tmp/record.pdf")
    assert (printed.reprint_of, saved.reprint_of) == (None, printed.id)  # one document, delivered twice


def test_reprint_gives_the_same_bytes_even_after_the_facts_changed(desk: Workstation) -> None:
    lead_id = thanked_lead(desk)
    made = issued(desk, OFFICER, "thanks", lead_id)
    original = documents.archive(desk, OFFICER, made, "save", 1, "/tmp/letter.pdf")
    documents.add_thanks_recipient(desk, OFFICER, lead_id, "另一位同志", "另一件事", NOW)  # facts move on
    with pytest.raises(NotAllowed, match="not a lead you worked"):  # personal data: not any officer's to print
        documents.reprint(desk, "officer2", original.id)
    again = documents.reprint(desk, "lead1", original.id, copies=3, target="WS-PDF")
    assert again == made.data
    history = documents.history(desk, lead_id)
    assert [(d.action, d.reprint_of, d.serial_no, d.printed_by) for d in history] == [
        ("save", None, made.serial_no, OFFICER), ("reprint", original.id, made.serial_no, "lead1")]
    # a reprint of a reprint still points at the original
    documents.reprint(desk, OFFICER, history[1].id)
    assert documents.history(desk, lead_id)[-1].reprint_of == original.id


def test_reprint_refuses_bytes_that_no_longer_match_their_hash(desk: Workstation) -> None:
    made = issued(desk, OFFICER, "record", persuaded_lead(desk))
    info = documents.archive(desk, OFFICER, made)
    with desk.unit_of_work() as s:
        s.execute(update(Document).where(Document.id == info.id).values(content=made.data + b"%tampered"))
    with pytest.raises(ArchiveCorrupt):
        documents.reprint(desk, OFFICER, info.id)
    with pytest.raises(NotFound):
        documents.reprint(desk, OFFICER, "no-such-document")


def test_archive_checks_officer_action_and_copies(desk: Workstation) -> None:
    made = issued(desk, OFFICER, "record", persuaded_lead(desk))
    with pytest.raises(NotFound):
        documents.archive(desk, "nobody", made)
    with pytest.raises(InvalidInput):
        documents.archive(desk, OFFICER, made, "shred")
    with pytest.raises(InvalidInput):
        documents.archive(desk, OFFICER, made, copies=0)


def test_thanks_received_goes_into_the_lead_history(desk: Workstation) -> None:
    lead_id = persuaded_lead(desk)
    documents.record_thanks_received(desk, OFFICER, lead_id, "banner", "王秀英家属", NOW, "赠送锦旗“反诈卫士”")
    event = leads.detail(desk, lead_id).events[-1]
    assert event.kind == "thanks_received" and event.payload["kind"] == "banner"
    assert event.payload["from_name"] == "王秀英家属"
    with pytest.raises(InvalidInput):
        documents.record_thanks_received(desk, OFFICER, lead_id, "cake", "x", NOW)


def test_a_week_of_thank_you_letters_in_one_batch(desk: Workstation, clock: FixedClock) -> None:
    names = ["刘芳同志", "赵师傅", "钱经理"]
    lead_ids = []
    for name in names:
        lead_ids.append(thanked_lead(desk, name))
        clock.advance(hours=1)
    entries = documents.thanks_letters(desk, NOW - timedelta(days=1), NOW + timedelta(days=7))
    assert [e.recipient_name for e in entries] == names
    seen: list[tuple[int, int]] = []
    with pytest.raises(NotAllowed, match="team lead"):  # a batch is an export of many people's data
        documents.make_thanks_batch(desk, OFFICER, entries)
    preview = documents.make_thanks_batch(desk, "lead1", entries, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (3, 3) and documents.page_count(preview.data) == 3 and preview.preview
    assert_prints(preview.data, *names, "（预览）/PREVIEW")
    with pytest.raises(NotAllowed, match="issue the document"):  # a preview has no number to archive
        documents.archive(desk, "lead1", preview)
    batch = documents.issue(desk, "lead1", preview)
    assert batch.serial_no == "GX-2026-00001~GX-2026-00003"
    assert_prints(batch.data, *names, "GX-2026-00001", "GX-2026-00002", "GX-2026-00003")
    info = documents.archive(desk, OFFICER, batch, "print", 1, "WS-PDF")
    assert info.lead_id is None and set(info.lead_ids) == set(lead_ids)
    for lead_id in lead_ids:  # each lead's history shows the batch
        assert [d.id for d in documents.history(desk, lead_id)] == [info.id]
    with pytest.raises(RenderCancelledError):
        documents.make_thanks_batch(desk, "lead1", entries, cancel=lambda: True)
    assert documents.thanks_letters(desk, NOW + timedelta(days=8), NOW + timedelta(days=9)) == []


def _serials(ws: Workstation, count: int) -> list[str]:
    lead_id = thanked_lead(ws)
    with ThreadPoolExecutor(4) as pool:
        return list(pool.map(lambda _: issued(ws, OFFICER, "thanks", lead_id).serial_no, range(count)))


def _check_serials(serials: list[str]) -> None:
    numbers = sorted(int(s.rsplit("-", 1)[1]) for s in serials)
    assert numbers == list(range(1, len(serials) + 1)), serials  # unique, no gaps, from 1
    assert all(s.startswith("GX-2026-") for s in serials)


def test_serial_numbers_are_unique_and_increasing(desk: Workstation) -> None:
    _check_serials(_serials(desk, 12))
    one = issued(desk, OFFICER, "record", persuaded_lead(desk))
    assert one.serial_no == "JL-2026-00001"  # each form kind counts on its own


def test_serial_numbers_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    ws = bootstrap(Settings(data_dir=tmp_path, db_url=pg_url, desk_id="pg-desk"), clock=FixedClock(NOW))
    try:
        auth.add_officer(ws, OFFICER, "OFFICER1", Role.OFFICER, "password1")
        serials = _serials(ws, 20)
        _check_serials(serials)
        made = issued(ws, OFFICER, "thanks", documents.thanks_letters(ws, NOW - timedelta(days=1),
                                                                              NOW + timedelta(days=1))[0].lead_id)
        info = documents.archive(ws, OFFICER, made, "save", 1, "x.pdf")
        assert documents.reprint(ws, OFFICER, info.id) == made.data  # bytea round trip
        with ws.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Document)) == 2
    finally:
        ws.close()
