"""Chinese for the team lead's screens, the lock screen and the sign-in (board, review, figures, weekly report),
by English source. Merged by resources/i18n/zh_CN_glossary.py (`./run i18n`)."""

from __future__ import annotations

ZH: dict[str, str] = {
    # ui/review/board.py
    "Reassign…": "改派…",
    "Give the selected lead to the chosen officer (asks first)": "把选中的线索改派给所选民警（先确认）",
    "Undo": "撤销",
    "Give the lead back to the officer who had it": "把线索还给原来的民警",
    "Selected lead to:": "选中线索改派给：",
    "Give lead {0} ({1}, {2}) to {3}?": "把线索 {0}（{1}，{2}）改派给 {3}？",
    "{0} holds it now and will no longer be able to record on it.": "{0} 正在处置，改派后将不能再记录该线索。",
    "Nobody holds it now.": "目前无人处置。",
    "Reassign lead": "改派线索",
    "Reassign": "改派",
    "Gave {0} back to {1}.": "已把 {0} 还给 {1}。",
    "Gave {0} to {1}.": "已把 {0} 改派给 {1}。",
    "Nobody held it before.": "此前无人处置。",
    "Choose an officer…": "选择民警…",
    "{0} · holds {1}": "{0} · 处置中 {1} 条",
    # ui/lock_screen.py
    "Switch user…": "切换用户…",
    "Another officer signs in at this desk; your drafts stay saved": "由另一位民警在本工位登录；您的草稿仍保存着",
    "Sign out": "退出登录",
    "Back to the sign-in; your drafts stay saved on this desk": "回到登录界面；您的草稿仍保存在本工位",
    "Drafts and the leads you hold stay as they are.": "草稿和您处置中的线索保持不变。",
    "Another officer signs in at this desk": "另一位民警在本工位登录",
    "Back to %1": "回到 %1",
    # ui/review/outcomes.py
    "All officers": "全部民警",
    "All districts": "全部辖区",
    "Outcome: {0} · answered: {1}": "处置结果：{0} · 接听人：{1}",
    "Checkpoints ticked:": "已勾选要点：",
    # ui/review/figures.py
    "Weekly report written": "周报已生成",
    "The weekly report for %1 is in %2:": "%1 的研判周报已保存在 %2：",
    "Open folder": "打开文件夹",
    "OK": "确定",
    # ui/review/labels.py
    "Reviewed": "已复核",
    "Needs follow-up": "需跟进",
    "Commended": "表扬",
}
