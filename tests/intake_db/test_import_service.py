"""Importing files into the database: formats, all-or-nothing, re-imports, de-duplication, crashes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from intake_db_helpers import big_csv, counts, many_rows, phone
from intake_fixtures import FileFactory, lead_row
from sqlalchemy import event, select, update

from workstation.desk import Workstation
from workstation.services import intake, intake_dedup, leads
from workstation.store.models import Event, Lead

BY = "officer1"


def test_gb18030_csv_imports_and_is_recorded(ws: Workstation, files: FileFactory) -> None:
    path = files.csv([lead_row(姓名="欧阳娜娜"), lead_row(手机号="13900001111")], encoding="gb18030")
    result = intake.import_file(ws, path, imported_by=BY)
    assert result.status == "imported" and result.ok
    assert (result.rows, result.leads_created, result.triggers_joined) == (2, 2, 0)
    assert counts(ws) == {"leads": 2, "events": 2, "triggers": 0, "files": 1}
    record = intake.find_import(ws, result.sha256)
    assert record is not None and record.imported_by == BY and record.leads_created == 2
    with ws.sessions() as s:
        assert "欧阳娜娜" in set(s.scalars(select(Lead.person_name)))


def test_same_file_again_changes_nothing(ws: Workstation, files: FileFactory) -> None:
    path = files.csv([lead_row()], encoding="utf-8-sig")  # with a BOM
    assert intake.import_file(ws, path, imported_by=BY).status == "imported"
    before = counts(ws)
    again = intake.import_file(ws, path, imported_by="officer2")
    assert again.status == "already_imported" and again.ok
    assert "officer1" in str(again.message) and again.message.code == "intake.already_imported"
    assert counts(ws) == before


def test_xlsx_with_two_row_header(ws: Workstation, files: FileFactory) -> None:
    headers = ["线索编号", "姓名", "手机号", "诈骗类型", "预警级别", "预警类型", "涉诈号码", "预警时间"]
    path = files.xlsx([lead_row(), lead_row(手机号="13900001111")], headers=headers,
                      groups=[("基本信息", 3), ("预警信息", 5)])
    result = intake.import_file(ws, path, imported_by=BY)
    assert result.status == "imported", result.message
    assert result.format == "xlsx" and result.leads_created == 2


def test_bad_row_imports_nothing(ws: Workstation, files: FileFactory) -> None:
    path = files.jsonl([lead_row(), "{broken", lead_row(手机号="13900001111")])
    result = intake.import_file(ws, path, imported_by=BY)
    assert result.status == "invalid" and not result.ok
    assert [e.row for e in result.errors] == [2]
    assert counts(ws) == {"leads": 0, "events": 0, "triggers": 0, "files": 0}


def test_bad_row_late_in_a_big_file_rolls_back_written_chunks(ws: Workstation, files: FileFactory) -> None:
    rows = many_rows(12_000)
    rows[11_500]["手机号"] = "12345"
    result = intake.import_file(ws, files.csv(rows), imported_by=BY)
    assert result.status == "invalid" and result.rows == 12_000
    assert counts(ws)["leads"] == 0 and counts(ws)["files"] == 0


def test_skip_invalid_imports_the_good_rows(ws: Workstation, files: FileFactory) -> None:
    path = files.jsonl([lead_row(), "{broken", lead_row(手机号="13900001111", 预警级别="紫色")])
    result = intake.import_file(ws, path, imported_by=BY, skip_invalid=True)
    assert result.status == "imported" and not result.ok
    assert result.leads_created == 1 and result.rows_skipped == 2
    record = intake.find_import(ws, result.sha256)
    assert record is not None and record.rows_skipped == 2


def test_refused_file_is_a_result(ws: Workstation, files: FileFactory, tmp_path: Path) -> None:
    path = tmp_path / "nothing.csv"
    path.write_text("hello,world\n1,2\n", encoding="utf-8")
    result = intake.import_file(ws, path, imported_by=BY)
    assert result.status == "refused" and result.message


def test_duplicates_across_two_files_join_the_open_lead(ws: Workstation, files: FileFactory) -> None:
    first = files.csv([lead_row()], name="a.csv")
    second = files.csv([lead_row(预警时间="2026-11-25 15:30", 涉诈号码="+85299998888"),
                        lead_row(手机号="13900001111")], name="b.csv")
    assert intake.import_file(ws, first, imported_by=BY).leads_created == 1
    result = intake.import_file(ws, second, imported_by=BY)
    assert (result.leads_created, result.triggers_joined) == (1, 1)
    assert counts(ws) == {"leads": 2, "events": 3, "triggers": 1, "files": 2}
    with ws.sessions() as s:
        lead_id = s.scalars(select(Lead.id).where(Lead.phone == "13812345678")).one()
    detail = leads.detail(ws, lead_id, reveal=True)
    assert [t["detail"] for t in detail.triggers] == ["+85212345678", "+85299998888"]


def test_duplicates_within_one_file_make_one_lead(ws: Workstation, files: FileFactory) -> None:
    path = files.csv([lead_row(), lead_row(预警时间="2026-11-25 14:10", 预警类型="网址", 涉诈号码="http://x.cn"),
                      lead_row()])  # the third row repeats the first exactly
    result = intake.import_file(ws, path, imported_by=BY)
    assert (result.leads_created, result.triggers_joined, result.rows_repeated) == (1, 1, 1)
    assert counts(ws)["leads"] == 1 and counts(ws)["triggers"] == 1


def test_trigger_pulls_the_lead_forward(ws: Workstation, files: FileFactory) -> None:
    intake.import_file(ws, files.csv([lead_row(预警级别="黄色")], name="a.csv"), imported_by=BY)
    with ws.sessions() as s:
        rank_before = s.scalars(select(Lead.rank_at)).one()
    later = files.csv([lead_row(预警级别="红色", 预警时间="2026-11-25 14:20", 涉诈号码="+85200000000")], name="b.csv")
    intake.import_file(ws, later, imported_by=BY)
    with ws.sessions() as s:
        assert s.scalars(select(Lead.rank_at)).one() < rank_before


def test_outside_window_or_closed_lead_gives_a_new_lead(ws: Workstation, files: FileFactory) -> None:
    intake.import_file(ws, files.csv([lead_row()], name="a.csv"), imported_by=BY)
    late = files.csv([lead_row(预警时间="2026-11-20 14:03")], name="b.csv")  # five days earlier: > 72 h
    assert intake.import_file(ws, late, imported_by=BY).leads_created == 1
    with ws.unit_of_work() as s:
        s.execute(update(Lead).values(status="closed"))
    again = files.csv([lead_row(预警时间="2026-11-25 14:30", 涉诈号码="+85211112222")], name="c.csv")
    assert intake.import_file(ws, again, imported_by=BY).leads_created == 1
    assert counts(ws)["leads"] == 3


def test_other_scam_type_is_another_lead(ws: Workstation, files: FileFactory) -> None:
    path = files.csv([lead_row(), lead_row(诈骗类型="冒充公检法")])
    assert intake.import_file(ws, path, imported_by=BY).leads_created == 2


def test_crash_mid_file_leaves_nothing(ws: Workstation, files: FileFactory) -> None:
    path = big_csv(files, 12_000)
    seen: list[int] = []

    def progress(rows: int, done: int, total: int) -> None:
        seen.append(rows)
        if rows >= 11_000:  # two chunks of 5,000 are already written inside the transaction
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        intake.import_file(ws, path, imported_by=BY, progress=progress)
    assert seen and counts(ws) == {"leads": 0, "events": 0, "triggers": 0, "files": 0}
    assert intake.import_file(ws, path, imported_by=BY).leads_created == 12_000  # and it can be retried


def test_cancel_rolls_back(ws: Workstation, files: FileFactory) -> None:
    path = big_csv(files, 7_000)
    ticks = iter(range(100))
    result = intake.import_file(ws, path, imported_by=BY, cancel=lambda: next(ticks) >= 6)
    assert result.status == "cancelled"
    assert counts(ws)["leads"] == 0 and counts(ws)["files"] == 0


def test_dedup_lookup_is_one_query_per_chunk(ws: Workstation, files: FileFactory) -> None:
    intake.import_file(ws, files.csv(many_rows(100), name="seed.csv"), imported_by=BY)
    rows = many_rows(12_000)
    for row in rows[:100]:
        row["涉诈号码"] = "+85277776666"  # 100 repeat warnings for leads already open
    path = files.csv(rows, name="big.csv")
    selects: list[str] = []

    def count(conn, cursor, statement: str, *args: object) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT") and "leads" in statement:
            selects.append(statement)

    event.listen(ws.engine, "before_cursor_execute", count)
    try:
        result = intake.import_file(ws, path, imported_by=BY)
    finally:
        event.remove(ws.engine, "before_cursor_execute", count)
    assert (result.leads_created, result.triggers_joined) == (11_900, 100)
    # Per chunk of rows (3): the lookup, and on SQLite the re-check under the write lock; once: the found
    # leads' triggers, whether the joined leads are still open, and loading the leads that get triggers.
    assert len(selects) <= 3 * 2 + 3


def test_postgresql_import_and_dedup(pg_ws: Workstation, files: FileFactory) -> None:
    first = files.csv([lead_row(), *many_rows(50, start=1)], name="a.csv", encoding="gb18030")
    second = files.csv([lead_row(预警时间="2026-11-25 15:00", 涉诈号码="+85255554444")], name="b.csv")
    assert intake.import_file(pg_ws, first, imported_by=BY).leads_created == 51
    assert intake.import_file(pg_ws, second, imported_by=BY).triggers_joined == 1
    assert intake.import_file(pg_ws, second, imported_by=BY).status == "already_imported"
    assert counts(pg_ws) == {"leads": 51, "events": 52, "triggers": 1, "files": 2}
    with pg_ws.sessions() as s:
        kinds = list(s.scalars(select(Event.kind).where(Event.kind == "trigger_added")))
    assert kinds == ["trigger_added"]


def test_postgresql_crash_mid_file_leaves_nothing(pg_ws: Workstation, files: FileFactory) -> None:
    path = big_csv(files, 11_000)

    def progress(rows: int, done: int, total: int) -> None:
        if rows >= 10_500:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        intake.import_file(pg_ws, path, imported_by=BY, progress=progress)
    assert counts(pg_ws) == {"leads": 0, "events": 0, "triggers": 0, "files": 0}


def test_window_comes_from_settings(ws: Workstation) -> None:
    assert intake_dedup.window(ws) == timedelta(hours=getattr(ws.settings, "dedup_window_hours", 72))
    assert phone(3) == "13800000003"


def test_skip_invalid_with_no_valid_row_records_nothing(ws: Workstation, files: FileFactory) -> None:
    path = files.csv([lead_row(手机号="12345")])
    result = intake.import_file(ws, path, imported_by=BY, skip_invalid=True)
    assert result.status == "invalid" and counts(ws)["files"] == 0


def test_choices_are_remembered_per_header_and_used_for_the_drop_folder(ws: Workstation, files: FileFactory,
                                                                        tmp_path: Path) -> None:
    headers = ["客户", "联系方式", "备注"]
    first = files.csv([{"客户": "张三", "联系方式": "13812345678", "备注": "x"}], headers=headers, name="mon.csv")
    chosen = intake.Choices({"客户": "person_name", "备注": ""}, {"scam_type": "刷单返利"})
    result = intake.import_file(ws, first, imported_by=BY, choices=chosen, remember=True)
    assert result.status == "imported"
    saved = ws.settings.data_dir / intake.MAPPINGS_FILE
    assert saved.exists() and "联系方式" in saved.read_text(encoding="utf-8")

    other = files.csv([{"客户": "王五", "联系方式": "13712345678"}], headers=headers, name="wed.csv")
    shown, kept = intake.preview_file(ws, other)
    assert kept is not None and kept.defaults == {"scam_type": "刷单返利"}
    assert [(c.field, c.how) for c in shown.decisions] == [
        ("person_name", "remembered"), ("phone", "remembered"), (None, "remembered")]

    drop = tmp_path / "drop"
    drop.mkdir()
    FileFactory(drop).csv([{"客户": "李四", "联系方式": "13912345678", "备注": ""}], headers=headers, name="tue.csv")
    outcome = intake.handle_drop(ws, drop / "tue.csv", imported_by=BY)
    assert outcome.status == "done"
    with ws.sessions() as s:
        lead = s.scalars(select(Lead).where(Lead.phone == "13912345678")).one()
    assert (lead.person_name, lead.scam_type) == ("李四", "click_farming")


def test_a_broken_remembered_file_is_ignored(ws: Workstation, files: FileFactory) -> None:
    (ws.settings.data_dir / intake.MAPPINGS_FILE).write_text("{not json", encoding="utf-8")
    assert intake.remembered_choices(ws, "anything") is None
    assert intake.import_file(ws, files.csv([lead_row()]), imported_by=BY, remember=True).status == "imported"
