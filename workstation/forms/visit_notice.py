"""上门劝阻告知书: the notice left with a person visited at home, signed by them and two officers."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from workstation.forms.common import (
    DATE_LINE,
    Ctx,
    FormStory,
    Title,
    fmt_date,
    fmt_datetime,
    grid,
    header,
    para,
)
from workstation.forms.data import VisitNotice

TITLE = "上门劝阻告知书"


def _body(notice: VisitNotice, ctx: Ctx) -> list[str]:
    who = f"身份证号：{notice.id_number}，" if notice.id_number else ""
    return [
        f"经{notice.unit_name}反诈预警监测发现，你（{who}住址：{notice.district}{notice.address}）"
        f"近期可能正在遭遇“{notice.scam_type_label}”类电信网络诈骗，资金安全面临风险。"
        f"我单位民警于{fmt_datetime(notice.visited_at, ctx.tz)}上门对你进行劝阻，现将有关情况告知如下：",
        f"一、诈骗手法：{notice.scam_description}",
        f"二、劝阻提示：{notice.warning_text}",
        "三、凡是要求转账汇款到“安全账户”、先交钱才能贷款或返利、索要验证码或要求下载陌生APP、"
        "屏幕共享的，都是诈骗。如再接到可疑电话、短信或链接，请立即挂断，拨打110或96110咨询、报警。",
        "以上内容已向被告知人当面告知。",
    ]


def _signatures(notice: VisitNotice, ctx: Ctx) -> Flowable:
    st = ctx.st
    first, second = notice.officer_names
    rows: list[list[object]] = [
        [para("被告知人（签名、捺印）", st.label), para("", st.cell), para(f"日期：{DATE_LINE}", st.cell)],
        [para(f"劝阻民警：{first}", st.label), para("签名：", st.cell), para(f"日期：{DATE_LINE}", st.cell)],
        [para(f"劝阻民警：{second}", st.label), para("签名：", st.cell), para(f"日期：{DATE_LINE}", st.cell)],
    ]
    return grid(rows, [6.0, 7.0, 7.0], min_height=38)


def story(notice: VisitNotice, ctx: Ctx) -> FormStory:
    """The notice: to whom, the scam and the warning as typed, signature lines, unit and date."""
    st = ctx.st
    flow: list[Flowable] = [
        Title(TITLE, size=22, char_space=4, space_after=10),
        header(ctx, "", notice.serial_no),
        para(f"{notice.person_name}：", st.body_plain),
    ]
    flow += [para(text, st.body) for text in _body(notice, ctx)]
    flow += [
        Spacer(0, 10),
        _signatures(notice, ctx),
        Spacer(0, 24),
        para(f"{notice.unit_name}（印章）", st.body_right),
        para(fmt_date(notice.visited_at, ctx.tz), st.body_right),
        Spacer(0, 12),
        para("本告知书一式两份，一份交被告知人，一份由劝阻单位存档。", st.small),
    ]
    return FormStory(TITLE, notice.serial_no, flow, number_pages=False)
