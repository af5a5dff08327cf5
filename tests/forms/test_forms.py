"""Each form prints its facts (read back from the PDF), deterministically, safely, on as many pages as needed."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.forms.pdftext import assert_prints, compact, pages, text
from workstation.forms import (
    FORM_KINDS,
    RenderCancelledError,
    kind_of,
    render,
    render_batch,
    samples,
    unsupported_chars,
)

INJECTION = "<b>&amp; <font name=x>"
REPO = Path(__file__).resolve().parents[2]


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_every_kind_has_a_sample_and_renders_one_a4_page() -> None:
    forms = samples.all_kinds()
    assert set(forms) == set(FORM_KINDS)
    for kind, form in forms.items():
        assert kind_of(form) == kind
        pdf = render(form)
        assert pdf.startswith(b"%PDF-")
        reader = PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) == 1, kind
        box = reader.pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_record_prints_lead_person_calls_and_result() -> None:
    form = samples.record()
    assert_prints(
        render(form),
        "预警劝阻工作记录单",
        form.unit_name,
        "编号：JL-2024-0503-0127",
        "YJ20240503-000127",
        "王秀英",
        "13912345678",
        "110105195806121827",
        "北京市朝阳区",
        "冒充公检法",
        "红色",
        "涉诈电话",
        "与涉诈号码+85261234567通话23分钟",
        "2024年5月3日14时02分",  # triggered 06:02 UTC, printed in Asia/Shanghai
        "¥50,000.00",
        "2024-05-0314:08:15",
        "14:16:43",
        "8分28秒",
        "劝阻成功",
        "■公检法不会电话办案",
        "□不要透露验证码",  # on the script but not covered
        "李明",
    )


def test_case_intake_prints_source_reporter_money_and_decision() -> None:
    form = samples.case_intake()
    assert_prints(
        render(form),
        "受案登记表",
        "■报案",
        "□110指令",
        "张伟",
        "110105198903154517",
        "13800138000",
        "北京市朝阳区望京西园三区312号楼",
        "赵强",
        "2024年5月3日15时37分",
        "朝阳分局反诈中心接报案窗口",
        "诱导其下载会议APP并屏幕共享",
        "¥34,500.50",
        "¥30,000.00",
        "6222021234567890123",
        "中国建设银行东莞南城支行",
        "2024-05-0315:20:15",
        "■属于本单位管辖的刑事案件，建议及时立案侦查",
        "受案部门负责人",
    )


def test_case_source_outside_the_list_ticks_other() -> None:
    pdf = render(dataclasses.replace(samples.case_intake(), case_source="银行移交线索"))
    assert_prints(pdf, "■其他：银行移交线索", "□报案")


def test_stop_payment_prints_accounts_and_amount_in_words() -> None:
    form = samples.stop_payment()
    assert_prints(
        render(form),
        "紧急止付申请表",
        "编号：ZF-2024-0503-0042",
        "张伟",
        "110105198903154517",
        "6228480012345678917",
        "中国农业银行北京朝阳支行",
        "陈某某",
        "6222021234567890123",
        "中国工商银行深圳福田支行",
        "刘某",
        "6217003310004567890",
        "2024-05-0315:17:15",
        "¥30,000.00",
        "¥4,500.50",
        "（小写）¥34,500.50",
        "（大写）人民币叁万肆仟伍佰元零伍角",
        "010-87654321",
        "2024年5月3日15时39分",
    )


def test_thanks_letter_prints_recipient_deed_and_date() -> None:
    form = samples.thanks()
    assert_prints(
        render(form),
        "尊敬的刘芳同志：",
        "2024年5月3日，您在办理业务时发现一名老年储户",
        "¥50,000.00",
        "中国农业银行北京朝阳支行",
        form.unit_name,
        "2024年5月8日",
        "此致",
        "敬礼！",
    )


def test_visit_notice_prints_person_scam_warning_and_signature_lines() -> None:
    form = samples.visit_notice()
    assert_prints(
        render(form),
        "上门劝阻告知书",
        "王秀英：",
        "北京市朝阳区望京街道花家地北里7号楼2单元501室",
        "“冒充公检法”类电信网络诈骗",
        "出示伪造的“通缉令”",
        "更没有“安全账户”",
        "被告知人（签名、捺印）",
        "劝阻民警：孙磊",
        "劝阻民警：周静",
        "某某市公安局朝阳分局望京派出所（印章）",
        "2024年5月3日16时02分",
    )


@pytest.mark.parametrize("kind", sorted(FORM_KINDS))
def test_same_facts_same_bytes(kind: str) -> None:
    form = samples.all_kinds()[kind]
    assert render(form) == render(form)


def test_same_bytes_in_a_fresh_process() -> None:
    here = hashlib.sha256(render(samples.record())).hexdigest()
    code = (
        "import hashlib;from workstation.forms import render, samples;"
        "print(hashlib.sha256(render(samples.record())).hexdigest())"
    )
    there = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert there.stdout.strip() == here


def test_printed_in_the_zone_asked_for() -> None:
    assert_prints(render(samples.record(), zone="UTC"), "2024年5月3日06时02分")


def test_naive_time_is_refused() -> None:
    form = dataclasses.replace(samples.thanks(), issued_at=datetime(2024, 5, 8, 10, 0))
    with pytest.raises(ValueError, match="without a time zone"):
        render(form)


@pytest.mark.parametrize(
    "form",
    [
        samples.record(notes=f"备注{INJECTION}结束"),
        samples.case_intake(facts=f"案情{INJECTION}结束"),
        samples.thanks(deed=f"您{INJECTION}结束"),
        dataclasses.replace(samples.visit_notice(), warning_text=f"提示{INJECTION}结束"),
        dataclasses.replace(samples.stop_payment(), victim_name=f"张{INJECTION}"),
    ],
    ids=["record", "case", "thanks", "visit-notice", "stop-payment"],
)
def test_markup_prints_as_typed(form: object) -> None:
    assert compact(INJECTION) in text(render(form))  # type: ignore[arg-type]


def test_control_characters_are_dropped_not_fatal() -> None:
    pdf = render(samples.record(notes="前\x00\x07后\r\n下一行\t完"))
    assert_prints(pdf, "前后", "下一行", "完")


def _long_note(tail: str) -> str:
    sentence = "民警反复告知对方公检法机关不会通过电话办案，不存在所谓安全账户，请立即挂断电话。"
    body = (sentence * (20_000 // len(sentence) + 1))[: 20_000 - len(tail)]
    return body + tail


def test_long_call_note_flows_onto_further_pages() -> None:
    tail = "【本次记录到此结束XYZ】"
    note = _long_note(tail)
    assert len(note) == 20_000
    pdf = render(samples.record(notes=note))
    texts = pages(pdf)
    assert len(texts) >= 2
    footer = re.compile(r"预警劝阻工作记录单编号：JL-2024-0503-0127第\d+页共\d+页")
    assert compact(note) in footer.sub("", text(pdf))  # all of it, in order, nothing cut
    assert "第1页共" in compact(texts[0]) and f"第{len(texts)}页共{len(texts)}页" in compact(texts[-1])
    assert "审核意见" in compact(texts[-1])  # the rest of the form follows the note


def test_long_case_facts_flow_onto_further_pages() -> None:
    tail = "【案情到此结束ABC】"
    pdf = render(samples.case_intake(facts=_long_note(tail)))
    assert page_count(pdf) >= 2
    assert_prints(pdf, tail, "受案部门负责人")


def test_long_letter_flows_onto_a_second_page() -> None:
    pdf = render(samples.thanks(deed=_long_note("【感谢信结束】")))
    assert page_count(pdf) >= 2
    assert_prints(pdf, "【感谢信结束】", "敬礼！")


def test_batch_puts_each_form_on_its_own_pages_with_its_own_numbering() -> None:
    forms = list(samples.all_kinds().values())
    seen: list[tuple[int, int]] = []
    pdf = render_batch(forms, progress=lambda done, total: seen.append((done, total)))
    texts = pages(pdf)
    assert len(texts) == len(forms)
    assert seen == [(i, len(forms)) for i in range(1, len(forms) + 1)]
    for kind, page in zip(samples.all_kinds(), texts, strict=True):
        single = pages(render(samples.all_kinds()[kind]))[0]
        assert compact(page) == compact(single)
    assert render_batch(forms) == render_batch(forms)


def test_batch_can_be_cancelled() -> None:
    forms = [samples.thanks()] * 20
    seen: list[int] = []
    with pytest.raises(RenderCancelledError):
        render_batch(forms, progress=lambda done, total: seen.append(done), cancel=lambda: len(seen) >= 3)
    assert seen == [1, 2, 3]


def test_unknown_form_is_refused() -> None:
    with pytest.raises(TypeError):
        render("not a form")  # type: ignore[arg-type]


def test_font_is_embedded() -> None:
    pdf = render(samples.thanks())
    assert b"/FontFile2" in pdf
    assert b"WenQuanYiMicroHei" in pdf


def test_unsupported_chars_names_what_the_font_lacks() -> None:
    assert unsupported_chars("王秀英 ¥1,234.50") == frozenset()
    assert unsupported_chars("张㐀") == {"㐀"}  # CJK Extension A


def test_forms_rendered_on_several_threads_at_once_are_whole() -> None:
    """Previews, batches and the archive render on different task threads; reportlab's shared font file is
    read through one position pointer, so unguarded concurrent builds failed now and then (KeyError)."""
    from concurrent.futures import ThreadPoolExecutor

    forms = list(samples.all_kinds().values())
    expected = [render(form) for form in forms]
    with ThreadPoolExecutor(max_workers=6) as pool:
        for _round in range(4):
            assert list(pool.map(render, forms * 3)) == expected * 3
