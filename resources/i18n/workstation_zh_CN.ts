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
        <location filename="../../ui/review/board.py" line="73" />
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="73" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="73" />
        <source>District</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="73" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="73" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="74" />
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="75" />
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="76" />
        <source>Held for</source>
        <translation>已持有</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="77" />
        <source>Attempts</source>
        <translation>拨打次数</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="85" />
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="87" />
        <source>Give the selected lead to the chosen officer (asks first)</source>
        <translation>把选中的线索改派给所选民警（先确认）</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="92" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="94" />
        <source>Give the lead back to the officer who had it</source>
        <translation>把线索还给原来的民警</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="102" />
        <source>Selected lead to:</source>
        <translation>选中线索改派给：</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="279" />
        <source>Give lead {0} ({1}, {2}) to {3}?</source>
        <translation>把线索 {0}（{1}，{2}）改派给 {3}？</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="282" />
        <source>{0} holds it now and will no longer be able to record on it.</source>
        <translation>{0} 正在处置，改派后将不能再记录该线索。</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="285" />
        <source>Nobody holds it now.</source>
        <translation>目前无人处置。</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="286" />
        <source>Reassign lead</source>
        <translation>改派线索</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="289" />
        <source>Reassign</source>
        <translation>改派</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="290" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="322" />
        <source>Gave {0} back to {1}.</source>
        <translation>已把 {0} 还给 {1}。</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="322" />
        <source>Gave {0} to {1}.</source>
        <translation>已把 {0} 改派给 {1}。</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="324" />
        <source>Nobody held it before.</source>
        <translation>此前无人处置。</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="113" />
        <source>Queue against the clock</source>
        <translation>队列与时限</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="114" />
        <source>Who holds which lead</source>
        <translation>线索持有情况</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="115" />
        <source>Unreachable, waiting for escalation</source>
        <translation>联系不上，待移交</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="175" />
        <source>Choose an officer…</source>
        <translation>选择民警…</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="177" />
        <source>{0} · holds {1}</source>
        <translation>{0} · 处置中 {1} 条</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="188" />
        <source>Open {0} · overdue {1} · due within {2} min {3} · held {4} · unreachable {5}</source>
        <translation>待处置 {0} · 超时 {1} · {2} 分钟内到期 {3} · 处置中 {4} · 联系不上 {5}</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="197" />
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="212" />
        <source>overdue {0} min</source>
        <translation>超时 {0} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="213" />
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
        <location filename="../../ui/review/figures.py" line="57" />
        <source>Weekly report (PDF + XLSX)…</source>
        <translation>周报（PDF + XLSX）…</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="65" />
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="92" />
        <source>Received {0} · handled {1} · calls {2} · reached {3} · persuaded {4} · protected ¥{5} · stop-payments {6} (¥{7}) · warning → first call: median {8} min, p90 {9} min</source>
        <translation>接收 {0} · 处置 {1} · 通话 {2} · 接通 {3} · 劝阻成功 {4} · 挽损 ¥{5} · 紧急止付 {6}（¥{7}）· 预警到首次拨打：中位 {8} 分钟，p90 {9} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="97" />
        <source>Per scam type</source>
        <translation>按诈骗类型</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="98" />
        <location filename="../../ui/review/figures.py" line="107" />
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="98" />
        <location filename="../../ui/review/figures.py" line="102" />
        <location filename="../../ui/review/figures.py" line="108" />
        <source>Handled</source>
        <translation>已处置</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="99" />
        <location filename="../../ui/review/figures.py" line="103" />
        <location filename="../../ui/review/figures.py" line="109" />
        <source>Persuaded</source>
        <translation>劝阻成功</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="101" />
        <source>Per officer</source>
        <translation>按民警</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="106" />
        <source>Week over week</source>
        <translation>周环比</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="114" />
        <source>Save the weekly report in</source>
        <translation>周报保存到</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="139" />
        <source>Weekly report written</source>
        <translation>周报已生成</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="140" />
        <source>The weekly report for %1 is in %2:</source>
        <translation>%1 的研判周报已保存在 %2：</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="144" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="145" />
        <source>OK</source>
        <translation>确定</translation>
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
        <location filename="../../ui/lock_screen.py" line="103" />
        <source>Locked — the desk was idle</source>
        <extracomment>The policy says the desk has been idle long enough. The officer signed out: the app shows the sign-in (their drafts stay on the desk). Another officer signed in at this desk (their OfficerInfo): the app opens their desk.</extracomment>
        <translation>已锁屏：长时间无操作</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="103" />
        <source>Locked</source>
        <translation>已锁屏</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="104" />
        <source>Sign in to send your work to the centre</source>
        <translation>请登录，以便将工作上传中心</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="113" />
        <location filename="../../ui/lock_screen.py" line="195" />
        <source>Signed in: %1 (%2)</source>
        <translation>当前民警：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="120" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="126" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="128" />
        <location filename="../../ui/lock_screen.py" line="197" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="137" />
        <location filename="../../ui/lock_screen.py" line="198" />
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="139" />
        <source>Another officer signs in at this desk; your drafts stay saved</source>
        <translation>由另一位民警在本工位登录；您的草稿仍保存着</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="141" />
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="143" />
        <source>Back to the sign-in; your drafts stay saved on this desk</source>
        <translation>回到登录界面；您的草稿仍保存在本工位</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="145" />
        <source>Drafts and the leads you hold stay as they are.</source>
        <translation>草稿和您处置中的线索保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="190" />
        <source>Another officer signs in at this desk</source>
        <translation>另一位民警在本工位登录</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="191" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="192" />
        <source>Back to %1</source>
        <translation>回到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="213" />
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
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
        <location filename="../../ui/main_window.py" line="121" />
        <source>Warning-call workstation — %1</source>
        <extracomment>A lead was claimed (or reopened) and is now shown in the lead panel. The lock screen's Sign out (None) or Switch user (the next officer's OfficerInfo): ui.desk_session closes this window and shows the sign-in or that officer's desk.</extracomment>
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
        <location filename="../../ui/main_window.py" line="316" />
        <source>Lead is held</source>
        <translation>线索已被认领</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317" />
        <source>Lead %1 is being handled by %2.</source>
        <translation>线索 %1 正由 %2 处置。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339" />
        <source>Opened %1 (%2)</source>
        <translation>已打开 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383" />
        <source>Sign in on the centre</source>
        <translation>登录中心</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384" />
        <source>You are not signed in on this centre yet. Your work stays on this desk until you do.</source>
        <translation>您尚未在此中心登录。登录之前，您的工作保存在本机，不会丢失。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387" />
        <source>Sign in now</source>
        <translation>现在登录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388" />
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419" />
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
        <location filename="../../workstation/cli/login_cmd.py" line="16" />
        <source>--minutes must be between 1 and {limit}</source>
        <translation>--minutes 须在 1 到 {limit} 之间</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/login_cmd.py" line="17" />
        <source>{who} is signed in until {until}</source>
        <translation>{who} 已登录至 {until}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/login_cmd.py" line="18" />
        <source>Nobody was signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/login_cmd.py" line="19" />
        <source>{who} signed out</source>
        <translation>{who} 已退出</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/login_cmd.py" line="20" />
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/login_cmd.py" line="21" />
        <source>{why}: not signed in</source>
        <translation>{why}；未登录</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="23" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="24" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="25" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="26" />
        <source>Badge number</source>
        <translation>警号</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="27" />
        <source>The new password: give it on the second line of --password-stdin, or type it at a terminal</source>
        <translation>新密码：请用 --password-stdin 的第二行或在终端输入</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="28" />
        <source>First password for {username}</source>
        <translation>{username} 的初始密码</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="29" />
        <source>Again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="30" />
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="31" />
        <source>Added: {username} ({role})</source>
        <translation>已添加：{username}（{role}）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="32" />
        <source>Done: {username} {change}</source>
        <translation>已更新：{username} {change}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/report_cmd.py" line="14" />
        <source>{week}: received {received}, handled {handled}, protected ¥{protected}</source>
        <translation>{week}：接警 {received}，处置 {handled}，劝阻金额 {protected} 元</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/period.py" line="14" />
        <source>'{text}' is not an ISO week such as 2026-W47</source>
        <translation>'{text}' 不是 ISO 周，例如 2026-W47</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/period.py" line="15" />
        <source>There is no week '{text}'</source>
        <translation>'{text}' 不存在</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/period.py" line="16" />
        <source>The end is before the start</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/weekly.py" line="14" />
        <source>weekly-report-{week}</source>
        <translation>研判周报-{week}</translation>
    </message>
    <message>
        <location filename="../../workstation/services/auth.py" line="34" />
        <source>Wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../../workstation/services/auth.py" line="35" />
        <source>User name: 1 to {limit} letters, digits, _ . or -</source>
        <translation>用户名只能含字母、数字、_ . -，1-{limit} 位</translation>
    </message>
    <message>
        <location filename="../../workstation/services/auth.py" line="36" />
        <source>Display name: 1 to {limit} characters</source>
        <translation>姓名 1-{limit} 字</translation>
    </message>
    <message>
        <location filename="../../workstation/services/auth.py" line="37" />
        <source>Badge number: up to {limit} characters</source>
        <translation>警号最多 {limit} 位</translation>
    </message>
    <message>
        <location filename="../../workstation/services/auth.py" line="38" />
        <source>Password: {limit} characters or more</source>
        <translation>密码至少 {limit} 位</translation>
    </message>
    <message>
        <location filename="../../workstation/services/auth.py" line="39" />
        <source>Officer {username} already exists</source>
        <translation>民警 {username} 已存在</translation>
    </message>
    <message>
        <location filename="../../workstation/services/auth.py" line="40" />
        <source>The centre needs your password again: sign in with --password-stdin or `workstation login`</source>
        <translation>中心要求重新登录：请用 --password-stdin 输入密码或运行 `workstation login`</translation>
    </message>
    <message>
        <location filename="../../workstation/services/auth.py" line="41" />
        <source>Too many failed sign-ins: the account is locked until {until}. Try again later or ask an admin to unlock it</source>
        <translation>登录失败次数过多，账户已锁定至 {until}；请稍后再试或联系管理员解锁</translation>
    </message>
    <message>
        <location filename="../../workstation/services/auth.py" line="42" />
        <location filename="../../workstation/services/review.py" line="43" />
        <source>No such officer '{username}'</source>
        <translation>找不到民警 '{username}'</translation>
    </message>
    <message>
        <location filename="../../workstation/services/auth.py" line="43" />
        <source>The last admin cannot give up the admin role</source>
        <translation>不能撤销最后一名管理员的角色</translation>
    </message>
    <message>
        <location filename="../../workstation/services/auth.py" line="44" />
        <source>The last admin cannot be disabled</source>
        <translation>不能停用最后一名管理员</translation>
    </message>
    <message>
        <location filename="../../workstation/services/auth.py" line="45" />
        <source>Unknown user '{username}'</source>
        <translation>未知用户 '{username}'</translation>
    </message>
    <message>
        <location filename="../../workstation/services/auth.py" line="46" />
        <source>{name} may not do this: it needs the role {roles}</source>
        <translation>{name} 无权执行此操作，需要角色 {roles}</translation>
    </message>
    <message>
        <location filename="../../workstation/services/review.py" line="44" />
        <source>{name} is an admin and does not take leads</source>
        <translation>{name} 是内勤，不处置线索</translation>
    </message>
    <message>
        <location filename="../../workstation/services/review.py" line="45" />
        <source>Lead {ref} is no longer open: it cannot be reassigned</source>
        <translation>线索 {ref} 已不在处置中，不能改派</translation>
    </message>
    <message>
        <location filename="../../workstation/services/review.py" line="46" />
        <source>Lead {ref} is already held by {name}</source>
        <translation>线索 {ref} 已由 {name} 处置</translation>
    </message>
    <message>
        <location filename="../../workstation/services/review.py" line="47" />
        <source>Unknown verdict '{verdict}' (one of: {allowed})</source>
        <translation>未知的复核结论 '{verdict}'（可选：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../workstation/services/review.py" line="48" />
        <source>A comment has at most {limit} characters</source>
        <translation>复核意见不超过 {limit} 字</translation>
    </message>
    <message>
        <location filename="../../workstation/services/review.py" line="49" />
        <source>Say what to follow up</source>
        <translation>需跟进须写明意见</translation>
    </message>
    <message>
        <location filename="../../workstation/services/review.py" line="50" />
        <source>No such call '{call}'</source>
        <translation>找不到通话记录 '{call}'</translation>
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
        <location filename="../../ui/widgets.py" line="178" />
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
        <location filename="../../ui/outcome_form.py" line="246" />
        <source>{0} of {1} ticked in the script</source>
        <translation>话术中已勾选 {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="247" />
        <source>none (tick them in the script)</source>
        <translation>无（请在话术中勾选）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="306" />
        <location filename="../../ui/outcome_form.py" line="318" />
        <source>'{0}' is not an amount: type yuan like 1234.50</source>
        <translation>“{0}”不是金额：请按元填写，如 1234.50</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="331" />
        <source>Choose an outcome (Alt+1 … Alt+9)</source>
        <translation>选择处置结果（Alt+1 … Alt+9）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="395" />
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
        <location filename="../../ui/queue_model.py" line="65" />
        <source>%1d %2h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="72" />
        <source>overdue %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="110" />
        <source>Ref</source>
        <extracomment>A reload's first page is in the model. More rows were appended by fetchMore. Matching leads for the filter, and open leads overdue.</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="110" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="111" />
        <source>Scam type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="111" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="111" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="112" />
        <source>District</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="112" />
        <source>Amount at risk</source>
        <translation>涉险金额</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="112" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="113" />
        <source>Owner</source>
        <translation>处置人</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="110" />
        <source>Due in</source>
        <translation>剩余时限</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="263" />
        <source>Click to sort</source>
        <translation>点击排序</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="344" />
        <source>Due at %1</source>
        <translation>时限 %1</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../ui/queue_view.py" line="106" />
        <source>Open</source>
        <extracomment>The officer double-clicked (or pressed Enter on) a lead.</extracomment>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="109" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="111" />
        <source>All scam types</source>
        <translation>全部诈骗类型</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="115" />
        <source>All districts</source>
        <translation>全部辖区</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="118" />
        <source>My leads</source>
        <translation>我的线索</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="120" />
        <source>Show only the leads I hold</source>
        <translation>只显示我名下的线索</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="122" />
        <source>Search phone, name or ref (Ctrl+F)</source>
        <translation>搜索电话、姓名或编号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="292" />
        <source>%1 leads, %2 overdue</source>
        <translation>共 %1 条线索，超时 %2 条</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../ui/review/labels.py" line="26" />
        <source>Reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <location filename="../../ui/review/labels.py" line="27" />
        <source>Needs follow-up</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <location filename="../../ui/review/labels.py" line="28" />
        <source>Commended</source>
        <translation>表扬</translation>
    </message>
</context>
<context>
    <name>ReviewWidget</name>
    <message>
        <location filename="../../ui/review/outcomes.py" line="65" />
        <source>All officers</source>
        <translation>全部民警</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="68" />
        <source>All districts</source>
        <translation>全部辖区</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="70" />
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="74" />
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="77" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="80" />
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="80" />
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="80" />
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="80" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="81" />
        <source>District</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="81" />
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="81" />
        <source>Protected</source>
        <translation>劝阻金额</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="81" />
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="97" />
        <source>Comment for the officer</source>
        <translation>给民警的意见</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="98" />
        <source>Save verdict</source>
        <translation>保存复核结论</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="109" />
        <source>Verdict</source>
        <translation>复核结论</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="110" />
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="191" />
        <source>Outcome: {0} · answered: {1}</source>
        <translation>处置结果：{0} · 接听人：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="192" />
        <source>Checkpoints ticked:</source>
        <translation>已勾选要点：</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="195" />
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