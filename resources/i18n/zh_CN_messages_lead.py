"""Chinese for core messages added while merging issue 13's branches (CLI help of print and report)."""

from __future__ import annotations

ZH_MESSAGES: dict[str, str] = {
    "The work record sheet": "预警劝阻工作记录单",
    "The case intake form": "受案登记表",
    "The stop-payment request": "紧急止付申请表",
    "A thank-you letter": "感谢信",
    "The visit notice": "上门劝阻告知书",
    "Record a letter or banner the centre received": "登记中心收到的感谢信或锦旗",
    "Record the intake details the case intake form needs": "登记受案登记表所需的受案信息",
    "Record an in-person visit": "登记上门劝阻",
    "The weekly analysis: PDF and XLSX, in the --lang language": "研判周报：PDF 和 XLSX，使用 --lang 指定的语言",
}
