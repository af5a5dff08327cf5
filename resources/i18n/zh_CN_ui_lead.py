"""Chinese for the team lead walkthrough's fixes: one name per document everywhere, the Print menu's reasons,
the review screen's keys, the unit name setting. By English source; merged by resources/i18n/zh_CN_glossary.py
(`./run i18n`); a later entry here overrides the glossary's older wording."""

from __future__ import annotations

ZH: dict[str, str] = {
    # one name per document: the menu, the Print button, the preview's title and the archive say the same
    "Print work record sheet…": "打印预警劝阻工作记录单…",
    "Print work record sheet": "打印预警劝阻工作记录单",
    "Print a form for this lead (Ctrl+P: work record sheet)": "打印本线索的文书（Ctrl+P：预警劝阻工作记录单）",
    "Print thank-you letters": "批量打印感谢信",
    # the thank-you recipient (感谢对象) is recorded (登记) everywhere
    "Record thank-you recipient…": "登记感谢对象…",
    "Record thank-you recipient": "登记感谢对象",
    "New thank-you recipient…": "新增感谢对象…",
    "Record thanks received…": "登记收到的感谢…",
    "Record thanks received": "登记收到的感谢",
}
ZH.update({
    # ui/review/outcomes.py: the review moves on; its keys
    "Save the verdict and go on to the next call without one ({0})": "保存复核结论并转到下一条未复核的通话（{0}）",
    "Next unreviewed": "下一条未复核",
    "The next call in the list without a verdict ({0})": "列表中下一条尚无复核结论的通话（{0}）",
    "Every call in the list has a verdict.": "列表中的通话均已复核。",
    "Outcome review: next call without a verdict": "处置复核：下一条未复核的通话",
    "Outcome review: verdict reviewed / needs follow-up / commended": "处置复核：结论选已复核 / 需跟进 / 表扬",
    "Outcome review: save the verdict, then the next call without one": "处置复核：保存结论并转到下一条未复核",
})
ZH.update({
    # ui/unit_dialog.py, the preview's warning: the unit name on the forms (填报单位)
    "Unit name on forms…": "文书填报单位…",
    "Unit name on forms": "文书填报单位",
    "The unit printed on the work record sheet, the case intake form, the stop-payment request, the thank-you letter, the visit notice and the weekly report. Kept on this desk.":
        "预警劝阻工作记录单、受案登记表、紧急止付申请表、感谢信、上门劝阻告知书和研判周报上打印的单位名称。保存在本工位。",
    "The unit's full name, e.g. a city public security bureau's anti-fraud centre": "单位全称，如××市公安局反电信网络诈骗中心",
    "Not set yet: the forms print the placeholder “{0}”.": "尚未设置：文书上打印的是占位名称“{0}”。",
    "The forms now print the unit name %1": "文书的填报单位已设为 %1",
    "The unit name is not set: this form prints the placeholder “{0}”. A team lead or an admin sets it under Team lead → Unit name on forms…":
        "尚未设置填报单位：本文书打印的是占位名称“{0}”。组长或管理员可在“组长 → 文书填报单位…”中设置。",
})
