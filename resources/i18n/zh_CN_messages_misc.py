"""Chinese for the new-user walkthrough's fixes in the core and the CLI (the import's "how to fix" lines, the
command line's help texts), by English source. Merged by resources/i18n/zh_CN_glossary.py (`./run i18n`)."""

from __future__ import annotations

ZH_MESSAGES: dict[str, str] = {
    # workstation/cli/intake_cmd.py: how to import a refused file
    "  To fix: name the column for {label}, e.g. --map {pair} (its header as written in the file); or give every row the same value: --default {default}; or put these in a mapping file: --mapping FILE (see resources/intake/mapping-example.toml)":
        "  解决办法：指明哪一列是{label}，例如 --map {pair}（列名照文件原样写）；或为每一行填同一个值：--default {default}；或把这些写进映射文件：--mapping 文件（格式见 resources/intake/mapping-example.toml）",
    "  To fix: name the column for {label}, e.g. --map {pair} (its header as written in the file); or put it in a mapping file: --mapping FILE (see resources/intake/mapping-example.toml)":
        "  解决办法：指明哪一列是{label}，例如 --map {pair}（列名照文件原样写）；或写进映射文件：--mapping 文件（格式见 resources/intake/mapping-example.toml）",
    "  To fix: name the columns for the phone number and the scam type, each header as written in the file, e.g. {maps}; or put them in a mapping file: --mapping FILE (see resources/intake/mapping-example.toml)":
        "  解决办法：指明哪一列是手机号、哪一列是诈骗类型（列名照文件原样写），例如 {maps}；或写进映射文件：--mapping 文件（格式见 resources/intake/mapping-example.toml）",
}

