"""The weekly analysis: its PDF text and its workbook's cells read back; the CLI command."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.forms.pdftext import assert_prints, text
from tests.reports.dataset import Built
from tests.support.sign_in import as_officer, feed_password
from workstation import messages
from workstation.cli.main import main
from workstation.desk import Workstation
from workstation.reports.calls import Verdict
from workstation.reports.period import iso_week
from workstation.services import review

W47 = iso_week("2026-W47", "Asia/Shanghai")


CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def report(desk: Workstation, built: Built, tmp_path: Path) -> review.weekly.WeeklyReport:
    """The report written in Chinese (the desk's default language)."""
    review.mark_call(desk, "lead1", built.calls["L3"][0], Verdict.COMMENDED, "=联系家属及时")
    messages.set_language("zh_CN")
    return review.weekly_report(desk, "lead1", W47, tmp_path / "out")


@pytest.fixture
def english_report(sqlite_desk: Workstation, tmp_path: Path) -> review.weekly.WeeklyReport:
    from tests.reports.dataset import build

    build(sqlite_desk)
    messages.set_language("en")
    return review.weekly_report(sqlite_desk, "lead1", W47, tmp_path / "en")


def test_pdf_text(report: review.weekly.WeeklyReport) -> None:
    pdf = report.pdf_path.read_bytes()
    assert report.pdf_path.name == "研判周报-2026-W47.pdf"
    assert_prints(pdf, "预警劝阻工作研判周报", "2026-W47", "统计周期：2026年11月16日至2026年11月22日（北京时间）",
                  "本期接警线索6条，处置6条，通话8次", "接通率83.3%", "劝阻成功率50.0%", "劝阻金额6,500.50元",
                  "紧急止付1笔，止付金额8,000.00元", "预警至首呼中位数5.0分钟，P9022.0分钟",
                  "分诈骗类型", "冒充公检法", "刷单返利", "分辖区", "西湖区", "滨江区", "分民警", "民警1（officer1）",
                  "周环比", "2026-W46", "典型案例", "受表扬的处置", "=联系家属及时", "统计口径")
    # the biggest protected call comes first among the notable cases, with its notes
    cases = text(pdf).split("典型案例", 1)[1]
    assert cases.index("5,000.00本人已认识到是诈骗") < cases.index("1,200.50") < cases.index("紧急止付")


def test_pdf_is_deterministic(desk: Workstation, report: review.weekly.WeeklyReport, tmp_path: Path) -> None:
    again = review.weekly_report(desk, "lead1", W47, tmp_path / "again")
    assert again.pdf_path.read_bytes() == report.pdf_path.read_bytes()


def test_xlsx_cells(report: review.weekly.WeeklyReport) -> None:
    wb = load_workbook(io.BytesIO(report.xlsx_path.read_bytes()))
    assert wb.sheetnames == ["说明", "总体", "分诈骗类型", "分辖区", "分民警", "周环比", "每日", "典型案例"]
    total = wb["总体"]
    header = [c.value for c in total[1]]
    row = dict(zip(header, [c.value for c in total[2]], strict=True))
    assert row["接警线索"] == 6 and row["处置线索"] == 6 and row["通话次数"] == 8
    assert row["接通率"] == pytest.approx(0.8333) and total.cell(2, header.index("接通率") + 1).number_format == "0.0%"
    assert row["劝阻金额（元）"] == 6500.5 and row["止付笔数"] == 1 and row["止付金额（元）"] == 8000
    assert row["首呼中位数（分）"] == 5 and row["首呼P90（分）"] == 22
    scam = {r[1]: r for r in wb["分诈骗类型"].iter_rows(min_row=2, values_only=True)}
    assert scam["police_impersonation"][0] == "冒充公检法" and scam["police_impersonation"][2:5] == (2, 2, 3)
    head = next(wb["分民警"].iter_rows(max_row=1, values_only=True))
    assert head[2:4] == ("领取线索", "处置线索")  # leads reach the centre, not an officer: taken, not received
    officers = {r[1]: r for r in wb["分民警"].iter_rows(min_row=2, values_only=True)}
    assert officers["officer2"][2] == 4 and officers["officer2"][3] == 4
    weeks = [r[0] for r in wb["周环比"].iter_rows(min_row=2, values_only=True)]
    assert weeks == [f"2026-W{n}" for n in range(40, 48)]
    days = {r[0]: r[1:] for r in wb["每日"].iter_rows(min_row=2, values_only=True)}
    assert days["2026-11-16"] == (3, 2, 5300)
    cases = list(wb["典型案例"].iter_rows(min_row=2, values_only=True))
    commended = [c for c in cases if c[0] == "受表扬"]
    assert commended and commended[0][8] == "'=联系家属及时"  # formula injection neutralised
    assert [c[7] for c in cases if c[0] == "紧急止付"] == [8000]


def test_english_pdf_has_no_chinese_but_the_data(english_report: review.weekly.WeeklyReport) -> None:
    """In English every heading, label, scam type and outcome is English; only what people typed (names,
    districts, notes) stays as it was written."""
    pdf = english_report.pdf_path.read_bytes()
    assert english_report.pdf_path.name == "weekly-report-2026-W47.pdf"
    assert_prints(pdf, "Weekly analysis of warning calls", "2026-W47", "Period: 2026-11-16 to 2026-11-22 (Beijing time)",
                  "Impersonating police/prosecutors/courts", "Click-farming rebates", "By scam type", "By officer",
                  "民警1 (officer1)", "Notable cases", "Page 1 of")
    data = (english_report.data.unit_name, "民警", "西湖区", "滨江区", "本人已认识到是诈骗", "承诺不转账", "测试")
    left = text(pdf)
    for typed in data:
        left = left.replace(typed, "")
    assert not CJK.findall(left), CJK.findall(left)[:20]


def test_english_xlsx_has_no_chinese_but_the_data(english_report: review.weekly.WeeklyReport) -> None:
    wb = load_workbook(io.BytesIO(english_report.xlsx_path.read_bytes()))
    assert wb.sheetnames == ["About", "Overview", "By scam type", "By district", "By officer", "Week over week",
                             "Daily", "Notable cases"]
    scam = {r[1]: r for r in wb["By scam type"].iter_rows(min_row=2, values_only=True)}
    assert scam["police_impersonation"][0] == "Impersonating police/prosecutors/courts"
    header = [c.value for c in wb["Overview"][1]]
    assert header[:4] == ["Scope", "Code", "Leads received", "Leads handled"]
    typed = {english_report.data.unit_name, "西湖区", "滨江区"} | {f"民警{n} (officer{n})" for n in "12"}
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            # the notable cases' district and notes are what people typed
            words = [v for i, v in enumerate(row) if ws.title != "Notable cases" or i not in (3, 8)]
            for v in words:
                if isinstance(v, str) and v not in typed:
                    assert not CJK.search(v), (ws.title, v)


def test_cli_weekly(sqlite_desk: Workstation, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                    monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.reports.dataset import build

    build(sqlite_desk)
    feed_password(monkeypatch)
    url = sqlite_desk.settings.db_url
    out = tmp_path / "cli-out"
    clock = sqlite_desk.clock  # the commands run on the desk's clock, as the data was made
    code = main(["--db", url, "report", "weekly", "--week", "2026-W47", "-o", str(out), "--json",
                 *as_officer("lead1")], clock=clock)
    printed = capsys.readouterr().out
    assert code == 0 and '"handled": 6' in printed
    assert (out / "研判周报-2026-W47.pdf").stat().st_size > 10_000
    assert_prints((out / "研判周报-2026-W47.pdf").read_bytes(), "生成时间：2026-11-25 14:00")  # the desk's NOW
    assert (out / "研判周报-2026-W47.xlsx").exists()
    assert main(["--db", url, "report", "weekly", "--week", "2026-W99", "-o", str(out), *as_officer("lead1")],
                clock=clock) == 2
    assert main(["--db", url, "report", "weekly", "--week", "2026-W47", "-o", str(out),
                 *as_officer("officer1")], clock=clock) == 4
    assert main(["--db", url, "report", "weekly", "--week", "2026-W47", "-o", str(out)],
                clock=clock) == 6  # nobody signed in


def test_the_week_over_week_sentence_needs_a_week_before(desk: Workstation, built: Built, tmp_path: Path) -> None:
    """W47 is compared with W46; W46 has nothing before it to compare with: no "较上周 —，劝阻金额较上周 —"."""
    messages.set_language("zh_CN")
    w47 = text(review.weekly_report(desk, "lead1", W47, tmp_path / "47").pdf_path.read_bytes())
    w46 = text(review.weekly_report(desk, "lead1", iso_week("2026-W46", "Asia/Shanghai"),
                                    tmp_path / "46").pdf_path.read_bytes())
    assert "较上周" in re.sub(r"\s", "", w47)
    assert "较上周" not in re.sub(r"\s", "", w46)
