"""Chinese for the core's messages of the CLI, sync, audit, scripts and bootstrap (context "Messages"), by English
source. Merged into workstation_zh_CN.ts by resources/i18n/zh_CN_glossary.py (`./run i18n`); keep each
message's `{name}` places (and argparse's `%(name)s` / `%s`) in its translation.
"""

from __future__ import annotations

ZH_MESSAGES: dict[str, str] = {
    # workstation/cli/argparse_words.py: argparse's own words
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示此帮助并退出",
    "%(prog)s: error: %(message)s": "%(prog)s：错误：%(message)s",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项：%(value)r（可选：%(choices)s）",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
    "expected one argument": "需要一个参数",
    "expected at least one argument": "至少需要一个参数",
    "expected at most one argument": "至多一个参数",
    "expected %s argument": "需要 %s 个参数",
    "expected %s arguments": "需要 %s 个参数",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "one of the arguments %s is required": "参数 %s 必须给出其一",
    "ambiguous option: %(option)s could match %(matches)s": "选项有歧义：%(option)s 可匹配 %(matches)s",
    "ignored explicit argument %r": "忽略了多余的参数 %r",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知的子命令 %(parser_name)r（可选：%(choices)s）",
    # workstation/cli/main.py, commands.py, common.py
    "The warning-call workstation": "预警劝阻工作台",
    "Database URL: sqlite:///path or postgresql://user@host/db (default: SQLite in the user data directory)":
        "数据库地址：sqlite:///路径 或 postgresql://用户@主机/库（默认：用户数据目录中的 SQLite）",
    "The desk's data directory (default: WS_DATA_DIR or the user data directory)":
        "本工位的数据目录（默认：WS_DATA_DIR，否则为用户数据目录）",
    "Language of messages (default: WS_LANG, else zh_CN)": "提示信息的语言（默认：WS_LANG，否则为 zh_CN）",
    "Sign in at this desk's command line for a short while (default 15 minutes)": "在本工位命令行登录一段时间（默认 15 分钟）",
    "End the command line's sign-in session": "结束命令行的登录会话",
    "Who is signed in at the command line, and until when (exit 6: nobody)": "命令行当前登录的民警及有效期（退出码 6：无人登录）",
    "Officers' accounts (admins)": "民警账户（管理员）",
    "The queue of warning leads": "预警线索队列",
    "Record the outcome of a call on a lead you hold": "为您名下的线索记录通话结果",
    "Reports for the team lead": "组长报表",
    "Import lead files (CSV, XLSX, JSONL)": "导入线索文件（CSV、XLSX、JSONL）",
    "Print or save a form, reprint from the archive, batches": "打印或保存文书、从存档补打、批量打印",
    "The audit log": "审计日志",
    "Connect this desk to the centre's PostgreSQL": "将本工位连接到中心的 PostgreSQL",
    "Synchronise with the centre (runs until Ctrl+C unless --once)": "与中心同步（持续运行至 Ctrl+C，除非加 --once）",
    "The database schema": "数据库结构",
    "Seed the demo data set (officers and leads)": "生成演示数据（民警和线索）",
    "Call scripts and their versions": "劝阻话术及其版本",
    "Print JSON": "输出 JSON",
    "Not signed in: run `workstation login` first, or pass --officer NAME --password-stdin":
        "未登录：请先运行 `workstation login`，或加 --officer 用户名 --password-stdin 从标准输入读取密码",
    "{why}; not signed in: run `workstation login` first, or pass --officer NAME --password-stdin":
        "{why}；未登录：请先运行 `workstation login`，或加 --officer 用户名 --password-stdin 从标准输入读取密码",
    "The session signed in is {saved}'s, not {name}'s": "已登录的是 {saved}，不是 {name}",
    "--password-stdin needs --officer NAME (say who signs in)": "--password-stdin 需要 --officer 用户名（指明谁登录）",
    "No password on standard input": "标准输入中没有密码",
    "Officer (user name): ": "民警用户名：",
    "Password of {name}: ": "{name} 的密码：",
    "'{text}' is not a time (use 2026-11-25T14:03)": "“{text}”不是时间（格式如 2026-11-25T14:03）",
    "Who acts (must be signed in)": "操作的民警（须已登录）",
    "{who}; default: WS_OFFICER, else the officer of `workstation login`": "{who}；默认：WS_OFFICER，否则为 `workstation login` 登录的民警",
    "Read the officer's password from the first line of standard input and sign in for this command only":
        "从标准输入第一行读取密码，仅为本条命令登录",
    # workstation/cli/session_file.py
    "{path}: the session key file is open to other users; remove it": "{path}：会话密钥文件其他用户可读写，拒绝使用；请删除它",
    "The session file or its key is missing or open to other users": "登录会话文件不安全或密钥缺失",
    "The session file is damaged": "登录会话文件已损坏",
    "The session file was changed": "登录会话文件被改动过",
    "The session is for another desk or database": "登录会话属于另一工位或数据库",
    "The session was issued in the future: the clock went back": "登录会话的签发时间晚于当前时间：时钟被调回",
    "The session is longer than this desk allows": "登录会话超过本工位允许的时长",
    "The session of {officer} expired at {at}": "{officer} 的登录已于 {at} 过期",
    # workstation/cli/audit_cmd.py
    "Audit log intact: {entries} entries, the newest {seq}:{hash}": "审计日志完好：{entries} 条，末条 {seq}:{hash}",
    "Audit log tampered with at entry {seq}: {problem}": "审计日志被篡改：第 {seq} 条：{problem}",
    "The audit log's guard is broken: {problem}": "审计日志的防护被破坏：{problem}",
    "Not checked against the centre's copy: {reason}": "未能与中心副本核对：{reason}",
    "Matches the centre's copy: {entries} entries for desk {desk}, up to entry {seq}":
        "与中心副本一致：中心存有工位 {desk} 的 {entries} 条，至第 {seq} 条",
    "Differs from the centre's copy (desk {desk}): {problem}": "与中心副本不符（工位 {desk}）：{problem}",
    "'{text}' is not SEQ:HASH (e.g. 120:3f5a…, 64 hex digits)": "“{text}”不是 序号:哈希（如 120:3f5a…，64 位十六进制）",
    "{count} entries": "共 {count} 条",
    "Seq": "序号", "Time": "时间", "Who": "人员", "Desk": "工位", "Action": "动作", "Target": "对象", "Details": "详情",
    "Check that no entry was changed or removed (exit 9 if one was)": "核对没有条目被修改或删除（若有，退出码 9）",
    "SEQ:HASH written down earlier (from a verify): must still be there, so cutting off the newest entries is found too":
        "之前记下的 序号:哈希（来自一次核对）：该条须仍在，末尾条目被删也能发现",
    "Compare with this centre's copy (default: the centre this desk is connected to; the password as for sync)":
        "与该中心的副本比对（默认：本工位已连接的中心；密码同同步）",
    "Check this desk only, not against the centre": "只核对本工位，不与中心比对",
    "Audit entries, oldest first": "审计条目，从早到晚",
    "From this time on (ISO 8601; naive = centre time)": "自此时间起（ISO 8601；不带时区即中心时间）",
    "Only entries of this person": "只看此人的条目",
    "E.g. sign_in_failed, personal_data_viewed, printed, exported": "如 sign_in_failed、personal_data_viewed、printed、exported",
    "At most this many entries": "最多列出的条数",
    "A team lead or admin (the log names who looked at whom)": "组长或管理员（日志会记下谁查看了谁）",
    # workstation/cli/db_cmd.py
    "Schema {before} → {after}": "数据库结构 {before} → {after}",
    "(empty)": "（空）",
    "Rebuilt {count} leads from their events": "已根据事件重建 {count} 条线索",
    "Demo data: {officers} officers (password {password}), {leads} leads": "演示数据：{officers} 名民警（密码 {password}），{leads} 条线索",
    "Apply every migration": "执行全部数据库迁移",
    "Recompute every lead's state from its events": "根据事件重新计算每条线索的状态",
    "How many leads (default: %(default)s)": "线索条数（默认：%(default)s）",
    "The random seed (the same seed, the same data)": "随机种子（种子相同，数据相同）",
    # workstation/cli/scripts_cmd.py, services/scripts.py
    "Script {scam_type} saved as version {version}": "话术 {scam_type} 已保存为版本 {version}",
    "Script {scam_type} has no usable version": "话术 {scam_type} 无可用版本",
    "{valid} of {files} script files are valid": "{files} 个话术文件中 {valid} 个有效",
    "Version": "版本", "Origin": "来源", "Added by": "添加人", "Added at": "添加时间", "SHA-256": "SHA-256 校验值",
    "Validate script files (no database needed)": "校验话术文件（无需数据库）",
    "Files or directories (default: resources/scripts)": "文件或目录（默认：resources/scripts）",
    "Store a script file as the new version of its scam type (team lead)": "将话术文件保存为该诈骗类型的新版本（组长）",
    "The script file (TOML)": "话术文件（TOML）",
    "Who imports it (a team lead or an admin)": "导入人（组长或管理员）",
    "Every version of one scam type's script, newest first": "某诈骗类型话术的全部版本，从新到旧",
    "The scam type, one of: {types}": "诈骗类型，可选：{types}",
    "Print a script's TOML text (default: the version in use)": "输出话术的 TOML 文本（默认：当前使用的版本）",
    "An older version, e.g. the one a call record names": "较早的版本，如通话记录所注明的版本",
    "Script {scam_type} has no version {number}": "话术 {scam_type} 没有版本 {number}",
    "Someone else just saved a new version of script {scam_type}: reopen it and edit again":
        "话术 {scam_type} 刚有人保存了新版本，请重新打开后再改",
    # workstation/cli/sync_cmd.py
    "Password for {url}: ": "{url} 的密码：",
    "Note: a password in the URL is visible in the process list and the shell history; prefer --password-stdin or the keyring":
        "注意：地址中的密码在进程列表和命令历史中他人可见，请改用 --password-stdin 或钥匙串",
    "Connected to the centre: {url}, schema {revision}": "已连接中心：{url}，数据库结构 {revision}",
    "The centre's schema was upgraded": "中心数据库结构已升级",
    "The keyring is unavailable: the password was not stored; use ~/.pgpass or PGPASSWORD next time":
        "钥匙串不可用，密码未保存；下次请用 ~/.pgpass 或 PGPASSWORD",
    "never": "从未",
    "not connected": "未连接",
    "Centre: {value}": "中心：{value}",
    "Last sync: {value}": "上次同步：{value}",
    "Waiting to go up: {value}": "待上传：{value}",
    "Refused by the centre (dead letters): {value}": "中心拒收（无法上传）：{value}",
    "Pulled but set aside: {value}": "已拉取但未能应用：{value}",
    "Pushed {pushed} (new {new}, refused {refused}), pulled {pulled}, expired leases {expired}":
        "上传 {pushed} 条（新 {new} 条，被拒 {refused} 条），拉取 {pulled} 条，领取超时 {expired} 条",
    "Postgresql://user@host[:port]/db[?sslmode=…&sslcert=…&sslkey=…&sslrootcert=…] or postgresql:///?service=NAME; a password goes to the OS keyring, never to a file (~/.pgpass, PGPASSWORD and client certificates work as for psql)":
        "postgresql://用户@主机[:端口]/库[?sslmode=…&sslcert=…&sslkey=…&sslrootcert=…] 或 postgresql:///?service=名称；"
        "密码存入系统钥匙串，绝不写入文件（~/.pgpass、PGPASSWORD 和客户端证书与 psql 用法相同）",
    "Bring the centre's schema up to date if needed": "必要时升级中心的数据库结构",
    "Read the password from standard input": "从标准输入读取密码",
    "One round of sync, then stop": "同步一轮后停止",
    "Status: show the state of sync": "status：显示同步状态",
    "Sync as this officer (their events go up; default: the `workstation login` session, else the centre URL's own credentials)":
        "以该民警身份同步（上传其事件；默认：`workstation login` 的会话，否则用中心地址自身的凭据）",
    # workstation/security/audit.py, audit_centre.py, cipher.py
    "Entry {seq} differs from the hash written down": "第 {seq} 条与记下的哈希不符",
    "Entry {seq} is gone: the end of the log was cut off": "第 {seq} 条已不存在：日志末尾被删除",
    "Entries {first}–{last} were removed": "第 {first}–{last} 条缺失",
    "Entry {seq}: the hash of the entry before it does not match: earlier entries were replaced":
        "第 {seq} 条的前一哈希不符：之前的条目被替换",
    "Entry {seq} was changed: its hash does not match": "第 {seq} 条内容被修改：哈希不符",
    "Trigger {trigger} on {table} is missing: {table} can be changed": "{table} 上的触发器 {trigger} 不存在：{table} 可被改动",
    "Trigger {trigger} on {table} is disabled": "{table} 上的触发器 {trigger} 已停用",
    "Trigger {trigger} on {table} was altered: it may not refuse changes": "{table} 上的触发器 {trigger} 被改动：可能不再拒绝修改",
    "The centre has no ws_audit.centre_audit: its schema is older, or the table was dropped":
        "中心没有审计副本表 ws_audit.centre_audit：其数据库结构较旧，或该表被删除",
    "This desk has no audit key, but the centre holds {held} entries in {chains} chain(s) under desk {desk}: the key, or the log and the key, were removed":
        "本机没有审计密钥，中心却存有工位 {desk} 名下 {chains} 条链共 {held} 条审计记录：密钥或日志被删除",
    "This desk's audit log is empty, but the centre holds entries for it: the log was deleted": "本机审计日志为空，中心存有记录：日志被删除",
    "The log ends at entry {last}, but the centre holds entry {seq} and later: the log was cut short":
        "本机日志止于第 {last} 条，中心存有第 {seq} 条及其后的条目：日志末尾被删除",
    "Entry {seq} is on the centre but not here: it was removed": "第 {seq} 条在中心副本中有、本机却没有：条目被删除",
    "Entry {seq} differs from the centre's copy: it was changed here after it was sent": "第 {seq} 条与中心副本不符：送出后被改写",
    "The OS keyring cannot be read: {error}": "无法读取系统密钥环：{error}",
    "The keyring holds no key for the database {name}": "密钥环中没有数据库 {name} 的密钥",
    "The SQLCipher driver is not installed (install the 'sqlcipher3' package)": "未安装 SQLCipher 驱动（请安装 sqlcipher3 软件包）",
    # workstation/bootstrap.py
    "The database schema is at {current}; {head} is needed: run `workstation db upgrade`":
        "数据库结构版本为 {current}，需要 {head}；请运行 `workstation db upgrade`",
    # workstation/sync/*
    "Wrong user name or password": "用户名或密码错误",
    "The centre cannot be reached; working offline ({reason})": "无法连接中心服务器，离线工作（{reason}）",
    "{officer} has not signed in to the centre at this desk": "{officer} 尚未在本机登录中心",
    "The centre's database schema {server} differs from this desk's {desk}: sync is paused until the older side is upgraded":
        "中心数据库结构版本 {server} 与本机 {desk} 不一致，暂停同步；请升级较旧的一方",
    "This desk's clock differs from the centre's by {seconds} s: sync is paused; set the clock right":
        "本机时钟与中心服务器相差 {seconds} 秒，暂停同步；请校准时间",
    "The centre's database schema is {current}; {head} is needed. Upgrade it now?": "中心数据库结构为 {current}，需要 {head}，现在升级吗？",
    "{question} Use --migrate, or ask an administrator to run `workstation db upgrade`.":
        "{question}请使用 --migrate，或请管理员运行 `workstation db upgrade`。",
    "This desk is not connected to a centre: run `workstation connect URL`": "本机尚未连接中心，请运行 `workstation connect 地址`",
    "Give the password once to `workstation connect` for the OS keyring, or use ~/.pgpass / PGPASSFILE, PGPASSWORD, a service file (PGSERVICEFILE), or a client certificate: ?sslmode=verify-full&sslcert=…&sslkey=…&sslrootcert=…":
        "可选：向 `workstation connect` 提供一次密码存入系统钥匙串，或使用 ~/.pgpass / PGPASSFILE、PGPASSWORD、"
        "服务文件（PGSERVICEFILE）、客户端证书：?sslmode=verify-full&sslcert=…&sslkey=…&sslrootcert=…",
    "The centre wants a password, or the password is wrong ({reason}) — {url}. {options}":
        "中心服务器需要密码，或密码不对（{reason}）— {url}。{options}",
    "The centre or libpq refused the connection ({reason}) — {url}. {options}": "中心服务器拒绝了连接（{reason}）— {url}。{options}",
    "Cannot connect to the centre ({reason})": "无法连接中心服务器（{reason}）",
    "{by} reassigned the lead to {to}": "线索已由 {by} 改派给 {to}",
    "The team lead reassigned the lead to {to}": "线索已由组长改派给 {to}",
    "Your claim on the lead expired; it went back to the queue": "线索领取已超时，已退回队列",
    "{text}; your call record is kept": "{text}；您的通话记录已保存",
    "Cannot read the centre's URL: expected postgresql://user@host[:port]/db or postgresql:///?service=NAME":
        "无法识别中心服务器地址：应为 postgresql://用户@主机[:端口]/库 或 postgresql:///?service=名称",
    "The centre's URL must start with postgresql://": "中心服务器地址须以 postgresql:// 开头",
    "Offline: only the leads you already hold are offered ({count})": "离线：只能处置您已领取的线索（{count} 条）",
    "Offline, and you hold no lead": "离线，您名下没有已领取的线索",
    "No lead is waiting in the queue": "队列中没有待处置的线索",
    "Lead {ref} is not yours": "线索 {ref} 不在您名下",
    "Sync error: {error}": "同步出错：{error}",
}
