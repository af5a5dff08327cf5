"""Chinese for the officer's lead screen (outcome form, script, status bar), by English source. Merged by
resources/i18n/zh_CN_glossary.py (`./run i18n`)."""

from __future__ import annotations

ZH: dict[str, str] = {
    # ui/queue_model.py (the urgency columns' header)
    "Click to sort by urgency: the deadline, brought forward for red and orange warnings and for large amounts at risk":
        "点击按紧急程度排序：以处置时限为准，红色、橙色预警和涉险金额大的线索提前",
    # ui/widgets.py (show_field_errors)
    "… and {0} more, marked in red": "……另有 {0} 项，已用红框标出",
    # ui/outcome_form.py (after a save, the lead no longer held)
    "Saved. The lead is kept for your callback: it comes back to the top of My leads when it is due.":
        "已保存。该线索为您保留待回拨，到时间后会排在“我的线索”最前。",
    "Saved. The lead went back to the queue for the next call; take it again (double-click) to call now.":
        "已保存。该线索已回到队列等待下次拨打；如需现在再拨，请重新领取（双击）。",
    # ui/main_window.py
    "Released %1: it is back in the queue for any officer.": "已释放 %1：该线索已回到队列，任何民警均可领取。",
    # ui/script_panel.py
    "This is the script for %1; the lead is %2. <a href='back'>Back to the lead's script</a>":
        "当前是“%1”的话术，本线索为“%2”。<a href='back'>回到本线索的话术</a>",
    # ui/printing.py
    "Not ready to print": "暂不能打印",
    # ui/outcome_form.py (required checkpoints not ticked)
    "Required checkpoints not ticked": "必需要点未勾选",
    "The script requires these points for this scam type, and they are not ticked:":
        "此诈骗类型的话术要求以下要点，目前尚未勾选：",
    "Save the outcome anyway?": "仍要保存处置结果吗？",
    "Save anyway": "仍然保存",
    "Back to the call": "返回通话",
}
