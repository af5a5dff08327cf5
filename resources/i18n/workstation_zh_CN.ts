<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="98" />
        <source>Warning-call workstation</source>
        <translation>预警劝阻工作台</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="104" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <location filename="../../ui/review/board.py" line="63" />
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="63" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="63" />
        <source>District</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="63" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="63" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="64" />
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="65" />
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="66" />
        <source>Held for</source>
        <translation>已持有</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="67" />
        <source>Attempts</source>
        <translation>拨打次数</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="72" />
        <source>Reassign to</source>
        <translation>改派给</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="78" />
        <source>Queue against the clock</source>
        <translation>队列与时限</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="79" />
        <source>Who holds which lead</source>
        <translation>线索持有情况</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="80" />
        <source>Unreachable, waiting for escalation</source>
        <translation>联系不上，待移交</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="131" />
        <source>Open {0} · overdue {1} · due within {2} min {3} · held {4} · unreachable {5}</source>
        <translation>待处置 {0} · 超时 {1} · {2} 分钟内到期 {3} · 处置中 {4} · 联系不上 {5}</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="138" />
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="147" />
        <source>overdue {0} min</source>
        <translation>超时 {0} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="148" />
        <source>in {0} min</source>
        <translation>{0} 分钟后</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/sync_status.py" line="74" />
        <source>连接中心服务器</source>
        <translation>连接中心服务器</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="79" />
        <source>需要时升级中心数据库结构</source>
        <translation>需要时升级中心数据库结构</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="85" />
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="86" />
        <source>密码</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../ui/widgets.py" line="108" />
        <source>Due in {0}</source>
        <translation>剩余 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="111" />
        <source>Overdue by {0}</source>
        <translation>已超时 {0}</translation>
    </message>
