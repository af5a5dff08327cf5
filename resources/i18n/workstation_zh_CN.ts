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
    <name>ColumnsPanel</name>
    <message>
        <location filename="../../ui/intake_columns.py" line="67" />
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../ui/intake_columns.py" line="67" />
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../ui/intake_columns.py" line="67" />
        <source>Decided by</source>
        <translation>判断依据</translation>
    </message>
    <message>
        <location filename="../../ui/intake_columns.py" line="67" />
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../ui/intake_columns.py" line="77" />
        <source>Fields no column gives</source>
        <translation>文件中没有的字段</translation>
    </message>
    <message>
        <location filename="../../ui/intake_columns.py" line="81" />
        <source>Choose a scam type…</source>
        <translation>请选择诈骗类型…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_columns.py" line="91" />
        <source>The time of the import</source>
        <translation>导入时的时间</translation>
    </message>
    <message>
        <location filename="../../ui/intake_columns.py" line="154" />
        <source>your choice</source>
        <translation>您的选择</translation>
    </message>
    <message>
        <location filename="../../ui/intake_columns.py" line="156" />
        <source>remembered for these headers</source>
        <translation>沿用相同表头的映射</translation>
    </message>
    <message>
        <location filename="../../ui/intake_columns.py" line="158" />
        <source>its header</source>
        <translation>表头</translation>
    </message>
    <message>
        <location filename="../../ui/intake_columns.py" line="160" />
        <source>its values ({0} %)</source>
        <translation>列中的值（{0} %）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_columns.py" line="161" />
        <source>nothing matched</source>
        <translation>无法判断</translation>
    </message>
    <message>
        <location filename="../../ui/intake_columns.py" line="166" />
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_columns.py" line="172" />
        <source>Field for column {0}</source>
        <translation>列 {0} 的字段</translation>
    </message>
    <message>
        <location filename="../../ui/intake_columns.py" line="192" />
        <source>the file's name</source>
        <translation>文件名</translation>
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
        <location filename="../../ui/intake_dialog.py" line="80" />
        <source>Import leads</source>
        <translation>导入线索</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="139" />
        <source>Import the valid rows and skip invalid ones</source>
        <translation>导入有效行，跳过无效行</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="118" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="90" />
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="92" />
        <source>Add files (Ctrl+O)</source>
        <translation>添加文件（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="94" />
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="118" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="118" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="118" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="124" />
        <source>First rows</source>
        <translation>前几行</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="125" />
        <location filename="../../ui/intake_dialog.py" line="457" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="130" />
        <source>How the columns are read (change any that is wrong):</source>
        <translation>各列的导入方式（如有不对请修改）：</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="148" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="272" />
        <source>Reading {0} again with your choices…</source>
        <translation>正在按您的选择重新读取 {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="285" />
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="304" />
        <source>Corrected here; the file says: {0}</source>
        <translation>已在此更正；文件中为：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="321" />
        <source>Format: {0}.</source>
        <translation>格式：{0}。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="323" />
        <source>Header in row {0}.</source>
        <translation>表头在第 {0} 行。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="326" />
        <source>Read from the values (check them): {0}.</source>
        <translation>根据列中的值判断（请核对）：{0}。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="328" />
        <source>Choices remembered from an earlier file with the same headers.</source>
        <translation>已沿用之前相同表头文件的映射。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="338" />
        <source>Cannot import yet: no column gives {0}. Choose its column, or a default below.</source>
        <translation>还不能导入：没有列提供{0}。请为它选择一列，或在下方给出默认值。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="364" />
        <source>These files are imported: add others to import more</source>
        <translation>这些文件已导入：如需继续，请添加其他文件</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="366" />
        <source>Reading the files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="368" />
        <source>Cannot be imported as they are: {0}</source>
        <translation>以下文件目前不能导入：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="370" />
        <source>Import the files (Enter)</source>
        <translation>导入这些文件（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="452" />
        <source>Double-click to correct the value, then import again</source>
        <translation>双击更正该值，然后重新导入</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="488" />
        <source>{0} cells corrected; the file itself is not changed. Import again to use them.</source>
        <translation>已更正 {0} 个单元格（文件本身未改动）。请重新导入以使用更正后的值。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="533" />
        <source>import errors.xlsx</source>
        <translation>导入错误报告.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="152" />
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="155" />
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="158" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="188" />
        <source>Choose lead files</source>
        <translation>选择线索文件</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="189" />
        <source>Lead files (*.csv *.txt *.xlsx *.jsonl *.json);;All files (*)</source>
        <translation>线索文件 (*.csv *.txt *.xlsx *.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="264" />
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="336" />
        <source>{0} of the first {1} rows have problems (in red; point at a cell to see why): double-click a cell to correct it, or tick the box below to import the other rows.</source>
        <translation>前 {1} 行中有 {0} 行有问题（红色；鼠标指向单元格可看原因）：双击单元格可更正，或勾选下方选项只导入其余的行。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="383" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="406" />
        <source>Cancelling… nothing of the current file will be kept</source>
        <translation>正在取消…当前文件不会保留任何内容</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="417" />
        <source>File {0} of {1}: {2} rows read, saving them (cannot be cancelled now)…</source>
        <translation>第 {0}/{1} 个文件：已读取 {2} 行，正在写入数据库（此时不能取消）……</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="418" />
        <source>Saving…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="420" />
        <source>File {0} of {1}: {2} rows read</source>
        <translation>第 {0}/{1} 个文件：已读取 {2} 行</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="421" />
        <source>Reading: %p %</source>
        <translation>读取中：%p %</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="439" />
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="457" />
        <source>Problems ({0})</source>
        <translation>问题（{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="510" />
        <source>Imported before: nothing changed</source>
        <translation>之前已导入：未做更改</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="513" />
        <location filename="../../ui/intake_dialog.py" line="521" />
        <source>Nothing imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="516" />
        <source>{0} of {1} rows imported</source>
        <translation>共 {1} 行，已导入 {0} 行</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="522" />
        <source>Import failed, nothing of the current file was kept: {0}</source>
        <translation>导入失败，当前文件未保留任何内容：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="533" />
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
        <location filename="../../ui/lead_info.py" line="57" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="86" />
        <source>Reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="86" />
        <source>Needs follow-up</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="87" />
        <source>Commended</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="113" />
        <source>Release</source>
        <extracomment>Reprint requested for an archived document (its id).</extracomment>
        <translation>释放</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="114" />
        <source>Give the lead back to the queue</source>
        <translation>将线索退回队列</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="117" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="118" />
        <source>Print a form for this lead (Ctrl+P: work record)</source>
        <translation>打印本线索的文书（Ctrl+P：工作记录单）</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="122" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="123" />
        <source>Record facts the printed forms need</source>
        <translation>记录文书所需的信息</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="147" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="150" />
        <source>Why warned</source>
        <translation>预警原因</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="168" />
        <location filename="../../ui/lead_info.py" line="170" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="168" />
        <location filename="../../ui/lead_info.py" line="170" />
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="168" />
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="168" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="170" />
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="176" />
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="176" />
        <source>Form</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="176" />
        <source>Serial no.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="176" />
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="179" />
        <source>Reprint</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="188" />
        <source>Earlier calls</source>
        <translation>历史通话</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="189" />
        <source>History</source>
        <translation>处置记录</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="190" />
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="214" />
        <source>At risk: ¥{0}</source>
        <translation>涉险金额：¥{0}</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="226" />
        <source>Earlier calls ({0})</source>
        <translation>历史通话（{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="227" />
        <source>History ({0})</source>
        <translation>处置记录（{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="236" />
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
        <location filename="../../ui/main_window.py" line="148" />
        <source>Lead desk</source>
        <translation>线索处置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>Team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207" />
        <source>Main</source>
        <extracomment>The window's size where the screen has room; on smaller screens it fills what is there.</extracomment>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212" />
        <source>Next lead</source>
        <translation>下一条</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214" />
        <source>Claim the most urgent lead nobody holds (F5)</source>
        <translation>领取最紧急的未认领线索（F5）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>My leads</source>
        <translation>我的线索</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <source>Officer: %1 (%2) · %3</source>
        <translation>民警：%1（%2）· %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243" />
        <source>Desk: %1</source>
        <translation>席位：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262" />
        <source>Centre time %1</source>
        <translation>中心时间 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313" />
        <source>Lead is held</source>
        <translation>线索已被认领</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314" />
        <source>Lead %1 is being handled by %2.</source>
        <translation>线索 %1 正由 %2 处置。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336" />
        <source>Opened %1 (%2)</source>
        <translation>已打开 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380" />
        <source>Sign in on the centre</source>
        <translation>登录中心</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381" />
        <source>You are not signed in on this centre yet. Your work stays on this desk until you do.</source>
        <translation>您尚未在此中心登录。登录之前，您的工作保存在本机，不会丢失。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384" />
        <source>Sign in now</source>
        <translation>现在登录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385" />
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414" />
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="27" />
        <source>  Error report: {path}</source>
        <translation>  错误报告：{path}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="28" />
        <source>Error: no such folder: {path}</source>
        <translation>错误：目录不存在：{path}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="29" />
        <source>Watching {path} (Ctrl+C stops)</source>
        <translation>正在监视 {path}（Ctrl+C 停止）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="30" />
        <source>Stopped watching; the file being imported was rolled back and left where it was</source>
        <translation>已停止监视；正在导入的文件已回滚，留在原处</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="31" />
        <source>Error: {option} takes NAME=VALUE, not {text}</source>
        <translation>错误：{option} 的格式是 名称=值，而不是 {text}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="32" />
        <location filename="../../workstation/cli/main.py" line="24" />
        <source>Error: {text}</source>
        <translation>错误：{text}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="34" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="34" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="35" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="35" />
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="36" />
        <source>New leads</source>
        <translation>新线索</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="36" />
        <source>Joined</source>
        <translation>并入</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="37" />
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="37" />
        <source>Imported by</source>
        <translation>导入人</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/main.py" line="25" />
        <source>Database error: {text}</source>
        <translation>数据库错误：{text}</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/dropfolder.py" line="19" />
        <source>Too many files of the same name in {folder}</source>
        <translation>{folder} 中同名文件过多</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/dropfolder.py" line="20" />
        <source>Internal error: {kind}: {text}</source>
        <translation>内部错误：{kind}: {text}</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/errors.py" line="13" />
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/fields.py" line="17" />
        <source>The phone number is empty</source>
        <translation>手机号为空</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/fields.py" line="18" />
        <source>Not a phone number</source>
        <translation>无法识别的电话号码</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/fields.py" line="19" />
        <source>Not a mainland China number</source>
        <translation>不是中国大陆号码</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/fields.py" line="20" />
        <source>The number has the wrong length or area code</source>
        <translation>电话号码位数或区号不正确</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/fields.py" line="21" />
        <source>Not a mobile or landline number (e.g. a 400/955xx service number)</source>
        <translation>不是手机号或固定电话（如400/955xx服务号码）</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/fields.py" line="22" />
        <source>No mobile network uses this number range: {digits}</source>
        <translation>手机号码号段无效：{digits}</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/fields.py" line="23" />
        <source>An old 15-digit ID number: give the 18-digit one</source>
        <translation>15位旧身份证号，请换成18位身份证号</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/fields.py" line="24" />
        <source>An ID number has 18 characters: 17 digits, then a digit or X</source>
        <translation>身份证号应为18位（前17位数字，末位数字或X）</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/fields.py" line="25" />
        <source>The ID number's check digit is wrong</source>
        <translation>身份证号校验位错误</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/fields.py" line="26" />
        <source>The date of birth in the ID number does not exist</source>
        <translation>身份证号中的出生日期无效</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/fields.py" line="27" />
        <source>The date of birth in the ID number is not plausible</source>
        <translation>身份证号中的出生日期不合理</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/fields.py" line="28" />
        <source>Not an amount</source>
        <translation>金额格式无法识别</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/fields.py" line="29" />
        <source>The amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/fields.py" line="30" />
        <source>The amount is over 10 billion yuan: not plausible</source>
        <translation>金额超过100亿元，不合理</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="40" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="41" />
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="42" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="43" />
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="44" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="45" />
        <source>Scam type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="46" />
        <source>Warning level</source>
        <translation>预警级别</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="47" />
        <source>Trigger kind</source>
        <translation>预警类型</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="48" />
        <source>Trigger detail</source>
        <translation>涉诈信息</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="49" />
        <source>Warning time</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="50" />
        <source>Amount at risk</source>
        <translation>涉案金额</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="51" />
        <source>Lead number</source>
        <translation>线索编号</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="52" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="54" />
        <source>Cannot read the column mapping file {path}: {reason}</source>
        <translation>无法读取字段映射文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="55" />
        <source>The column mapping file {path} is not valid TOML: {reason}</source>
        <translation>字段映射文件 {path} 格式错误：{reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="56" />
        <source>{where}: the [columns] table is missing</source>
        <translation>{where}：缺少 [columns] 表</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="57" />
        <source>{where}: unknown field {name} in [columns]; fields: {fields}</source>
        <translation>{where}：[columns] 中的字段 {name} 未知，可用字段：{fields}</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="58" />
        <source>{where}: [columns] lacks the required field {name} ({label})</source>
        <translation>{where}：[columns] 缺少必需字段 {name}（{label}）</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="59" />
        <source>{where}: {place} must be a table</source>
        <translation>{where}：{place} 必须是表</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="60" />
        <source>{where}: unknown code {code} in {place}; codes: {codes}</source>
        <translation>{where}：{place} 中的代码 {code} 未知，可用：{codes}</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="61" />
        <source>{where}: unknown {names} in [values]; known: {known}</source>
        <translation>{where}：[values] 中的 {names} 未知，可用：{known}</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="62" />
        <source>{where}: {place} must be a list of non-empty strings</source>
        <translation>{where}：{place} 必须是非空字符串的列表</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="63" />
        <source>{where}: the alias {alias} in {place} is empty</source>
        <translation>{where}：{place} 中的别名 {alias} 为空</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="64" />
        <source>{where}: the alias {alias} in {place} already means {other}; an alias cannot name two things</source>
        <translation>{where}：{place} 中的别名 {alias} 已用于 {other}，同一别名不能指向两个目标</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="115" />
        <source>{name} is no field; fields: {fields} (or ignore)</source>
        <translation>{name} 不是字段；可用字段：{fields}（或 ignore 表示不导入）</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/parse.py" line="25" />
        <source>{file}: no column gives {names}, and no default was given. Columns in the file: {found}</source>
        <translation>{file}：没有列提供 {names}，也没有给出默认值。文件中的列：{found}</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/parse.py" line="26" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/parse.py" line="27" />
        <source>The default {value} for {field} cannot be used: {reason}</source>
        <translation>{field} 的默认值 {value} 无法使用：{reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/parse.py" line="28" />
        <source>A default for {field}, which is no field; fields: {fields}</source>
        <translation>给出了 {field} 的默认值，但没有这个字段；可用字段：{fields}</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/parse.py" line="29" />
        <source>{file}: more than {limit} rows; split the file and import the parts</source>
        <translation>{file}：行数超过上限 {limit}，请拆分后导入</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/parse.py" line="30" />
        <source>More than {limit} columns</source>
        <translation>列数超过上限 {limit}</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/parse.py" line="31" />
        <source>The cell is longer than {limit} characters</source>
        <translation>单元格超过 {limit} 字符</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/parse.py" line="32" />
        <source>Nested values (objects or lists) are not read</source>
        <translation>不支持嵌套的值（对象或数组）</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/parse.py" line="33" />
        <source>column {number}</source>
        <translation>第{number}列</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/read_csv.py" line="18" />
        <source>{file}: no header in the first {rows} rows (column names such as phone, time, scam type), and no row of column names above rows of phone numbers, scam types or times</source>
        <translation>{file}：前{rows}行中找不到表头（如 手机号、预警时间、诈骗类型），也没有一行列名下面是手机号、诈骗类型或时间</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/read_csv.py" line="19" />
        <source>{file}: {count} columns, more than the {limit} allowed</source>
        <translation>{file}：列数 {count} 超过上限 {limit}</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/read_csv.py" line="20" />
        <source>The file's text encoding is not recognised (it does not decode as {encoding})</source>
        <translation>文件编码无法识别（按 {encoding} 解码失败）</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/read_csv.py" line="21" />
        <source>The CSV is broken near row {row} (unpaired quotes or a huge cell?): {reason}</source>
        <translation>CSV 结构损坏（第{row}行附近，可能是引号不成对或单元格过大）：{reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/read_csv.py" line="22" />
        <source>Text encoding error near row {row} (not {encoding})</source>
        <translation>文件编码错误（第{row}行附近，按 {encoding} 无法解码）</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/read_jsonl.py" line="15" />
        <source>The line is longer than {limit} bytes; refused</source>
        <translation>该行超过 {limit} 字节，拒绝</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/read_jsonl.py" line="16" />
        <source>The line is not UTF-8 text</source>
        <translation>该行不是 UTF-8 编码</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/read_jsonl.py" line="17" />
        <source>Not valid JSON: {reason}</source>
        <translation>JSON 格式错误：{reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/read_jsonl.py" line="18" />
        <source>The line is not a JSON object (such as {example})</source>
        <translation>该行不是 JSON 对象（应为 {example}）</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/read_xlsx.py" line="20" />
        <source>{file}: cannot open the XLSX file ({reason})</source>
        <translation>{file}：无法打开 XLSX 文件（{reason}）</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/read_xlsx.py" line="21" />
        <source>{file}: no sheet has a header in its first {rows} rows (column names such as phone, time, scam type)</source>
        <translation>{file}：所有工作表的前{rows}行中都找不到表头（如 手机号、预警时间、诈骗类型）</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/read_xlsx.py" line="22" />
        <source>{file}: not a valid XLSX file (the archive is broken)</source>
        <translation>{file}：不是有效的 XLSX 文件（压缩包损坏）</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/read_xlsx.py" line="23" />
        <source>{file}: too large once unpacked ({size} MB); refused</source>
        <translation>{file}：解压后过大（{size} MB），拒绝导入</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/read_xlsx.py" line="24" />
        <source>{file}: the XLSX content is broken ({reason})</source>
        <translation>{file}：XLSX 内容损坏（{reason}）</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/report.py" line="14" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/report.py" line="15" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/report.py" line="16" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/report.py" line="17" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/report.py" line="18" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/report.py" line="19" />
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/report.py" line="21" />
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/report.py" line="22" />
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/report.py" line="23" />
        <source>Import errors</source>
        <translation>导入错误</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/rows.py" line="40" />
        <source>Unknown scam type: {value}</source>
        <translation>未知的诈骗类型：{value}</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/rows.py" line="41" />
        <source>Unknown warning level (red/orange/yellow): {value}</source>
        <translation>未知的预警级别（红/橙/黄）：{value}</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/rows.py" line="42" />
        <source>Unknown trigger kind (call/SMS/link/app/account): {value}</source>
        <translation>未知的预警类型（电话/短信/网址/APP/账户）：{value}</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/rows.py" line="44" />
        <source>{field} is empty (required)</source>
        <translation>{field}为空（必填）</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/rows.py" line="45" />
        <source>The ID number's district code (first 6 digits) is unknown, perhaps an old code: imported, please check</source>
        <translation>身份证号前6位行政区划代码未知（可能是旧代码），已导入，请核对</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/rows.py" line="47" />
        <source>Contains invisible control characters</source>
        <translation>含有不可见的控制字符</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/sniff.py" line="12" />
        <source>Cannot read the file {file}: {reason}</source>
        <translation>无法读取文件 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/sniff.py" line="13" />
        <source>{file} is not a file</source>
        <translation>{file} 不是文件</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/sniff.py" line="14" />
        <source>{file} is empty</source>
        <translation>{file} 是空文件</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/sniff.py" line="15" />
        <source>{file} is too large ({size} MB; at most {limit} MB): split it and import the parts</source>
        <translation>{file} 太大（{size} MB），上限 {limit} MB，请拆分后导入</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/sniff.py" line="16" />
        <source>This is an old Excel (.xls) file: save it as .xlsx or CSV in Excel, then import that</source>
        <translation>这是旧版 Excel (.xls) 文件，请在 Excel 中另存为 .xlsx 或 CSV 后导入</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/sniff.py" line="17" />
        <source>{file} is not a valid XLSX file</source>
        <translation>{file} 不是有效的 XLSX 文件</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/sniff.py" line="18" />
        <source>Files of type {suffix} cannot be imported: CSV, XLSX and JSONL can</source>
        <translation>不支持的文件类型 {suffix}：支持 CSV、XLSX、JSONL</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/sniff.py" line="19" />
        <source>(no extension)</source>
        <translation>（无扩展名）</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/times.py" line="15" />
        <source>Unknown time zone: {name}</source>
        <translation>未知时区：{name}</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/times.py" line="16" />
        <source>The date is out of range (around the year 1 or 9999)</source>
        <translation>日期超出可处理的范围（公元1年或9999年前后）</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/times.py" line="17" />
        <source>The warning time is before 2000: not plausible</source>
        <translation>预警时间早于2000年，不合理</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/times.py" line="18" />
        <source>The warning time is later than now</source>
        <translation>预警时间晚于当前时间</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/times.py" line="19" />
        <source>Only a date, no time of day</source>
        <translation>只有日期，缺少具体时刻</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/times.py" line="20" />
        <source>Only a time of day, no date</source>
        <translation>只有时刻，缺少日期</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/times.py" line="21" />
        <source>Not a time. Accepted: 2026-11-25 14:03[:05], 2026/11/25 14:03, 2026年11月25日 14时03分, ISO 8601, Excel dates, Unix seconds</source>
        <translation>无法识别的时间格式。支持：2026-11-25 14:03[:05]、2026/11/25 14:03、2026年11月25日 14时03分、ISO 8601、Excel日期、Unix秒</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/times.py" line="22" />
        <source>The warning time is empty</source>
        <translation>预警时间为空</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/times.py" line="23" />
        <source>No such date or time (e.g. 30 February, 25 o'clock)</source>
        <translation>日期或时刻不存在（如2月30日、25时）</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/times.py" line="24" />
        <source>A number that is neither an Excel date nor Unix seconds</source>
        <translation>数字无法识别为时间（Excel日期或Unix秒）</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/times.py" line="25" />
        <source>Not a valid UTC offset</source>
        <translation>时区偏移无效</translation>
    </message>
    <message>
        <location filename="../../workstation/services/intake.py" line="68" />
        <source>{file}: a file with the same content was imported at {at} by {by} ({created} new leads); nothing was changed</source>
        <translation>{file}：相同内容的文件已于 {at} 由 {by} 导入（{created} 条新线索），本次未做任何更改</translation>
    </message>
    <message>
        <location filename="../../workstation/services/intake.py" line="69" />
        <source>{file}: import cancelled, nothing was imported</source>
        <translation>{file}：导入已取消，未导入任何数据</translation>
    </message>
    <message>
        <location filename="../../workstation/services/intake.py" line="70" />
        <source>{file}: {imported} of {rows} rows imported: {created} new leads, {joined} added to open leads, {repeated} already known</source>
        <translation>{file}：共 {rows} 行，已导入 {imported} 行：新线索 {created} 条，并入已有线索 {joined} 条，重复 {repeated} 条</translation>
    </message>
    <message>
        <location filename="../../workstation/services/intake.py" line="71" />
        <source>{file}: {imported} of {rows} rows imported: {created} new leads, {joined} added to open leads, {repeated} already known; {skipped} invalid rows skipped</source>
        <translation>{file}：共 {rows} 行，已导入 {imported} 行：新线索 {created} 条，并入已有线索 {joined} 条，重复 {repeated} 条；跳过无效行 {skipped} 行</translation>
    </message>
    <message>
        <location filename="../../workstation/services/intake.py" line="72" />
        <source>{file}: {bad} of {rows} rows have errors; nothing of the file was imported</source>
        <translation>{file}：{bad} 行有错误，整个文件未导入（共 {rows} 行）</translation>
    </message>
    <message>
        <location filename="../../workstation/services/intake.py" line="73" />
        <source>Row {row}, {column}: {reason} (value: {value})</source>
        <translation>第{row}行 {column}：{reason}（值：{value}）</translation>
    </message>
    <message>
        <location filename="../../workstation/services/intake.py" line="74" />
        <source>Row {row}: {reason} (value: {value})</source>
        <translation>第{row}行：{reason}（值：{value}）</translation>
    </message>
    <message>
        <location filename="../../workstation/services/intake.py" line="75" />
        <source>File, {column}: {reason} (value: {value})</source>
        <translation>文件 {column}：{reason}（值：{value}）</translation>
    </message>
    <message>
        <location filename="../../workstation/services/intake.py" line="76" />
        <source>… and {count} more errors</source>
        <translation>……另有 {count} 个错误</translation>
    </message>
    <message>
        <location filename="../../workstation/services/intake.py" line="199" />
        <source>Cannot read the mapping file {path}: {reason}</source>
        <translation>无法读取映射文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/services/intake.py" line="200" />
        <source>{path}: expected [columns] (column = field) and [defaults] (field = value) tables of text</source>
        <translation>{path}：应包含 [columns]（列 = 字段）和 [defaults]（字段 = 值）两个文本表</translation>
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
        <translation>正在写入…</translation>
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