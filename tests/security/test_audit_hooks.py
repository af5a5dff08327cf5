"""Prints, imports and exports leave audit entries (issue: every print and export is audited)."""

import json
from pathlib import Path

import pytest

from tests.core.conftest import NOW
from tests.support.sign_in import DEMO_PASSWORD, as_officer, feed_password
from workstation.bootstrap import bootstrap
from workstation.cli.main import main
from workstation.clock import FixedClock
from workstation.security import audit
from workstation.settings import Settings


def run(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> tuple[int, str]:
    code = main(["--db", db, *args], clock=FixedClock(NOW))
    out, err = capsys.readouterr()
    return code, out + err


def test_print_import_and_export_are_audited(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    feed_password(monkeypatch, DEMO_PASSWORD)
    db = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    assert run(capsys, db, "demo", "--leads", "40")[0] == 0
    code, out = run(capsys, db, "leads", "list", "--status", "closed", "--json")
    ref = json.loads(out)["leads"][0]["ref"]
    code, out = run(capsys, db, "print", "record", "--lead", ref, "-o", str(tmp_path / "r.pdf"),
                    *as_officer("lead1"))  # a team lead may print any lead's forms
    assert code == 0, out
    csv = tmp_path / "leads.csv"
    csv.write_text("姓名,手机号,诈骗类型,预警级别,预警类型,涉诈号码,预警时间,辖区\n"
                   "王小明,13812345678,刷单返利,红色,电话,+85212345678,2026-11-25 09:00,西湖区\n", encoding="utf-8")
    code, out = run(capsys, db, "intake", "import", str(csv), *as_officer("officer2"))
    assert code == 0, out
    code, out = run(capsys, db, "report", "weekly", "--week", "2026-W48", "-o", str(tmp_path / "rep"),
                    *as_officer("lead1"))
    assert code == 0, out
    ws = bootstrap(Settings(data_dir=tmp_path, db_url=db))
    try:
        seen = {(e.action, e.actor) for e in audit.entries(ws)}
        assert ("printed", "lead1") in seen
        assert ("imported", "officer2") in seen
        assert ("exported", "lead1") in seen
        assert audit.verify(ws).ok
    finally:
        ws.close()


def test_claiming_a_lead_audits_the_unmasked_view(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    feed_password(monkeypatch, DEMO_PASSWORD)
    db = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    assert run(capsys, db, "demo", "--leads", "20")[0] == 0
    code, out = run(capsys, db, "leads", "next", *as_officer("officer1"), "--json")
    ref = json.loads(out)["lead"]["row"]["ref"]
    ws = bootstrap(Settings(data_dir=tmp_path, db_url=db))
    try:
        views = [e for e in audit.entries(ws) if e.action == "personal_data_viewed" and e.actor == "officer1"]
        assert [e.target for e in views] == [ref]
    finally:
        ws.close()
