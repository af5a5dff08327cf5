"""紧急止付申请表: the request to the banks to stop money that has just gone to fraud accounts."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, Paragraph, Spacer

from workstation.forms.common import (
    Ctx,
    FormStory,
    GridCommand,
    Title,
    fmt_datetime,
    fmt_stamp,
    grid,
    header,
    markup,
    para,
    signature_cell,
    vertical,
)
from workstation.forms.data import StopPaymentForm
from workstation.forms.money import amount_in_words, format_yuan

TITLE = "紧急止付申请表"


def _victim(form: StopPaymentForm, ctx: Ctx) -> Flowable:
    st = ctx.st
    L = lambda s: para(s, st.label)  # noqa: E731
    V = lambda s: para(s, st.cell)  # noqa: E731
    acc = form.victim_account
    rows: list[list[object]] = [
        [vertical("受害人", st.label), L("姓　　名"), V(form.victim_name), L("身份证号"), V(form.victim_id_number)],
        ["", L("联系电话"), V(form.victim_phone), L("转出户名"), V(acc.holder_name)],
        ["", L("转出账号"), V(acc.account_no), L("开户银行"), V(acc.bank)],
    ]
    return grid(rows, [1.1, 2.6, 7.0, 2.6, 6.7], [("SPAN", (0, 0), (0, 2))])


def _accounts(form: StopPaymentForm, ctx: Ctx) -> Flowable:
    st = ctx.st
    head = ["序号", "收款户名", "收款账号", "开户银行（支付机构）", "转账时间", "转账金额"]
    rows: list[list[object]] = [
        [para("止付账户（涉案收款账户）", st.label), "", "", "", "", ""],
        [para(h, st.label) for h in head],
    ]
    for number, t in enumerate(form.transfers, start=1):
        rows.append([
            para(str(number), st.dense_center),
            para(t.payee.holder_name, st.dense),
            para(t.payee.account_no, st.dense),
            para(t.payee.bank, st.dense),
            para(fmt_stamp(t.transferred_at, ctx.tz), st.dense_center),
            para(format_yuan(t.amount), st.dense_right),
        ])
    return grid(rows, [24, 62, 124, 101, 98, 73], [("SPAN", (0, 0), (-1, 0))], repeat_rows=2)


def _facts(form: StopPaymentForm, ctx: Ctx) -> Flowable:
    # full width and without spans so that a long account of the case can split across pages
    return grid([[para(f"简要案情：{form.brief_facts}", ctx.st.cell)]], [1], min_height=48,
                extra=[("VALIGN", (0, 0), (-1, -1), "TOP")])


def _request(form: StopPaymentForm, ctx: Ctx) -> Flowable:
    st = ctx.st
    L = lambda s: para(s, st.label)  # noqa: E731
    V = lambda s: para(s, st.cell)  # noqa: E731
    total = sum((t.amount for t in form.transfers), Decimal(0))
    amount = Paragraph(
        f"（小写）{markup(format_yuan(total))}<br/>（大写）人民币{markup(amount_in_words(total))}", st.cell
    )
    rows: list[list[object]] = [
        [L("止付金额"), amount, "", ""],
        [L("申请民警"), V(form.officer_name), L("联系电话"), V(form.officer_phone)],
        [L("申请时间"), V(fmt_datetime(form.applied_at, ctx.tz)), L("申请单位"), V(form.unit_name)],
        [signature_cell(ctx, "申请单位意见：", seal=True), "", signature_cell(ctx, "银行受理情况：", ""), ""],
    ]
    extra: list[GridCommand] = [
        ("SPAN", (1, 0), (3, 0)),
        ("SPAN", (0, 3), (1, 3)), ("SPAN", (2, 3), (3, 3)),
        ("VALIGN", (0, 3), (-1, 3), "TOP"),
    ]
    return grid(rows, [2.6, 7.1, 2.6, 7.7], extra)


def story(form: StopPaymentForm, ctx: Ctx) -> FormStory:
    """The request: addressee, victim and outgoing account, the fraud accounts, amount in figures and words."""
    st = ctx.st
    addressee = form.addressee or "有关银行（支付机构）"
    flow: list[Flowable] = [
        Title(TITLE, size=22, char_space=4),
        header(ctx, form.unit_name, form.serial_no, unit_caption="申请单位"),
        para(f"{addressee}：", st.cell),
        para("\u3000\u3000本单位在办理电信网络诈骗案件中发现，受害人资金已转入下列涉案账户。"
             "请对下列账户立即予以紧急止付。", st.cell),
        Spacer(0, 6),
        _victim(form, ctx),
        _accounts(form, ctx),
        _facts(form, ctx),
        _request(form, ctx),
    ]
    return FormStory(TITLE, form.serial_no, flow)
