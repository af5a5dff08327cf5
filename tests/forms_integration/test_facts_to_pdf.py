"""Each form, made by the service from a lead's stored facts, prints those facts (read back from the PDF)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from tests.core.conftest import NOW, make_lead
from tests.forms.pdftext import assert_prints, text
from tests.forms_integration.conftest import (
    DEED,
    NOTES,
    OFFICER,
    issued,
    persuaded_lead,
    thanked_lead,
    transferred_lead,
)
from workstation.desk import Workstation
from workstation.forms import render
from workstation.forms.facts import FactKind, MissingFacts
from workstation.services import documents, leads


def test_record_sheet_prints_the_lead_and_its_calls(desk: Workstation) -> None:
    lead_id = persuaded_lead(desk)
    ref = leads.detail(desk, lead_id).row.ref
    made = documents.make(desk, OFFICER, "record", lead_id)
    assert_prints(made.data, "预警劝阻工作记录单", ref, "王秀英", "13812345678", "11010519491231002X", "朝阳区",
                  "冒充公检法", "橙色", "涉诈电话", "劝阻成功", "本人", "OFFICER1", NOTES, "¥30,000.00",
                  made.serial_no, desk.settings.unit_name, "已告知要点：已确认没有转账")


def test_stop_payment_prints_the_accounts_of_the_request(desk: Workstation) -> None:
    made = documents.make(desk, OFFICER, "stop-payment", transferred_lead(desk))
    assert_prints(made.data, "紧急止付申请表", "张伟", "6228480012345678917", "中国农业银行北京朝阳支行",
                  "陈某某", "6222021234567890123", "中国工商银行深圳福田支行", "¥30,000.00", "叁万元整",
                  made.serial_no)


def test_thanks_letter_prints_the_recorded_recipient_and_deed(desk: Workstation) -> None:
    made = documents.make(desk, OFFICER, "thanks", thanked_lead(desk))
    assert_prints(made.data, "感谢信", "尊敬的刘芳同志", DEED, "中国农业银行北京朝阳支行", "¥30,000.00",
                  made.serial_no)


def test_visit_notice_prints_the_recorded_visit(desk: Workstation) -> None:
    lead_id = leads.receive(desk, make_lead(name="李秀兰"))
    documents.record_visit(desk, OFFICER, lead_id, "望京街道花家地北里7号楼2单元501室", ["孙磊", "周静"],
                           NOW - timedelta(hours=1), unit_name="某某市公安局朝阳分局望京派出所")
    made = documents.make(desk, OFFICER, "visit-notice", lead_id)
    assert_prints(made.data, "李秀兰", "望京街道花家地北里7号楼2单元501室", "西湖区", "冒充公检法",
                  "某某市公安局朝阳分局望京派出所", "安全账户", made.serial_no)


def test_case_intake_prints_the_recorded_details_and_the_transfers(desk: Workstation) -> None:
    lead_id = transferred_lead(desk)
    documents.record_case_details(desk, OFFICER, lead_id, {
        "case_source": "报案", "reporter_address": "北京市朝阳区望京西园三区312号楼",
        "brief_facts": "报案人接到自称客服的电话，被诱导转账。", "decision": "属于本单位管辖的刑事案件，建议及时立案侦查",
        "received_place": "反诈中心接报案窗口"})
    made = documents.make(desk, OFFICER, "case", lead_id)
    assert_prints(made.data, "受案登记表", "张伟", "北京市朝阳区望京西园三区312号楼", "报案人接到自称客服的电话",
                  "反诈中心接报案窗口", "6222021234567890123", "OFFICER1", made.serial_no)


@pytest.mark.parametrize(("kind", "fact"), [
    ("stop-payment", None), ("thanks", FactKind.THANKS_RECIPIENT_ADDED), ("case", FactKind.CASE_DETAILS_RECORDED),
    ("visit-notice", FactKind.VISIT_RECORDED), ("record", None)])
def test_a_form_whose_facts_are_missing_is_refused_and_takes_no_number(desk: Workstation, kind: str,
                                                                      fact: FactKind | None) -> None:
    lead_id = leads.receive(desk, make_lead())
    ref = leads.detail(desk, lead_id).row.ref
    with pytest.raises(MissingFacts, match=f"Lead {ref} has no") as refused:  # a team lead: any lead's forms
        documents.make(desk, "lead1", kind, lead_id, preview=False)
    assert refused.value.fact == fact  # what the GUI offers to record (None: a call records it)
    if kind == "thanks":  # the first number is still free once the facts are there
        documents.add_thanks_recipient(desk, OFFICER, lead_id, "赵师傅", "出租车司机发现乘客欲转账并报警", NOW)
        assert documents.make(desk, "lead1", kind, lead_id, preview=False).serial_no.endswith("-00001")


def test_same_facts_give_the_same_bytes(desk: Workstation) -> None:
    made = issued(desk, OFFICER, "thanks", thanked_lead(desk))
    assert render(made.form, desk.settings.centre_tz) == made.data
    again = issued(desk, OFFICER, "thanks", made.lead_ids[0])
    assert again.serial_no != made.serial_no  # a new document takes a new number …
    assert render(replace(again.form, serial_no=made.serial_no), desk.settings.centre_tz) == made.data  # … only


def test_the_visit_notice_names_the_place_once(desk: Workstation) -> None:
    city, district = "杭州市", "临平区"
    lead_id = leads.receive(desk, replace(make_lead(name="李秀兰", district=district), city=city))
    for typed in (f"{city}{district}某路1号", f"{district}某路1号", "某路1号"):
        documents.record_visit(desk, OFFICER, lead_id, typed, ["孙磊", "周静"], NOW - timedelta(hours=1))
        printed = text(documents.make(desk, OFFICER, "visit-notice", lead_id).data)
        assert f"住址：{city}{district}某路1号" in printed, typed
        assert printed.count(district) == 1, typed


def test_the_case_form_reads_gender_and_birth_date_from_the_id_number(desk: Workstation) -> None:
    lead_id = transferred_lead(desk)  # its ID: 11010519491231002X (a woman born on 31 December 1949)
    documents.record_case_details(desk, OFFICER, lead_id, {
        "case_source": "报案", "reporter_address": "北京市朝阳区望京西园三区312号楼",
        "brief_facts": "报案人被诱导转账。", "decision": "属于本单位管辖的刑事案件，建议及时立案侦查"})
    assert_prints(documents.make(desk, OFFICER, "case", lead_id).data, "女", "1949年12月31日")


def test_chinese_survives_in_every_form(desk: Workstation) -> None:
    lead_id = thanked_lead(desk, name="欧阳娜娜")
    assert "欧阳娜娜" in text(documents.make(desk, OFFICER, "thanks", lead_id).data)
