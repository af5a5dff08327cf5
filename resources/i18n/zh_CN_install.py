"""Chinese for a desk's installation and first run: the setup dialog, the settings, the error report, About and
the commands `setup`, `settings` and `--version`, by English source. Merged by resources/i18n/zh_CN_glossary.py
(`./run i18n`)."""

from __future__ import annotations

ZH_MESSAGES: dict[str, str] = {
    # workstation/services/setup.py
    "This desk is set up already: it has accounts. An admin adds officers (workstation officers add)":
        "本工位已完成设置：已有账号。由管理员添加民警（workstation officers add）",
    "A standalone desk needs its first admin: a user name, a name and a password":
        "单机工位需要首位管理员：用户名、姓名和密码",
    "Unknown time zone '{zone}' (e.g. Asia/Shanghai)": "未知时区“{zone}”（例如 Asia/Shanghai）",
    "Unknown time zone '{zone}': did you mean {near}?": "未知时区“{zone}”：是否要输入 {near}？",
    "This desk is not set up yet: an admin runs `workstation setup` first (or `workstation demo` for a demo desk)":
        "本工位尚未设置：请管理员先运行 `workstation setup`（演示工位运行 `workstation demo`）",
    "A desk connected to a centre takes its officers from the centre: its first admin is made there, not on the desk":
        "连接中心的工位使用中心的民警账号：首位管理员在中心创建，不在工位上创建",
    "The two passwords differ": "两次输入的密码不一致",
    # workstation/services/desk_settings.py
    "{name}: '{value}' is not a whole number": "{name}：“{value}”不是整数",
    "{name}: between {low} and {high}": "{name}：应在 {low} 到 {high} 之间",
    "No setting '{name}' (settings: {names})": "没有设置项“{name}”（可设置：{names}）",
    "language: one of {choices}, or empty for the default": "language：取 {choices} 之一，留空为默认",
    "printer: a printer's name of at most {limit} characters, or empty for the system's default":
        "printer：打印机名称，最多 {limit} 个字符；留空为系统默认打印机",
    # workstation/cli/setup_cmd.py
    "Set up: {unit} ({zone}); first admin {username}. Sign in with `workstation login --officer {username}`":
        "设置完成：{unit}（{zone}）；首位管理员 {username}。用 `workstation login --officer {username}` 登录",
    "Set up: {unit} ({zone}); officers sign in with their centre accounts": "设置完成：{unit}（{zone}）；民警用中心账号登录",
    "Password for {username}": "{username} 的密码",
    "Again": "再输入一次",
    "The admin's password: the first line of --password-stdin, or typed twice at a terminal":
        "管理员密码：--password-stdin 的第一行，或在终端输入两次",
    "'{text}' is not NAME=VALUE": "“{text}”不是 名称=值 的形式",
    "Nothing changed": "没有变化",
    "Now {name} = {value}": "现在 {name} = {value}",
    "Setting": "设置项",
    "Value": "值",
    "The unit's full name, as printed on the forms": "单位全称（印在表格上）",
    "The centre's time zone (default Asia/Shanghai)": "中心所在时区（默认 Asia/Shanghai）",
    "The first admin's user name (standalone desks)": "首位管理员的用户名（单机工位）",
    "The first admin's display name": "首位管理员的姓名",
    "The first admin's badge number": "首位管理员的警号",
    "Read the admin's password from the first line of standard input": "从标准输入的第一行读取管理员密码",
    "What a centre tunes on this desk, and the values now": "中心可调整的本工位设置及当前值",
    "Change settings (an admin): NAME=VALUE …": "修改设置（管理员）：名称=值 ……",
    "Set a new desk up: the unit's name, time zone and first admin": "设置新工位：单位名称、时区和首位管理员",
    "What a centre tunes on this desk (language, idle lock, retries, de-duplication, printer)":
        "中心可调整的本工位设置（语言、闲置锁屏、重拨、去重、打印机）",
    # workstation/demo.py
    "This desk is set up for real use: the demo set (accounts with a published password) goes on a desk of its own, e.g. --data-dir /tmp/demo-desk":
        "本工位已设置为正式使用：演示数据（账号密码是公开的）请放在单独的工位上，例如 --data-dir /tmp/demo-desk",
    # workstation/cli/main.py
    "Print the version and build, then stop": "显示版本和构建号后退出",
}

