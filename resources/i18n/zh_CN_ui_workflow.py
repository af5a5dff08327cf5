"""Chinese for the UI strings of the officer's workflow: queue, outcome form, time fields, F5 (issue 13).

Merged by resources/i18n/zh_CN_glossary.py (`./run i18n`). Keep each `%1` place.
"""

from __future__ import annotations

ZH: dict[str, str] = {
    # ui/main_window.py — F5 during an unsaved call
    "A call is not saved": "通话尚未保存",
    "The call on lead %1 is not saved. Take another lead anyway? You keep this one, and what you typed stays as "
    "its draft.": "线索 %1 的通话尚未保存。仍要领取下一条吗？这条线索仍在您名下，已填写的内容保留为草稿。",
    "Take the next lead": "领取下一条",
    "Stay on this call": "留在本条通话",
    "Lead %1 is kept for the callback %2 arranged: only they can take it until %3.":
        "线索 %1 是 %2 约定的回拨：%3 前只有该民警可以领取。",
    # ui/widgets.py — time fields
    "+%1 min": "+%1 分钟",
    "+%1 h": "+%1 小时",
    "%1 from now (again: %1 later)": "从现在起 %1（再按：再往后 %1）",
    "N: now · +: 30 minutes later · Ctrl+Delete: empty": "N：现在 · +：往后 30 分钟 · Ctrl+Delete：清空",
    # ui/outcome_form.py
    "Me": "本人回拨",
    "Kept for you until the callback time and a grace period; then anyone may take it":
        "在回拨时间及宽限期内为您保留，之后任何民警都可领取",
    "Any officer": "任何民警",
    "Back to the queue: whoever is free calls back": "退回队列：由空闲的民警回拨",
    "Who calls back": "回拨人",
    "The call ends now (Ctrl+Shift+E)": "通话现在结束（Ctrl+Shift+E）",
    "Call back 30 minutes from now; again: 30 minutes later (Ctrl+Shift+C)":
        "30 分钟后回拨；再按：再往后 30 分钟（Ctrl+Shift+C）",
    "This lead is closed: there is no call to record. Its calls are in the history above.":
        "此线索已办结，无需再记录通话。历次通话见上方的历史记录。",
    "This lead was handed to the local station: there is no call to record here.":
        "此线索已移交属地派出所上门，无需在此记录通话。",
    "%1 is handling this lead: only they can record its call.": "%1 正在处置此线索，只有该民警可以记录通话。",
    "This lead is not held by you: claim it to record a call (double-click it in the queue).":
        "此线索不在您名下：请先领取再记录通话（在队列中双击）。",
    # ui/queue_model.py
    "Status · officer": "状态 · 民警",
    "%1: held by %2 (%3)": "%1：由 %2（%3）处置",
    "%1: kept for %2's callback until %3": "%1：%3 前为 %2 的约定回拨保留",
    # ui/queue_view.py
    "Show every open lead": "显示全部未办结线索",
    "1 lead": "共 1 条线索",
    "%1 leads": "共 %1 条线索",
    "%1, %2 overdue": "%1，超时 %2 条",
    "You hold no lead and no callback is kept for you. Press F5 for the next lead.":
        "您名下没有线索，也没有为您保留的回拨。按 F5 领取下一条。",
    "No lead matches the search and filters: they hide 1 open lead.": "没有符合搜索和筛选条件的线索：有 1 条未办结线索被筛掉。",
    "No lead matches the search and filters: they hide %1 open leads.":
        "没有符合搜索和筛选条件的线索：有 %1 条未办结线索被筛掉。",
    "Nothing is waiting: every lead in the queue has been handled. New warnings appear here as they arrive.":
        "队列中没有待处置的线索，全部已处置。新的预警到达后会显示在这里。",
    "Offline: leads that reached the centre since the last sync are not shown yet.":
        "离线：上次同步之后到达中心的线索尚未显示。",
}

CONTEXT: dict[tuple[str, str], str] = {
    ("QueueView", "1 lead"): "共 1 条线索",
}
