"""Chinese for the printed-forms screens (ui/printing.py, ui/lead_facts.py, the lead panel's Facts menu), by the
English source; merged by zh_CN_glossary.py (`./run i18n`). The case sources and intake decisions are the
official wording the forms print."""

from __future__ import annotations

ZH: dict[str, str] = {
    # ui/printing.py
    "Work record sheet": "预警劝阻工作记录单",
    "Case intake form": "受案登记表",
    "Stop-payment request": "紧急止付申请表",
    "Thank-you letter": "感谢信",
    "Visit notice": "上门劝阻告知书",
    "{0} (preview)": "{0}（预览）",
    "Preview: the serial number is taken when you print or save.": "预览：打印或保存时才取得文书编号。",
    "Taking the serial number…": "正在取得文书编号…",
    "Serial number {0}": "文书编号 {0}",
    "The case intake form needs the case details. Record them here: the form opens once they are recorded.":
        "受案登记表需要受案信息。请在此登记，登记后即打开受案登记表。",
    "The visit notice needs the visit. Record it here: the notice opens once it is recorded.":
        "上门劝阻告知书需要上门劝阻情况。请在此登记，登记后即打开告知书。",
    "The thank-you letter needs its recipient. Record who is thanked here: the letter opens once they are recorded.":
        "感谢信需要感谢对象。请在此登记感谢对象，登记后即打开感谢信。",
    "Which thank-you letter?": "打印哪一封感谢信？",
    "Preview letter": "预览感谢信",
    "New recipient…": "新增感谢对象…",
    # ui/lead_facts.py
    "Nothing was recorded. Please correct:": "未登记。请更正：",
    "Record case details": "登记受案信息",
    "110 dispatch": "110指令",
    "Found at work": "工作中发现",
    "Report": "报案",
    "Surrender": "投案",
    "Transfer from another unit": "移送",
    "Brought in by citizens": "扭送",
    "e.g. the anti-fraud centre's reporting desk": "例如：反诈中心接报案窗口",
    "Where the reporter lives": "报案人现住址",
    "Who, when, how they were deceived, how much was transferred": "何人、何时、如何被骗、转账多少",
    "Criminal case under our jurisdiction: open a case": "属于本单位管辖的刑事案件，建议及时立案侦查",
    "Administrative case under our jurisdiction: investigate": "属于本单位管辖的行政案件，建议及时调查处理",
    "Not under our jurisdiction: transfer to the competent unit": "不属于本单位管辖，建议移送有关单位处理",
    "Not a police matter: tell the reporter in writing": "不属于公安机关职责范围，不予调查处理并当场书面告知当事人",
    "Printed below the decision (required for Other)": "印在受案意见下方（选“其他”时必填）",
    "Case source": "案件来源",
    "Received where": "接报地点",
    "Reporter's address": "报案人住址",
    "Reporter's workplace": "报案人工作单位",
    "Brief facts": "简要案情",
    "Intake decision": "受案意见",
    "Decision note": "意见说明",
    "Write the decision for Other": "选“其他”时请填写受案意见",
    "Silk banner": "锦旗",
    "e.g. Comrade Liu Fang, or a bank branch": "例如：刘芳同志，或某银行网点",
    "Driver": "司机",
    "Partner organisation": "合作单位",
    "Record visit": "登记上门劝阻",
    "Street, building, flat (the lead's city and district are added)": "街道、楼号、门牌（自动加上线索所在市、区）",
    "First officer": "第一名民警",
    "Second officer": "第二名民警",
    "Left empty, the notice prints the standard warning": "留空则打印标准劝阻提示",
    "Address visited": "上门地址",
    "Visiting officers": "上门民警",
    "Visited at": "上门时间",
    "Visiting unit": "上门单位",
    "Warning given": "劝阻提示",
    # ui/lead_panel.py (Facts menu)
    "Case details…": "受案信息…",
    "Visit…": "上门劝阻…",
}

CONTEXT: dict[tuple[str, str], str] = {
    ("FactDialog", "Record"): "登记",
    ("ThanksReceivedDialog", "From"): "赠送人",
    ("ThanksBatchDialog", "From"): "起始日期",
    ("ThanksBatchDialog", "To (inclusive)"): "截止日期（含）",
}
