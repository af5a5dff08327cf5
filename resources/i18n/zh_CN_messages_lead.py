"""Chinese for core messages added while merging issue 13's branches (CLI help of print and report)."""

from __future__ import annotations

ZH_MESSAGES: dict[str, str] = {
    "the work record sheet": "预警劝阻工作记录单",
    "the case intake form": "受案登记表",
    "the stop-payment request": "紧急止付申请表",
    "a thank-you letter": "感谢信",
    "the visit notice": "上门劝阻告知书",
    "record a letter or banner the centre received": "登记中心收到的感谢信或锦旗",
    "record the intake details the case intake form needs": "登记受案登记表所需的受案信息",
    "record an in-person visit": "登记上门劝阻",
    "the weekly analysis: PDF and XLSX, in the --lang language": "研判周报：PDF 和 XLSX，使用 --lang 指定的语言",
}
