"""Made-up but realistic facts for each form kind: for previews, demos, tests and the benchmark."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from workstation.domain.types import OutcomeCode, ScamType, TriggerKind, WarningLevel
from workstation.forms.data import (
    Account,
    CallEntry,
    CaseIntakeForm,
    Form,
    LeadFacts,
    RecordForm,
    StopPaymentForm,
    ThanksLetter,
    Transfer,
    VisitNotice,
)

UNIT = "某某市公安局反电信网络诈骗中心"
# 2024-05-03 06:02 UTC is 14:02 in Shanghai
BASE = datetime(2024, 5, 3, 6, 2, 15, tzinfo=UTC)


def lead() -> LeadFacts:
    return LeadFacts(
        lead_ref="YJ20240503-000127",
        person_name="王秀英",
        phone="13912345678",
        id_number="110105195806121827",
        district="朝阳区",
        city="北京市",
        scam_type_label=ScamType.POLICE_IMPERSONATION.zh,
        level_label=WarningLevel.RED.zh,
        trigger_label=TriggerKind.FRAUD_CALL.zh,
        trigger_detail="与涉诈号码 +85261234567 通话 23 分钟",
        triggered_at=BASE,
        amount_at_risk=Decimal("50000"),
    )


def record(notes: str = "") -> RecordForm:
    calls = (
        CallEntry(BASE + timedelta(minutes=3), BASE + timedelta(minutes=3, seconds=40), "李明",
                  OutcomeCode.NO_ANSWER.zh, "未接通"),
        CallEntry(
            BASE + timedelta(minutes=6),
            BASE + timedelta(minutes=14, seconds=28),
            "李明",
            OutcomeCode.PERSUADED.zh,
            "本人",
            notes or "对方自称“北京市公安局”民警，称其涉嫌洗钱，要求将存款转入“安全账户”。经劝说，本人已挂断诈骗电话，未转账。",
            ("公检法不会电话办案", "不存在安全账户", "不要下载陌生APP"),
        ),
    )
    return RecordForm(
        unit_name=UNIT,
        serial_no="JL-2024-0503-0127",
        lead=lead(),
        calls=calls,
        officer_name="李明",
        printed_at=BASE + timedelta(minutes=30),
        amount_protected=Decimal("50000"),
        amount_lost=Decimal("0"),
        result_label="劝阻成功，未造成损失",
        script_checkpoints=("公检法不会电话办案", "不存在安全账户", "不要下载陌生APP", "不要透露验证码"),
    )


def _fraud_transfers() -> tuple[Transfer, ...]:
    return (
        Transfer(BASE + timedelta(minutes=75), Decimal("30000.00"),
                 Account("陈某某", "6222 0212 3456 7890 123", "中国工商银行深圳福田支行")),
        Transfer(BASE + timedelta(minutes=78), Decimal("4500.50"),
                 Account("刘某", "6217 0033 1000 4567 890", "中国建设银行东莞南城支行")),
    )


def victim_account() -> Account:
    return Account("张伟", "6228 4800 1234 5678 917", "中国农业银行北京朝阳支行")


def case_intake(facts: str = "") -> CaseIntakeForm:
    return CaseIntakeForm(
        unit_name="某某市公安局朝阳分局",
        serial_no="SA-2024-00388",
        case_source="报案",
        reporter_name="张伟",
        reporter_id_number="110105198903154517",
        reporter_phone="13800138000",
        reporter_address="北京市朝阳区望京西园三区312号楼",
        received_by="赵强",
        received_at=BASE + timedelta(minutes=95),
        received_place="朝阳分局反诈中心接报案窗口",
        brief_facts=facts or "2024年5月3日15时许，报案人接到自称某电商平台客服的电话，称其购买的商品质量有问题可办理退款，"
        "诱导其下载会议APP并屏幕共享，先后向对方提供的两个账户转账共计34,500.50元。报案人提供了转账记录截图。",
        decision="属于本单位管辖的刑事案件，建议及时立案侦查",
        scam_type_label=ScamType.FAKE_CUSTOMER_SERVICE.zh,
        reporter_gender="男",
        reporter_birth_date="1989年3月15日",
        reporter_workplace="北京某某科技有限公司",
        amount_lost=Decimal("34500.50"),
        victim_account=victim_account(),
        transfers=_fraud_transfers(),
    )


def stop_payment() -> StopPaymentForm:
    return StopPaymentForm(
        unit_name=UNIT,
        serial_no="ZF-2024-0503-0042",
        victim_name="张伟",
        victim_id_number="110105198903154517",
        victim_phone="13800138000",
        victim_account=victim_account(),
        transfers=_fraud_transfers(),
        officer_name="赵强",
        officer_phone="010-87654321",
        applied_at=BASE + timedelta(minutes=97),
        brief_facts="受害人被冒充电商客服诈骗，通过手机银行向上述账户转账两笔。",
        addressee="中国工商银行股份有限公司、中国建设银行股份有限公司",
    )


def thanks(deed: str = "") -> ThanksLetter:
    return ThanksLetter(
        unit_name=UNIT,
        recipient_name="刘芳同志",
        deed=deed or "您在办理业务时发现一名老年储户急于向陌生账户汇款50,000元，疑似遭遇冒充公检法诈骗，"
        "您耐心劝阻、及时报警，并协助民警当场识破骗局",
        occurred_at=BASE,
        issued_at=BASE + timedelta(days=5),
        recipient_org="中国农业银行北京朝阳支行",
        amount_protected=Decimal("50000"),
        serial_no="GX-2024-015",
    )


def visit_notice() -> VisitNotice:
    return VisitNotice(
        unit_name="某某市公安局朝阳分局望京派出所",
        serial_no="QZ-2024-0211",
        person_name="王秀英",
        address="望京街道花家地北里7号楼2单元501室",
        district="北京市朝阳区",
        scam_type_label=ScamType.POLICE_IMPERSONATION.zh,
        scam_description="骗子冒充公安、检察院、法院工作人员，以你涉嫌洗钱、身份被冒用为由，"
        "出示伪造的“通缉令”，要求你将资金转入所谓“安全账户”接受“资金清查”。",
        warning_text="公检法机关不会通过电话、网络办案，不会要求转账，更没有“安全账户”。请勿向任何陌生账户转账。",
        officer_names=("孙磊", "周静"),
        visited_at=BASE + timedelta(hours=2),
        id_number="110105195806121827",
    )


def all_kinds() -> dict[str, Form]:
    """One sample of each FORM_KINDS key."""
    return {
        "record": record(),
        "case": case_intake(),
        "stop-payment": stop_payment(),
        "thanks": thanks(),
        "visit-notice": visit_notice(),
    }