</context>
<context>
    <name>FiguresWidget</name>
    <message>
        <location filename="../../ui/review/figures.py" line="52" />
        <source>Weekly report (PDF + XLSX)…</source>
        <translation>周报（PDF + XLSX）…</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="60" />
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="85" />
        <source>Received {0} · handled {1} · calls {2} · reached {3} · persuaded {4} · protected ¥{5} · stop-payments {6} (¥{7}) · warning → first call: median {8} min, p90 {9} min</source>
        <translation>接收 {0} · 处置 {1} · 通话 {2} · 接通 {3} · 劝阻成功 {4} · 挽损 ¥{5} · 紧急止付 {6}（¥{7}）· 预警到首次拨打：中位 {8} 分钟，p90 {9} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="90" />
        <source>Per scam type</source>
        <translation>按诈骗类型</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="91" />
        <location filename="../../ui/review/figures.py" line="99" />
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="91" />
        <location filename="../../ui/review/figures.py" line="95" />
        <location filename="../../ui/review/figures.py" line="100" />
        <source>Handled</source>
        <translation>已处置</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="92" />
        <location filename="../../ui/review/figures.py" line="96" />
        <location filename="../../ui/review/figures.py" line="101" />
        <source>Persuaded</source>
        <translation>劝阻成功</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="94" />
        <source>Per officer</source>
        <translation>按民警</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="98" />
        <source>Week over week</source>
        <translation>周环比</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="106" />
        <source>Save the weekly report in</source>
        <translation>周报保存到</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/intake_dialog.py" line="136" />
        <source>Import leads</source>
        <translation>导入线索</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="146" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="148" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="166" />
        <source>Import the valid rows and skip invalid ones</source>
        <translation>导入有效行，跳过无效行</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="174" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="174" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="174" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="174" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="179" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="182" />
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="185" />
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="188" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="210" />
        <source>Choose lead files</source>
        <translation>选择线索文件</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="238" />
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="265" />
        <source>Format: {0}. Columns: {1}</source>
        <translation>格式：{0}。列：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="267" />
        <source>Missing required columns: {0}</source>
        <translation>缺少必需的列：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="285" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="295" />
        <source>Cancelling… nothing of the current file will be kept</source>
        <translation>正在取消…当前文件不会保留任何内容</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="304" />
        <source>File {0} of {1}: {2} rows read</source>
        <translation>第 {0}/{1} 个文件：已读取 {2} 行</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="316" />
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="331" />
        <source>Import failed, nothing of the current file was kept: {0}</source>
        <translation>导入失败，当前文件未保留任何内容：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="342" />
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
</context>
<context>
    <name>LeadInfo</name>
    <message>
        <location filename="../../ui/lead_info.py" line="94" />
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="95" />
        <source>Give the lead back to the queue</source>
        <translation>将线索退回队列</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="119" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="122" />
        <source>Why warned</source>
        <translation>预警原因</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="129" />
        <location filename="../../ui/lead_info.py" line="131" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="129" />
        <location filename="../../ui/lead_info.py" line="131" />
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="129" />
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="129" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="131" />
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="133" />
        <source>Earlier calls</source>
        <translation>历史通话</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="134" />
        <source>History</source>
        <translation>处置记录</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="157" />
        <source>At risk: ¥{0}</source>
        <translation>涉险金额：¥{0}</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="169" />
        <source>Earlier calls ({0})</source>
        <translation>历史通话（{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="170" />
        <source>History ({0})</source>
        <translation>处置记录（{0}）</translation>
    </message>
</context>
<context>
    <name>LeadPanel</name>
    <message>
        <location filename="../../ui/lead_panel.py" line="78" />
        <source>No lead on hand. Take the next one (F5).</source>
        <translation>当前没有线索。按 F5 领取下一条。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="38" />
        <source>Warning-call workstation — sign in</source>
        <extracomment>The core accepted the password. The core refused (the message is the core's, shown as-is).</extracomment>
        <translation>预警劝阻工作台 — 登录</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="41" />
        <source>Warning-call workstation</source>
        <translation>预警劝阻工作台</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="47" />
        <source>e.g. officer1</source>
        <translation>例如 officer1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="57" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="59" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="62" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="63" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="83" />
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>Warning-call workstation — %1</source>
        <extracomment>A lead was claimed (or reopened) and is now shown in the lead panel.</extracomment>
        <translation>预警劝阻工作台 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140" />
        <source>Next lead</source>
        <translation>下一条</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <source>Claim the most urgent lead nobody holds (F5)</source>
        <translation>领取最紧急的未认领线索（F5）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>My leads</source>
        <translation>我的线索</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>Officer: %1 (%2) · %3</source>
        <translation>民警：%1（%2）· %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Desk: %1</source>
        <translation>席位：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187" />
        <source>Centre time %1</source>
        <translation>中心时间 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242" />
        <source>Lead is held</source>
        <translation>线索已被认领</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243" />
        <source>Lead %1 is being handled by %2.</source>
        <translation>线索 %1 正由 %2 处置。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264" />
        <source>Opened %1 (%2)</source>
        <translation>已打开 %1（%2）</translation>
    </message>
</context>
<context>
    <name>OptionalDateTime</name>
    <message>
        <location filename="../../ui/widgets.py" line="142" />
        <source>Now</source>
        <translation>现在</translation>
    </message>
</context>
<context>
    <name>OutcomeForm</name>
    <message>
        <location filename="../../ui/outcome_form.py" line="90" />
        <source>Unsaved draft restored</source>
        <translation>已恢复未保存的草稿</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="91" />
        <source>Discard draft</source>
        <translation>丢弃草稿</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="97" />
        <source>This lead is not held by you: claim it to record a call.</source>
        <translation>此线索不在您名下：请先领取再记录通话。</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="109" />
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="109" />
        <source>Not deceived</source>
        <translation>未被骗</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="110" />
        <location filename="../../ui/outcome_form.py" line="163" />
        <source>Deceived</source>
        <translation>已被骗</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="113" />
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="113" />
        <source>SMS (12381)</source>
        <translation>短信（12381）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="114" />
        <source>Robot call</source>
        <translation>机器人外呼</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="118" />
        <source>Start call</source>
        <translation>开始通话</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="119" />
        <source>Records the call start now (Ctrl+Shift+S)</source>
        <translation>记录通话开始时间（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="125" />
        <source>Left empty, the call ends when the outcome is saved</source>
        <translation>留空则以保存结果的时间为通话结束时间</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="135" />
        <source>Police station that will visit</source>
        <translation>负责上门的派出所</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="140" />
        <source>What the person said, what you advised …</source>
        <translation>对方所述、劝阻内容…</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="155" />
        <source>Amount lost</source>
        <translation>受骗金额</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="159" />
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="161" />
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="162" />
        <source>Who answered</source>
        <translation>接听人</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="164" />
        <source>Call start</source>
        <translation>通话开始</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="165" />
        <source>Call end</source>
        <translation>通话结束</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="166" />
        <source>Amount protected</source>
        <translation>劝阻金额</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="167" />
        <source>Callback at</source>
        <translation>回拨时间</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="168" />
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="170" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="171" />
        <source>Checkpoints</source>
        <translation>要点</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="184" />
        <source>Save outcome (Ctrl+Enter)</source>
        <translation>保存处置结果（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="240" />
        <source>{0} of {1} ticked in the script</source>
        <translation>话术中已勾选 {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="241" />
        <source>none (tick them in the script)</source>
        <translation>无（请在话术中勾选）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="300" />
        <location filename="../../ui/outcome_form.py" line="312" />
        <source>'{0}' is not an amount: type yuan like 1234.50</source>
        <translation>“{0}”不是金额：请按元填写，如 1234.50</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="325" />
        <source>Choose an outcome (Alt+1 … Alt+9)</source>
        <translation>选择处置结果（Alt+1 … Alt+9）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="389" />
        <source>Nothing was saved. Please correct:</source>
        <translation>未保存。请更正：</translation>
    </message>
</context>
<context>
    <name>PanelPlaceholder</name>
    <message>
        <location filename="../../ui/main_window.py" line="44" />
        <location filename="../../ui/main_window.py" line="59" />
        <source>Press F5 or “Next lead” to take the most urgent lead.</source>
        <translation>按 F5 或“下一条”领取最紧急的线索。</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/printing.py" line="75" />
        <source>Print preview</source>
        <extracomment>The document went to a printer: (printer name, copies). The document was saved: (file path).</extracomment>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="89" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="90" />
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="106" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="127" />
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="128" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="163" />
        <source>The printer could not be opened</source>
        <translation>无法打开打印机</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/queue_model.py" line="64" />
        <source>%1d %2h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="71" />
        <source>overdue %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="109" />
        <source>Ref</source>
        <extracomment>A reload's first page is in the model. More rows were appended by fetchMore. Matching leads for the filter, and open leads overdue.</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="109" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="109" />
        <source>Scam type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="109" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="110" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="110" />
        <source>District</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="110" />
        <source>Amount at risk</source>
        <translation>涉险金额</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="110" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="111" />
        <source>Owner</source>
        <translation>处置人</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="111" />
        <source>Due in</source>
        <translation>剩余时限</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="260" />
        <source>Click to sort</source>
        <translation>点击排序</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="339" />
        <source>Due at %1</source>
        <translation>时限 %1</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../ui/queue_view.py" line="83" />
        <source>Open</source>
        <extracomment>The officer double-clicked (or pressed Enter on) a lead.</extracomment>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="86" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="88" />
        <source>All scam types</source>
        <translation>全部诈骗类型</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="92" />
        <source>All districts</source>
        <translation>全部辖区</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="93" />
        <source>My leads</source>
        <translation>我的线索</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="95" />
        <source>Show only the leads I hold</source>
        <translation>只显示我名下的线索</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="97" />
        <source>Search phone, name or ref (Ctrl+F)</source>
        <translation>搜索电话、姓名或编号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="243" />
        <source>%1 leads, %2 overdue</source>
        <translation>共 %1 条线索，超时 %2 条</translation>
    </message>
</context>
<context>
    <name>ReviewWidget</name>
    <message>
        <location filename="../../ui/review/outcomes.py" line="59" />
        <source>officer user name</source>
        <translation>民警用户名</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="61" />
        <source>district</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="63" />
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="67" />
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="70" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="73" />
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="73" />
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="73" />
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="73" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="74" />
        <source>District</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="74" />
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="74" />
        <source>Protected</source>
        <translation>劝阻金额</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="74" />
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="89" />
        <source>Comment for the officer</source>
        <translation>给民警的意见</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="90" />
        <source>Save verdict</source>
        <translation>保存复核结论</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="101" />
        <source>Verdict</source>
        <translation>复核结论</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="102" />
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="154" />
        <source>Checkpoints: {0}</source>
        <translation>要点：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="156" />
        <source>Review: {0} — {1}</source>
        <translation>复核：{0} — {1}</translation>
    </message>
</context>
<context>
    <name>ScriptEditorDialog</name>
    <message>
        <location filename="../../ui/script_editor.py" line="93" />
        <source>Edit call script: {0}</source>
        <translation>编辑话术：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="109" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="115" />
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="120" />
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="130" />
        <source>Validate</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="132" />
        <source>Save as new version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="134" />
        <source>Import file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="136" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="161" />
        <source>There is no usable script of this type yet: paste or import one.</source>
        <translation>此类型尚无可用话术：请粘贴或导入。</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="168" />
        <source> (in use)</source>
        <translation>（使用中）</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="184" />
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="189" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="195" />
        <source>Import a script file</source>
        <translation>导入话术文件</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="196" />
        <source>Call scripts (*.toml)</source>
        <translation>话术文件 (*.toml)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="202" />
        <source>Importing {0}…</source>
        <translation>正在导入 {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="208" />
        <source>Saved as version {0}.</source>
        <translation>已保存为第 {0} 版。</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="216" />
        <source>Not saved: {0} problem(s).</source>
        <translation>未保存：{0} 个问题。</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="245" />
        <source>{0} problem(s) found.</source>
        <translation>发现 {0} 个问题。</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../ui/script_panel.py" line="82" />
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="115" />
        <source>What the person says</source>
        <translation>对方说法</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="119" />
        <source>◀ Back (Ctrl+Left)</source>
        <translation>◀ 上一步（Ctrl+Left）</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="120" />
        <source>Next (Ctrl+Right) ▶</source>
        <translation>下一步（Ctrl+Right）▶</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="127" />
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="143" />
        <source>Objections</source>
        <translation>常见说法应对</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="145" />
        <source>Warning signs</source>
        <translation>诈骗特征</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="147" />
        <source>Checkpoints (tick during the call)</source>
        <translation>要点（通话中勾选）</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="207" />
        <source>The call script for {0} could not be loaded:</source>
        <translation>无法加载“{0}”的话术：</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="209" />
        <source>There is no call script for {0}.</source>
        <translation>没有“{0}”的话术。</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="210" />
        <source>Search other scripts above, or follow the general advice.</source>
        <translation>可在上方搜索其他话术，或按通用劝阻要点处置。</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="231" />
        <source>Required for this scam type</source>
        <translation>此诈骗类型必需</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="339" />
        <source>Go to step: {0}</source>
        <translation>转到步骤：{0}</translation>
    </message>
</context>
<context>
    <name>ScriptSearch</name>
    <message>
        <location filename="../../ui/script_search.py" line="32" />
        <source>Search all scripts: safe account, refund, loan … (Ctrl+K)</source>
        <translation>搜索全部话术：安全账户、退款、贷款…（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../ui/script_search.py" line="76" />
        <source>No script mentions this.</source>
        <translation>没有话术提到此内容。</translation>
    </message>
</context>
<context>
    <name>ScriptViewDialog</name>
    <message>
        <location filename="../../ui/script_editor.py" line="52" />
        <source>{0} · version {1} (read-only)</source>
        <translation>{0} · 第 {1} 版（只读）</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="60" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync_status.py" line="55" />
        <source>单机 (standalone)</source>
        <translation>单机 (standalone)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="57" />
        <source>在线</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="59" />
        <source>离线</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="61" />
        <source>从未</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="62" />
        <source>上次同步 %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="63" />
        <source>待上传 %1</source>
        <translation>待上传 %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="65" />
        <source>无法上传 %1</source>
        <translation>无法上传 %1</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/tasks.py" line="183" />
        <source>Unexpected error: {0}</source>
        <extracomment>A job raised and nobody handled it with on_error (after it was shown); for logging and tests. The number of jobs in flight went from 0 to &gt;0 (True) or back to 0 (False). When False, unhandled errors are only logged and signalled (tests), not shown in a dialog.</extracomment>
        <translation>意外错误：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="191" />
        <source>Operation failed</source>
        <translation>操作失败</translation>
    </message>
</context>
<context>
    <name>TeamLeadTabs</name>
    <message>
        <location filename="../../ui/review/tabs.py" line="22" />
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../ui/review/tabs.py" line="23" />
        <source>Outcome review</source>
        <translation>处置复核</translation>
    </message>
    <message>
        <location filename="../../ui/review/tabs.py" line="24" />
        <source>Figures</source>
        <translation>统计</translation>
    </message>
</context>
<context>
    <name>ThanksBatchDialog</name>
    <message>
        <location filename="../../ui/printing.py" line="265" />
        <source>Print thank-you letters</source>
        <extracomment>The batch PDF is ready and its preview is open.</extracomment>
        <translation>打印感谢信</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="274" />
        <source>Prepare letters…</source>
        <translation>生成感谢信…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="277" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="278" />
        <source>To (inclusive)</source>
        <translation>到（含）</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="299" />
        <source>Laying out {0} letters…</source>
        <translation>正在排版 {0} 封感谢信…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="300" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/sync_status.py" line="103" />
        <source>中心服务器密码</source>
        <translation>中心服务器密码</translation>
    </message>
</context>
</TS>