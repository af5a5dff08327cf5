"""Chinese for the core's messages of sign-in, officers, the team lead's review and the weekly report (context
"Messages"), by the English source. Merged by resources/i18n/zh_CN_glossary.py (`./run i18n`)."""

from __future__ import annotations

ZH_MESSAGES: dict[str, str] = {
    # workstation/services/auth.py
    "Wrong user name or password": "用户名或密码错误",
    "User name: 1 to {limit} letters, digits, _ . or -": "用户名只能含字母、数字、_ . -，1-{limit} 位",
    "Name: 1 to {limit} characters": "姓名 1-{limit} 字",
    "Badge number: up to {limit} characters": "警号最多 {limit} 位",
    "Password: {limit} characters or more": "密码至少 {limit} 位",
    "Officer {username} already exists": "民警 {username} 已存在",
    "The centre needs your password again: sign in with --password-stdin or `workstation login`":
        "中心要求重新登录：请用 --password-stdin 输入密码或运行 `workstation login`",
    "Too many failed sign-ins: the account is locked until {until}. Try again later or ask an admin to unlock it":
        "登录失败次数过多，账户已锁定至 {until}；请稍后再试或联系管理员解锁",
    "No such officer '{username}'": "找不到民警 '{username}'",
    "The last admin cannot give up the admin role": "不能撤销最后一名管理员的角色",
    "The last admin cannot be disabled": "不能停用最后一名管理员",
    "Unknown user '{username}'": "未知用户 '{username}'",
    "{name} may not do this: it needs the role {roles}": "{name} 无权执行此操作，需要角色 {roles}",
    # workstation/services/review.py
    "{name} is an admin and does not take leads": "{name} 是内勤，不处置线索",
    "Lead {ref} is no longer open: it cannot be reassigned": "线索 {ref} 已不在处置中，不能改派",
    "Lead {ref} is already held by {name}": "线索 {ref} 已由 {name} 处置",
    "Unknown verdict '{verdict}' (one of: {allowed})": "未知的复核结论 '{verdict}'（可选：{allowed}）",
    "A comment has at most {limit} characters": "复核意见不超过 {limit} 字",
    "Say what to follow up": "需跟进须写明意见",
    "No such call '{call}'": "找不到通话记录 '{call}'",
    # workstation/cli/login_cmd.py
    "--minutes must be between 1 and {limit}": "--minutes 须在 1 到 {limit} 之间",
    "{who} is signed in until {until}": "{who} 已登录至 {until}",
    "Nobody was signed in": "未登录",
    "{who} signed out": "{who} 已退出",
    "Not signed in": "未登录",
    "{why}: not signed in": "{why}；未登录",
    # workstation/cli/report_cmd.py
    "{week}: received {received}, handled {handled}, protected ¥{protected}":
        "{week}：接警 {received}，处置 {handled}，劝阻金额 {protected} 元",
    # workstation/cli/officers_cmd.py
    "User name": "用户名",
    "Name": "姓名",
    "Role": "角色",
    "Badge number": "警号",
    "The new password: give it on the second line of --password-stdin, or type it at a terminal":
        "新密码：请用 --password-stdin 的第二行或在终端输入",
    "First password for {username}": "{username} 的初始密码",
    "Again": "再输一次",
    "The two passwords differ": "两次输入的密码不一致",
    "Added: {username} ({role})": "已添加：{username}（{role}）",
    "Done: {username} {change}": "已更新：{username} {change}",
    # workstation/reports/period.py
    "'{text}' is not an ISO week such as 2026-W47": "'{text}' 不是 ISO 周，例如 2026-W47",
    "There is no week '{text}'": "'{text}' 不存在",
    "The end is before the start": "结束日期早于开始日期",
    # workstation/reports/weekly.py
    "weekly-report-{week}": "研判周报-{week}",
    # workstation/cli/review_cmd.py, report_cmd.py (figures)
    "The team lead's review: the board, reassigning, verdicts on calls": "带班复核：值班看板、改派、通话复核",
    "The live board: open, overdue, held and unreached leads": "值班看板：待处置、已超时、处置中及未联系上的预警",
    "Leads in each list (default %(default)s)": "每个列表的条数（默认 %(default)s）",
    "Give a lead to another officer (whoever held it loses it)": "把预警改派给另一名民警（原处置人不再持有）",
    "The officer's user name": "民警的用户名",
    "Recorded calls, newest first, each with its latest verdict": "已记录的通话，最新的在前，附最近一次复核结论",
    "Before this date/time (naive = centre time)": "早于此日期/时间（未注明时区的按中心时间）",
    "Only this officer's calls": "只看该民警的通话",
    "At most this many (default %(default)s)": "最多列出的条数（默认 %(default)s）",
    "Record a verdict on a call (reviewed, needs follow-up, commended)": "记录对一次通话的复核结论（已复核、需跟进、表扬）",
    "The call's id (review calls shows it)": "通话编号（review calls 中可见）",
    "What to say (needed for a follow-up)": "复核意见（需跟进时必填）",
    "Who asks (a team lead or an admin)": "查询人（带班领导或管理员）",
    "Open {open} · overdue {overdue} · due within {minutes} min {due_soon} · held {held} · unreachable {unreachable}":
        "待处置 {open} · 已超时 {overdue} · {minutes} 分钟内到期 {due_soon} · 处置中 {held} · 未联系上 {unreachable}",
    "Most urgent": "最紧急", "Held longest": "持有最久", "Not reached": "未联系上", "Reference": "编号",
    "Held by": "处置人", "Minutes left": "剩余分钟", "Attempts": "拨打次数", "Call": "通话", "Started": "开始时间",
    "Verdict": "复核结论", "Reviewed": "已复核", "Needs follow-up": "需跟进",
    "Lead {ref} is {to}'s now (was {before})": "预警 {ref} 已改派给 {to}（原为 {before}）",
    "nobody's": "无人持有", "Call {call}: {verdict}": "通话 {call}：{verdict}", "{count} calls": "共 {count} 次通话",
    "A week's figures: in total, by officer, scam type and district": "一周的数据：合计及分民警、诈骗类型、辖区",
    "Taken": "领取", "Received": "接收", "Handled": "已处置", "Persuaded": "劝阻成功", "Protected (¥)": "劝阻金额（元）",
    "The verdicts on your own calls, newest first": "对您本人通话的复核结论，最新的在前", "Whose calls": "谁的通话",
    "Reviewed at": "复核时间", "Reviewer": "复核人", "Comment": "复核意见",
}