ZH: dict[str, str] = {
    # ui/setup_dialog.py
    "Set up this desk": "设置本工位",
    "This desk has not been set up. Say how it works, whose forms it prints and who its first administrator is. "
    "(To try the desk with sample data instead, start it with --demo.)":
        "本工位尚未设置。请说明工作方式、表格上印的单位以及首位管理员。（如只想用示例数据试用，请以 --demo 启动。）",
    "How this desk works": "工作方式",
    "Standalone: this desk keeps its own accounts and leads": "单机：本工位自己保存账号和线索",
    "With a centre: officers and leads come from the centre's server": "连接中心：民警账号和线索来自中心服务器",
    "empty: the keyring, .pgpass or a client certificate": "留空：使用密钥环、.pgpass 或客户端证书",
    "Centre's address": "中心地址",
    "Your unit": "本单位",
    "e.g. 某市公安局反电信网络诈骗中心": "例如：某市公安局反电信网络诈骗中心",
    "Unit's full name (printed on forms)": "单位全称（印在表格上）",
    "Time zone": "时区",
    "First administrator": "首位管理员",
    "Name": "姓名",
    "Badge number": "警号",
    "Password (8 characters or more)": "密码（至少 8 个字符）",
    "Password again": "再次输入密码",
    "Set up": "完成设置",
    "Enter the centre's address.": "请输入中心地址。",
    # ui/settings_dialog.py
    "Settings": "设置",
    "Default (Chinese)": "默认（中文）",
    " min": " 分钟",
    " h": " 小时",
    "off": "关闭",
    "The system's default printer": "系统默认打印机",
    "{0} (not found on this machine)": "{0}（本机上找不到）",
    "This desk": "本工位",
    "Language (from the next start)": "界面语言（下次启动生效）",
    "Lock the screen after no input for": "无操作多久后锁屏",
    "Printer for forms": "打印表格用的打印机",
    "Calls and leads": "呼叫与线索",
    "Try again after no answer or a refusal": "无人接听或拒接后重拨间隔",
    "Try again after a busy line": "占线后重拨间隔",
    "Attempts before the lead goes to the station": "转派出所前的呼叫次数",
    "A repeat warning joins the open lead within": "多长时间内的重复预警并入未办结线索",
    "Centre": "中心",
    "Connected to {0}": "已连接 {0}",
    "Standalone: not connected to a centre": "单机：未连接中心",
    "Connect to centre…": "连接中心…",
    "Save": "保存",
    # ui/desk_menus.py
    "Settings…": "设置…",
    "About": "关于",
    "Settings saved.": "设置已保存。",
    "Nothing changed.": "没有变化。",
    "The language changes at the next start.": "界面语言在下次启动时切换。",
    "Version {0}, build {1}": "版本 {0}，构建 {1}",
    "Data directory: {0}": "数据目录：{0}",
    # ui/main_window.py, ui/login.py
    "DEMO MODE (sample data, demo accounts)": "演示模式（示例数据、演示账号）",
    "DEMO MODE": "演示模式",
    # ui/crash.py
    "Unexpected error": "意外错误",
    "Something went wrong that the desk did not expect: {0}.": "工作台遇到了意外错误：{0}。",
    "Check that your last change was saved. If it happens again, send the details below to your IT staff "
    "(they hold no personal data).": "请检查刚才的操作是否已保存。如果再次发生，请把下面的详细信息发给技术人员（其中不含个人信息）。",
    "The log file: {0}": "日志文件：{0}",
    "Copy details": "复制详细信息",
    "Copied": "已复制",
    "Close": "关闭",
}
