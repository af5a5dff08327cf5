"""Chinese for the outcome review's moving on, refusals and call detail (ui/review/outcomes.py) and 我的复核,
by English source. Merged by resources/i18n/zh_CN_glossary.py (`./run i18n`)."""

from __future__ import annotations

ZH: dict[str, str] = {
    # ui/review/outcomes.py
    "This is the next call without a verdict.": "这就是下一条未复核的通话。",
    "{0} ({1} s)": "{0}（{1} 秒）",
    "Handed to station: {0}": "移交派出所：{0}",
    "Protected: {0:,.2f} · lost: {1:,.2f}": "劝阻金额：{0:,.2f} · 受骗金额：{1:,.2f}",
    "Stop-payment: {0:,.2f} transferred at {1}": "紧急止付：{0:,.2f}，转账时间 {1}",
    "From: {0}": "转出：{0}",
    "To: {0}": "转入：{0}",
}
