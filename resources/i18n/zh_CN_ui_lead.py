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
