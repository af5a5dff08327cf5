<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddOfficerDialog</name>
    <message>
        <location filename="../../ui/officer_form.py" line="43" />
        <source>Add officer</source>
        <extracomment>The officer was created (their user name).</extracomment>
        <translation>新增民警</translation>
    </message>
    <message>
        <location filename="../../ui/officer_form.py" line="46" />
        <source>e.g. zhangsan (used to sign in)</source>
        <translation>例如 zhangsan（登录用）</translation>
    </message>
    <message>
        <location filename="../../ui/officer_form.py" line="58" />
        <location filename="../../ui/officer_form.py" line="88" />
        <source>At least {0} characters</source>
        <translation>至少 {0} 位</translation>
    </message>
    <message>
        <location filename="../../ui/officer_form.py" line="62" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/officer_form.py" line="63" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/officer_form.py" line="64" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/officer_form.py" line="65" />
        <source>Badge no.</source>
        <translation>警号</translation>
    </message>
    <message>
        <location filename="../../ui/officer_form.py" line="66" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/officer_form.py" line="67" />
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../ui/officer_form.py" line="75" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/officer_form.py" line="85" />
        <source>1–{0} letters, digits, _ . or -</source>
        <translation>1–{0} 位字母、数字或 _ . -</translation>
    </message>
    <message>
        <location filename="../../ui/officer_form.py" line="86" />
        <source>Enter the name (at most {0} characters)</source>
        <translation>请填写姓名（最多 {0} 字）</translation>
    </message>
    <message>
        <location filename="../../ui/officer_form.py" line="87" />
        <source>At most {0} characters</source>
        <translation>最多 {0} 位</translation>
    </message>
    <message>
        <location filename="../../ui/officer_form.py" line="89" />
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
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
        <location filename="../../ui/review/board.py" line="152" />
        <source>overdue {0} min</source>
        <translation>超时 {0} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="153" />
        <source>in {0} min</source>
        <translation>{0} 分钟后</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/sync_status.py" line="77" />
        <source>Connect to the centre's server</source>
        <translation>连接中心服务器</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="82" />
        <source>Upgrade the centre's database schema if needed</source>
        <translation>需要时升级中心数据库结构</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="88" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="89" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../ui/widgets.py" line="144" />
        <source>Due in {0}</source>
        <translation>剩余 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="147" />
        <source>Overdue by {0}</source>
        <translation>已超时 {0}</translation>
    </message>
