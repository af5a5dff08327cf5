"""感谢信: a letter of thanks to a citizen, bank clerk, driver or partner who helped stop a scam."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from workstation.forms.common import Ctx, FormStory, Title, fmt_date, header, para
from workstation.forms.data import ThanksLetter
from workstation.forms.money import format_yuan

TITLE = "感谢信"


def _paragraphs(letter: ThanksLetter, ctx: Ctx) -> list[str]:
    deed = letter.deed.strip()
    if deed and deed[-1] not in "。！!.":
        deed += "。"
    first = f"{fmt_date(letter.occurred_at, ctx.tz)}，{deed}"
    if letter.amount_protected is not None and letter.amount_protected > 0:
        first += f"此举成功为群众避免财产损失{format_yuan(letter.amount_protected)}。"
    org = f"及{letter.recipient_org}" if letter.recipient_org else ""
    return [
        first,
        "您的行动守护了人民群众的财产安全，为打击治理电信网络诈骗工作作出了积极贡献。"
        f"在此，{letter.unit_name}谨向您{org}表示衷心的感谢和崇高的敬意！",
        "反诈工作需要全社会共同参与。希望您继续关心、支持公安工作，与我们携手守护好人民群众的“钱袋子”。",
    ]


def story(letter: ThanksLetter, ctx: Ctx) -> FormStory:
    """The letter: salutation, what the recipient did (as typed), thanks, 此致敬礼, unit and date."""
    st = ctx.st
    flow: list[Flowable] = [
        Title(TITLE, size=26, char_space=14, space_after=14),
        header(ctx, "", letter.serial_no),
        Spacer(0, 6),
        para(f"尊敬的{letter.recipient_name}：", st.body_plain),
    ]
    flow += [para(text, st.body) for text in _paragraphs(letter, ctx)]
    flow += [
        para("此致", st.body),
        para("敬礼！", st.body_plain),
        Spacer(0, 36),
        para(letter.unit_name, st.body_right),
        para(fmt_date(letter.issued_at, ctx.tz), st.body_right),
    ]
    # the seal (公章) is stamped by hand over the unit name and date, so nothing is drawn there
    return FormStory(TITLE, letter.serial_no, flow, number_pages=False)


