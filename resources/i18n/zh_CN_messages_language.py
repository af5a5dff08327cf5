"""Chinese for the core's messages of the language pass: the weekly report's words, scam type and outcome names,
event kinds, script checks and the centre's errors (context "Messages"), by the English source. Merged by
resources/i18n/zh_CN_glossary.py (`./run i18n`)."""

from __future__ import annotations

ZH_MESSAGES: dict[str, str] = {
    # workstation/reports/labels.py
    "Leads received": "接警线索", "Leads handled": "处置线索", "Calls": "通话次数", "Reach rate": "接通率",
    "Persuasion rate": "劝阻成功率", "Protected (yuan)": "劝阻金额（元）", "Stop payments": "止付笔数",
    "Stopped (yuan)": "止付金额（元）", "First call, median (min)": "首呼中位数（分）", "First call, P90 (min)": "首呼P90（分）",
    "Leads received: leads whose warning time is in the period; leads handled: leads with a call in the period (per officer: the leads that officer called).":
        "接警线索：预警时间在本期内的线索；处置线索：本期内有通话记录的线索（分民警统计时为该民警通话的线索）。",
    "Reached, persuaded: the share of the period's handled leads where the person or a relative was reached, and where the outcome was persuaded.":
        "接通率、劝阻成功率：本期处置线索中接通本人或亲友、处置结果为劝阻成功的线索所占比例。",
    "Protected: the sum of the amounts protected in the period's calls; stop-payments: the emergency stop-payment requests made in the period and the sum of their amounts.":
        "劝阻金额：本期通话记录的劝阻金额之和；止付：本期提交的紧急止付申请笔数及申请止付金额之和。",
    "First call: for leads received and called in the period, the minutes from the warning to the first call (median and 90th percentile, linear interpolation).":
        "首呼时长：本期接警且已呼叫的线索，自预警至首次呼叫的分钟数（中位数、第90百分位，线性插值）。",
    "(not given)": "（未填）", "(unknown)": "（未知）", "English": "中文",
    # workstation/reports/pdf.py
    "Weekly analysis of warning calls": "预警劝阻工作研判周报", "Prepared by": "编制单位", "No.": "编号",
    "Period: {first:%Y-%m-%d} to {last:%Y-%m-%d} ({tz})    Generated: {generated}":
        "统计周期：{first:%Y年%m月%d日}至{last:%Y年%m月%d日}（{tz}）　生成时间：{generated}",
    "This period: {received} leads received, {handled} handled, {calls} calls; reached {reached}, persuaded {persuaded}; protected {protected} yuan; emergency stop-payments: {stops}, {stopped} yuan; warning to first call: median {median} min, P90 {p90} min.":
        "本期接警线索 {received} 条，处置 {handled} 条，通话 {calls} 次；接通率 {reached}，劝阻成功率 {persuaded}；"
        "劝阻金额 {protected} 元；紧急止付 {stops} 笔，止付金额 {stopped} 元；预警至首呼中位数 {median} 分钟，P90 {p90} 分钟。",
    " Against the week before: leads handled {handled}, amount protected {protected}.":
        "处置线索较上周 {handled}，劝阻金额较上周 {protected}。",
    "1. Overview": "一、总体情况", "2. By scam type": "二、分诈骗类型", "3. By district": "三、分辖区",
    "4. By officer": "四、分民警", "5. Week over week": "五、周环比", "6. Notable cases": "六、典型案例",
    "Appendix: how the figures are counted": "附：统计口径", "Total": "合计", "This period": "本期", "Week before": "上周",
    "Scam type": "诈骗类型", "Jurisdiction": "辖区", "Officer": "民警", "Week": "周次",
    "Leads received per scam type": "各诈骗类型接警线索数", "Leads handled per officer": "各民警处置线索数",
    "Leads handled in recent weeks": "近几周处置线索数", "(a) Calls that protected the most": "（一）劝阻金额最大的通话",
    "(b) Emergency stop-payments": "（二）紧急止付", "(c) Commended calls": "（三）受表扬的处置",
    "How it was handled": "处置情况", "Notes": "备注", "Review comment": "复核意见", "Lead": "线索编号",
    "Outcome": "处置结果", "Amount (yuan)": "金额（元）", "None in this period": "本期无",
    "Page {page} of {count}": "第 {page} 页  共 {count} 页",
    # workstation/reports/xlsx.py
    "About": "说明", "Overview": "总体", "By scam type": "分诈骗类型", "By district": "分辖区", "By officer": "分民警",
    "Week over week": "周环比", "Daily": "每日", "Notable cases": "典型案例", "Code": "代码", "Item": "项目",
    "Content": "内容", "Report": "报表", "First day": "开始日期", "Last day": "结束日期", "Time zone": "时区",
    "Generated": "生成时间", "Definition": "口径", "Scope": "范围", "Date": "日期", "Group": "类别", "Time": "时间",
    "Description": "说明", "Protected the most": "劝阻金额最大", "Emergency stop-payment": "紧急止付", "Commended": "受表扬",
}
ZH_MESSAGES.update({
    # workstation/scripts/parse.py, checks.py, errors.py
    "expected a table, got {got}": "应为表，实为{got}", "missing": "缺失",
    "unknown key '{key}' (allowed: {allowed})": "未知的键 '{key}'（可用：{allowed}）",
    "expected an array, got {got}": "应为数组，实为{got}", "must not be empty": "不能为空",
    "expected a string, got {got}": "应为字符串，实为{got}",
    "'{text}' is not a valid id (lower-case letters, digits and _, starting with a letter)":
        "'{text}' 不是有效的标识（小写字母、数字和 _，以字母开头）",
    "the Chinese text is empty": "中文文本为空", "the English text is empty": "英文文本为空",
    "the Chinese text contains no Chinese characters": "中文文本中没有汉字",
    "unknown value '{text}' (allowed: {allowed})": "未知的值 '{text}'（可用：{allowed}）",
    "unknown scam type '{id}' (known: {known})": "未知的诈骗类型 '{id}'（已知：{known}）",
    "expected a positive integer, got {got}": "应为正整数，实为{got}",
    "expected true or false, got {got}": "应为 true 或 false，实为{got}",
    "invalid TOML: {reason}": "TOML 格式错误：{reason}", "cannot read the file: {reason}": "无法读取文件：{reason}",
    "not UTF-8 text (byte {at})": "不是 UTF-8 文本（第 {at} 字节）",
    "a table": "表", "an array": "数组", "a string": "字符串", "a boolean": "布尔值", "an integer": "整数",
    "a float": "小数",
    "duplicate id '{id}' (already used in {where})": "标识 '{id}' 重复（已用于 {where}）",
    "step '{step}' does not exist": "步骤 '{step}' 不存在", "step '{step}' points to itself": "步骤 '{step}' 指向自身",
    "phone number '{number}' is not allowed: only 96110, 110 and {placeholder} may appear":
        "不允许出现电话号码 '{number}'：只能出现 96110、110 和 {placeholder}",
    "unknown placeholder '{name}' (only {placeholder} is allowed)": "未知的占位符 '{name}'（只允许 {placeholder}）",
    "the file name '{name}' does not match id '{id}' (name it {id}.toml)":
        "文件名 '{name}' 与标识 '{id}' 不符（应命名为 {id}.toml）",
    "{location} (line {line})": "{location}（第 {line} 行）", "line {line}": "第 {line} 行",
})
ZH_MESSAGES.update({
    # workstation/sync/centre_errors.py (the sources shared with services/auth.py and review.py keep their words)
    "You hold {count} leads already, the most one officer may hold: record or release some first":
        "您已持有 {count} 条线索，请先处置或退回",
    "The centre has no lead {lead}": "中心没有线索 {lead}", "Lead {ref} is not in the queue": "线索 {ref} 不在队列中",
    "Only a team lead may reassign a lead": "只有组长可以改派线索", "Only an admin may manage officers": "只有管理员可以管理民警账户",
    "Unknown role '{role}'": "未知角色 '{role}'",
    "Name: 1 to 64 characters; badge number: up to 16 characters": "姓名 1-64 字，警号最多 16 位",
    "The password must reach the centre as a SCRAM verifier": "密码须以 SCRAM 校验值传送",
    "Unknown or disabled officer: {username}": "未知或已停用的民警：{username}",
    "A batch holds at most 5000 events": "一批最多 5000 个事件", "At most 1000 claims can be renewed at once": "一次最多续期 1000 个领取",
    "A superuser must name the officer it acts for": "超级用户须指明代表的民警",
    "Signed in as {who}, cannot act as {other}": "登录身份为 {who}，不能代表 {other}",
    "The connection has no desk name (application_name)": "会话没有工位名（application_name）",
    "Refused by the centre: {text}": "中心拒绝：{text}",
})
