"""受案登记表 (接报案登记): the register entry for a reported case, laid out like the police standard form."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from workstation.forms.common import (
    Ctx,
    FormStory,
    GridCommand,
    Title,
    choices,
    fmt_datetime,
    fmt_stamp,
    grid,
    header,
    markup,
    para,
    signature_cell,
    vertical,
)
from workstation.forms.data import CASE_SOURCES, INTAKE_DECISIONS, CaseIntakeForm
from workstation.forms.money import format_yuan

TITLE = "受案登记表"
_W = [1.1, 2.6, 3.6, 2.2, 3.0, 2.4, 5.1]  # section | label | value | label | value | label | value


def _people(form: CaseIntakeForm, ctx: Ctx) -> Flowable:
    st = ctx.st
    L = lambda s: para(s, st.label)  # noqa: E731
    V = lambda s: para(s, st.cell)  # noqa: E731
    rows: list[list[object]] = [
        [L("案件来源"), "", V(choices(CASE_SOURCES, form.case_source)), "", "", "", ""],
        [vertical("报案人", ctx.st.label), L("姓　　名"), V(form.reporter_name), L("性　　别"), V(form.reporter_gender),
         L("出生日期"), V(form.reporter_birth_date)],
        ["", L("身份证号"), V(form.reporter_id_number), "", L("联系方式"), V(form.reporter_phone), ""],
        ["", L("工作单位"), V(form.reporter_workplace), "", "", "", ""],
        ["", L("现 住 址"), V(form.reporter_address), "", "", "", ""],
        [L("接报民警"), "", V(form.received_by), "", L("接报时间"), V(fmt_datetime(form.received_at, ctx.tz)), ""],
        [L("接报地点"), "", V(form.received_place), "", L("诈骗类型"), V(form.scam_type_label), ""],
    ]
    span = "SPAN"
    extra = [
        (span, (0, 0), (1, 0)), (span, (2, 0), (6, 0)),
        (span, (0, 1), (0, 4)),
        (span, (2, 2), (3, 2)), (span, (5, 2), (6, 2)),
        (span, (2, 3), (6, 3)), (span, (2, 4), (6, 4)),
        (span, (0, 5), (1, 5)), (span, (2, 5), (3, 5)), (span, (5, 5), (6, 5)),
        (span, (0, 6), (1, 6)), (span, (2, 6), (3, 6)), (span, (5, 6), (6, 6)),
    ]
    return grid(rows, _W, extra)


def _facts(form: CaseIntakeForm, ctx: Ctx) -> Flowable:
    st = ctx.st
    caption = "简要案情或者报案记录（发案时间、地点、简要过程、涉案人基本情况、受害情况等）以及是否接受证据："
    rows: list[list[object]] = [[Paragraph(f"{markup(caption)}<br/>{markup(form.brief_facts)}", st.cell)]]
    return grid(rows, [1], [("VALIGN", (0, 0), (-1, -1), "TOP")], min_height=110)


def _money(form: CaseIntakeForm, ctx: Ctx) -> Flowable:
    st = ctx.st
    head = ["序号", "转账时间", "金额", "收款户名", "收款账号", "收款银行"]
    rows: list[list[object]] = [[para(h, st.label) for h in head]]
    for number, t in enumerate(form.transfers, start=1):
        rows.append([
            para(str(number), st.dense_center),
            para(fmt_stamp(t.transferred_at, ctx.tz), st.dense_center),
            para(format_yuan(t.amount), st.dense_right),
            para(t.payee.holder_name, st.dense),
            para(t.payee.account_no, st.dense),
            para(t.payee.bank, st.dense),
        ])
    if not form.transfers:
        rows.append([para("（无）", st.center), "", "", "", "", ""])
    victim = form.victim_account
    paid_from = f"{victim.holder_name}　{victim.account_no}　{victim.bank}" if victim else ""
    rows.append([para("转出账户", st.label), "", para(paid_from, st.cell), "", "", ""])
    rows.append([para("损失金额", st.label), "", para(format_yuan(form.amount_lost), st.cell), "", "", ""])
    extra: list[GridCommand] = [("SPAN", (0, -2), (1, -2)), ("SPAN", (2, -2), (5, -2)),
                                ("SPAN", (0, -1), (1, -1)), ("SPAN", (2, -1), (5, -1))]
    if not form.transfers:
        extra.append(("SPAN", (0, 1), (5, 1)))
    return grid(rows, [40, 98, 73, 62, 124, 85], extra)


def _decision(form: CaseIntakeForm, ctx: Ctx) -> list[Flowable]:
    # label inside the box, full width, so a long note can split across pages
    opinion = "受案意见：\n" + choices(INTAKE_DECISIONS, form.decision, sep="\n")
    if form.decision_note:
        opinion += "\n" + form.decision_note
    top = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    return [
        grid([[signature_cell(ctx, opinion, f"受案民警：{form.received_by}")]], [1], top),
        grid([[signature_cell(ctx, "受案审批：\n受案部门负责人意见：")]], [1], top),
    ]


def story(form: CaseIntakeForm, ctx: Ctx) -> FormStory:
    """The intake register entry: who reported what, when and where, the money, the decision and approval."""
    flow: list[Flowable] = [
        Title(TITLE, size=22, char_space=6),
        header(ctx, form.unit_name, form.serial_no, unit_caption="受案单位"),
        _people(form, ctx),
        _facts(form, ctx),
        _money(form, ctx),
        *_decision(form, ctx),
        para("一式两份，一份留存，一份附卷。", ctx.st.small),
    ]
    return FormStory(TITLE, form.serial_no, flow)