</context>
<context>
    <name>DeskMenus</name>
    <message>
        <location filename="../../ui/desk_menus.py" line="65" />
        <source>&amp;File</source>
        <extracomment>A dialog was opened from a menu (the dialog).</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="67" />
        <source>Import leads…</source>
        <translation>导入线索…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="69" />
        <source>Watch drop folder…</source>
        <translation>监视投递目录…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="75" />
        <source>Print thank-you letters…</source>
        <translation>批量打印感谢信…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="78" />
        <location filename="../../ui/desk_menus.py" line="242" />
        <source>Lock screen</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="81" />
        <source>&amp;Lead</source>
        <translation>线索(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="87" />
        <source>Print work record…</source>
        <translation>打印工作记录单…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="89" />
        <source>Record thank-you recipient…</source>
        <translation>记录感谢对象…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="91" />
        <source>Record thanks received…</source>
        <translation>记录收到的感谢…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="94" />
        <source>My reviews…</source>
        <translation>我的复核…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="101" />
        <source>&amp;Team lead</source>
        <translation>组长(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="103" />
        <location filename="../../ui/desk_menus.py" line="247" />
        <source>Board and review</source>
        <translation>组长看板</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="105" />
        <location filename="../../ui/desk_menus.py" line="247" />
        <source>Lead desk</source>
        <translation>线索处置</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="107" />
        <source>Manage call scripts…</source>
        <translation>话术管理…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="113" />
        <source>&amp;Admin</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="115" />
        <source>Officers…</source>
        <translation>民警管理…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="118" />
        <source>&amp;Centre</source>
        <translation>中心(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="120" />
        <source>Connect to centre…</source>
        <translation>连接中心…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="122" />
        <source>Check notices</source>
        <translation>查看通知</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="124" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="126" />
        <location filename="../../ui/desk_menus.py" line="249" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="147" />
        <source>Stopped watching the drop folder</source>
        <translation>已停止监视投递目录</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="156" />
        <source>Watching %1 for lead files</source>
        <translation>正在监视 %1 中的线索文件</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="160" />
        <source>Drop folder to watch</source>
        <translation>选择要监视的投递目录</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="175" />
        <source>Open a lead first</source>
        <translation>请先打开一条线索</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="202" />
        <source>Manage call scripts</source>
        <translation>话术管理</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="203" />
        <source>Scam type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="240" />
        <source>Next lead</source>
        <translation>下一条</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="240" />
        <source>My leads</source>
        <translation>我的线索</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="240" />
        <source>Search the queue</source>
        <translation>搜索队列</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="241" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="241" />
        <source>Print work record</source>
        <translation>打印工作记录单</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="242" />
        <source>Import leads</source>
        <translation>导入线索</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="243" />
        <source>Save outcome</source>
        <translation>保存处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="243" />
        <source>Choose outcome</source>
        <translation>选择处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="244" />
        <source>Start call</source>
        <translation>开始通话</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="244" />
        <source>Search scripts</source>
        <translation>搜索话术</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="245" />
        <source>Script step</source>
        <translation>话术上一步/下一步</translation>
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
        <location filename="../../ui/intake_dialog.py" line="138" />
        <source>Import leads</source>
        <translation>导入线索</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="148" />
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="150" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="169" />
        <source>Import the valid rows and skip invalid ones</source>
        <translation>导入有效行，跳过无效行</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="177" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="177" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="177" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="177" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="182" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="185" />
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="188" />
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="191" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="213" />
        <source>Choose lead files</source>
        <translation>选择线索文件</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="241" />
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="271" />
        <source>Format: {0}. Columns: {1}</source>
        <translation>格式：{0}。列：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="273" />
        <source>Missing required columns: {0}</source>
        <translation>缺少必需的列：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="291" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="301" />
        <source>Cancelling… nothing of the current file will be kept</source>
        <translation>正在取消…当前文件不会保留任何内容</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="312" />
        <source>File {0} of {1}: {2} rows read, saving them (cannot be cancelled now)…</source>
        <translation>第 {0}/{1} 个文件：已读取 {2} 行，正在写入数据库（此时不能取消）……</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="314" />
        <source>File {0} of {1}: {2} rows read</source>
        <translation>第 {0}/{1} 个文件：已读取 {2} 行</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="328" />
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="343" />
        <source>Import failed, nothing of the current file was kept: {0}</source>
        <translation>导入失败，当前文件未保留任何内容：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="354" />
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
</context>
<context>
    <name>LeadInfo</name>
    <message>
        <location filename="../../ui/lead_info.py" line="54" />
        <source>Fraud call</source>
        <translation>涉诈电话</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="54" />
        <source>Fraud SMS</source>
        <translation>涉诈短信</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="55" />
        <source>Fraud link</source>
        <translation>涉诈网址</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="55" />
        <source>Fraud app</source>
        <translation>涉诈APP</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="56" />
        <source>Flagged account</source>
        <translation>涉诈账户</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="85" />
        <source>Reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="85" />
        <source>Needs follow-up</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="86" />
        <source>Commended</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="112" />
        <source>Release</source>
        <extracomment>Reprint requested for an archived document (its id).</extracomment>
        <translation>释放</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="113" />
        <source>Give the lead back to the queue</source>
        <translation>将线索退回队列</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="116" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="117" />
        <source>Print a form for this lead (Ctrl+P: work record)</source>
        <translation>打印本线索的文书（Ctrl+P：工作记录单）</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="121" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="122" />
        <source>Record facts the printed forms need</source>
        <translation>记录文书所需的信息</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="146" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="149" />
        <source>Why warned</source>
        <translation>预警原因</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="167" />
        <location filename="../../ui/lead_info.py" line="169" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="167" />
        <location filename="../../ui/lead_info.py" line="169" />
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="167" />
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="167" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="169" />
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="175" />
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="175" />
        <source>Form</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="175" />
        <source>Serial no.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="175" />
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="178" />
        <source>Reprint</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="187" />
        <source>Earlier calls</source>
        <translation>历史通话</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="188" />
        <source>History</source>
        <translation>处置记录</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="189" />
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="213" />
        <source>At risk: ¥{0}</source>
        <translation>涉险金额：¥{0}</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="225" />
        <source>Earlier calls ({0})</source>
        <translation>历史通话（{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="226" />
        <source>History ({0})</source>
        <translation>处置记录（{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="235" />
        <source>Documents ({0})</source>
        <translation>文书（{0}）</translation>
    </message>
</context>
<context>
    <name>LeadPanel</name>
    <message>
        <location filename="../../ui/lead_panel.py" line="85" />
        <source>No lead on hand. Take the next one (F5).</source>
        <translation>当前没有线索。按 F5 领取下一条。</translation>
    </message>
    <message>
        <location filename="../../ui/lead_panel.py" line="156" />
        <source>Thank-you recipient…</source>
        <translation>感谢对象…</translation>
    </message>
    <message>
        <location filename="../../ui/lead_panel.py" line="157" />
        <source>Thanks received…</source>
        <translation>收到的感谢…</translation>
    </message>
    <message>
        <location filename="../../ui/lead_panel.py" line="212" />
        <source>The call scripts could not be read: {0}</source>
        <translation>无法读取话术：{0}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock_screen.py" line="90" />
        <source>Locked — the desk was idle</source>
        <extracomment>The policy says the desk has been idle long enough.</extracomment>
        <translation>已锁屏：长时间无操作</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="90" />
        <source>Locked</source>
        <translation>已锁屏</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="91" />
        <source>Sign in to send your work to the centre</source>
        <translation>请登录，以便将工作上传中心</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="95" />
        <source>Signed in: %1 (%2)</source>
        <translation>当前民警：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="100" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="103" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="39" />
        <source>Warning-call workstation — sign in</source>
        <extracomment>The core accepted the password. The core refused (the message is the core's, shown as-is).</extracomment>
        <translation>预警劝阻工作台 — 登录</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="42" />
        <source>Warning-call workstation</source>
        <translation>预警劝阻工作台</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="48" />
        <source>e.g. officer1</source>
        <translation>例如 officer1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="58" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="60" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="63" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="64" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="84" />
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>Warning-call workstation — %1</source>
        <extracomment>A lead was claimed (or reopened) and is now shown in the lead panel.</extracomment>
        <translation>预警劝阻工作台 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151" />
        <source>Lead desk</source>
        <translation>线索处置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153" />
        <source>Team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210" />
        <source>Main</source>
        <extracomment>The window's size where the screen has room; on smaller screens it fills what is there.</extracomment>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <source>Next lead</source>
        <translation>下一条</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217" />
        <source>Claim the most urgent lead nobody holds (F5)</source>
        <translation>领取最紧急的未认领线索（F5）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223" />
        <source>My leads</source>
        <translation>我的线索</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>Officer: %1 (%2) · %3</source>
        <translation>民警：%1（%2）· %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246" />
        <source>Desk: %1</source>
        <translation>席位：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265" />
        <source>Centre time %1</source>
        <translation>中心时间 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301" />
        <source>A call is not saved</source>
        <translation>通话尚未保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>The call on lead %1 is not saved. Take another lead anyway? You keep this one, and what you typed stays as its draft.</source>
        <translation>线索 %1 的通话尚未保存。仍要领取下一条吗？这条线索仍在您名下，已填写的内容保留为草稿。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306" />
        <source>Take the next lead</source>
        <translation>领取下一条</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307" />
        <source>Stay on this call</source>
        <translation>留在本条通话</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349" />
        <source>Lead %1 is kept for the callback %2 arranged: only they can take it until %3.</source>
        <translation>线索 %1 是 %2 约定的回拨：%3 前只有该民警可以领取。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351" />
        <source>Lead is held</source>
        <translation>线索已被认领</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346" />
        <source>Lead %1 is being handled by %2.</source>
        <translation>线索 %1 正由 %2 处置。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373" />
        <source>Opened %1 (%2)</source>
        <translation>已打开 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417" />
        <source>Sign in on the centre</source>
        <translation>登录中心</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="418" />
        <source>You are not signed in on this centre yet. Your work stays on this desk until you do.</source>
        <translation>您尚未在此中心登录。登录之前，您的工作保存在本机，不会丢失。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421" />
        <source>Sign in now</source>
        <translation>现在登录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422" />
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451" />
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../workstation/cli/main.py" line="24" />
        <source>Error: {text}</source>
        <translation>错误：{text}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/main.py" line="25" />
        <source>Database error: {text}</source>
        <translation>数据库错误：{text}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="25" />
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="26" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="27" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="28" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="29" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="30" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="31" />
        <source>District</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="32" />
        <source>At risk</source>
        <translation>涉险金额</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="33" />
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="34" />
        <source>Owner</source>
        <translation>处置人</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="36" />
        <source>{count} leads</source>
        <translation>共 {count} 条线索</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="37" />
        <source>1 lead</source>
        <translation>共 1 条线索</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="38" />
        <source>Released {lead}</source>
        <translation>已释放 {lead}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="39" />
        <source>Saved {ref}: {outcome} → {status}</source>
        <translation>已保存 {ref}：{outcome} → {status}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="40" />
        <source>next call {at}</source>
        <translation>下次拨打 {at}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="41" />
        <source>{officer} (callback)</source>
        <translation>{officer}（约定回拨）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="42" />
        <source>kept for you until {at}</source>
        <translation>{at} 前为您保留</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="43" />
        <source>Warned: {kind} {detail} at {at}, due {due}</source>
        <translation>预警：{kind} {detail}，于 {at}，截止 {due}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="44" />
        <source>id: {id}  owner: {owner}  attempts: {attempts}</source>
        <translation>id：{id}  处置人：{owner}  尝试次数：{attempts}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="45" />
        <source>Call {start}–{end} {officer} {outcome} {notes}</source>
        <translation>通话 {start}–{end} {officer} {outcome} {notes}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="47" />
        <source>Impersonating police/prosecutors/courts</source>
        <translation>冒充公检法</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="48" />
        <source>Click-farming rebates</source>
        <translation>刷单返利</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="49" />
        <source>Fake loans and cards</source>
        <translation>虚假贷款办卡</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="50" />
        <source>Impersonating soldiers</source>
        <translation>冒充军人</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="51" />
        <source>Impersonating a boss or acquaintance</source>
        <translation>冒充领导熟人</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="52" />
        <source>Fake investment</source>
        <translation>虚假投资理财</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="53" />
        <source>Fake customer service / refunds</source>
        <translation>冒充电商物流客服</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="54" />
        <source>Fake credit-record repair</source>
        <translation>虚假征信</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="55" />
        <source>Romance and investment</source>
        <translation>网络婚恋交友</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="56" />
        <source>Fake game-item trading</source>
        <translation>网络游戏虚假交易</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="57" />
        <source>Fake shopping/services</source>
        <translation>虚假购物服务</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="60" />
        <source>red</source>
        <translation>红色</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="61" />
        <source>orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="62" />
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="65" />
        <source>persuaded</source>
        <translation>劝阻成功</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="66" />
        <source>no answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="67" />
        <source>line busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="68" />
        <source>refused / hung up</source>
        <translation>拒接/挂断</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="69" />
        <source>wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="70" />
        <source>not deceived (guarded themselves)</source>
        <translation>未被骗（自主防范）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="71" />
        <source>already transferred: stop-payment</source>
        <translation>已转账，需紧急止付</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="72" />
        <source>callback arranged</source>
        <translation>约定回拨</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="73" />
        <source>handed to the station for a visit</source>
        <translation>移交派出所上门劝阻</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="29" />
        <source>Unknown outcome '{code}' (one of: {allowed})</source>
        <translation>未知的处置结果“{code}”（可选：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="30" />
        <source>The call start is required</source>
        <translation>请填写通话开始时间</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="31" />
        <source>The call end is required</source>
        <translation>请填写通话结束时间</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="32" />
        <source>The call ends before it starts</source>
        <translation>结束时间早于开始时间</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="33" />
        <source>The call end is in the future</source>
        <translation>结束时间在未来</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="34" />
        <source>'{text}' is not an amount: type yuan like 1234.50</source>
        <translation>“{text}”不是金额：请按元填写，如 1234.50</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="35" />
        <source>Not an amount</source>
        <translation>金额无效</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="36" />
        <source>An amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="37" />
        <source>The amount is too large</source>
        <translation>金额超出范围</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="38" />
        <source>Unknown answering party '{party}'</source>
        <translation>未知的接听人“{party}”</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="39" />
        <source>Say who the relative is (wife, son …)</source>
        <translation>接听人为亲友时须填写关系（妻子、儿子……）</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="40" />
        <source>The notes are too long: at most {most} characters</source>
        <translation>备注过长，最多 {most} 字</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="41" />
        <source>The script version must be 1 to {most}</source>
        <translation>话术版本号须在 1 到 {most} 之间</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="42" />
        <source>The relationship is at most {most} characters</source>
        <translation>关系最多 {most} 字</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="43" />
        <source>The script id is at most {most} characters</source>
        <translation>话术编号最多 {most} 字</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="44" />
        <source>Persuaded: say who was reached</source>
        <translation>劝阻成功须注明接听人</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="45" />
        <source>Nobody was reached: no amount can have been protected</source>
        <translation>未接通，不能填写劝阻金额</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="46" />
        <source>Nobody answered this call: choose Nobody under who answered</source>
        <translation>本次无人接听：接听人请选“无人”</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="47" />
        <source>The callback time is required</source>
        <translation>请填写约定回拨时间</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="48" />
        <source>The callback time must be in the future</source>
        <translation>回拨时间须晚于现在</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="49" />
        <source>A callback must be within 90 days</source>
        <translation>回拨时间最多在 90 天之内</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="50" />
        <source>Unknown callback choice '{value}' (me or anyone)</source>
        <translation>未知的回拨人“{value}”（本人或任何民警）</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="51" />
        <source>Name the police station that will visit</source>
        <translation>请填写负责上门的派出所</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="52" />
        <source>Money was transferred: the stop-payment details are required</source>
        <translation>已转账，须填写止付信息</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="53" />
        <source>The victim's account is required</source>
        <translation>请填写受害人账号</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="54" />
        <source>The victim's bank is required</source>
        <translation>请填写受害人开户行</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="55" />
        <source>The receiving account is required</source>
        <translation>请填写涉诈收款账号</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="56" />
        <source>The receiving bank is required</source>
        <translation>请填写涉诈账户开户行</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="57" />
        <source>The amount transferred must be more than zero and in range</source>
        <translation>转账金额须大于零且在合理范围内</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="58" />
        <source>The transfer time is required</source>
        <translation>请填写转账时间</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="59" />
        <source>The transfer time is in the future</source>
        <translation>转账时间在未来</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="60" />
        <source>{attempts} attempts: handed to the local station for a visit</source>
        <translation>已尝试 {attempts} 次，移交属地派出所上门劝阻</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="31" />
        <source>The lead key '{key}' matches more than one lead</source>
        <translation>线索编号“{key}”不唯一</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="32" />
        <source>No lead '{key}'</source>
        <translation>找不到线索“{key}”</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="33" />
        <source>No such officer '{username}'</source>
        <translation>找不到民警“{username}”</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="34" />
        <source>No lead is waiting in the queue</source>
        <translation>队列中没有待处置的线索</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="35" />
        <source>Lead {ref} is being handled by {owner}</source>
        <translation>线索 {ref} 正由 {owner} 处置</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="36" />
        <source>Lead {ref} is {status}: it cannot be claimed</source>
        <translation>线索 {ref} {status}，不能领取</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="37" />
        <source>Lead {ref} is kept for {officer}'s callback until {until}</source>
        <translation>线索 {ref} 为 {officer} 的约定回拨，{until} 前只有该民警可以领取</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="38" />
        <source>Lead {ref} is not yours</source>
        <translation>线索 {ref} 不在您名下</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="39" />
        <source>Unknown user '{officer}': no unmasked view</source>
        <translation>未知用户“{officer}”，不能查看完整个人信息</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="40" />
        <source>Lead {ref} is not yours: only a team lead or an admin may see it unmasked</source>
        <translation>线索 {ref} 不在您名下，查看完整个人信息需要组长或管理员</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="42" />
        <source>waiting</source>
        <translation>待处置</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="43" />
        <source>in hand</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="44" />
        <source>waiting for a callback</source>
        <translation>待回拨</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="45" />
        <source>waiting for a stop-payment</source>
        <translation>待止付</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="46" />
        <source>handed to the local station</source>
        <translation>已移交上门</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="47" />
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../workstation/services/outcomes.py" line="20" />
        <source>Claim lead {ref} before recording a call</source>
        <translation>请先领取线索 {ref} 再记录通话</translation>
    </message>
    <message>
        <location filename="../../workstation/services/outcomes.py" line="21" />
        <source>Lead {ref} is being handled by {owner}: only they can record its call</source>
        <translation>线索 {ref} 正由 {owner} 处置，只有该民警可以记录通话</translation>
    </message>
    <message>
        <location filename="../../workstation/services/outcomes.py" line="22" />
        <source>Lead {ref} is {status}: there is no call to record</source>
        <translation>线索 {ref} {status}，无需再记录通话</translation>
    </message>
</context>
<context>
    <name>MyReviewsDialog</name>
    <message>
        <location filename="../../ui/my_reviews.py" line="32" />
        <source>My reviews</source>
        <translation>我的复核</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="33" />
        <source>Reviewed at</source>
        <translation>复核时间</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="33" />
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="33" />
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="33" />
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="34" />
        <source>Verdict</source>
        <translation>复核结论</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="34" />
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="34" />
        <source>Reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="40" />
        <source>No reviews of your calls yet.</source>
        <translation>您的通话尚无复核。</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../ui/centre_link.py" line="76" />
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>OfficersDialog</name>
    <message>
        <location filename="../../ui/officers_dialog.py" line="63" />
        <source>Officers</source>
        <extracomment>The roster was read and shown (the number of officers). A change went through (the officer's user name). The core refused a change (its message).</extracomment>
        <translation>民警管理</translation>
    </message>
    <message>
        <location filename="../../ui/officers_dialog.py" line="78" />
        <source>Add officer…</source>
        <translation>新增民警…</translation>
    </message>
    <message>
        <location filename="../../ui/officers_dialog.py" line="79" />
        <source>Change role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <location filename="../../ui/officers_dialog.py" line="80" />
        <source>Disable…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../ui/officers_dialog.py" line="81" />
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/officers_dialog.py" line="82" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/officers_dialog.py" line="83" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/officers_dialog.py" line="177" />
        <source>Officer {0} added.</source>
        <translation>已新增民警 {0}。</translation>
    </message>
    <message>
        <location filename="../../ui/officers_dialog.py" line="189" />
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../ui/officers_dialog.py" line="190" />
        <source>Role of {0} ({1})</source>
        <translation>{0}（{1}）的角色</translation>
    </message>
    <message>
        <location filename="../../ui/officers_dialog.py" line="205" />
        <source>Role of {0} changed to {1}.</source>
        <translation>{0} 的角色已改为{1}。</translation>
    </message>
    <message>
        <location filename="../../ui/officers_dialog.py" line="214" />
        <source>Disable {0} ({1})? They will no longer be able to sign in.</source>
        <translation>停用 {0}（{1}）？停用后该民警将无法登录。</translation>
    </message>
    <message>
        <location filename="../../ui/officers_dialog.py" line="217" />
        <source>This is your own account.</source>
        <translation>这是您本人的账户。</translation>
    </message>
    <message>
        <location filename="../../ui/officers_dialog.py" line="218" />
        <source>Disable officer</source>
        <translation>停用民警</translation>
    </message>
    <message>
        <location filename="../../ui/officers_dialog.py" line="221" />
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/officers_dialog.py" line="231" />
        <source>{0} is disabled.</source>
        <translation>已停用 {0}。</translation>
    </message>
    <message>
        <location filename="../../ui/officers_dialog.py" line="238" />
        <source>{0} may sign in again.</source>
        <translation>已启用 {0}，可以重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/officers_dialog.py" line="245" />
        <source>{0} is unlocked.</source>
        <translation>已解锁 {0}。</translation>
    </message>
</context>
<context>
    <name>OfficersModel</name>
    <message>
        <location filename="../../ui/officers_model.py" line="31" />
        <source>User name</source>
        <extracomment>The officer's row (a RosterRow) for any cell.</extracomment>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/officers_model.py" line="31" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/officers_model.py" line="32" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/officers_model.py" line="32" />
        <source>Badge no.</source>
        <translation>警号</translation>
    </message>
    <message>
        <location filename="../../ui/officers_model.py" line="33" />
        <source>Account</source>
        <translation>账户状态</translation>
    </message>
    <message>
        <location filename="../../ui/officers_model.py" line="33" />
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location filename="../../ui/officers_model.py" line="52" />
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/officers_model.py" line="52" />
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>OptionalDateTime</name>
    <message>
        <location filename="../../ui/widgets.py" line="226" />
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="232" />
        <source>+%1 min</source>
        <translation>+%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="232" />
        <source>+%1 h</source>
        <translation>+%1 小时</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="236" />
        <source>%1 from now (again: %1 later)</source>
        <translation>从现在起 %1（再按：再往后 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="240" />
        <source>N: now · +: 30 minutes later · Ctrl+Delete: empty</source>
        <translation>N：现在 · +：往后 30 分钟 · Ctrl+Delete：清空</translation>
    </message>
</context>
<context>
    <name>OutcomeForm</name>
    <message>
        <location filename="../../ui/outcome_form.py" line="100" />
        <source>Unsaved draft restored</source>
        <translation>已恢复未保存的草稿</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="101" />
        <source>Discard draft</source>
        <translation>丢弃草稿</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="107" />
        <source>This lead is not held by you: claim it to record a call.</source>
        <translation>此线索不在您名下：请先领取再记录通话。</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="121" />
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="121" />
        <source>Not deceived</source>
        <translation>未被骗</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="122" />
        <location filename="../../ui/outcome_form.py" line="194" />
        <source>Deceived</source>
        <translation>已被骗</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="125" />
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="125" />
        <source>SMS (12381)</source>
        <translation>短信（12381）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="126" />
        <source>Robot call</source>
        <translation>机器人外呼</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="130" />
        <source>Start call</source>
        <translation>开始通话</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="131" />
        <source>Records the call start now (Ctrl+Shift+S)</source>
        <translation>记录通话开始时间（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="137" />
        <source>Left empty, the call ends when the outcome is saved</source>
        <translation>留空则以保存结果的时间为通话结束时间</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="152" />
        <source>Me</source>
        <translation>本人回拨</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="152" />
        <source>Kept for you until the callback time and a grace period; then anyone may take it</source>
        <translation>在回拨时间及宽限期内为您保留，之后任何民警都可领取</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="154" />
        <source>Any officer</source>
        <translation>任何民警</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="154" />
        <source>Back to the queue: whoever is free calls back</source>
        <translation>退回队列：由空闲的民警回拨</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="165" />
        <source>Police station that will visit</source>
        <translation>负责上门的派出所</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="170" />
        <source>What the person said, what you advised …</source>
        <translation>对方所述、劝阻内容…</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="186" />
        <source>Amount lost</source>
        <translation>受骗金额</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="190" />
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="192" />
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="193" />
        <source>Who answered</source>
        <translation>接听人</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="195" />
        <source>Call start</source>
        <translation>通话开始</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="196" />
        <source>Call end</source>
        <translation>通话结束</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="197" />
        <source>Amount protected</source>
        <translation>劝阻金额</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="198" />
        <source>Callback at</source>
        <translation>回拨时间</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="199" />
        <source>Who calls back</source>
        <translation>回拨人</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="200" />
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="202" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="203" />
        <source>Checkpoints</source>
        <translation>要点</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="216" />
        <source>Save outcome (Ctrl+Enter)</source>
        <translation>保存处置结果（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="234" />
        <source>The call ends now (Ctrl+Shift+E)</source>
        <translation>通话现在结束（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="239" />
        <source>Call back 30 minutes from now; again: 30 minutes later (Ctrl+Shift+C)</source>
        <translation>30 分钟后回拨；再按：再往后 30 分钟（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="288" />
        <source>This lead is closed: there is no call to record. Its calls are in the history above.</source>
        <translation>此线索已办结，无需再记录通话。历次通话见上方的历史记录。</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="290" />
        <source>This lead was handed to the local station: there is no call to record here.</source>
        <translation>此线索已移交属地派出所上门，无需在此记录通话。</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="292" />
        <source>%1 is handling this lead: only they can record its call.</source>
        <translation>%1 正在处置此线索，只有该民警可以记录通话。</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="293" />
        <source>This lead is not held by you: claim it to record a call (double-click it in the queue).</source>
        <translation>此线索不在您名下：请先领取再记录通话（在队列中双击）。</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="315" />
        <source>{0} of {1} ticked in the script</source>
        <translation>话术中已勾选 {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="316" />
        <source>none (tick them in the script)</source>
        <translation>无（请在话术中勾选）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="414" />
        <location filename="../../ui/outcome_form.py" line="426" />
        <source>'{0}' is not an amount: type yuan like 1234.50</source>
        <translation>“{0}”不是金额：请按元填写，如 1234.50</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="439" />
        <source>Choose an outcome (Alt+1 … Alt+9)</source>
        <translation>选择处置结果（Alt+1 … Alt+9）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="503" />
        <source>Nothing was saved. Please correct:</source>
        <translation>未保存。请更正：</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="35" />
        <source>Persuaded</source>
        <translation>劝阻成功</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="36" />
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="37" />
        <source>Line busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="38" />
        <source>Refused / hung up</source>
        <translation>拒接/挂断</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="39" />
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="40" />
        <source>Not deceived (guarded themselves)</source>
        <translation>未被骗（自主防范）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="41" />
        <source>Already transferred: stop payment</source>
        <translation>已转账，需紧急止付</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="42" />
        <source>Callback arranged</source>
        <translation>约定回拨</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="43" />
        <source>Hand to local station for a visit</source>
        <translation>移交派出所上门劝阻</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="50" />
        <source>The person</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="50" />
        <source>A relative</source>
        <translation>亲友</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="51" />
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="166" />
        <source>Relationship (wife, son …)</source>
        <translation>关系（妻子、儿子……）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="200" />
        <source>Emergency stop-payment (money already left)</source>
        <translation>紧急止付（资金已转出）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="206" />
        <source>Victim's account</source>
        <translation>受害人账号</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="207" />
        <source>Victim's bank</source>
        <translation>受害人开户行</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="208" />
        <source>Receiving (fraud) account</source>
        <translation>涉诈收款账号</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="209" />
        <source>Receiving account name</source>
        <translation>收款户名</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="210" />
        <source>Receiving bank</source>
        <translation>收款开户行</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="211" />
        <source>Amount transferred (yuan)</source>
        <translation>转账金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="212" />
        <source>Transfer time</source>
        <translation>转账时间</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_result.py" line="18" />
        <source>Waiting</source>
        <translation>待处置</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_result.py" line="18" />
        <source>In hand</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_result.py" line="18" />
        <source>Callback due</source>
        <translation>待回拨</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_result.py" line="19" />
        <source>Stop-payment needed</source>
        <translation>待止付</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_result.py" line="19" />
        <source>Handed to station</source>
        <translation>已移交上门</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_result.py" line="20" />
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_result.py" line="26" />
        <source>Saved {0}. Lead status: {1}.</source>
        <translation>已保存 {0}。线索状态：{1}。</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_result.py" line="28" />
        <source>Next call due {0}.</source>
        <translation>下次拨打时间 {0}。</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_result.py" line="30" />
        <source>Escalated to the local station.</source>
        <translation>已移交属地派出所。</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_result.py" line="32" />
        <source>Start the emergency stop-payment with the bank now.</source>
        <translation>请立即联系银行开展紧急止付。</translation>
    </message>
</context>
<context>
    <name>PanelPlaceholder</name>
    <message>
        <location filename="../../ui/main_window.py" line="52" />
        <location filename="../../ui/main_window.py" line="67" />
        <source>Press F5 or “Next lead” to take the most urgent lead.</source>
        <translation>按 F5 或“下一条”领取最紧急的线索。</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/printing.py" line="79" />
        <source>Print preview</source>
        <extracomment>The document went to a printer: (printer name, copies). The document was saved: (file path).</extracomment>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="93" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="94" />
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="110" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="131" />
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="132" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="167" />
        <source>The printer could not be opened</source>
        <translation>无法打开打印机</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/queue_model.py" line="66" />
        <source>%1d %2h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="73" />
        <source>overdue %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="111" />
        <source>Ref</source>
        <extracomment>A reload's first page is in the model. More rows were appended by fetchMore. Matching leads for the filter, those of them overdue, and the open leads there are without any filter.</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="111" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="112" />
        <source>Scam type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="112" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="112" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="113" />
        <source>District</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="113" />
        <source>Amount at risk</source>
        <translation>涉险金额</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="111" />
        <source>Due in</source>
        <translation>剩余时限</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="114" />
        <source>Status · officer</source>
        <translation>状态 · 民警</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="271" />
        <source>Click to sort</source>
        <translation>点击排序</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="337" />
        <source>%1: held by %2 (%3)</source>
        <translation>%1：由 %2（%3）处置</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="342" />
        <source>%1: kept for %2's callback until %3</source>
        <translation>%1：%3 前为 %2 的约定回拨保留</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="385" />
        <source>Due at %1</source>
        <translation>时限 %1</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../ui/queue_view.py" line="107" />
        <source>Open</source>
        <extracomment>The officer double-clicked (or pressed Enter on) a lead.</extracomment>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="110" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="112" />
        <source>All scam types</source>
        <translation>全部诈骗类型</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="116" />
        <source>All districts</source>
        <translation>全部辖区</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="119" />
        <source>My leads</source>
        <translation>我的线索</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="121" />
        <source>Show only the leads I hold</source>
        <translation>只显示我名下的线索</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="123" />
        <source>Search phone, name or ref (Ctrl+F)</source>
        <translation>搜索电话、姓名或编号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="153" />
        <source>Show every open lead</source>
        <translation>显示全部未办结线索</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="313" />
        <source>1 lead</source>
        <translation>共 1 条线索</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="313" />
        <source>%1 leads</source>
        <translation>共 %1 条线索</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="314" />
        <source>%1, %2 overdue</source>
        <translation>%1，超时 %2 条</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="335" />
        <source>You hold no lead and no callback is kept for you. Press F5 for the next lead.</source>
        <translation>您名下没有线索，也没有为您保留的回拨。按 F5 领取下一条。</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="337" />
        <source>No lead matches the search and filters: they hide 1 open lead.</source>
        <translation>没有符合搜索和筛选条件的线索：有 1 条未办结线索被筛掉。</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="338" />
        <source>No lead matches the search and filters: they hide %1 open leads.</source>
        <translation>没有符合搜索和筛选条件的线索：有 %1 条未办结线索被筛掉。</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="341" />
        <source>Nothing is waiting: every lead in the queue has been handled. New warnings appear here as they arrive.</source>
        <translation>队列中没有待处置的线索，全部已处置。新的预警到达后会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="344" />
        <source>Offline: leads that reached the centre since the last sync are not shown yet.</source>
        <translation>离线：上次同步之后到达中心的线索尚未显示。</translation>
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
        <location filename="../../ui/script_panel.py" line="122" />
        <source>What the person says</source>
        <translation>对方说法</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="126" />
        <source>◀ Back (Ctrl+Left)</source>
        <translation>◀ 上一步（Ctrl+Left）</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="127" />
        <source>Next (Ctrl+Right) ▶</source>
        <translation>下一步（Ctrl+Right）▶</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="134" />
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="150" />
        <source>Objections</source>
        <translation>常见说法应对</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="152" />
        <source>Warning signs</source>
        <translation>诈骗特征</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="154" />
        <source>Checkpoints (tick during the call)</source>
        <translation>要点（通话中勾选）</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="179" />
        <source>{0} problems in the call scripts (those scripts are not used):</source>
        <translation>话术文件有 {0} 处错误（这些话术未启用）：</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="244" />
        <source>The call script for {0} could not be loaded:</source>
        <translation>无法加载“{0}”的话术：</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="246" />
        <source>There is no call script for {0}.</source>
        <translation>没有“{0}”的话术。</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="247" />
        <source>Search other scripts above, or follow the general advice.</source>
        <translation>可在上方搜索其他话术，或按通用劝阻要点处置。</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="268" />
        <source>Required for this scam type</source>
        <translation>此诈骗类型必需</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="376" />
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
        <location filename="../../ui/sync_status.py" line="56" />
        <source>Standalone</source>
        <translation>单机 (standalone)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="58" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="60" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="62" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="63" />
        <source>Last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="64" />
        <source>To send %1</source>
        <translation>待上传 %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="66" />
        <source>Refused %1</source>
        <translation>无法上传 %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="68" />
        <source>Set aside %1</source>
        <translation>未能应用 %1</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/tasks.py" line="190" />
        <source>Unexpected error: {0}</source>
        <extracomment>A job raised and nobody handled it with on_error (after it was shown); for logging and tests. The number of jobs in flight went from 0 to &gt;0 (True) or back to 0 (False). When False, unhandled errors are only logged and signalled (tests), not shown in a dialog.</extracomment>
        <translation>意外错误：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="198" />
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
        <location filename="../../ui/printing.py" line="295" />
        <source>Print thank-you letters</source>
        <extracomment>The batch PDF is ready and its preview is open.</extracomment>
        <translation>打印感谢信</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="303" />
        <source>Prepare letters…</source>
        <translation>生成感谢信…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="306" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="307" />
        <source>To (inclusive)</source>
        <translation>到（含）</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="328" />
        <source>Laying out {0} letters…</source>
        <translation>正在排版 {0} 封感谢信…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="329" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ThanksReceivedDialog</name>
    <message>
        <location filename="../../ui/lead_facts.py" line="130" />
        <source>Record thanks received</source>
        <translation>记录收到的感谢</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="138" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="139" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="140" />
        <source>Received at</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="141" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ThanksRecipientDialog</name>
    <message>
        <location filename="../../ui/lead_facts.py" line="87" />
        <source>Record thank-you recipient</source>
        <extracomment>The fact was recorded: the new event's id.</extracomment>
        <translation>记录感谢对象</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="91" />
        <source>Citizen</source>
        <translation>群众</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="91" />
        <source>Bank staff</source>
        <translation>银行工作人员</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="92" />
        <source>Police officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="92" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="95" />
        <source>What they did, e.g. stopped the transfer at the counter</source>
        <translation>事迹，例如：在银行柜台劝阻转账</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="100" />
        <source>Recipient</source>
        <translation>感谢对象</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="101" />
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="102" />
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="103" />
        <source>What they did</source>
        <translation>事迹</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="104" />
        <source>Amount protected (¥)</source>
        <translation>挽损金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="105" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="113" />
        <source>The amount is not a number</source>
        <translation>金额不是数字</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/sync_status.py" line="106" />
        <source>Centre server password</source>
        <translation>中心服务器密码</translation>
    </message>
</context>
</TS>