"""`workstation print …` in-process: writes the PDF, archives it, reprints it, refuses clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.conftest import NOW
from tests.forms.pdftext import assert_prints
from tests.forms_integration.conftest import OFFICER, persuaded_lead, thanked_lead
from tests.support.sign_in import as_officer, feed_password
from workstation.cli.main import main
from workstation.desk import Workstation
from workstation.services import documents, leads


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands that act as an officer sign in with --password-stdin (the test desk's password)."""
    feed_password(monkeypatch)


def run(capsys: pytest.CaptureFixture[str], ws: Workstation, *args: str, lang: str = "en") -> tuple[int, str, str]:
    code = main(["--lang", lang, "--db", ws.settings.db_url, *args], clock=ws.clock)
    out, err = capsys.readouterr()
    return code, out, err


def test_print_writes_the_pdf_and_archives_it(desk: Workstation, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    lead_id = persuaded_lead(desk)
    ref = leads.detail(desk, lead_id).row.ref
    out_file = tmp_path / "out" / "record.pdf"
    code, out, err = run(capsys, desk, "print", "record", "--lead", ref, "-o", str(out_file), *as_officer(OFFICER),
                         "--copies", "2", "--json")
    assert code == 0, err
    doc = json.loads(out)
    data = out_file.read_bytes()
    assert_prints(data, ref, "王秀英", doc["serial_no"])
    assert not list(out_file.parent.glob("*.part"))  # the temporary file was renamed, not left behind
    [info] = documents.history(desk, lead_id)
    assert (info.sha256, info.action, info.copies, info.target) == (doc["sha256"], "save", 2, str(out_file))

    again = tmp_path / "again.pdf"
    code, out, err = run(capsys, desk, "print", "reprint", info.id[:13], "-o", str(again), *as_officer("officer2"))
    assert code == 4 and "not a lead you worked" in err and not again.exists()  # not officer2's lead
    code, out, err = run(capsys, desk, "print", "reprint", info.id[:13], "-o", str(again), *as_officer("lead1"))
    assert code == 0, err
    assert info.serial_no in out
    assert again.read_bytes() == data
    assert [d.action for d in documents.history(desk, lead_id)] == ["save", "reprint"]

    code, out, _ = run(capsys, desk, "print", "history", ref)
    assert code == 0 and out.count(info.serial_no) == 2


def test_unknown_lead_and_missing_facts_fail_with_a_message(desk: Workstation, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "x.pdf"
    code, _, err = run(capsys, desk, "print", "record", "--lead", "YJ000000-NOPE", "-o", str(target),
                       *as_officer(OFFICER))
    assert code == 3 and "No lead" in err
    lead_id = persuaded_lead(desk)
    code, _, err = run(capsys, desk, "print", "stop-payment", "--lead", lead_id, "-o", str(target),
                       *as_officer(OFFICER))
    assert code == 9 and "has no stop-payment request" in err
    code, _, err = run(capsys, desk, "print", "stop-payment", "--lead", lead_id, "-o", str(target),
                       *as_officer(OFFICER), lang="zh_CN")
    assert code == 9 and "没有紧急止付申请" in err and "stop-payment" not in err  # one language
    assert not target.exists() and documents.history(desk, lead_id) == []
    code, _, err = run(capsys, desk, "print", "record", "--lead", lead_id, *as_officer(OFFICER))
    assert code == 2 and "-o" in err


def test_recording_facts_then_a_batch_of_letters(desk: Workstation, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    thanked_lead(desk, "刘芳同志")
    lead_id = persuaded_lead(desk)
    code, _, err = run(capsys, desk, "print", "add-recipient", lead_id, "--name", "赵师傅", *as_officer(OFFICER),
                       "--deed", "出租车司机发现乘客欲转账并报警", "--at", "2026-11-25T13:00", "--role", "driver")
    assert code == 0, err
    week = tmp_path / "week.pdf"
    day = NOW.date().isoformat()
    code, out, err = run(capsys, desk, "print", "batch", "thanks", "--since", day, "--until", day,
                         "-o", str(week), *as_officer(OFFICER))
    assert code == 4 and "team lead" in err  # a batch is an export: a team lead's
    code, out, err = run(capsys, desk, "print", "batch", "thanks", "--since", day, "--until", day,
                         "-o", str(week), *as_officer("lead1"))
    assert code == 0, err
    assert "2 thank-you letter(s)" in out
    assert_prints(week.read_bytes(), "刘芳同志", "赵师傅", "出租车司机发现乘客欲转账并报警")
    assert documents.page_count(week.read_bytes()) == 2


def test_case_details_and_a_visit_recorded_then_printed(desk: Workstation, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    lead_id = persuaded_lead(desk)
    code, _, err = run(capsys, desk, "print", "case-details", lead_id, "--source", "报案", "--address", " ",
                       "--facts", "被诱导转账。", "--decision", "其他", *as_officer(OFFICER))
    assert code == 2 and "--address: Enter the reporter's address" in err and "reporter_address" not in err
    code, out, err = run(capsys, desk, "print", "case-details", lead_id, "--source", "报案", "--address",
                         "望京西园三区312号楼", "--facts", "被诱导转账。", "--decision", "移交经侦部门",
                         "--place", "接报案窗口", "--at", "2026-11-25T13:30", *as_officer(OFFICER))
    assert code == 0 and out.startswith("Recorded "), err
    code, _, err = run(capsys, desk, "print", "visit", lead_id, "--address", "某路1号", "--officers", "孙磊，周静",
                       "--at", "2026-11-25T12:00", *as_officer(OFFICER))
    assert code == 0, err
    for kind, facts in (("case", ("望京西园三区312号楼", "■其他：移交经侦部门", "2026年11月25日13时30分")),
                        ("visit-notice", ("某路1号", "孙磊", "周静"))):
        target = tmp_path / f"{kind}.pdf"
        code, out, err = run(capsys, desk, "print", kind, "--lead", lead_id, "-o", str(target),
                             *as_officer(OFFICER), "--json")
        assert code == 0, err
        serial = json.loads(out)["serial_no"]
        assert_prints(target.read_bytes(), *facts, serial)
        assert "PREVIEW" not in serial  # the CLI delivers at once: a numbered document