# The command line's help texts (workstation/cli/*_cmd.py), sentence case since the walkthrough.
ZH_MESSAGES.update({
    # intake_cmd.py
    "Read the file's COLUMN (its header as written) as FIELD (phone, scam_type, level, trigger_kind, triggered_at, …, or ignore); repeat for more columns":
        "把文件的 COLUMN 列（列名照原样写）读作 FIELD 字段（phone、scam_type、level、trigger_kind、triggered_at……，或 ignore 不导入）；多列可重复",
    "The value of FIELD for rows without one (e.g. level=orange, scam_type=click_farming, trigger_kind=unknown); repeat for more fields":
        "没有该值的行取 FIELD 的默认值（例如 level=orange、scam_type=click_farming、trigger_kind=unknown）；多个字段可重复",
    "A TOML or JSON file with [columns] (COLUMN = FIELD) and [defaults] (FIELD = VALUE), as in resources/intake/mapping-example.toml; --map and --default go on top of it":
        "含 [columns]（列名 = 字段）和 [defaults]（字段 = 值）的 TOML 或 JSON 文件，格式见 resources/intake/mapping-example.toml；--map 和 --default 优先于它",
    "Import files; each file goes in whole or not at all": "导入文件；每个文件要么全部导入，要么完全不导入",
    "Import the valid rows and report the others": "导入有效行，其余行写入错误报告",
    "Where to write the error report (.csv or .xlsx; default: <file>.errors.csv beside each file with problems)":
        "错误报告的保存位置（.csv 或 .xlsx；默认：有问题的文件旁的 <文件名>.errors.csv）",
    "The signed-in officer recorded as the importer (default: the OS user, as os:NAME)":
        "记为导入人的已登录民警（默认：操作系统用户，记为 os:用户名）",
    "Import files dropped into DIR; move them to done/ or failed/": "导入放入 DIR 目录的文件；导入后移到 done/ 或 failed/",
    "Import what is ready now, then exit": "导入当前已就绪的文件后退出",
    "Seconds between looks at the folder": "检查目录的间隔秒数",
    "Seconds a file must stay unchanged before it is taken (still being written)": "文件须保持不变多少秒才会被导入（以免文件仍在写入）",
    "The signed-in officer recorded as the importer, checked once at the start (default: the OS user, as os:NAME)":
        "记为导入人的已登录民警，启动时核验一次（默认：操作系统用户，记为 os:用户名）",
    "Files imported so far, newest first": "已导入的文件，最新的在前",
    # leads_cmd.py
    "Every matching lead (no limit), most urgent first": "所有符合条件的线索（不限条数），最紧急的在前",
    "Repeat for several; default: the open leads": "可重复指定多个；默认：未办结的线索",
    "Every status, closed ones too": "所有状态，包括已办结的",
    "Phone digits, a name or a lead reference": "电话号码片段、姓名或线索编号",
    "Show names, phone and ID numbers unmasked (a signed-in lead or admin; audited)":
        "不打码显示姓名、电话和身份证号（须已登录的组长或管理员；记入审计）",
    "Who is asking (with --reveal)": "查询的民警（配合 --reveal）",
    "Claim the most urgent unclaimed lead": "领取最紧急的未认领线索",
    "Who claims": "领取的民警",
    "Claim a chosen lead": "领取指定线索",
    "Give a held lead back to the queue": "将名下线索退回队列",
    "One lead in full, with its history": "一条线索的全部信息及处置记录",
    "Lead id, reference (YJ…) or a unique id prefix": "线索 id、编号（YJ…）或唯一的 id 前缀",
    "Who is asking (the lead's owner sees it unmasked)": "查询的民警（线索的处置民警可看到未打码信息）",
    "Unmasked (a signed-in lead or admin; audited)": "不打码显示（须已登录的组长或管理员；记入审计）",
    "Who called": "拨打电话的民警",
    "One of: {codes}": "取值之一：{codes}",
    "Call start (ISO 8601; naive = centre time)": "通话开始时间（ISO 8601；不带时区即中心时间）",
    "Call end (default: now)": "通话结束时间（默认：现在）",
    "Who answered (default: nobody for no_answer/busy, else self)": "接听人（默认：no_answer/busy 时为 nobody，否则为 self）",
    "With --code callback_requested: the lead is kept for you until its time and the grace (me, the default), or anyone's":
        "配合 --code callback_requested：线索保留给您直到约定时间及宽限期结束（me，默认），或任何人都可领取",
    "Stop-payment (with --code transferred)": "紧急止付（配合 --code transferred）",
    # login_cmd.py
    "Who signs in": "登录的民警",
    "How long the session lasts in minutes (default {minutes}; at most the desk's idle_lock_minutes, and never less than {minutes})":
        "会话时长（分钟；默认 {minutes}；最长为本工位的 idle_lock_minutes，且不少于 {minutes}）",
    # officers_cmd.py
    "Every officer this desk knows, with role and whether active": "本工位已知的所有民警，含角色及是否启用",
    "A new officer (the first password: next line of stdin, or asked twice)": "新增民警（初始密码：标准输入的下一行，或提示输入两次）",
    "Display name": "显示名称",
    "The admin": "操作的管理员",
    "Change an officer's role": "更改民警的角色",
    "An officer may no longer sign in": "停用民警账户（不能再登录）",
    "An officer may sign in again": "启用民警账户（可再次登录）",
    "Lift a sign-in lockout": "解除登录锁定",
    # print_cmd.py
    "Write the PDF here (atomically)": "PDF 的保存位置（原子写入）",
    "Send to this CUPS printer (lp -d)": "发送到该 CUPS 打印机（lp -d）",
    "Thanks: the recipient's event id (default: the latest recorded)": "感谢信：受谢人的事件 id（默认：最近记录的）",
    "An archived document again, byte for byte": "逐字节补打存档中的文书",
    "Document id (or a unique prefix)": "文书 id（或唯一前缀）",
    "Many letters in one PDF": "多封信合为一个 PDF",
    "From this date/time (naive = centre time)": "自此日期/时间起（不带时区即中心时间）",
    "Up to this date/time, exclusive (a date: that whole day)": "至此日期/时间止，不含（只给日期：含当天全天）",
    "Hand a PDF file to a CUPS printer (vector, lp -d)": "把 PDF 文件交给 CUPS 打印机（矢量，lp -d）",
    "The documents printed for a lead": "一条线索已打印的文书",
    "Who prints": "打印的民警",
    "Record who helped stop the fraud (for a thank-you letter)": "记录协助止损的人（用于感谢信）",
    "What they did": "所做的事",
    "When (ISO 8601; naive = centre time)": "时间（ISO 8601；不带时区即中心时间）",
    "Who records it": "记录的民警",
    "The reporter's address": "报案人住址",
    "The brief facts of the case": "简要案情",
    "The intake decision: one of the printed options ({options}) or any other text": "受案意见：表上印有的选项之一（{options}）或其他文字",
    "Where the case was received": "受案地点",
    "When the case was received (default: now)": "受案时间（默认：现在）",
    "The reporter's workplace": "报案人工作单位",
    "The two officers' names, comma-separated": "两名民警的姓名，以逗号分隔",
    "The visiting unit (default: the centre)": "上门单位（默认：本中心）",
    # report_cmd.py
    "ISO week, e.g. 2026-W47 (default: the current week)": "ISO 周，例如 2026-W47（默认：本周）",
    "Directory for the files": "文件的保存目录",
    "Weeks shown week over week (default 8)": "周环比显示的周数（默认 8）",
    "Who builds it (a team lead or an admin)": "生成报表的民警（组长或管理员）",
    "Print the files and the totals as JSON": "以 JSON 输出文件及合计",
})
