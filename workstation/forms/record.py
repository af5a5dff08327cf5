"""预警劝阻工作记录单: the record of the warning calls made on one lead."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from workstation.forms.common import (
    CHECKED,
    UNCHECKED,
    Ctx,
    FormStory,
    GridCommand,
    Title,
    fmt_datetime,
    fmt_stamp,
    grid,
    header,
    local,
    markup,
    para,
    signature_cell,
    vertical,
)
from workstation.forms.data import CallEntry, RecordForm
from workstation.forms.money import format_yuan

TITLE = "预警劝阻工作记录单"
_SECTION = "SPAN"


def _duration(call: CallEntry) -> str:
    if call.ended_at is None:
        return ""
    seconds = max(0, int((call.ended_at - call.started_at).total_seconds()))
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes}分{seconds:02d}秒"


def _ended(call: CallEntry, ctx: Ctx) -> str:
    if call.ended_at is None:
        return ""
    start, end = local(call.started_at, ctx.tz), local(call.ended_at, ctx.tz)
    return end.strftime("%H:%M:%S") if start.date() == end.date() else fmt_stamp(call.ended_at, ctx.tz)


def _lead_table(form: RecordForm, ctx: Ctx) -> Flowable:
    lead, st = form.lead, ctx.st
    L = lambda s: para(s, st.label)  # noqa: E731 - a label cell
    V = lambda s: para(s, st.cell)  # noqa: E731 - a value cell
    rows: list[list[object]] = [
        [vertical("预警信息", ctx.st.label), L("线索编号"), V(lead.lead_ref), L("预警时间"), V(fmt_datetime(lead.triggered_at, ctx.tz))],
        ["", L("预警级别"), V(lead.level_label), L("诈骗类型"), V(lead.scam_type_label)],
        ["", L("预警原因"), V(lead.trigger_label), L("涉险金额"), V(format_yuan(lead.amount_at_risk))],
        ["", L("预警详情"), V(lead.trigger_detail), "", ""],
        [vertical("预警对象", ctx.st.label), L("姓　　名"), V(lead.person_name), L("联系电话"), V(lead.phone)],
        ["", L("身份证号"), V(lead.id_number), L("所属地区"), V(f"{lead.city}{lead.district}")],
    ]
    extra: list[GridCommand] = [(_SECTION, (0, 0), (0, 3)), (_SECTION, (2, 3), (4, 3)), (_SECTION, (0, 4), (0, 5))]
    return grid(rows, [1.1, 3, 6.4, 3, 6.5], extra)


_KEEP_TOGETHER_CHARS = 600
_CALL_COLUMNS = [1.4, 4.1, 2.3, 2.1, 2.2, 4.2, 2.8]


def _call_block(number: int, call: CallEntry, ctx: Ctx) -> list[Flowable]:
    """One call: its times and outcome in a row, then the notes full width (a long note splits by line)."""
    st = ctx.st
    row = [
        para(str(number), st.center),
        para(fmt_stamp(call.started_at, ctx.tz), st.center),
        para(_ended(call, ctx), st.center),
        para(_duration(call), st.center),
        para(call.contacted_party_label, st.center),
        para(call.outcome_label, st.center),
        para(call.officer_name, st.center),
    ]
    covered = "、".join(call.checkpoints) if call.checkpoints else "无"
    detail = f"通话情况：{markup(call.notes) or '无'}<br/>已告知要点：{markup(covered)}"
    # reportlab splits a tall row across pages only in a table without spans, hence two tables
    block: list[Flowable] = [grid([row], _CALL_COLUMNS), grid([[Paragraph(detail, st.cell)]], [1])]
    # keep a call with its notes, unless the notes are long enough to start a page of their own
    return block if len(call.notes) > _KEEP_TOGETHER_CHARS else [KeepTogether(block)]


def _calls(form: RecordForm, ctx: Ctx) -> list[Flowable]:
    st = ctx.st
    head = ["序号", "通话开始", "结束", "时长", "接听人", "处置结果", "劝阻民警"]
    flow: list[Flowable] = [grid([[para(h, st.label) for h in head]], _CALL_COLUMNS)]
    if not form.calls:
        flow.append(grid([[para("（无通话记录）", st.center)]], [1]))
    for number, call in enumerate(form.calls, start=1):
        flow += _call_block(number, call, ctx)
    return flow


def _checkpoint_line(form: RecordForm) -> str:
    covered = list(dict.fromkeys(c for call in form.calls for c in call.checkpoints))
    listed = list(form.script_checkpoints) + [c for c in covered if c not in form.script_checkpoints]
    if not listed:
        return "无"
    return "\u3000".join(f"{CHECKED if c in covered else UNCHECKED}{c}" for c in listed)


def _result_table(form: RecordForm, ctx: Ctx) -> Flowable:
    st = ctx.st
    L = lambda s: para(s, st.label)  # noqa: E731
    V = lambda s: para(s, st.cell)  # noqa: E731
    rows: list[list[object]] = [
        [vertical("处置结果", ctx.st.label), L("劝阻要点"), V(_checkpoint_line(form)), "", ""],
        ["", L("处置结论"), V(form.result_label), "", ""],
        ["", L("避免损失"), V(format_yuan(form.amount_protected)), L("已损失金额"), V(format_yuan(form.amount_lost))],
        ["", L("填表时间"), V(fmt_datetime(form.printed_at, ctx.tz)), L("填表民警"), V(form.officer_name)],
        [signature_cell(ctx, "处置民警意见：", ""), "", "", signature_cell(ctx, "审核意见：", ""), ""],
    ]
    extra: list[GridCommand] = [
        (_SECTION, (0, 0), (0, 3)),
        (_SECTION, (2, 0), (4, 0)),
        (_SECTION, (2, 1), (4, 1)),
        (_SECTION, (0, 4), (2, 4)),
        (_SECTION, (3, 4), (4, 4)),
        ("VALIGN", (0, 4), (-1, 4), "TOP"),
    ]
    return grid(rows, [1.1, 3, 6.4, 3, 6.5], extra)


def story(form: RecordForm, ctx: Ctx) -> FormStory:
    """The record sheet: lead and person, one block per call (notes flow on to further pages), result."""
    flow: list[Flowable] = [
        Title(TITLE),
        header(ctx, form.unit_name, form.serial_no),
        _lead_table(form, ctx),
        Spacer(0, 8),
        *_calls(form, ctx),
        Spacer(0, 8),
        _result_table(form, ctx),
    ]
    return FormStory(TITLE, form.serial_no, flow)
