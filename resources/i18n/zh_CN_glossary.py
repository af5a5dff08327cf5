"""Chinese translations for the UI's English source strings (fills workstation_zh_CN.ts; run after lupdate).

Usage: python resources/i18n/zh_CN_glossary.py  — fills every unfinished message it knows, reports the rest.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).with_name("workstation_zh_CN.ts")
# The core's messages (context "Messages"), by English source: every resources/i18n/zh_CN_messages*.py's
# ZH_MESSAGES (one file per part of the core, so parallel work never edits the same table).
ZH_MESSAGES: dict[str, str] = {}

# source → translation (the same in every context unless CONTEXT overrides it)
ZH: dict[str, str] = {
    # strings of the outcome form, lead info and result line (previously missed by lupdate)
    "Fraud call": "涉诈电话", "Fraud SMS": "涉诈短信", "Fraud link": "涉诈网址", "Fraud app": "涉诈APP",
    "Flagged account": "涉诈账户", "No answer": "无人接听", "Line busy": "占线", "Refused / hung up": "拒接/挂断",
    "Wrong number": "号码错误", "Not deceived (guarded themselves)": "未被骗（自主防范）",
    "Already transferred: stop payment": "已转账，需紧急止付", "Callback arranged": "约定回拨",
    "Hand to local station for a visit": "移交派出所上门劝阻", "The person": "本人", "A relative": "亲友",
    "Nobody": "无人", "Relationship (wife, son …)": "关系（妻子、儿子……）",
    "Emergency stop-payment (money already left)": "紧急止付（资金已转出）", "Victim's account": "受害人账号",
    "Victim's bank": "受害人开户行", "Receiving (fraud) account": "涉诈收款账号",
    "Receiving account name": "收款户名", "Receiving bank": "收款开户行", "Amount transferred (yuan)": "转账金额（元）",
    "Transfer time": "转账时间", "Waiting": "待处置", "In hand": "处置中", "Callback due": "待回拨",
    "Stop-payment needed": "待止付", "Handed to station": "已移交上门", "Closed": "已办结",
    "Saved {0}. Lead status: {1}.": "已保存 {0}。线索状态：{1}。", "Next call due {0}.": "下次拨打时间 {0}。",
    "Escalated to the local station.": "已移交属地派出所。",
    "Start the emergency stop-payment with the bank now.": "请立即联系银行开展紧急止付。",
    "Warning-call workstation": "预警劝阻工作台",
    "Cannot open the database": "无法打开数据库",
    "Lead": "线索", "Type": "类型", "District": "辖区", "Level": "级别", "Status": "状态", "Officer": "民警",
    "Due": "时限", "Held for": "已持有", "Attempts": "拨打次数", "Reassign to": "改派给",
    "Queue against the clock": "队列与时限", "Who holds which lead": "线索持有情况",
    "Unreachable, waiting for escalation": "联系不上，待移交",
    "Open {0} · overdue {1} · due within {2} min {3} · held {4} · unreachable {5}":
        "待处置 {0} · 超时 {1} · {2} 分钟内到期 {3} · 处置中 {4} · 联系不上 {5}",
    "{0} min": "{0} 分钟", "overdue {0} min": "超时 {0} 分钟", "in {0} min": "{0} 分钟后",
    "Due in {0}": "剩余 {0}", "Overdue by {0}": "已超时 {0}",
    "Weekly report (PDF + XLSX)…": "周报（PDF + XLSX）…", "Week": "周",
    "Received {0} · handled {1} · calls {2} · reached {3} · persuaded {4} · protected ¥{5} · stop-payments {6} (¥{7}) · warning → first call: median {8} min, p90 {9} min":
        "接收 {0} · 处置 {1} · 通话 {2} · 接通 {3} · 劝阻成功 {4} · 劝阻金额 ¥{5} · 紧急止付 {6}（¥{7}）· 预警到首次拨打：中位 {8} 分钟，P90 {9} 分钟",
    "Per scam type": "按诈骗类型", "Received": "接收", "Handled": "已处置", "Persuaded": "劝阻成功",
    "Per officer": "按民警", "Week over week": "周环比", "Save the weekly report in": "周报保存到",
    "Import leads": "导入线索", "Add files…": "添加文件…", "Clear": "清空",
    "Import the valid rows and skip invalid ones": "导入有效行，跳过无效行",
    "Row": "行", "Column": "列", "Value": "值", "Reason": "原因", "Import": "导入", "Cancel import": "取消导入",
    "Save report…": "保存报告…", "Close": "关闭", "Choose lead files": "选择线索文件", "Reading {0}…": "正在读取 {0}…",
    "Format: {0}. Columns: {1}": "格式：{0}。列：{1}", "Missing required columns: {0}": "缺少必需的列：{0}",
    "Importing…": "正在导入…", "Cancelling… nothing of the current file will be kept": "正在取消…当前文件不会保留任何内容",
    "File {0} of {1}: {2} rows read": "第 {0}/{1} 个文件：已读取 {2} 行",
    "File {0} of {1}: {2} rows read, saving them (cannot be cancelled now)…":
        "第 {0}/{1} 个文件：已读取 {2} 行，正在写入数据库（此时不能取消）……",
    "Import cancelled": "导入已取消",
    "Import failed, nothing of the current file was kept: {0}": "导入失败，当前文件未保留任何内容：{0}",
    "Save report": "保存报告",
    "Release": "释放", "Give the lead back to the queue": "将线索退回队列", "ID number": "身份证号",
    "Why warned": "预警原因", "Time": "时间", "Outcome": "处置结果", "Notes": "备注", "Event": "事件",
    "Earlier calls": "历史通话", "History": "处置记录", "At risk: ¥{0}": "涉险金额：¥{0}",
    "Earlier calls ({0})": "历史通话（{0}）", "History ({0})": "处置记录（{0}）",
    "No lead on hand. Take the next one (F5).": "当前没有线索。按 F5 领取下一条。",
    "Warning-call workstation — sign in": "预警劝阻工作台 — 登录", "e.g. officer1": "例如 officer1",
    "Sign in": "登录", "Cancel": "取消", "User name": "用户名", "Password": "密码", "Enter your user name.": "请输入用户名。",
    "Warning-call workstation — %1": "预警劝阻工作台 — %1", "Main": "主工具栏", "Next lead": "下一条",
    "Claim the most urgent lead nobody holds (F5)": "领取最紧急的未认领线索（F5）", "My leads": "我的线索",
    "Refresh": "刷新", "Quit": "退出", "Officer: %1 (%2) · %3": "民警：%1（%2）· %3", "Desk: %1": "席位：%1",
    "Database: %1": "数据库：%1", "Centre time %1": "中心时间 %1", "Lead is held": "线索已被认领",
    "Lead %1 is being handled by %2.": "线索 %1 正由 %2 处置。", "Opened %1 (%2)": "已打开 %1（%2）",
    "Now": "现在", "Unsaved draft restored": "已恢复未保存的草稿", "Discard draft": "丢弃草稿",
    "This lead is not held by you: claim it to record a call.": "此线索不在您名下：请先领取再记录通话。",
    "Not asked": "未询问", "Not deceived": "未被骗", "Deceived": "已被骗", "Phone call": "电话",
    "SMS (12381)": "短信（12381）", "Robot call": "机器人外呼", "Start call": "开始通话",
    "Records the call start now (Ctrl+Shift+S)": "记录通话开始时间（Ctrl+Shift+S）",
    "Left empty, the call ends when the outcome is saved": "留空则以保存结果的时间为通话结束时间",
    "Police station that will visit": "负责上门的派出所", "What the person said, what you advised …": "对方所述、劝阻内容…",
    "Amount lost": "受骗金额", "Channel": "方式", "Who answered": "接听人", "Call start": "通话开始",
    "Call end": "通话结束", "Amount protected": "劝阻金额", "Callback at": "回拨时间", "Station": "派出所",
    "Checkpoints": "要点", "Save outcome (Ctrl+Enter)": "保存处置结果（Ctrl+Enter）",
    "{0} of {1} ticked in the script": "话术中已勾选 {0}/{1}", "none (tick them in the script)": "无（请在话术中勾选）",
    "'{0}' is not an amount: type yuan like 1234.50": "“{0}”不是金额：请按元填写，如 1234.50",
    "Choose an outcome (Alt+1 … Alt+9)": "选择处置结果（Alt+1 … Alt+9）", "Nothing was saved. Please correct:": "未保存。请更正：",
    "Press F5 or “Next lead” to take the most urgent lead.": "按 F5 或“下一条”领取最紧急的线索。",
    "Print preview": "打印预览", "Print…": "打印…", "Save as PDF…": "另存为 PDF…", "Print": "打印",
    "Save as PDF": "另存为 PDF", "PDF files (*.pdf)": "PDF 文件 (*.pdf)", "The printer could not be opened": "无法打开打印机",
    "%1d %2h": "%1天%2小时", "overdue %1": "超时 %1", "Ref": "编号", "Scam type": "诈骗类型", "Name": "姓名",
    "Phone": "电话", "Amount at risk": "涉险金额", "Owner": "处置人", "Due in": "剩余时限", "Click to sort": "点击排序",
    "Due at %1": "时限 %1", "Open": "待处置（全部未结）", "All statuses": "全部状态", "All scam types": "全部诈骗类型",
    "All districts": "全部辖区", "Show only the leads I hold": "只显示我名下的线索",
    "Search phone, name or ref (Ctrl+F)": "搜索电话、姓名或编号（Ctrl+F）", "%1 leads, %2 overdue": "共 %1 条线索，超时 %2 条",
    "officer user name": "民警用户名", "district": "辖区", "All types": "全部类型", "All outcomes": "全部结果",
    "Show": "显示", "Started": "开始时间", "Protected": "劝阻金额", "Review": "复核",
    "Comment for the officer": "给民警的意见", "Save verdict": "保存复核结论", "Verdict": "复核结论", "Comment": "意见",
    "Checkpoints: {0}": "要点：{0}", "Review: {0} — {1}": "复核：{0} — {1}",
    "Edit call script: {0}": "编辑话术：{0}", "Problems": "问题", "Versions": "版本", "View": "查看",
    "Validate": "校验", "Save as new version": "另存为新版本", "Import file…": "导入文件…",
    "There is no usable script of this type yet: paste or import one.": "此类型尚无可用话术：请粘贴或导入。",
    " (in use)": "（使用中）", "No problems found.": "未发现问题。", "Saving…": "正在保存…",
    "Import a script file": "导入话术文件", "Call scripts (*.toml)": "话术文件 (*.toml)", "Importing {0}…": "正在导入 {0}…",
    "Saved as version {0}.": "已保存为第 {0} 版。", "Not saved: {0} problem(s).": "未保存：{0} 个问题。",
    "{0} problem(s) found.": "发现 {0} 个问题。", "Script": "话术", "What the person says": "对方说法",
    "◀ Back (Ctrl+Left)": "◀ 上一步（Ctrl+Left）", "Next (Ctrl+Right) ▶": "下一步（Ctrl+Right）▶", "Steps": "步骤",
    "Objections": "常见说法应对", "Warning signs": "诈骗特征", "Checkpoints (tick during the call)": "要点（通话中勾选）",
    "The call script for {0} could not be loaded:": "无法加载“{0}”的话术：", "There is no call script for {0}.": "没有“{0}”的话术。",
    "Search other scripts above, or follow the general advice.": "可在上方搜索其他话术，或按通用劝阻要点处置。",
    "Required for this scam type": "此诈骗类型必需", "Go to step: {0}": "转到步骤：{0}",
    "Search all scripts: safe account, refund, loan … (Ctrl+K)": "搜索全部话术：安全账户、退款、贷款…（Ctrl+K）",
    "No script mentions this.": "没有话术提到此内容。", "{0} · version {1} (read-only)": "{0} · 第 {1} 版（只读）",
    "Unexpected error: {0}": "意外错误：{0}", "Operation failed": "操作失败", "Board": "看板", "Outcome review": "处置复核",
    "Figures": "统计", "Print thank-you letters": "打印感谢信", "Prepare letters…": "生成感谢信…", "From": "从",
    "To (inclusive)": "到（含）", "Laying out {0} letters…": "正在排版 {0} 封感谢信…",
}
# The menus, lock screen, centre link, documents and facts dialogs (wired into the main window).
ZH.update({
    "&File": "文件(&F)", "Import leads…": "导入线索…", "Watch drop folder…": "监视投递目录…",
    "Print thank-you letters…": "批量打印感谢信…", "Lock screen": "锁屏", "&Lead": "线索(&L)",
    "Print work record…": "打印工作记录单…", "Record thank-you recipient…": "记录感谢对象…",
    "Record thanks received…": "记录收到的感谢…", "My reviews…": "我的复核…", "&Team lead": "组长(&T)",
    "Board and review": "组长看板", "Lead desk": "线索处置", "Manage call scripts…": "话术管理…",
    "&Centre": "中心(&C)", "Connect to centre…": "连接中心…", "Check notices": "查看通知", "&Help": "帮助(&H)",
    "Keyboard shortcuts": "快捷键", "Stopped watching the drop folder": "已停止监视投递目录",
    "Watching %1 for lead files": "正在监视 %1 中的线索文件", "Drop folder to watch": "选择要监视的投递目录",
    "Open a lead first": "请先打开一条线索", "Manage call scripts": "话术管理", "Search the queue": "搜索队列",
    "Print work record": "打印工作记录单", "Save outcome": "保存处置结果", "Choose outcome": "选择处置结果",
    "Search scripts": "搜索话术", "Script step": "话术上一步/下一步",
    "Print a form for this lead (Ctrl+P: work record)": "打印本线索的文书（Ctrl+P：工作记录单）",
    "Record": "记录", "Record facts the printed forms need": "记录文书所需的信息", "Printed": "打印时间",
    "Form": "文书", "Serial no.": "编号", "By": "经办人", "Reprint": "重新打印", "Documents": "文书",
    "Documents ({0})": "文书（{0}）", "Thank-you recipient…": "感谢对象…", "Thanks received…": "收到的感谢…",
    "The call scripts could not be read: {0}": "无法读取话术：{0}",
    "Locked — the desk was idle": "已锁屏：长时间无操作", "Signed in: %1 (%2)": "当前民警：%1（%2）",
    "Unlock": "解锁", "Team lead": "组长", "Unlocked": "已解锁", "My reviews": "我的复核",
    "Reviewed at": "复核时间", "Call": "通话", "Reviewer": "复核人", "No reviews of your calls yet.": "您的通话尚无复核。",
    "Got it": "知道了", "{0} problems in the call scripts (those scripts are not used):": "话术文件有 {0} 处错误（这些话术未启用）：",
    "Record thanks received": "记录收到的感谢", "Kind": "类型", "Received at": "收到时间", "Note": "备注",
    "Record thank-you recipient": "记录感谢对象", "Citizen": "群众", "Bank staff": "银行工作人员",
    "Police officer": "民警", "Other": "其他", "What they did, e.g. stopped the transfer at the counter":
        "事迹，例如：在银行柜台劝阻转账", "Recipient": "感谢对象", "Organisation": "单位", "Role": "身份",
    "What they did": "事迹", "Amount protected (¥)": "挽损金额（元）", "When": "时间",
    "The amount is not a number": "金额不是数字", "Reviewed": "已复核", "Needs follow-up": "需跟进",
    "Commended": "表扬", "Print": "打印",
    # 民警管理 (the admin's officers dialog)
    "&Admin": "管理(&A)", "Officers…": "民警管理…", "Officers": "民警管理", "Add officer…": "新增民警…",
    "Change role…": "更改角色…", "Disable…": "停用…", "Enable": "启用", "Disable": "停用",
    "Officer {0} added.": "已新增民警 {0}。", "Change role": "更改角色", "Role of {0} ({1})": "{0}（{1}）的角色",
    "Role of {0} changed to {1}.": "{0} 的角色已改为{1}。",
    "Disable {0} ({1})? They will no longer be able to sign in.": "停用 {0}（{1}）？停用后该民警将无法登录。",
    "This is your own account.": "这是您本人的账户。", "Disable officer": "停用民警", "{0} is disabled.": "已停用 {0}。",
    "{0} may sign in again.": "已启用 {0}，可以重新登录。", "{0} is unlocked.": "已解锁 {0}。",
    "Badge no.": "警号", "Account": "账户状态", "Locked until": "锁定至", "Active": "正常", "Disabled": "已停用",
    "Add officer": "新增民警", "e.g. zhangsan (used to sign in)": "例如 zhangsan（登录用）",
    "At least {0} characters": "至少 {0} 位", "Password again": "再次输入密码", "Add": "添加",
    "1–{0} letters, digits, _ . or -": "1–{0} 位字母、数字或 _ . -",
    "Enter the name (at most {0} characters)": "请填写姓名（最多 {0} 字）", "At most {0} characters": "最多 {0} 位",
    "The two passwords differ": "两次输入的密码不一致",
    # the sync status bar and the connect dialog (their sources were Chinese: English showed Chinese)
    "Standalone": "单机",
    "Online": "在线",
    "Offline": "离线",
    "never": "从未",
    "Last sync %1": "上次同步 %1",
    "To send %1": "待上传 %1",
    "Refused %1": "无法上传 %1",
    "Set aside %1": "未能应用 %1",
    "Connect to the centre's server": "连接中心服务器",
    "Upgrade the centre's database schema if needed": "需要时升级中心数据库结构",
    "Address": "地址",
    "Centre server password": "中心服务器密码",
    # connecting an open desk to another centre
    "Sign in on the centre": "登录中心", "Locked": "已锁屏", "Sign in to send your work to the centre": "请登录，以便将工作上传中心", "Sign in now": "现在登录", "Later": "稍后",
    "You are not signed in on this centre yet. Your work stays on this desk until you do.":
        "您尚未在此中心登录。登录之前，您的工作保存在本机，不会丢失。",
})

CONTEXT: dict[tuple[str, str], str] = {("QueueView", "Open"): "未办结",
                                       # an officer's role (角色), not a thank-you recipient's (身份)
                                       ("OfficersModel", "Role"): "角色", ("AddOfficerDialog", "Role"): "角色"}
CJK = re.compile(r"[\u4e00-\u9fff]")


def _load_parts() -> None:
    """Merge the tables of every other resources/i18n/zh_CN_*.py: ZH_MESSAGES, ZH and CONTEXT, if defined."""
    import importlib.util

    for part in sorted(Path(__file__).parent.glob("zh_CN_*.py")):
        if part.resolve() == Path(__file__).resolve():
            continue
        spec = importlib.util.spec_from_file_location(part.stem, part)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        ZH_MESSAGES.update(getattr(module, "ZH_MESSAGES", {}))
        ZH.update(getattr(module, "ZH", {}))
        CONTEXT.update(getattr(module, "CONTEXT", {}))


_load_parts()


def fill(path: Path = TS) -> list[tuple[str, str]]:
    tree = ET.parse(path)
    missing: list[tuple[str, str]] = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            assert tr is not None
            if tr.get("type") == "obsolete" or tr.get("type") == "vanished":
                continue
            if name == "Messages":  # the core's: only their own table, never a UI word of the same spelling
                zh = ZH_MESSAGES.get(source)
            else:
                zh = CONTEXT.get((name, source)) or ZH.get(source) or (source if CJK.search(source) else None)
            if zh is None:
                if not tr.text:
                    missing.append((name, source))
                continue
            tr.text = zh
            tr.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    left = fill()
    for name, source in left:
        print(f"untranslated: {name}: {source!r}")
    sys.exit(1 if left else 0)
