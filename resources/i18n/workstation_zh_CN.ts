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
        <location filename="../../ui/app.py" line="153" />
        <source>Warning-call workstation</source>
        <translation>预警劝阻工作台</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="157" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <location filename="../../ui/review/board.py" line="75" />
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="75" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="75" />
        <source>District</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="75" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="75" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="76" />
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="77" />
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="78" />
        <source>Held for</source>
        <translation>已持有</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="79" />
        <source>Attempts</source>
        <translation>拨打次数</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="87" />
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="89" />
        <source>Give the selected lead to the chosen officer (asks first)</source>
        <translation>把选中的线索改派给所选民警（先确认）</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="94" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="96" />
        <source>Give the lead back to the officer who had it</source>
        <translation>把线索还给原来的民警</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="104" />
        <source>Selected lead to:</source>
        <translation>选中线索改派给：</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="280" />
        <source>Give lead {0} ({1}, {2}) to {3}?</source>
        <translation>把线索 {0}（{1}，{2}）改派给 {3}？</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="283" />
        <source>{0} holds it now and will no longer be able to record on it.</source>
        <translation>{0} 正在处置，改派后将不能再记录该线索。</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="286" />
        <source>Nobody holds it now.</source>
        <translation>目前无人处置。</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="287" />
        <source>Reassign lead</source>
        <translation>改派线索</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="290" />
        <source>Reassign</source>
        <translation>改派</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="291" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="324" />
        <source>Gave {0} back to {1}.</source>
        <translation>已把 {0} 还给 {1}。</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="324" />
        <source>Gave {0} to {1}.</source>
        <translation>已把 {0} 改派给 {1}。</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="326" />
        <source>Nobody held it before.</source>
        <translation>此前无人处置。</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="115" />
        <source>Queue against the clock</source>
        <translation>队列与时限</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="116" />
        <source>Who holds which lead</source>
        <translation>线索持有情况</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="117" />
        <source>Unreachable, waiting for escalation</source>
        <translation>联系不上，待移交</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="177" />
        <source>Choose an officer…</source>
        <translation>选择民警…</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="179" />
        <source>{0} · holds {1}</source>
        <translation>{0} · 处置中 {1} 条</translation>
    </message>
    <message>
        <location filename="../../ui/review/board.py" line="190" />
        <source>Open {0} · overdue {1} · due within {2} min {3} · held {4} · unreachable {5}</source>
        <translation>待处置 {0} · 超时 {1} · {2} 分钟内到期 {3} · 处置中 {4} · 联系不上 {5}</translation>
    </message>
</context>
<context>
    <name>CaseDetailsDialog</name>
    <message>
        <location filename="../../ui/lead_facts.py" line="294" />
        <source>Record case details</source>
        <translation>登记受案信息</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="295" />
        <source>110 dispatch</source>
        <translation>110指令</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="295" />
        <source>Found at work</source>
        <translation>工作中发现</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="295" />
        <source>Report</source>
        <translation>报案</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="295" />
        <source>Surrender</source>
        <translation>投案</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="296" />
        <source>Transfer from another unit</source>
        <translation>移送</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="296" />
        <source>Brought in by citizens</source>
        <translation>扭送</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="296" />
        <location filename="../../ui/lead_facts.py" line="311" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="302" />
        <source>e.g. the anti-fraud centre's reporting desk</source>
        <translation>例如：反诈中心接报案窗口</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="304" />
        <source>Where the reporter lives</source>
        <translation>报案人现住址</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="306" />
        <source>Who, when, how they were deceived, how much was transferred</source>
        <translation>何人、何时、如何被骗、转账多少</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="308" />
        <source>Criminal case under our jurisdiction: open a case</source>
        <translation>属于本单位管辖的刑事案件，建议及时立案侦查</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="309" />
        <source>Administrative case under our jurisdiction: investigate</source>
        <translation>属于本单位管辖的行政案件，建议及时调查处理</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="310" />
        <source>Not under our jurisdiction: transfer to the competent unit</source>
        <translation>不属于本单位管辖，建议移送有关单位处理</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="311" />
        <source>Not a police matter: tell the reporter in writing</source>
        <translation>不属于公安机关职责范围，不予调查处理并当场书面告知当事人</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="314" />
        <source>Printed below the decision (required for Other)</source>
        <translation>印在受案意见下方（选“其他”时必填）</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="315" />
        <source>Case source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="316" />
        <source>Received at</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="317" />
        <source>Received where</source>
        <translation>接报地点</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="318" />
        <source>Reporter's address</source>
        <translation>报案人住址</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="319" />
        <source>Reporter's workplace</source>
        <translation>报案人工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="320" />
        <source>Brief facts</source>
        <translation>简要案情</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="321" />
        <source>Intake decision</source>
        <translation>受案意见</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="322" />
        <source>Decision note</source>
        <translation>意见说明</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="345" />
        <source>Write the decision for Other</source>
        <translation>选“其他”时请填写受案意见</translation>
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
        <location filename="../../ui/sync_status.py" line="98" />
        <source>Connect to the centre's server</source>
        <translation>连接中心服务器</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="103" />
        <source>Upgrade the centre's database schema if needed</source>
        <translation>需要时升级中心数据库结构</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="109" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="110" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../ui/widgets.py" line="285" />
        <source>Due in {0}</source>
        <translation>剩余 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="288" />
        <source>Overdue by {0}</source>
        <translation>已超时 {0}</translation>
    </message>
</context>
<context>
    <name>DeskMenus</name>
    <message>
        <location filename="../../ui/desk_menus.py" line="68" />
        <source>&amp;File</source>
        <extracomment>A dialog was opened from a menu (the dialog).</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="70" />
        <source>Import leads…</source>
        <translation>导入线索…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="72" />
        <source>Watch drop folder…</source>
        <translation>监视投递目录…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="78" />
        <source>Print thank-you letters…</source>
        <translation>批量打印感谢信…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="81" />
        <source>Lock screen</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="82" />
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="86" />
        <source>&amp;Lead</source>
        <translation>线索(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="92" />
        <source>Print work record sheet…</source>
        <translation>打印预警劝阻工作记录单…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="94" />
        <source>Record thank-you recipient…</source>
        <translation>登记感谢对象…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="96" />
        <source>Record thanks received…</source>
        <translation>登记收到的感谢…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="99" />
        <source>My reviews…</source>
        <translation>我的复核…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="107" />
        <source>&amp;Team lead</source>
        <translation>组长(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="109" />
        <source>Board and review</source>
        <translation>组长看板</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="111" />
        <source>Lead desk</source>
        <translation>线索处置</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="113" />
        <source>Manage call scripts…</source>
        <translation>话术管理…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="115" />
        <source>Unit name on forms…</source>
        <translation>文书填报单位…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="122" />
        <source>&amp;Admin</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="124" />
        <source>Officers…</source>
        <translation>民警管理…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="126" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="129" />
        <source>&amp;Centre</source>
        <translation>中心(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="131" />
        <source>Connect to centre…</source>
        <translation>连接中心…</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="133" />
        <source>Check notices</source>
        <translation>查看通知</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="135" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="137" />
        <location filename="../../ui/desk_menus.py" line="306" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="138" />
        <location filename="../../ui/desk_menus.py" line="297" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="161" />
        <source>Stopped watching the drop folder</source>
        <translation>已停止监视投递目录</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="170" />
        <source>Watching %1 for lead files</source>
        <translation>正在监视 %1 中的线索文件</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="174" />
        <source>Drop folder to watch</source>
        <translation>选择要监视的投递目录</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="192" />
        <source>Open a lead first</source>
        <translation>请先打开一条线索</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="221" />
        <source>Manage call scripts</source>
        <translation>话术管理</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="222" />
        <source>Scam type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="256" />
        <source>The forms now print the unit name %1</source>
        <translation>文书的填报单位已设为 %1</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="281" />
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="281" />
        <source>Nothing changed.</source>
        <translation>没有变化。</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="283" />
        <source>The language changes at the next start.</source>
        <translation>界面语言在下次启动时切换。</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="292" />
        <source>Warning-call workstation</source>
        <translation>预警劝阻工作台</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="294" />
        <source>Version {0}, build {1}</source>
        <translation>版本 {0}，构建 {1}</translation>
    </message>
    <message>
        <location filename="../../ui/desk_menus.py" line="296" />
        <source>Data directory: {0}</source>
        <translation>数据目录：{0}</translation>
    </message>
</context>
<context>
    <name>ErrorReportDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="50" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="53" />
        <source>Something went wrong that the desk did not expect: {0}.</source>
        <translation>工作台遇到了意外错误：{0}。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="54" />
        <source>Check that your last change was saved. If it happens again, send the details below to your IT staff (they hold no personal data).</source>
        <translation>请检查刚才的操作是否已保存。如果再次发生，请把下面的详细信息发给技术人员（其中不含个人信息）。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="57" />
        <source>The log file: {0}</source>
        <translation>日志文件：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="66" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="67" />
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="81" />
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>FactDialog</name>
    <message>
        <location filename="../../ui/lead_facts.py" line="103" />
        <source>Record</source>
        <extracomment>The fact was recorded: the new event's id. A fact recorded once and corrected by recording it again: the dialog starts from the last one.</extracomment>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="205" />
        <source>Nothing was recorded. Please correct:</source>
        <translation>未登记。请更正：</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../ui/widgets.py" line="515" />
        <source>… and {0} more, marked in red</source>
        <translation>……另有 {0} 项，已用红框标出</translation>
    </message>
</context>
<context>
    <name>FiguresWidget</name>
    <message>
        <location filename="../../ui/review/figures.py" line="60" />
        <source>Weekly report (PDF + XLSX)…</source>
        <translation>周报（PDF + XLSX）…</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="68" />
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="101" />
        <source>Received {0} · handled {1} · calls {2} · reached {3} · persuaded {4} · protected ¥{5} · stop-payments {6} (¥{7}) · warning → first call: median {8} min, p90 {9} min</source>
        <translation>接收 {0} · 处置 {1} · 通话 {2} · 接通 {3} · 劝阻成功 {4} · 劝阻金额 ¥{5} · 紧急止付 {6}（¥{7}）· 预警到首次拨打：中位 {8} 分钟，P90 {9} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="106" />
        <source>Per scam type</source>
        <translation>按诈骗类型</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="107" />
        <location filename="../../ui/review/figures.py" line="116" />
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="107" />
        <location filename="../../ui/review/figures.py" line="111" />
        <location filename="../../ui/review/figures.py" line="117" />
        <source>Handled</source>
        <translation>已处置</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="108" />
        <location filename="../../ui/review/figures.py" line="112" />
        <location filename="../../ui/review/figures.py" line="118" />
        <source>Persuaded</source>
        <translation>劝阻成功</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="110" />
        <source>Per officer</source>
        <translation>按民警</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="115" />
        <source>Week over week</source>
        <translation>周环比</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="123" />
        <source>Save the weekly report in</source>
        <translation>周报保存到</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="148" />
        <source>Weekly report written</source>
        <translation>周报已生成</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="149" />
        <source>The weekly report for %1 is in %2:</source>
        <translation>%1 的研判周报已保存在 %2：</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="153" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/review/figures.py" line="154" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/intake_dialog.py" line="82" />
        <source>Import leads</source>
        <translation>导入线索</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="141" />
        <source>Import the valid rows and skip invalid ones</source>
        <translation>导入有效行，跳过无效行</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="120" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="92" />
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="94" />
        <source>Add files (Ctrl+O)</source>
        <translation>添加文件（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="96" />
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="120" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="120" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="120" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="126" />
        <source>First rows</source>
        <translation>前几行</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="127" />
        <location filename="../../ui/intake_dialog.py" line="503" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="132" />
        <source>How the columns are read (change any that is wrong):</source>
        <translation>各列的导入方式（如有不对请修改）：</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="150" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="279" />
        <source>Reading {0} again with your choices…</source>
        <translation>正在按您的选择重新读取 {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="292" />
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="311" />
        <source>Corrected here; the file says: {0}</source>
        <translation>已在此更正；文件中为：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="328" />
        <source>Format: {0}.</source>
        <translation>格式：{0}。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="330" />
        <source>Header in row {0}.</source>
        <translation>表头在第 {0} 行。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="333" />
        <source>Read from the values (check them): {0}.</source>
        <translation>根据列中的值判断（请核对）：{0}。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="335" />
        <source>Choices remembered from an earlier file with the same headers.</source>
        <translation>已沿用之前相同表头文件的映射。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="343" />
        <source>{0} of the first {1} rows have problems (in red; point at a cell to see why): double-click a cell to correct it, or tick the box below to import the other rows.</source>
        <translation>前 {1} 行中有 {0} 行有问题（红色；鼠标指向单元格可看原因）：双击单元格可更正，或勾选下方选项只导入其余的行。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="345" />
        <source>Cannot import yet: no column gives {0}. Choose its column, or a default below.</source>
        <translation>还不能导入：没有列提供{0}。请为它选择一列，或在下方给出默认值。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="371" />
        <source>These files are imported: add others to import more</source>
        <translation>这些文件已导入：如需继续，请添加其他文件</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="373" />
        <source>Reading the files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="375" />
        <source>Cannot be imported as they are: {0}</source>
        <translation>以下文件目前不能导入：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="377" />
        <source>Import the files (Enter)</source>
        <translation>导入这些文件（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="467" />
        <source>No column gives it: choose its column, or a default</source>
        <translation>没有列提供该字段：请选择对应的列，或设置默认值</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="582" />
        <source>import errors.xlsx</source>
        <translation>导入错误报告.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="154" />
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="157" />
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="160" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="190" />
        <source>Choose lead files</source>
        <translation>选择线索文件</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="191" />
        <source>Lead files (*.csv *.txt *.xlsx *.jsonl *.json);;All files (*)</source>
        <translation>线索文件 (*.csv *.txt *.xlsx *.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="271" />
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="390" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="412" />
        <source>Cancelling… nothing of the current file will be kept</source>
        <translation>正在取消…当前文件不会保留任何内容</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="423" />
        <source>File {0} of {1}: {2} rows read, saving them (cannot be cancelled now)…</source>
        <translation>第 {0}/{1} 个文件：已读取 {2} 行，正在写入数据库（此时不能取消）……</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="424" />
        <source>Saving…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="426" />
        <source>File {0} of {1}: {2} rows read</source>
        <translation>第 {0}/{1} 个文件：已读取 {2} 行</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="427" />
        <source>Reading: %p %</source>
        <translation>读取中：%p %</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="445" />
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="497" />
        <source>Double-click to correct the value, then import again</source>
        <translation>双击更正该值，然后重新导入</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="503" />
        <source>Problems ({0})</source>
        <translation>问题（{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="533" />
        <source>{0} cells corrected; the file itself is not changed. Import again to use them.</source>
        <translation>已更正 {0} 个单元格（文件本身未改动）。请重新导入以使用更正后的值。</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="558" />
        <source>Imported before: nothing changed</source>
        <translation>之前已导入：未做更改</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="561" />
        <location filename="../../ui/intake_dialog.py" line="569" />
        <source>Nothing imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="564" />
        <source>{0} of {1} rows imported</source>
        <translation>共 {1} 行，已导入 {0} 行</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="570" />
        <source>Import failed, nothing of the current file was kept: {0}</source>
        <translation>导入失败，当前文件未保留任何内容：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.py" line="581" />
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
</context>
<context>
    <name>LeadInfo</name>
    <message>
        <location filename="../../ui/lead_info.py" line="73" />
        <source>Fraud call</source>
        <translation>涉诈电话</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="73" />
        <source>Fraud SMS</source>
        <translation>涉诈短信</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="74" />
        <source>Fraud link</source>
        <translation>涉诈网址</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="74" />
        <source>Fraud app</source>
        <translation>涉诈APP</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="75" />
        <source>Flagged account</source>
        <translation>涉诈账户</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="76" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="109" />
        <source>Reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="109" />
        <source>Needs follow-up</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="110" />
        <source>Commended</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="143" />
        <source>Release</source>
        <extracomment>Reprint requested for an archived document (its id).</extracomment>
        <translation>释放</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="144" />
        <source>Give the lead back to the queue</source>
        <translation>将线索退回队列</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="147" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="148" />
        <source>Print a form for this lead (Ctrl+P: work record sheet)</source>
        <translation>打印本线索的文书（Ctrl+P：预警劝阻工作记录单）</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="152" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="153" />
        <source>Record facts the printed forms need</source>
        <translation>记录文书所需的信息</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="187" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="190" />
        <source>Why warned</source>
        <translation>预警原因</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="205" />
        <location filename="../../ui/lead_info.py" line="207" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="205" />
        <location filename="../../ui/lead_info.py" line="207" />
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="205" />
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="205" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="207" />
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="213" />
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="213" />
        <source>Form</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="213" />
        <source>Serial no.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="213" />
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="216" />
        <source>Reprint</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="225" />
        <source>Earlier calls</source>
        <translation>历史通话</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="226" />
        <source>History</source>
        <translation>处置记录</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="227" />
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="256" />
        <source>At risk: ¥{0}</source>
        <translation>涉险金额：¥{0}</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="270" />
        <source>Earlier calls ({0})</source>
        <translation>历史通话（{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="271" />
        <source>History ({0})</source>
        <translation>处置记录（{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/lead_info.py" line="280" />
        <source>Documents ({0})</source>
        <translation>文书（{0}）</translation>
    </message>
</context>
<context>
    <name>LeadPanel</name>
    <message>
        <location filename="../../ui/lead_panel.py" line="93" />
        <source>No lead on hand. Take the next one (F5).</source>
        <translation>当前没有线索。按 F5 领取下一条。</translation>
    </message>
    <message>
        <location filename="../../ui/lead_panel.py" line="185" />
        <source>Thank-you recipient…</source>
        <translation>感谢对象…</translation>
    </message>
    <message>
        <location filename="../../ui/lead_panel.py" line="186" />
        <source>Thanks received…</source>
        <translation>收到的感谢…</translation>
    </message>
    <message>
        <location filename="../../ui/lead_panel.py" line="187" />
        <source>Case details…</source>
        <translation>受案信息…</translation>
    </message>
    <message>
        <location filename="../../ui/lead_panel.py" line="188" />
        <source>Visit…</source>
        <translation>上门劝阻…</translation>
    </message>
    <message>
        <location filename="../../ui/lead_panel.py" line="299" />
        <source>The call scripts could not be read: {0}</source>
        <translation>无法读取话术：{0}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock_screen.py" line="139" />
        <source>Locked — the desk was idle</source>
        <extracomment>The policy says the desk has been idle long enough. The officer signed out: the app shows the sign-in (their drafts stay on the desk). Another officer signed in at this desk (their OfficerInfo): the app opens their desk.</extracomment>
        <translation>已锁屏：长时间无操作</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="139" />
        <source>Locked</source>
        <translation>已锁屏</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="140" />
        <source>Sign in to send your work to the centre</source>
        <translation>请登录，以便将工作上传中心</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="149" />
        <location filename="../../ui/lock_screen.py" line="237" />
        <source>Signed in: %1 (%2)</source>
        <translation>当前民警：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="156" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="162" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="164" />
        <location filename="../../ui/lock_screen.py" line="239" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="173" />
        <location filename="../../ui/lock_screen.py" line="240" />
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="175" />
        <source>Another officer signs in at this desk; your drafts stay saved</source>
        <translation>由另一位民警在本工位登录；您的草稿仍保存着</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="177" />
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="179" />
        <source>Back to the sign-in; your drafts stay saved on this desk</source>
        <translation>回到登录界面；您的草稿仍保存在本工位</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="181" />
        <source>Drafts and the leads you hold stay as they are.</source>
        <translation>草稿和您处置中的线索保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="232" />
        <source>Another officer signs in at this desk</source>
        <translation>另一位民警在本工位登录</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="233" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="234" />
        <source>Back to %1</source>
        <translation>回到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="255" />
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="284" />
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="90" />
        <source>Warning-call workstation — sign in</source>
        <extracomment>The core accepted the password. The core refused (the message is the core's, shown as-is).</extracomment>
        <translation>预警劝阻工作台 — 登录</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="92" />
        <location filename="../../ui/login.py" line="129" />
        <source>DEMO MODE (sample data, demo accounts)</source>
        <translation>演示模式（示例数据、演示账号）</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="96" />
        <source>Warning-call workstation</source>
        <translation>预警劝阻工作台</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="102" />
        <source>e.g. officer1</source>
        <translation>例如 officer1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="110" />
        <source>Opening the desk's database…</source>
        <translation>正在打开本工位的数据库……</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="116" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="118" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="121" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="122" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="151" />
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="125" />
        <source>Warning-call workstation — %1</source>
        <extracomment>A lead was claimed (or reopened) and is now shown in the lead panel. The lock screen's Sign out (None) or Switch user (the next officer's OfficerInfo): ui.desk_session closes this window and shows the sign-in or that officer's desk.</extracomment>
        <translation>预警劝阻工作台 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <location filename="../../ui/main_window.py" line="282" />
        <source>DEMO MODE (sample data, demo accounts)</source>
        <translation>演示模式（示例数据、演示账号）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <source>Lead desk</source>
        <translation>线索处置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165" />
        <source>Team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240" />
        <source>Next lead</source>
        <translation>下一条</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248" />
        <source>My leads</source>
        <translation>我的线索</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269" />
        <source>Officer: %1 (%2) · %3</source>
        <translation>民警：%1（%2）· %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271" />
        <source>Desk: %1</source>
        <translation>席位：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280" />
        <source>DEMO MODE</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323" />
        <source>Centre time %1</source>
        <translation>中心时间 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362" />
        <source>A call is not saved</source>
        <translation>通话尚未保存</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363" />
        <source>The call on lead %1 is not saved. Take another lead anyway? You keep this one, and what you typed stays as its draft.</source>
        <translation>线索 %1 的通话尚未保存。仍要领取下一条吗？这条线索仍在您名下，已填写的内容保留为草稿。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367" />
        <source>Take the next lead</source>
        <translation>领取下一条</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368" />
        <source>Stay on this call</source>
        <translation>留在本条通话</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410" />
        <source>Lead %1 is kept for the callback %2 arranged: only they can take it until %3.</source>
        <translation>线索 %1 是 %2 约定的回拨：%3 前只有该民警可以领取。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="412" />
        <source>Lead is held</source>
        <translation>线索已被认领</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407" />
        <source>Lead %1 is being handled by %2.</source>
        <translation>线索 %1 正由 %2 处置。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242" />
        <source>Claim the most urgent lead nobody holds</source>
        <translation>领取最紧急的未认领线索</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435" />
        <source>Opened %1 (%2)</source>
        <translation>已打开 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="461" />
        <source>Released %1: it is back in the queue for any officer.</source>
        <translation>已释放 %1：该线索已回到队列，任何民警均可领取。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="498" />
        <source>Sign in on the centre</source>
        <translation>登录中心</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="499" />
        <source>You are not signed in on this centre yet. Your work stays on this desk until you do.</source>
        <translation>您尚未在此中心登录。登录之前，您的工作保存在本机，不会丢失。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="502" />
        <source>Sign in now</source>
        <translation>现在登录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="503" />
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="550" />
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="28" />
        <source>  Error report: {path}</source>
        <translation>  错误报告：{path}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="29" />
        <source>Error: no such folder: {path}</source>
        <translation>错误：目录不存在：{path}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="30" />
        <source>Watching {path} (Ctrl+C stops)</source>
        <translation>正在监视 {path}（Ctrl+C 停止）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="31" />
        <source>Stopped watching; the file being imported was rolled back and left where it was</source>
        <translation>已停止监视；正在导入的文件已回滚，留在原处</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="32" />
        <source>Error: {option} takes NAME=VALUE, not {text}</source>
        <translation>错误：{option} 的格式是 名称=值，而不是 {text}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="33" />
        <location filename="../../workstation/cli/main.py" line="36" />
        <source>Error: {text}</source>
        <translation>错误：{text}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="34" />
        <source>  To fix: name the column for {label}, e.g. --map {pair} (its header as written in the file); or give every row the same value: --default {default}; or put these in a mapping file: --mapping FILE (see resources/intake/mapping-example.toml)</source>
        <translation>  解决办法：指明哪一列是{label}，例如 --map {pair}（列名照文件原样写）；或为每一行填同一个值：--default {default}；或把这些写进映射文件：--mapping 文件（格式见 resources/intake/mapping-example.toml）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="35" />
        <source>  To fix: name the column for {label}, e.g. --map {pair} (its header as written in the file); or put it in a mapping file: --mapping FILE (see resources/intake/mapping-example.toml)</source>
        <translation>  解决办法：指明哪一列是{label}，例如 --map {pair}（列名照文件原样写）；或写进映射文件：--mapping 文件（格式见 resources/intake/mapping-example.toml）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="36" />
        <source>  To fix: name the columns for the phone number and the scam type, each header as written in the file, e.g. {maps}; or put them in a mapping file: --mapping FILE (see resources/intake/mapping-example.toml)</source>
        <translation>  解决办法：指明哪一列是手机号、哪一列是诈骗类型（列名照文件原样写），例如 {maps}；或写进映射文件：--mapping 文件（格式见 resources/intake/mapping-example.toml）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="41" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="42" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="42" />
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="43" />
        <source>New leads</source>
        <translation>新线索</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="43" />
        <source>Joined</source>
        <translation>并入</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="44" />
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="44" />
        <source>Imported by</source>
        <translation>导入人</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="49" />
        <source>Read the file's COLUMN (its header as written) as FIELD (phone, scam_type, level, trigger_kind, triggered_at, …, or ignore); repeat for more columns</source>
        <translation>把文件的 COLUMN 列（列名照原样写）读作 FIELD 字段（phone、scam_type、level、trigger_kind、triggered_at……，或 ignore 不导入）；多列可重复</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="51" />
        <source>The value of FIELD for rows without one (e.g. level=orange, scam_type=click_farming, trigger_kind=unknown); repeat for more fields</source>
        <translation>没有该值的行取 FIELD 的默认值（例如 level=orange、scam_type=click_farming、trigger_kind=unknown）；多个字段可重复</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="53" />
        <source>A TOML or JSON file with [columns] (COLUMN = FIELD) and [defaults] (FIELD = VALUE), as in resources/intake/mapping-example.toml; --map and --default go on top of it</source>
        <translation>含 [columns]（列名 = 字段）和 [defaults]（字段 = 值）的 TOML 或 JSON 文件，格式见 resources/intake/mapping-example.toml；--map 和 --default 优先于它</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="78" />
        <source>Import files; each file goes in whole or not at all</source>
        <translation>导入文件；每个文件要么全部导入，要么完全不导入</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="80" />
        <source>Import the valid rows and report the others</source>
        <translation>导入有效行，其余行写入错误报告</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="81" />
        <source>Where to write the error report (.csv or .xlsx; default: &lt;file&gt;.errors.csv beside each file with problems)</source>
        <translation>错误报告的保存位置（.csv 或 .xlsx；默认：有问题的文件旁的 &lt;文件名&gt;.errors.csv）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="83" />
        <source>The signed-in officer recorded as the importer (default: the OS user, as os:NAME)</source>
        <translation>记为导入人的已登录民警（默认：操作系统用户，记为 os:用户名）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="87" />
        <source>Import files dropped into DIR; move them to done/ or failed/</source>
        <translation>导入放入 DIR 目录的文件；导入后移到 done/ 或 failed/</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="89" />
        <source>Import what is ready now, then exit</source>
        <translation>导入当前已就绪的文件后退出</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="90" />
        <source>Seconds between looks at the folder</source>
        <translation>检查目录的间隔秒数</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="92" />
        <source>Seconds a file must stay unchanged before it is taken (still being written)</source>
        <translation>文件须保持不变多少秒才会被导入（以免文件仍在写入）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="95" />
        <source>The signed-in officer recorded as the importer, checked once at the start (default: the OS user, as os:NAME)</source>
        <translation>记为导入人的已登录民警，启动时核验一次（默认：操作系统用户，记为 os:用户名）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/intake_cmd.py" line="98" />
        <source>Files imported so far, newest first</source>
        <translation>已导入的文件，最新的在前</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/main.py" line="37" />
        <source>Database error: {text}</source>
        <translation>数据库错误：{text}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/main.py" line="38" />
        <source>The warning-call workstation</source>
        <translation>预警劝阻工作台</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/main.py" line="39" />
        <source>Database URL: sqlite:///path or postgresql://user@host/db (default: SQLite in the user data directory)</source>
        <translation>数据库地址：sqlite:///路径 或 postgresql://用户@主机/库（默认：用户数据目录中的 SQLite）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/main.py" line="40" />
        <source>The desk's data directory (default: WS_DATA_DIR or the user data directory)</source>
        <translation>本工位的数据目录（默认：WS_DATA_DIR，否则为用户数据目录）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/main.py" line="41" />
        <source>Print the version and build, then stop</source>
        <translation>显示版本和构建号后退出</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/main.py" line="42" />
        <source>Language of messages (default: WS_LANG, else zh_CN)</source>
        <translation>提示信息的语言（默认：WS_LANG，否则为 zh_CN）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/login_cmd.py" line="17" />
        <source>--minutes must be between 1 and {limit}</source>
        <translation>--minutes 须在 1 到 {limit} 之间</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/login_cmd.py" line="18" />
        <source>{who} is signed in until {until}</source>
        <translation>{who} 已登录至 {until}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/login_cmd.py" line="19" />
        <source>Nobody was signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/login_cmd.py" line="20" />
        <source>{who} signed out</source>
        <translation>{who} 已退出</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/login_cmd.py" line="21" />
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/login_cmd.py" line="22" />
        <source>{why}: not signed in</source>
        <translation>{why}；未登录</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/login_cmd.py" line="27" />
        <source>Who signs in</source>
        <translation>登录的民警</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/login_cmd.py" line="29" />
        <source>How long the session lasts in minutes (default {minutes}; at most the desk's idle_lock_minutes, and never less than {minutes})</source>
        <translation>会话时长（分钟；默认 {minutes}；最长为本工位的 idle_lock_minutes，且不少于 {minutes}）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="19" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="34" />
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="35" />
        <location filename="../../workstation/cli/review_cmd.py" line="34" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="36" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="37" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="38" />
        <location filename="../../workstation/cli/officers_cmd.py" line="20" />
        <location filename="../../workstation/intake/mapping.py" line="40" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="39" />
        <location filename="../../workstation/intake/mapping.py" line="41" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="40" />
        <location filename="../../workstation/cli/review_cmd.py" line="36" />
        <location filename="../../workstation/intake/mapping.py" line="43" />
        <source>District</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="41" />
        <source>At risk</source>
        <translation>涉险金额</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="42" />
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="43" />
        <source>Owner</source>
        <translation>处置人</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="45" />
        <source>{count} leads</source>
        <translation>共 {count} 条线索</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="46" />
        <source>1 lead</source>
        <translation>共 1 条线索</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="47" />
        <source>Released {lead}</source>
        <translation>已释放 {lead}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="48" />
        <source>Saved {ref}: {outcome} → {status}</source>
        <translation>已保存 {ref}：{outcome} → {status}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="49" />
        <source>next call {at}</source>
        <translation>下次拨打 {at}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="50" />
        <source>{officer} (callback)</source>
        <translation>{officer}（约定回拨）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="51" />
        <source>kept for you until {at}</source>
        <translation>{at} 前为您保留</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="52" />
        <source>Warned: {kind} {detail} at {at}, due {due}</source>
        <translation>预警：{kind} {detail}，于 {at}，截止 {due}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="53" />
        <source>id: {id}  owner: {owner}  attempts: {attempts}</source>
        <translation>id：{id}  处置人：{owner}  尝试次数：{attempts}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="54" />
        <source>Call {start}–{end} {officer} {outcome} {notes}</source>
        <translation>通话 {start}–{end} {officer} {outcome} {notes}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="66" />
        <source>Every matching lead (no limit), most urgent first</source>
        <translation>所有符合条件的线索（不限条数），最紧急的在前</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="68" />
        <source>Repeat for several; default: the open leads</source>
        <translation>可重复指定多个；默认：未办结的线索</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="69" />
        <source>Every status, closed ones too</source>
        <translation>所有状态，包括已办结的</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="72" />
        <source>Phone digits, a name or a lead reference</source>
        <translation>电话号码片段、姓名或线索编号</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="76" />
        <source>Show names, phone and ID numbers unmasked (a signed-in lead or admin; audited)</source>
        <translation>不打码显示姓名、电话和身份证号（须已登录的组长或管理员；记入审计）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="77" />
        <source>Who is asking (with --reveal)</source>
        <translation>查询的民警（配合 --reveal）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="81" />
        <source>Claim the most urgent unclaimed lead</source>
        <translation>领取最紧急的未认领线索</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="82" />
        <source>Who claims</source>
        <translation>领取的民警</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="86" />
        <source>Claim a chosen lead</source>
        <translation>领取指定线索</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="87" />
        <source>Give a held lead back to the queue</source>
        <translation>将名下线索退回队列</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="88" />
        <source>One lead in full, with its history</source>
        <translation>一条线索的全部信息及处置记录</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="90" />
        <location filename="../../workstation/cli/print_cmd.py" line="57" />
        <location filename="../../workstation/cli/review_cmd.py" line="72" />
        <source>Lead id, reference (YJ…) or a unique id prefix</source>
        <translation>线索 id、编号（YJ…）或唯一的 id 前缀</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="92" />
        <source>Who is asking (the lead's owner sees it unmasked)</source>
        <translation>查询的民警（线索的处置民警可看到未打码信息）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="93" />
        <source>Unmasked (a signed-in lead or admin; audited)</source>
        <translation>不打码显示（须已登录的组长或管理员；记入审计）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="101" />
        <source>Who called</source>
        <translation>拨打电话的民警</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="102" />
        <source>One of: {codes}</source>
        <translation>取值之一：{codes}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="104" />
        <source>Call start (ISO 8601; naive = centre time)</source>
        <translation>通话开始时间（ISO 8601；不带时区即中心时间）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="105" />
        <source>Call end (default: now)</source>
        <translation>通话结束时间（默认：现在）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="107" />
        <source>Who answered (default: nobody for no_answer/busy, else self)</source>
        <translation>接听人（默认：no_answer/busy 时为 nobody，否则为 self）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="118" />
        <source>With --code callback_requested: the lead is kept for you until its time and the grace (me, the default), or anyone's</source>
        <translation>配合 --code callback_requested：线索保留给您直到约定时间及宽限期结束（me，默认），或任何人都可领取</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/leads_cmd.py" line="121" />
        <source>Stop-payment (with --code transferred)</source>
        <translation>紧急止付（配合 --code transferred）</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/words.py" line="10" />
        <source>English</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/types.py" line="51" />
        <source>Impersonating police/prosecutors/courts</source>
        <translation>冒充公检法</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/types.py" line="52" />
        <source>Click-farming rebates</source>
        <translation>刷单返利</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/types.py" line="53" />
        <source>Fake loans and cards</source>
        <translation>虚假贷款办卡</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/types.py" line="54" />
        <source>Impersonating soldiers</source>
        <translation>冒充军人</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/types.py" line="55" />
        <source>Impersonating a boss or acquaintance</source>
        <translation>冒充领导熟人</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/types.py" line="56" />
        <source>Fake investment</source>
        <translation>虚假投资理财</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/types.py" line="57" />
        <source>Fake customer service / refunds</source>
        <translation>冒充电商物流客服</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/types.py" line="58" />
        <source>Fake credit-record repair</source>
        <translation>虚假征信</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/types.py" line="59" />
        <source>Romance and investment</source>
        <translation>网络婚恋交友</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/types.py" line="60" />
        <source>Fake game-item trading</source>
        <translation>网络游戏虚假交易</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/types.py" line="61" />
        <source>Fake shopping/services</source>
        <translation>虚假购物服务</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/words.py" line="29" />
        <source>red</source>
        <translation>红色</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/words.py" line="30" />
        <source>orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/words.py" line="31" />
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/words.py" line="34" />
        <source>Fraud call</source>
        <translation>涉诈电话</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/words.py" line="35" />
        <source>Fraud SMS</source>
        <translation>涉诈短信</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/words.py" line="36" />
        <source>Fraud link</source>
        <translation>涉诈网址</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/words.py" line="37" />
        <source>Fraud app</source>
        <translation>涉诈APP</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/words.py" line="38" />
        <source>Flagged account</source>
        <translation>涉诈账户</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/words.py" line="39" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/words.py" line="42" />
        <source>persuaded</source>
        <translation>劝阻成功</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/words.py" line="43" />
        <source>no answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/words.py" line="44" />
        <source>line busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/words.py" line="45" />
        <source>refused / hung up</source>
        <translation>拒接/挂断</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/words.py" line="46" />
        <source>wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/words.py" line="47" />
        <source>not deceived (guarded themselves)</source>
        <translation>未被骗（自主防范）</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/words.py" line="48" />
        <source>already transferred: stop-payment</source>
        <translation>已转账，需紧急止付</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/words.py" line="49" />
        <source>callback arranged</source>
        <translation>约定回拨</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/words.py" line="50" />
        <source>handed to the station for a visit</source>
        <translation>移交派出所上门劝阻</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="21" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="22" />
        <source>Badge number</source>
        <translation>警号</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="23" />
        <source>The new password: give it on the second line of --password-stdin, or type it at a terminal</source>
        <translation>新密码：请用 --password-stdin 的第二行或在终端输入</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="24" />
        <source>First password for {username}</source>
        <translation>{username} 的初始密码</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/common.py" line="40" />
        <source>Again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/common.py" line="41" />
        <location filename="../../workstation/services/setup.py" line="33" />
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="25" />
        <source>Added: {username} ({role})</source>
        <translation>已添加：{username}（{role}）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="26" />
        <source>Done: {username} {change}</source>
        <translation>已更新：{username} {change}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="32" />
        <source>Every officer this desk knows, with role and whether active</source>
        <translation>本工位已知的所有民警，含角色及是否启用</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="35" />
        <source>A new officer (the first password: next line of stdin, or asked twice)</source>
        <translation>新增民警（初始密码：标准输入的下一行，或提示输入两次）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="37" />
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="40" />
        <location filename="../../workstation/cli/officers_cmd.py" line="50" />
        <location filename="../../workstation/cli/setup_cmd.py" line="43" />
        <source>The admin</source>
        <translation>操作的管理员</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="42" />
        <source>Change an officer's role</source>
        <translation>更改民警的角色</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="43" />
        <source>An officer may no longer sign in</source>
        <translation>停用民警账户（不能再登录）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="44" />
        <source>An officer may sign in again</source>
        <translation>启用民警账户（可再次登录）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/officers_cmd.py" line="45" />
        <source>Lift a sign-in lockout</source>
        <translation>解除登录锁定</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/report_cmd.py" line="17" />
        <source>{week}: received {received}, handled {handled}, protected ¥{protected}</source>
        <translation>{week}：接警 {received}，处置 {handled}，劝阻金额 {protected} 元</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/report_cmd.py" line="18" />
        <source>The weekly analysis: PDF and XLSX, in the --lang language</source>
        <translation>研判周报：PDF 和 XLSX，使用 --lang 指定的语言</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/report_cmd.py" line="25" />
        <location filename="../../workstation/cli/report_cmd.py" line="33" />
        <source>ISO week, e.g. 2026-W47 (default: the current week)</source>
        <translation>ISO 周，例如 2026-W47（默认：本周）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/report_cmd.py" line="26" />
        <source>Directory for the files</source>
        <translation>文件的保存目录</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/report_cmd.py" line="27" />
        <source>Weeks shown week over week (default 8)</source>
        <translation>周环比显示的周数（默认 8）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/report_cmd.py" line="28" />
        <source>Who builds it (a team lead or an admin)</source>
        <translation>生成报表的民警（组长或管理员）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/report_cmd.py" line="29" />
        <source>Print the files and the totals as JSON</source>
        <translation>以 JSON 输出文件及合计</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/report_cmd.py" line="32" />
        <source>A week's figures: in total, by officer, scam type and district</source>
        <translation>一周的数据：合计及分民警、诈骗类型、辖区</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/report_cmd.py" line="34" />
        <location filename="../../workstation/cli/review_cmd.py" line="58" />
        <source>Who asks (a team lead or an admin)</source>
        <translation>查询人（带班领导或管理员）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/report_cmd.py" line="61" />
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/report_cmd.py" line="62" />
        <source>Taken</source>
        <translation>领取</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/report_cmd.py" line="63" />
        <source>Handled</source>
        <translation>已处置</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/report_cmd.py" line="65" />
        <source>Persuaded</source>
        <translation>劝阻成功</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/report_cmd.py" line="66" />
        <source>Protected (¥)</source>
        <translation>劝阻金额（元）</translation>
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
        <location filename="../../workstation/sync/centre.py" line="42" />
        <source>Wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../../workstation/services/auth.py" line="35" />
        <location filename="../../workstation/sync/centre_errors.py" line="32" />
        <source>User name: 1 to {limit} letters, digits, _ . or -</source>
        <translation>用户名只能含字母、数字、_ . -，1-{limit} 位</translation>
    </message>
    <message>
        <location filename="../../workstation/services/auth.py" line="36" />
        <source>Name: 1 to {limit} characters</source>
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
        <location filename="../../workstation/sync/centre_errors.py" line="31" />
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
        <location filename="../../workstation/services/form_facts.py" line="35" />
        <location filename="../../workstation/services/leads.py" line="35" />
        <location filename="../../workstation/services/review.py" line="44" />
        <location filename="../../workstation/sync/centre_errors.py" line="26" />
        <source>No such officer '{username}'</source>
        <translation>找不到民警“{username}”</translation>
    </message>
    <message>
        <location filename="../../workstation/services/auth.py" line="43" />
        <location filename="../../workstation/sync/centre_errors.py" line="29" />
        <source>The last admin cannot give up the admin role</source>
        <translation>不能撤销最后一名管理员的角色</translation>
    </message>
    <message>
        <location filename="../../workstation/services/auth.py" line="44" />
        <location filename="../../workstation/sync/centre_errors.py" line="28" />
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
        <location filename="../../workstation/services/review.py" line="45" />
        <source>{name} is an admin and does not take leads</source>
        <translation>{name} 是内勤，不处置线索</translation>
    </message>
    <message>
        <location filename="../../workstation/services/review.py" line="46" />
        <location filename="../../workstation/sync/centre_errors.py" line="24" />
        <source>Lead {ref} is no longer open: it cannot be reassigned</source>
        <translation>线索 {ref} 已不在处置中，不能改派</translation>
    </message>
    <message>
        <location filename="../../workstation/services/review.py" line="47" />
        <location filename="../../workstation/sync/centre_errors.py" line="21" />
        <source>Lead {ref} is already held by {name}</source>
        <translation>线索 {ref} 已由 {name} 处置</translation>
    </message>
    <message>
        <location filename="../../workstation/services/review.py" line="48" />
        <source>Unknown verdict '{verdict}' (one of: {allowed})</source>
        <translation>未知的复核结论 '{verdict}'（可选：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../workstation/services/review.py" line="49" />
        <source>A comment has at most {limit} characters</source>
        <translation>复核意见不超过 {limit} 字</translation>
    </message>
    <message>
        <location filename="../../workstation/services/review.py" line="50" />
        <source>Say what to follow up</source>
        <translation>需跟进须写明意见</translation>
    </message>
    <message>
        <location filename="../../workstation/services/review.py" line="51" />
        <source>No such call '{call}'</source>
        <translation>找不到通话记录 '{call}'</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="24" />
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="25" />
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="26" />
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="27" />
        <source>show this help message and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="28" />
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s：错误：%(message)s</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="29" />
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="30" />
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="31" />
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="32" />
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="33" />
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="34" />
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="35" />
        <source>expected at least one argument</source>
        <translation>至少需要一个参数</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="36" />
        <source>expected at most one argument</source>
        <translation>至多一个参数</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="37" />
        <source>expected %s argument</source>
        <translation>需要 %s 个参数</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="38" />
        <source>expected %s arguments</source>
        <translation>需要 %s 个参数</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="39" />
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="40" />
        <source>one of the arguments %s is required</source>
        <translation>参数 %s 必须给出其一</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="41" />
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项有歧义：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="42" />
        <source>ignored explicit argument %r</source>
        <translation>忽略了多余的参数 %r</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="43" />
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/argparse_words.py" line="44" />
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的子命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="20" />
        <source>Audit log intact: {entries} entries, the newest {seq}:{hash}</source>
        <translation>审计日志完好：{entries} 条，末条 {seq}:{hash}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="21" />
        <source>Audit log tampered with at entry {seq}: {problem}</source>
        <translation>审计日志被篡改：第 {seq} 条：{problem}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="22" />
        <source>The audit log's guard is broken: {problem}</source>
        <translation>审计日志的防护被破坏：{problem}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="23" />
        <source>Not checked against the centre's copy: {reason}</source>
        <translation>未能与中心副本核对：{reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="24" />
        <source>Matches the centre's copy: {entries} entries for desk {desk}, up to entry {seq}</source>
        <translation>与中心副本一致：中心存有工位 {desk} 的 {entries} 条，至第 {seq} 条</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="25" />
        <source>Differs from the centre's copy (desk {desk}): {problem}</source>
        <translation>与中心副本不符（工位 {desk}）：{problem}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="26" />
        <source>'{text}' is not SEQ:HASH (e.g. 120:3f5a…, 64 hex digits)</source>
        <translation>“{text}”不是 序号:哈希（如 120:3f5a…，64 位十六进制）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="27" />
        <source>{count} entries</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="28" />
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="29" />
        <location filename="../../workstation/cli/intake_cmd.py" line="41" />
        <location filename="../../workstation/cli/print_cmd.py" line="43" />
        <location filename="../../workstation/reports/xlsx.py" line="52" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="30" />
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="31" />
        <source>Desk</source>
        <translation>工位</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="32" />
        <location filename="../../workstation/cli/print_cmd.py" line="46" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="33" />
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="34" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="35" />
        <source>Check that no entry was changed or removed (exit 9 if one was)</source>
        <translation>核对没有条目被修改或删除（若有，退出码 9）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="37" />
        <source>Compare with this centre's copy (default: the centre this desk is connected to; the password as for sync)</source>
        <translation>与该中心的副本比对（默认：本工位已连接的中心；密码同同步）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="38" />
        <source>Check this desk only, not against the centre</source>
        <translation>只核对本工位，不与中心比对</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="39" />
        <source>Audit entries, oldest first</source>
        <translation>审计条目，从早到晚</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="40" />
        <source>From this time on (ISO 8601; naive = centre time)</source>
        <translation>自此时间起（ISO 8601；不带时区即中心时间）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="41" />
        <source>Only entries of this person</source>
        <translation>只看此人的条目</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="42" />
        <source>E.g. sign_in_failed, personal_data_viewed, printed, exported</source>
        <translation>如 sign_in_failed、personal_data_viewed、printed、exported</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="43" />
        <source>At most this many entries</source>
        <translation>最多列出的条数</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="44" />
        <source>A team lead or admin (the log names who looked at whom)</source>
        <translation>组长或管理员（日志会记下谁查看了谁）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/audit_cmd.py" line="36" />
        <source>SEQ:HASH written down earlier (from a verify): must still be there, so cutting off the newest entries is found too</source>
        <translation>之前记下的 序号:哈希（来自一次核对）：该条须仍在，末尾条目被删也能发现</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/common.py" line="29" />
        <source>Not signed in: run `workstation login` first, or pass --officer NAME --password-stdin</source>
        <translation>未登录：请先运行 `workstation login`，或加 --officer 用户名 --password-stdin 从标准输入读取密码</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/common.py" line="30" />
        <source>This desk is not set up yet: an admin runs `workstation setup` first (or `workstation demo` for a demo desk)</source>
        <translation>本工位尚未设置：请管理员先运行 `workstation setup`（演示工位运行 `workstation demo`）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/common.py" line="31" />
        <source>{why}; not signed in: run `workstation login` first, or pass --officer NAME --password-stdin</source>
        <translation>{why}；未登录：请先运行 `workstation login`，或加 --officer 用户名 --password-stdin 从标准输入读取密码</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/common.py" line="32" />
        <source>The session signed in is {saved}'s, not {name}'s</source>
        <translation>已登录的是 {saved}，不是 {name}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/common.py" line="33" />
        <source>--password-stdin needs --officer NAME (say who signs in)</source>
        <translation>--password-stdin 需要 --officer 用户名（指明谁登录）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/common.py" line="34" />
        <source>No password on standard input</source>
        <translation>标准输入中没有密码</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/common.py" line="35" />
        <source>Officer (user name): </source>
        <translation>民警用户名：</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/common.py" line="36" />
        <source>Password of {name}: </source>
        <translation>{name} 的密码：</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/common.py" line="37" />
        <source>'{text}' is not a time (use 2026-11-25T14:03)</source>
        <translation>“{text}”不是时间（格式如 2026-11-25T14:03）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/common.py" line="38" />
        <source>Who acts (must be signed in)</source>
        <translation>操作的民警（须已登录）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/common.py" line="42" />
        <source>Read the officer's password from the first line of standard input and sign in for this command only</source>
        <translation>从标准输入第一行读取密码，仅为本条命令登录</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/common.py" line="39" />
        <source>{who}; default: WS_OFFICER, else the officer of `workstation login`</source>
        <translation>{who}；默认：WS_OFFICER，否则为 `workstation login` 登录的民警</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/db_cmd.py" line="11" />
        <source>Schema {before} → {after}</source>
        <translation>数据库结构 {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/db_cmd.py" line="12" />
        <location filename="../../workstation/sync/connect.py" line="28" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/db_cmd.py" line="13" />
        <source>Rebuilt {count} leads from their events</source>
        <translation>已根据事件重建 {count} 条线索</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/db_cmd.py" line="14" />
        <source>Demo data: {officers} officers (password {password}), {leads} leads</source>
        <translation>演示数据：{officers} 名民警（密码 {password}），{leads} 条线索</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/db_cmd.py" line="15" />
        <source>Apply every migration</source>
        <translation>执行全部数据库迁移</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/db_cmd.py" line="16" />
        <source>Recompute every lead's state from its events</source>
        <translation>根据事件重新计算每条线索的状态</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/db_cmd.py" line="17" />
        <source>How many leads (default: %(default)s)</source>
        <translation>线索条数（默认：%(default)s）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/db_cmd.py" line="18" />
        <source>The random seed (the same seed, the same data)</source>
        <translation>随机种子（种子相同，数据相同）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="24" />
        <source>The work record sheet</source>
        <translation>预警劝阻工作记录单</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="25" />
        <source>The case intake form</source>
        <translation>受案登记表</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="26" />
        <source>The stop-payment request</source>
        <translation>紧急止付申请表</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="27" />
        <source>A thank-you letter</source>
        <translation>感谢信</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="28" />
        <source>The visit notice</source>
        <translation>上门劝阻告知书</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="30" />
        <source>Record a letter or banner the centre received</source>
        <translation>登记中心收到的感谢信或锦旗</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="31" />
        <source>Record the intake details the case intake form needs</source>
        <translation>登记受案登记表所需的受案信息</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="32" />
        <source>Record an in-person visit</source>
        <translation>登记上门劝阻</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="34" />
        <source>Give -o FILE.pdf or --printer NAME</source>
        <translation>请用 -o FILE.pdf 或 --printer NAME 指定输出</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="35" />
        <source>A time is required (--at)</source>
        <translation>请填写时间（--at）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="36" />
        <source>No such file {path}</source>
        <translation>找不到文件 {path}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="37" />
        <source>Serial {serial}  sha256 {sha256}  {pages} page(s)</source>
        <translation>编号 {serial}  sha256 {sha256}  共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="38" />
        <source>  {action}: {target}  (document {document})</source>
        <translation>  {action}：{target}（文书 {document}）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="39" />
        <source>{count} thank-you letter(s)</source>
        <translation>{count} 封感谢信</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="40" />
        <source>Sent to {printer}: {job}</source>
        <translation>已发送到 {printer}：{job}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="41" />
        <source>  archived as a print of {serial} (document {document})</source>
        <translation>  已作为 {serial} 的打印存档（文书 {document}）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="42" />
        <source>Recorded {event}</source>
        <translation>已记录 {event}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="44" />
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="45" />
        <source>Serial</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="47" />
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="48" />
        <location filename="../../workstation/cli/review_cmd.py" line="42" />
        <location filename="../../workstation/reports/pdf.py" line="55" />
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="49" />
        <source>Document</source>
        <translation>文书ID</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="58" />
        <source>Write the PDF here (atomically)</source>
        <translation>PDF 的保存位置（原子写入）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="59" />
        <source>Send to this CUPS printer (lp -d)</source>
        <translation>发送到该 CUPS 打印机（lp -d）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="60" />
        <source>Thanks: the recipient's event id (default: the latest recorded)</source>
        <translation>感谢信：受谢人的事件 id（默认：最近记录的）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="64" />
        <source>An archived document again, byte for byte</source>
        <translation>逐字节补打存档中的文书</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="65" />
        <source>Document id (or a unique prefix)</source>
        <translation>文书 id（或唯一前缀）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="71" />
        <source>Many letters in one PDF</source>
        <translation>多封信合为一个 PDF</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="73" />
        <location filename="../../workstation/cli/review_cmd.py" line="78" />
        <source>From this date/time (naive = centre time)</source>
        <translation>自此日期/时间起（不带时区即中心时间）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="74" />
        <source>Up to this date/time, exclusive (a date: that whole day)</source>
        <translation>至此日期/时间止，不含（只给日期：含当天全天）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="80" />
        <source>Hand a PDF file to a CUPS printer (vector, lp -d)</source>
        <translation>把 PDF 文件交给 CUPS 打印机（矢量，lp -d）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="86" />
        <source>The documents printed for a lead</source>
        <translation>一条线索已打印的文书</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="95" />
        <source>Who prints</source>
        <translation>打印的民警</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="101" />
        <source>Record who helped stop the fraud (for a thank-you letter)</source>
        <translation>记录协助止损的人（用于感谢信）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="104" />
        <source>What they did</source>
        <translation>所做的事</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="105" />
        <source>When (ISO 8601; naive = centre time)</source>
        <translation>时间（ISO 8601；不带时区即中心时间）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="109" />
        <location filename="../../workstation/cli/print_cmd.py" line="118" />
        <location filename="../../workstation/cli/print_cmd.py" line="133" />
        <location filename="../../workstation/cli/print_cmd.py" line="142" />
        <source>Who records it</source>
        <translation>记录的民警</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="124" />
        <source>The reporter's address</source>
        <translation>报案人住址</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="125" />
        <source>The brief facts of the case</source>
        <translation>简要案情</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="127" />
        <source>The intake decision: one of the printed options ({options}) or any other text</source>
        <translation>受案意见：表上印有的选项之一（{options}）或其他文字</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="130" />
        <source>Where the case was received</source>
        <translation>受案地点</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="131" />
        <source>When the case was received (default: now)</source>
        <translation>受案时间（默认：现在）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="132" />
        <source>The reporter's workplace</source>
        <translation>报案人工作单位</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="139" />
        <source>The two officers' names, comma-separated</source>
        <translation>两名民警的姓名，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/print_cmd.py" line="141" />
        <source>The visiting unit (default: the centre)</source>
        <translation>上门单位（默认：本中心）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/scripts_cmd.py" line="18" />
        <source>Script {scam_type} saved as version {version}</source>
        <translation>话术 {scam_type} 已保存为版本 {version}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/scripts_cmd.py" line="19" />
        <source>Script {scam_type} has no usable version</source>
        <translation>话术 {scam_type} 无可用版本</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/scripts_cmd.py" line="20" />
        <source>{valid} of {files} script files are valid</source>
        <translation>{files} 个话术文件中 {valid} 个有效</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/scripts_cmd.py" line="21" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/scripts_cmd.py" line="22" />
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/scripts_cmd.py" line="23" />
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/scripts_cmd.py" line="24" />
        <source>Added at</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/scripts_cmd.py" line="25" />
        <source>SHA-256</source>
        <translation>SHA-256 校验值</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/scripts_cmd.py" line="26" />
        <source>Validate script files (no database needed)</source>
        <translation>校验话术文件（无需数据库）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/scripts_cmd.py" line="27" />
        <source>Files or directories (default: resources/scripts)</source>
        <translation>文件或目录（默认：resources/scripts）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/scripts_cmd.py" line="28" />
        <source>Store a script file as the new version of its scam type (team lead)</source>
        <translation>将话术文件保存为该诈骗类型的新版本（组长）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/scripts_cmd.py" line="29" />
        <source>The script file (TOML)</source>
        <translation>话术文件（TOML）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/scripts_cmd.py" line="30" />
        <source>Who imports it (a team lead or an admin)</source>
        <translation>导入人（组长或管理员）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/scripts_cmd.py" line="31" />
        <source>Every version of one scam type's script, newest first</source>
        <translation>某诈骗类型话术的全部版本，从新到旧</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/scripts_cmd.py" line="32" />
        <source>The scam type, one of: {types}</source>
        <translation>诈骗类型，可选：{types}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/scripts_cmd.py" line="33" />
        <source>Print a script's TOML text (default: the version in use)</source>
        <translation>输出话术的 TOML 文本（默认：当前使用的版本）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/scripts_cmd.py" line="34" />
        <source>An older version, e.g. the one a call record names</source>
        <translation>较早的版本，如通话记录所注明的版本</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/session_file.py" line="40" />
        <source>{path}: the session key file is open to other users; remove it</source>
        <translation>{path}：会话密钥文件其他用户可读写，拒绝使用；请删除它</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/session_file.py" line="41" />
        <source>The session file or its key is missing or open to other users</source>
        <translation>登录会话文件不安全或密钥缺失</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/session_file.py" line="42" />
        <source>The session file is damaged</source>
        <translation>登录会话文件已损坏</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/session_file.py" line="43" />
        <source>The session file was changed</source>
        <translation>登录会话文件被改动过</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/session_file.py" line="44" />
        <source>The session is for another desk or database</source>
        <translation>登录会话属于另一工位或数据库</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/session_file.py" line="45" />
        <source>The session was issued in the future: the clock went back</source>
        <translation>登录会话的签发时间晚于当前时间：时钟被调回</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/session_file.py" line="46" />
        <source>The session is longer than this desk allows</source>
        <translation>登录会话超过本工位允许的时长</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/session_file.py" line="47" />
        <source>The session of {officer} expired at {at}</source>
        <translation>{officer} 的登录已于 {at} 过期</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/sync_cmd.py" line="16" />
        <source>Password for {url}: </source>
        <translation>{url} 的密码：</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/sync_cmd.py" line="17" />
        <source>Note: a password in the URL is visible in the process list and the shell history; prefer --password-stdin or the keyring</source>
        <translation>注意：地址中的密码在进程列表和命令历史中他人可见，请改用 --password-stdin 或钥匙串</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/sync_cmd.py" line="18" />
        <source>Connected to the centre: {url}, schema {revision}</source>
        <translation>已连接中心：{url}，数据库结构 {revision}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/sync_cmd.py" line="19" />
        <source>The centre's schema was upgraded</source>
        <translation>中心数据库结构已升级</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/sync_cmd.py" line="20" />
        <source>The keyring is unavailable: the password was not stored; use ~/.pgpass or PGPASSWORD next time</source>
        <translation>钥匙串不可用，密码未保存；下次请用 ~/.pgpass 或 PGPASSWORD</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/sync_cmd.py" line="21" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/sync_cmd.py" line="22" />
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/sync_cmd.py" line="23" />
        <source>Centre: {value}</source>
        <translation>中心：{value}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/sync_cmd.py" line="24" />
        <source>Last sync: {value}</source>
        <translation>上次同步：{value}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/sync_cmd.py" line="25" />
        <source>Waiting to go up: {value}</source>
        <translation>待上传：{value}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/sync_cmd.py" line="26" />
        <source>Refused by the centre (dead letters): {value}</source>
        <translation>中心拒收（无法上传）：{value}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/sync_cmd.py" line="27" />
        <source>Pulled but set aside: {value}</source>
        <translation>已拉取但未能应用：{value}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/sync_cmd.py" line="28" />
        <source>Pushed {pushed} (new {new}, refused {refused}), pulled {pulled}, expired leases {expired}</source>
        <translation>上传 {pushed} 条（新 {new} 条，被拒 {refused} 条），拉取 {pulled} 条，领取超时 {expired} 条</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/sync_cmd.py" line="29" />
        <source>Postgresql://user@host[:port]/db[?sslmode=…&amp;sslcert=…&amp;sslkey=…&amp;sslrootcert=…] or postgresql:///?service=NAME; a password goes to the OS keyring, never to a file (~/.pgpass, PGPASSWORD and client certificates work as for psql)</source>
        <translation>postgresql://用户@主机[:端口]/库[?sslmode=…&amp;sslcert=…&amp;sslkey=…&amp;sslrootcert=…] 或 postgresql:///?service=名称；密码存入系统钥匙串，绝不写入文件（~/.pgpass、PGPASSWORD 和客户端证书与 psql 用法相同）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/sync_cmd.py" line="30" />
        <source>Bring the centre's schema up to date if needed</source>
        <translation>必要时升级中心的数据库结构</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/sync_cmd.py" line="31" />
        <source>Read the password from standard input</source>
        <translation>从标准输入读取密码</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/sync_cmd.py" line="32" />
        <source>One round of sync, then stop</source>
        <translation>同步一轮后停止</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/sync_cmd.py" line="33" />
        <source>Status: show the state of sync</source>
        <translation>status：显示同步状态</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/sync_cmd.py" line="34" />
        <source>Sync as this officer (their events go up; default: the `workstation login` session, else the centre URL's own credentials)</source>
        <translation>以该民警身份同步（上传其事件；默认：`workstation login` 的会话，否则用中心地址自身的凭据）</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="31" />
        <source>Unknown outcome '{code}' (one of: {allowed})</source>
        <translation>未知的处置结果“{code}”（可选：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="32" />
        <source>The call start is required</source>
        <translation>请填写通话开始时间</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="33" />
        <source>The call end is required</source>
        <translation>请填写通话结束时间</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="34" />
        <source>The call ends before it starts</source>
        <translation>结束时间早于开始时间</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="35" />
        <source>The call end is in the future</source>
        <translation>结束时间在未来</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="36" />
        <source>'{text}' is not an amount: type yuan like 1234.50</source>
        <translation>“{text}”不是金额：请按元填写，如 1234.50</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="37" />
        <location filename="../../workstation/intake/fields.py" line="28" />
        <source>Not an amount</source>
        <translation>金额无效</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="38" />
        <source>An amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="39" />
        <source>The amount is too large</source>
        <translation>金额超出范围</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="40" />
        <source>Unknown answering party '{party}'</source>
        <translation>未知的接听人“{party}”</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="41" />
        <source>Say who the relative is (wife, son …)</source>
        <translation>接听人为亲友时须填写关系（妻子、儿子……）</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="42" />
        <source>The notes are too long: at most {most} characters</source>
        <translation>备注过长，最多 {most} 字</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="43" />
        <source>The script version must be 1 to {most}</source>
        <translation>话术版本号须在 1 到 {most} 之间</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="44" />
        <source>The relationship is at most {most} characters</source>
        <translation>关系最多 {most} 字</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="45" />
        <source>The script id is at most {most} characters</source>
        <translation>话术编号最多 {most} 字</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="46" />
        <source>Persuaded: say who was reached</source>
        <translation>劝阻成功须注明接听人</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="47" />
        <source>Nobody was reached: no amount can have been protected</source>
        <translation>未接通，不能填写劝阻金额</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="48" />
        <source>Nobody answered this call: choose Nobody under who answered</source>
        <translation>本次无人接听：接听人请选“无人”</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="49" />
        <source>The callback time is required</source>
        <translation>请填写约定回拨时间</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="50" />
        <source>The callback time must be in the future</source>
        <translation>回拨时间须晚于现在</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="51" />
        <source>A callback must be within 90 days</source>
        <translation>回拨时间最多在 90 天之内</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="52" />
        <source>Unknown callback choice '{value}' (me or anyone)</source>
        <translation>未知的回拨人“{value}”（本人或任何民警）</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="53" />
        <source>Name the police station that will visit</source>
        <translation>请填写负责上门的派出所</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="54" />
        <source>Money was transferred: the stop-payment details are required</source>
        <translation>已转账，须填写止付信息</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="55" />
        <source>The victim's account is required</source>
        <translation>请填写受害人账号</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="56" />
        <source>The victim's bank is required</source>
        <translation>请填写受害人开户行</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="57" />
        <source>The receiving account is required</source>
        <translation>请填写涉诈收款账号</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="58" />
        <source>The receiving bank is required</source>
        <translation>请填写涉诈账户开户行</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="59" />
        <source>The amount transferred is required</source>
        <translation>请填写转账金额</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="60" />
        <source>The amount transferred must be more than zero and in range</source>
        <translation>转账金额须大于零且在合理范围内</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="61" />
        <source>The transfer time is required</source>
        <translation>请填写转账时间</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="62" />
        <source>The transfer time is in the future</source>
        <translation>转账时间在未来</translation>
    </message>
    <message>
        <location filename="../../workstation/domain/outcome.py" line="63" />
        <source>{attempts} attempts: handed to the local station for a visit</source>
        <translation>已尝试 {attempts} 次，移交属地派出所上门劝阻</translation>
    </message>
    <message>
        <location filename="../../workstation/forms/common.py" line="57" />
        <source>A time without a time zone cannot be printed: {time}</source>
        <translation>时间缺少时区信息，无法打印：{time}</translation>
    </message>
    <message>
        <location filename="../../workstation/forms/common.py" line="58" />
        <source>The print job was cancelled</source>
        <translation>打印任务已取消</translation>
    </message>
    <message>
        <location filename="../../workstation/forms/common.py" line="59" />
        <source>There is no form to print</source>
        <translation>没有可打印的表单</translation>
    </message>
    <message>
        <location filename="../../workstation/forms/facts.py" line="64" />
        <location filename="../../workstation/services/documents.py" line="63" />
        <source>Unknown form '{kind}' (one of: {kinds})</source>
        <translation>未知的表单类型“{kind}”（可选：{kinds}）</translation>
    </message>
    <message>
        <location filename="../../workstation/forms/facts.py" line="65" />
        <source>Lead {ref} has no call recorded yet: record a call's outcome before printing its work record</source>
        <translation>线索 {ref} 尚无通话记录：请先记录通话处置结果，再打印工作记录单</translation>
    </message>
    <message>
        <location filename="../../workstation/forms/facts.py" line="66" />
        <source>Lead {ref} has no stop-payment request: record the outcome 'transferred' with the stop-payment details first</source>
        <translation>线索 {ref} 没有紧急止付申请：请先记录“已转账”处置结果及止付信息</translation>
    </message>
    <message>
        <location filename="../../workstation/forms/facts.py" line="67" />
        <source>Lead {ref} has no case details recorded yet: record the case details first</source>
        <translation>线索 {ref} 尚未登记受案信息：请先登记受案信息</translation>
    </message>
    <message>
        <location filename="../../workstation/forms/facts.py" line="68" />
        <source>Lead {ref} has no visit recorded yet: record the visit first</source>
        <translation>线索 {ref} 尚未登记上门劝阻情况：请先登记上门劝阻</translation>
    </message>
    <message>
        <location filename="../../workstation/forms/facts.py" line="69" />
        <source>Lead {ref} has no thank-you recipient recorded yet: record who is thanked and what they did first</source>
        <translation>线索 {ref} 尚未登记感谢对象：请先登记感谢对象及其事迹</translation>
    </message>
    <message>
        <location filename="../../workstation/forms/fonts.py" line="18" />
        <source>The Chinese font {font} was not found, so no form can be made: install fonts-wqy-microhei or put the font file in place (looked in: {looked})</source>
        <translation>找不到中文字体 {font}，无法生成表单：请安装 fonts-wqy-microhei 或放置字体文件（已查找：{looked}）</translation>
    </message>
    <message>
        <location filename="../../workstation/forms/money.py" line="9" />
        <source>A negative amount has no capital form: {amount}</source>
        <translation>大写金额不能为负数：{amount}</translation>
    </message>
    <message>
        <location filename="../../workstation/forms/money.py" line="10" />
        <source>The amount is too large for its capital form: {amount}</source>
        <translation>金额过大，无法转换为大写：{amount}</translation>
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
        <location filename="../../workstation/intake/mapping.py" line="42" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/mapping.py" line="44" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="29" />
        <source>Open {open} · overdue {overdue} · due within {minutes} min {due_soon} · held {held} · unreachable {unreachable}</source>
        <translation>待处置 {open} · 已超时 {overdue} · {minutes} 分钟内到期 {due_soon} · 处置中 {held} · 未联系上 {unreachable}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="30" />
        <source>Most urgent</source>
        <translation>最紧急</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="31" />
        <source>Held longest</source>
        <translation>持有最久</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="32" />
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="33" />
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="35" />
        <location filename="../../workstation/intake/mapping.py" line="45" />
        <location filename="../../workstation/reports/pdf.py" line="53" />
        <source>Scam type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="37" />
        <source>Held by</source>
        <translation>处置人</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="38" />
        <source>Minutes left</source>
        <translation>剩余分钟</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="39" />
        <source>Attempts</source>
        <translation>拨打次数</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="40" />
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="41" />
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="44" />
        <source>Verdict</source>
        <translation>复核结论</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="45" />
        <source>Reviewed at</source>
        <translation>复核时间</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="46" />
        <source>Reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="47" />
        <source>Comment</source>
        <translation>复核意见</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="49" />
        <source>Lead {ref} is {to}'s now (was {before})</source>
        <translation>预警 {ref} 已改派给 {to}（原为 {before}）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="50" />
        <source>nobody's</source>
        <translation>无人持有</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="51" />
        <source>Call {call}: {verdict}</source>
        <translation>通话 {call}：{verdict}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="52" />
        <source>{count} calls</source>
        <translation>共 {count} 次通话</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="54" />
        <source>Reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="55" />
        <source>Needs follow-up</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="65" />
        <source>The live board: open, overdue, held and unreached leads</source>
        <translation>值班看板：待处置、已超时、处置中及未联系上的预警</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="66" />
        <source>Leads in each list (default %(default)s)</source>
        <translation>每个列表的条数（默认 %(default)s）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="71" />
        <source>Give a lead to another officer (whoever held it loses it)</source>
        <translation>把预警改派给另一名民警（原处置人不再持有）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="73" />
        <source>The officer's user name</source>
        <translation>民警的用户名</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="77" />
        <source>Recorded calls, newest first, each with its latest verdict</source>
        <translation>已记录的通话，最新的在前，附最近一次复核结论</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="79" />
        <source>Before this date/time (naive = centre time)</source>
        <translation>早于此日期/时间（未注明时区的按中心时间）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="80" />
        <source>Only this officer's calls</source>
        <translation>只看该民警的通话</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="82" />
        <location filename="../../workstation/cli/review_cmd.py" line="95" />
        <source>At most this many (default %(default)s)</source>
        <translation>最多列出的条数（默认 %(default)s）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="87" />
        <source>Record a verdict on a call (reviewed, needs follow-up, commended)</source>
        <translation>记录对一次通话的复核结论（已复核、需跟进、表扬）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="88" />
        <source>The call's id (review calls shows it)</source>
        <translation>通话编号（review calls 中可见）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="90" />
        <source>What to say (needed for a follow-up)</source>
        <translation>复核意见（需跟进时必填）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="94" />
        <source>The verdicts on your own calls, newest first</source>
        <translation>对您本人通话的复核结论，最新的在前</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="97" />
        <source>Whose calls</source>
        <translation>谁的通话</translation>
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
        <location filename="../../workstation/cli/review_cmd.py" line="48" />
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
        <location filename="../../workstation/cli/setup_cmd.py" line="15" />
        <source>Set up: {unit} ({zone}); first admin {username}. Sign in with `workstation login --officer {username}`</source>
        <translation>设置完成：{unit}（{zone}）；首位管理员 {username}。用 `workstation login --officer {username}` 登录</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/setup_cmd.py" line="16" />
        <source>Set up: {unit} ({zone}); officers sign in with their centre accounts</source>
        <translation>设置完成：{unit}（{zone}）；民警用中心账号登录</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/setup_cmd.py" line="17" />
        <source>Password for {username}</source>
        <translation>{username} 的密码</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/setup_cmd.py" line="18" />
        <source>The admin's password: the first line of --password-stdin, or typed twice at a terminal</source>
        <translation>管理员密码：--password-stdin 的第一行，或在终端输入两次</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/setup_cmd.py" line="19" />
        <source>'{text}' is not NAME=VALUE</source>
        <translation>“{text}”不是 名称=值 的形式</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/setup_cmd.py" line="20" />
        <source>Nothing changed</source>
        <translation>没有变化</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/setup_cmd.py" line="21" />
        <source>Now {name} = {value}</source>
        <translation>现在 {name} = {value}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/setup_cmd.py" line="22" />
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/setup_cmd.py" line="23" />
        <location filename="../../workstation/intake/report.py" line="16" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/setup_cmd.py" line="28" />
        <source>The unit's full name, as printed on the forms</source>
        <translation>单位全称（印在表格上）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/setup_cmd.py" line="29" />
        <source>The centre's time zone (default Asia/Shanghai)</source>
        <translation>中心所在时区（默认 Asia/Shanghai）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/setup_cmd.py" line="30" />
        <source>The first admin's user name (standalone desks)</source>
        <translation>首位管理员的用户名（单机工位）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/setup_cmd.py" line="31" />
        <source>The first admin's display name</source>
        <translation>首位管理员的姓名</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/setup_cmd.py" line="32" />
        <source>The first admin's badge number</source>
        <translation>首位管理员的警号</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/setup_cmd.py" line="34" />
        <source>Read the admin's password from the first line of standard input</source>
        <translation>从标准输入的第一行读取管理员密码</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/setup_cmd.py" line="38" />
        <source>What a centre tunes on this desk, and the values now</source>
        <translation>中心可调整的本工位设置及当前值</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/setup_cmd.py" line="41" />
        <source>Change settings (an admin): NAME=VALUE …</source>
        <translation>修改设置（管理员）：名称=值 ……</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/report.py" line="17" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../workstation/intake/report.py" line="18" />
        <location filename="../../workstation/reports/xlsx.py" line="40" />
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
        <translation>这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV 后导入</translation>
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
        <location filename="../../workstation/security/audit.py" line="231" />
        <source>Entry {seq} differs from the hash written down</source>
        <translation>第 {seq} 条与记下的哈希不符</translation>
    </message>
    <message>
        <location filename="../../workstation/security/audit.py" line="232" />
        <source>Entry {seq} is gone: the end of the log was cut off</source>
        <translation>第 {seq} 条已不存在：日志末尾被删除</translation>
    </message>
    <message>
        <location filename="../../workstation/security/audit.py" line="233" />
        <source>Entries {first}–{last} were removed</source>
        <translation>第 {first}–{last} 条缺失</translation>
    </message>
    <message>
        <location filename="../../workstation/security/audit.py" line="234" />
        <source>Entry {seq}: the hash of the entry before it does not match: earlier entries were replaced</source>
        <translation>第 {seq} 条的前一哈希不符：之前的条目被替换</translation>
    </message>
    <message>
        <location filename="../../workstation/security/audit.py" line="235" />
        <source>Entry {seq} was changed: its hash does not match</source>
        <translation>第 {seq} 条内容被修改：哈希不符</translation>
    </message>
    <message>
        <location filename="../../workstation/security/audit.py" line="236" />
        <source>Trigger {trigger} on {table} is missing: {table} can be changed</source>
        <translation>{table} 上的触发器 {trigger} 不存在：{table} 可被改动</translation>
    </message>
    <message>
        <location filename="../../workstation/security/audit.py" line="237" />
        <source>Trigger {trigger} on {table} is disabled</source>
        <translation>{table} 上的触发器 {trigger} 已停用</translation>
    </message>
    <message>
        <location filename="../../workstation/security/audit.py" line="238" />
        <source>Trigger {trigger} on {table} was altered: it may not refuse changes</source>
        <translation>{table} 上的触发器 {trigger} 被改动：可能不再拒绝修改</translation>
    </message>
    <message>
        <location filename="../../workstation/security/audit_centre.py" line="27" />
        <source>The centre has no ws_audit.centre_audit: its schema is older, or the table was dropped</source>
        <translation>中心没有审计副本表 ws_audit.centre_audit：其数据库结构较旧，或该表被删除</translation>
    </message>
    <message>
        <location filename="../../workstation/security/audit_centre.py" line="28" />
        <source>This desk has no audit key, but the centre holds {held} entries in {chains} chain(s) under desk {desk}: the key, or the log and the key, were removed</source>
        <translation>本机没有审计密钥，中心却存有工位 {desk} 名下 {chains} 条链共 {held} 条审计记录：密钥或日志被删除</translation>
    </message>
    <message>
        <location filename="../../workstation/security/audit_centre.py" line="29" />
        <source>This desk's audit log is empty, but the centre holds entries for it: the log was deleted</source>
        <translation>本机审计日志为空，中心存有记录：日志被删除</translation>
    </message>
    <message>
        <location filename="../../workstation/security/audit_centre.py" line="30" />
        <source>The log ends at entry {last}, but the centre holds entry {seq} and later: the log was cut short</source>
        <translation>本机日志止于第 {last} 条，中心存有第 {seq} 条及其后的条目：日志末尾被删除</translation>
    </message>
    <message>
        <location filename="../../workstation/security/audit_centre.py" line="31" />
        <source>Entry {seq} is on the centre but not here: it was removed</source>
        <translation>第 {seq} 条在中心副本中有、本机却没有：条目被删除</translation>
    </message>
    <message>
        <location filename="../../workstation/security/audit_centre.py" line="32" />
        <source>Entry {seq} differs from the centre's copy: it was changed here after it was sent</source>
        <translation>第 {seq} 条与中心副本不符：送出后被改写</translation>
    </message>
    <message>
        <location filename="../../workstation/security/cipher.py" line="29" />
        <source>The OS keyring cannot be read: {error}</source>
        <translation>无法读取系统密钥环：{error}</translation>
    </message>
    <message>
        <location filename="../../workstation/security/cipher.py" line="30" />
        <source>The keyring holds no key for the database {name}</source>
        <translation>密钥环中没有数据库 {name} 的密钥</translation>
    </message>
    <message>
        <location filename="../../workstation/security/cipher.py" line="31" />
        <source>The SQLCipher driver is not installed (install the 'sqlcipher3' package)</source>
        <translation>未安装 SQLCipher 驱动（请安装 sqlcipher3 软件包）</translation>
    </message>
    <message>
        <location filename="../../workstation/services/context.py" line="23" />
        <source>The database schema is at {current}; {head} is needed: run `workstation db upgrade`</source>
        <translation>数据库结构版本为 {current}，需要 {head}；请运行 `workstation db upgrade`</translation>
    </message>
    <message>
        <location filename="../../workstation/services/documents.py" line="64" />
        <source>Unknown action '{action}' (one of: {actions})</source>
        <translation>未知的操作“{action}”（可选：{actions}）</translation>
    </message>
    <message>
        <location filename="../../workstation/services/documents.py" line="65" />
        <source>Copies must be between 1 and 999</source>
        <translation>份数须在 1 到 999 之间</translation>
    </message>
    <message>
        <location filename="../../workstation/services/documents.py" line="66" />
        <source>{name} may not print a batch: batches need a team lead or an admin</source>
        <translation>{name}无权批量打印，批量打印需要组长或管理员</translation>
    </message>
    <message>
        <location filename="../../workstation/services/documents.py" line="67" />
        <source>Lead {ref} is not a lead you worked: ask a team lead to print its forms</source>
        <translation>线索 {ref} 不由您处置，不能打印其文书，请联系组长</translation>
    </message>
    <message>
        <location filename="../../workstation/services/documents.py" line="68" />
        <source>No such archived document '{document}'</source>
        <translation>找不到存档文书“{document}”</translation>
    </message>
    <message>
        <location filename="../../workstation/services/documents.py" line="69" />
        <source>The archived bytes of document {serial} no longer match the hash recorded when it was printed</source>
        <translation>存档文书 {serial} 的内容与打印时记录的校验值不符</translation>
    </message>
    <message>
        <location filename="../../workstation/services/documents.py" line="70" />
        <source>A preview has no serial number: issue the document (print or save it) before it is archived</source>
        <translation>预览没有编号：须先打印或保存文书（取得编号）才能存档</translation>
    </message>
    <message>
        <location filename="../../workstation/services/documents.py" line="71" />
        <source>No thank-you letters were recorded in the chosen period</source>
        <translation>所选时间段内没有登记需要打印的感谢信</translation>
    </message>
    <message>
        <location filename="../../workstation/services/documents.py" line="72" />
        <source>No such thank-you recipient record {event}</source>
        <translation>找不到感谢对象记录 {event}</translation>
    </message>
    <message>
        <location filename="../../workstation/services/documents.py" line="73" />
        <source>The lp command was not found: the CUPS client is not installed</source>
        <translation>找不到 lp 命令：未安装 CUPS 打印客户端</translation>
    </message>
    <message>
        <location filename="../../workstation/services/documents.py" line="74" />
        <source>Printer {printer} refused the job: {reason}</source>
        <translation>打印机 {printer} 拒绝了打印任务：{reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/services/form_facts.py" line="36" />
        <source>Enter who is thanked (a person or a unit)</source>
        <translation>请填写感谢对象（个人或单位）</translation>
    </message>
    <message>
        <location filename="../../workstation/services/form_facts.py" line="37" />
        <source>Describe what they did</source>
        <translation>请填写感谢对象的事迹</translation>
    </message>
    <message>
        <location filename="../../workstation/services/form_facts.py" line="38" />
        <source>The amount must be a non-negative number of yuan with at most 12 digits and 2 decimals</source>
        <translation>金额须为不超过12位整数、两位小数的非负数（元）</translation>
    </message>
    <message>
        <location filename="../../workstation/services/form_facts.py" line="39" />
        <source>Unknown role '{role}' (one of: {roles})</source>
        <translation>未知的身份“{role}”（可选：{roles}）</translation>
    </message>
    <message>
        <location filename="../../workstation/services/form_facts.py" line="40" />
        <source>Unknown kind '{kind}' (one of: {kinds})</source>
        <translation>未知的类型“{kind}”（可选：{kinds}）</translation>
    </message>
    <message>
        <location filename="../../workstation/services/form_facts.py" line="41" />
        <source>Enter who sent the thanks</source>
        <translation>请填写赠送人</translation>
    </message>
    <message>
        <location filename="../../workstation/services/form_facts.py" line="42" />
        <source>Choose the case source</source>
        <translation>请选择案件来源</translation>
    </message>
    <message>
        <location filename="../../workstation/services/form_facts.py" line="43" />
        <source>The case source must be one of: {sources}</source>
        <translation>案件来源须为：{sources}</translation>
    </message>
    <message>
        <location filename="../../workstation/services/form_facts.py" line="44" />
        <source>Enter the reporter's address</source>
        <translation>请填写报案人住址</translation>
    </message>
    <message>
        <location filename="../../workstation/services/form_facts.py" line="45" />
        <source>Enter the brief facts of the case</source>
        <translation>请填写简要案情</translation>
    </message>
    <message>
        <location filename="../../workstation/services/form_facts.py" line="46" />
        <source>Choose or enter the intake decision</source>
        <translation>请选择或填写受案意见</translation>
    </message>
    <message>
        <location filename="../../workstation/services/form_facts.py" line="47" />
        <source>Enter the address visited</source>
        <translation>请填写上门地址</translation>
    </message>
    <message>
        <location filename="../../workstation/services/form_facts.py" line="48" />
        <source>Enter the two officers who visited</source>
        <translation>请填写两名上门民警</translation>
    </message>
    <message>
        <location filename="../../workstation/services/form_facts.py" line="49" />
        <source>The two visiting officers must be two different people</source>
        <translation>两名上门民警不能是同一人</translation>
    </message>
    <message>
        <location filename="../../workstation/services/form_facts.py" line="50" />
        <source>Enter the date and time</source>
        <translation>请填写日期和时间</translation>
    </message>
    <message>
        <location filename="../../workstation/services/form_facts.py" line="51" />
        <source>This time is in the future</source>
        <translation>该时间晚于当前时间</translation>
    </message>
    <message>
        <location filename="../../workstation/services/form_facts.py" line="52" />
        <source>Too long: at most {limit} characters (now {length})</source>
        <translation>内容过长：最多 {limit} 个字（现为 {length} 个字）</translation>
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
    <message>
        <location filename="../../workstation/services/leads.py" line="33" />
        <source>The lead key '{key}' matches more than one lead</source>
        <translation>线索编号“{key}”不唯一</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="34" />
        <source>No lead '{key}'</source>
        <translation>找不到线索“{key}”</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="36" />
        <location filename="../../workstation/sync/routing.py" line="14" />
        <source>No lead is waiting in the queue</source>
        <translation>队列中没有待处置的线索</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="37" />
        <source>Lead {ref} is being handled by {owner}</source>
        <translation>线索 {ref} 正由 {owner} 处置</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="38" />
        <source>Lead {ref} is {status}: it cannot be claimed</source>
        <translation>线索 {ref} {status}，不能领取</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="39" />
        <location filename="../../workstation/sync/centre_errors.py" line="22" />
        <source>Lead {ref} is kept for {officer}'s callback until {until}</source>
        <translation>线索 {ref} 为 {officer} 的约定回拨，{until} 前只有该民警可以领取</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="40" />
        <location filename="../../workstation/sync/routing.py" line="15" />
        <source>Lead {ref} is not yours</source>
        <translation>线索 {ref} 不在您名下</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="41" />
        <source>Unknown user '{officer}': no unmasked view</source>
        <translation>未知用户“{officer}”，不能查看完整个人信息</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="42" />
        <source>Lead {ref} is not yours: only a team lead or an admin may see it unmasked</source>
        <translation>线索 {ref} 不在您名下，查看完整个人信息需要组长或管理员</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="44" />
        <source>waiting</source>
        <translation>待处置</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="45" />
        <source>in hand</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="46" />
        <source>waiting for a callback</source>
        <translation>待回拨</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="47" />
        <source>waiting for a stop-payment</source>
        <translation>待止付</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="48" />
        <source>handed to the local station</source>
        <translation>已移交上门</translation>
    </message>
    <message>
        <location filename="../../workstation/services/leads.py" line="49" />
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
    <message>
        <location filename="../../workstation/services/scripts.py" line="45" />
        <source>Script {scam_type} has no version {number}</source>
        <translation>话术 {scam_type} 没有版本 {number}</translation>
    </message>
    <message>
        <location filename="../../workstation/services/scripts.py" line="46" />
        <source>Someone else just saved a new version of script {scam_type}: reopen it and edit again</source>
        <translation>话术 {scam_type} 刚有人保存了新版本，请重新打开后再改</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/centre.py" line="43" />
        <source>The centre cannot be reached; working offline ({reason})</source>
        <translation>无法连接中心服务器，离线工作（{reason}）</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/centre.py" line="44" />
        <source>{officer} has not signed in to the centre at this desk</source>
        <translation>{officer} 尚未在本机登录中心</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/centre.py" line="45" />
        <source>The centre's database schema {server} differs from this desk's {desk}: sync is paused until the older side is upgraded</source>
        <translation>中心数据库结构版本 {server} 与本机 {desk} 不一致，暂停同步；请升级较旧的一方</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/centre.py" line="46" />
        <source>This desk's clock differs from the centre's by {seconds} s: sync is paused; set the clock right</source>
        <translation>本机时钟与中心服务器相差 {seconds} 秒，暂停同步；请校准时间</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/connect.py" line="27" />
        <source>The centre's database schema is {current}; {head} is needed. Upgrade it now?</source>
        <translation>中心数据库结构为 {current}，需要 {head}，现在升级吗？</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/connect.py" line="29" />
        <source>{question} Use --migrate, or ask an administrator to run `workstation db upgrade`.</source>
        <translation>{question}请使用 --migrate，或请管理员运行 `workstation db upgrade`。</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/connect.py" line="30" />
        <source>This desk is not connected to a centre: run `workstation connect URL`</source>
        <translation>本机尚未连接中心，请运行 `workstation connect 地址`</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/credentials.py" line="37" />
        <source>Give the password once to `workstation connect` for the OS keyring, or use ~/.pgpass / PGPASSFILE, PGPASSWORD, a service file (PGSERVICEFILE), or a client certificate: ?sslmode=verify-full&amp;sslcert=…&amp;sslkey=…&amp;sslrootcert=…</source>
        <translation>可选：向 `workstation connect` 提供一次密码存入系统钥匙串，或使用 ~/.pgpass / PGPASSFILE、PGPASSWORD、服务文件（PGSERVICEFILE）、客户端证书：?sslmode=verify-full&amp;sslcert=…&amp;sslkey=…&amp;sslrootcert=…</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/credentials.py" line="38" />
        <source>The centre wants a password, or the password is wrong ({reason}) — {url}. {options}</source>
        <translation>中心服务器需要密码，或密码不对（{reason}）— {url}。{options}</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/credentials.py" line="39" />
        <source>The centre or libpq refused the connection ({reason}) — {url}. {options}</source>
        <translation>中心服务器拒绝了连接（{reason}）— {url}。{options}</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/credentials.py" line="40" />
        <source>Cannot connect to the centre ({reason})</source>
        <translation>无法连接中心服务器（{reason}）</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/notice_text.py" line="14" />
        <source>{by} reassigned the lead to {to}</source>
        <translation>线索已由 {by} 改派给 {to}</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/notice_text.py" line="15" />
        <source>The team lead reassigned the lead to {to}</source>
        <translation>线索已由组长改派给 {to}</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/notice_text.py" line="16" />
        <source>Your claim on the lead expired; it went back to the queue</source>
        <translation>线索领取已超时，已退回队列</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/notice_text.py" line="17" />
        <source>{text}; your call record is kept</source>
        <translation>{text}；您的通话记录已保存</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/options.py" line="31" />
        <source>Cannot read the centre's URL: expected postgresql://user@host[:port]/db or postgresql:///?service=NAME</source>
        <extracomment>Query parameters libpq treats as secrets: never saved, never shown.</extracomment>
        <translation>无法识别中心服务器地址：应为 postgresql://用户@主机[:端口]/库 或 postgresql:///?service=名称</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/options.py" line="32" />
        <source>The centre's URL must start with postgresql://</source>
        <translation>中心服务器地址须以 postgresql:// 开头</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/routing.py" line="12" />
        <source>Offline: only the leads you already hold are offered ({count})</source>
        <translation>离线：只能处置您已领取的线索（{count} 条）</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/routing.py" line="13" />
        <source>Offline, and you hold no lead</source>
        <translation>离线，您名下没有已领取的线索</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/worker.py" line="24" />
        <source>Sync error: {error}</source>
        <translation>同步出错：{error}</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/labels.py" line="14" />
        <source>Leads received</source>
        <translation>接警线索</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/labels.py" line="15" />
        <source>Leads handled</source>
        <translation>处置线索</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/report_cmd.py" line="64" />
        <location filename="../../workstation/reports/labels.py" line="16" />
        <source>Calls</source>
        <translation>通话次数</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/labels.py" line="17" />
        <source>Reach rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/labels.py" line="18" />
        <source>Persuasion rate</source>
        <translation>劝阻成功率</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/labels.py" line="19" />
        <source>Protected (yuan)</source>
        <translation>劝阻金额（元）</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/labels.py" line="20" />
        <source>Stop payments</source>
        <translation>止付笔数</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/labels.py" line="21" />
        <source>Stopped (yuan)</source>
        <translation>止付金额（元）</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/labels.py" line="22" />
        <source>First call, median (min)</source>
        <translation>首呼中位数（分）</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/labels.py" line="23" />
        <source>First call, P90 (min)</source>
        <translation>首呼P90（分）</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/labels.py" line="29" />
        <source>Leads taken</source>
        <extracomment>The per-officer tables: leads reach the centre, not an officer, so an officer's first figure is the leads they took (claimed, or were given by a team lead), next to those they handled.</extracomment>
        <translation>领取线索</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/labels.py" line="34" />
        <source>Leads received: leads whose warning time is in the period (the centre's: leads reach the centre, not an officer); leads taken (per officer): the leads the officer claimed or was given in the period; leads handled: leads with a call in the period (per officer: the leads that officer called).</source>
        <translation>接警线索：预警时间在本期内的线索（按中心统计：线索下发到中心，而非某位民警）；领取线索（分民警）：本期内该民警领取或被改派的线索；处置线索：本期内有通话记录的线索（分民警统计时为该民警通话的线索）。</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/labels.py" line="35" />
        <source>Reached, persuaded: the share of the period's handled leads where the person or a relative was reached, and where the outcome was persuaded.</source>
        <translation>接通率、劝阻成功率：本期处置线索中接通本人或亲友、处置结果为劝阻成功的线索所占比例。</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/labels.py" line="36" />
        <source>Protected: the sum of the amounts protected in the period's calls; stop-payments: the emergency stop-payment requests made in the period and the sum of their amounts.</source>
        <translation>劝阻金额：本期通话记录的劝阻金额之和；止付：本期提交的紧急止付申请笔数及申请止付金额之和。</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/labels.py" line="37" />
        <source>First call: for leads received and called in the period, the minutes from the warning to the first call (median and 90th percentile, linear interpolation).</source>
        <translation>首呼时长：本期接警且已呼叫的线索，自预警至首次呼叫的分钟数（中位数、第90百分位，线性插值）。</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/labels.py" line="40" />
        <source>Beijing time</source>
        <translation>北京时间</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/labels.py" line="42" />
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/labels.py" line="43" />
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="38" />
        <source>Weekly analysis of warning calls</source>
        <translation>预警劝阻工作研判周报</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="39" />
        <source>Prepared by</source>
        <translation>编制单位</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="40" />
        <source>Period: {first:%Y-%m-%d} to {last:%Y-%m-%d} ({tz})    Generated: {generated}</source>
        <translation>统计周期：{first:%Y年%m月%d日}至{last:%Y年%m月%d日}（{tz}）　生成时间：{generated}</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="41" />
        <source>This period: {received} leads received, {handled} handled, {calls} calls; reached {reached}, persuaded {persuaded}; protected {protected} yuan; emergency stop-payments: {stops}, {stopped} yuan; warning to first call: median {median} min, P90 {p90} min.</source>
        <translation>本期接警线索 {received} 条，处置 {handled} 条，通话 {calls} 次；接通率 {reached}，劝阻成功率 {persuaded}；劝阻金额 {protected} 元；紧急止付 {stops} 笔，止付金额 {stopped} 元；预警至首呼中位数 {median} 分钟，P90 {p90} 分钟。</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="42" />
        <source> Against the week before: leads handled {handled}, amount protected {protected}.</source>
        <translation>处置线索较上周 {handled}，劝阻金额较上周 {protected}。</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="43" />
        <source>1. Overview</source>
        <translation>一、总体情况</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="44" />
        <source>2. By scam type</source>
        <translation>二、分诈骗类型</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="45" />
        <source>3. By district</source>
        <translation>三、分辖区</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="46" />
        <source>4. By officer</source>
        <translation>四、分民警</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="47" />
        <source>5. Week over week</source>
        <translation>五、周环比</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="48" />
        <source>6. Notable cases</source>
        <translation>六、典型案例</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="49" />
        <source>Appendix: how the figures are counted</source>
        <translation>附：统计口径</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="50" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="51" />
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="52" />
        <source>Week before</source>
        <translation>上周</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="54" />
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="56" />
        <source>Week</source>
        <translation>周次</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="57" />
        <source>Leads received per scam type</source>
        <translation>各诈骗类型接警线索数</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="58" />
        <source>Leads handled per officer</source>
        <translation>各民警处置线索数</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="59" />
        <source>Leads handled in recent weeks</source>
        <translation>近几周处置线索数</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="60" />
        <source>(a) Calls that protected the most</source>
        <translation>（一）劝阻金额最大的通话</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="61" />
        <source>(b) Emergency stop-payments</source>
        <translation>（二）紧急止付</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="62" />
        <source>(c) Commended calls</source>
        <translation>（三）受表扬的处置</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="63" />
        <source>How it was handled</source>
        <translation>处置情况</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="64" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="65" />
        <source>Review comment</source>
        <translation>复核意见</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="66" />
        <source>Lead</source>
        <translation>线索编号</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="43" />
        <location filename="../../workstation/reports/pdf.py" line="67" />
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="68" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="69" />
        <source>None in this period</source>
        <translation>本期无</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="70" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/pdf.py" line="71" />
        <source>Page {page} of {count}</source>
        <translation>第 {page} 页  共 {count} 页</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/xlsx.py" line="32" />
        <source>About</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/xlsx.py" line="33" />
        <source>Overview</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/report_cmd.py" line="68" />
        <location filename="../../workstation/reports/xlsx.py" line="34" />
        <source>By scam type</source>
        <translation>分诈骗类型</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/report_cmd.py" line="69" />
        <location filename="../../workstation/reports/xlsx.py" line="35" />
        <source>By district</source>
        <translation>分辖区</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/report_cmd.py" line="67" />
        <location filename="../../workstation/reports/xlsx.py" line="36" />
        <source>By officer</source>
        <translation>分民警</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/xlsx.py" line="37" />
        <source>Week over week</source>
        <translation>周环比</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/xlsx.py" line="38" />
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/xlsx.py" line="39" />
        <source>Notable cases</source>
        <translation>典型案例</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/xlsx.py" line="41" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/xlsx.py" line="42" />
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/xlsx.py" line="43" />
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/xlsx.py" line="44" />
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/xlsx.py" line="45" />
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/xlsx.py" line="46" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/xlsx.py" line="47" />
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/xlsx.py" line="48" />
        <source>Definition</source>
        <translation>口径</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/xlsx.py" line="49" />
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/xlsx.py" line="50" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/report_cmd.py" line="60" />
        <location filename="../../workstation/reports/xlsx.py" line="51" />
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/xlsx.py" line="53" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/xlsx.py" line="54" />
        <source>Protected the most</source>
        <translation>劝阻金额最大</translation>
    </message>
    <message>
        <location filename="../../workstation/reports/xlsx.py" line="55" />
        <source>Emergency stop-payment</source>
        <translation>紧急止付</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/review_cmd.py" line="56" />
        <location filename="../../workstation/reports/xlsx.py" line="56" />
        <source>Commended</source>
        <translation>受表扬</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/checks.py" line="15" />
        <source>duplicate id '{id}' (already used in {where})</source>
        <translation>标识 '{id}' 重复（已用于 {where}）</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/checks.py" line="16" />
        <source>step '{step}' does not exist</source>
        <translation>步骤 '{step}' 不存在</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/checks.py" line="17" />
        <source>step '{step}' points to itself</source>
        <translation>步骤 '{step}' 指向自身</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/checks.py" line="18" />
        <source>phone number '{number}' is not allowed: only 96110, 110 and {placeholder} may appear</source>
        <translation>不允许出现电话号码 '{number}'：只能出现 96110、110 和 {placeholder}</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/checks.py" line="19" />
        <source>unknown placeholder '{name}' (only {placeholder} is allowed)</source>
        <translation>未知的占位符 '{name}'（只允许 {placeholder}）</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/checks.py" line="20" />
        <source>the file name '{name}' does not match id '{id}' (name it {id}.toml)</source>
        <translation>文件名 '{name}' 与标识 '{id}' 不符（应命名为 {id}.toml）</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/errors.py" line="10" />
        <source>{location} (line {line})</source>
        <translation>{location}（第 {line} 行）</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/errors.py" line="11" />
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="29" />
        <source>expected a table, got {got}</source>
        <translation>应为表，实为{got}</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="30" />
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="31" />
        <source>unknown key '{key}' (allowed: {allowed})</source>
        <translation>未知的键 '{key}'（可用：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="32" />
        <source>expected an array, got {got}</source>
        <translation>应为数组，实为{got}</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="33" />
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="34" />
        <source>expected a string, got {got}</source>
        <translation>应为字符串，实为{got}</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="35" />
        <source>'{text}' is not a valid id (lower-case letters, digits and _, starting with a letter)</source>
        <translation>'{text}' 不是有效的标识（小写字母、数字和 _，以字母开头）</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="36" />
        <source>the Chinese text is empty</source>
        <translation>中文文本为空</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="37" />
        <source>the English text is empty</source>
        <translation>英文文本为空</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="38" />
        <source>the Chinese text contains no Chinese characters</source>
        <translation>中文文本中没有汉字</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="39" />
        <source>unknown value '{text}' (allowed: {allowed})</source>
        <translation>未知的值 '{text}'（可用：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="40" />
        <source>unknown scam type '{id}' (known: {known})</source>
        <translation>未知的诈骗类型 '{id}'（已知：{known}）</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="41" />
        <source>expected a positive integer, got {got}</source>
        <translation>应为正整数，实为{got}</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="42" />
        <source>expected true or false, got {got}</source>
        <translation>应为 true 或 false，实为{got}</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="43" />
        <source>invalid TOML: {reason}</source>
        <translation>TOML 格式错误：{reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="44" />
        <source>cannot read the file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="45" />
        <source>not UTF-8 text (byte {at})</source>
        <translation>不是 UTF-8 文本（第 {at} 字节）</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="46" />
        <source>a table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="47" />
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="48" />
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="49" />
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="50" />
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../workstation/scripts/parse.py" line="51" />
        <source>a float</source>
        <translation>小数</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/centre_errors.py" line="19" />
        <source>You hold {count} leads already, the most one officer may hold: record or release some first</source>
        <translation>您已持有 {count} 条线索，请先处置或退回</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/centre_errors.py" line="20" />
        <source>The centre has no lead {lead}</source>
        <translation>中心没有线索 {lead}</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/centre_errors.py" line="23" />
        <source>Lead {ref} is not in the queue</source>
        <translation>线索 {ref} 不在队列中</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/centre_errors.py" line="25" />
        <source>Only a team lead may reassign a lead</source>
        <translation>只有组长可以改派线索</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/centre_errors.py" line="27" />
        <source>Only an admin may manage officers</source>
        <translation>只有管理员可以管理民警账户</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/centre_errors.py" line="30" />
        <source>Unknown role '{role}'</source>
        <translation>未知角色 '{role}'</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/centre_errors.py" line="33" />
        <source>Name: 1 to 64 characters; badge number: up to 16 characters</source>
        <translation>姓名 1-64 字，警号最多 16 位</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/centre_errors.py" line="34" />
        <source>The password must reach the centre as a SCRAM verifier</source>
        <translation>密码须以 SCRAM 校验值传送</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/centre_errors.py" line="35" />
        <source>Unknown or disabled officer: {username}</source>
        <translation>未知或已停用的民警：{username}</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/centre_errors.py" line="36" />
        <source>A batch holds at most 5000 events</source>
        <translation>一批最多 5000 个事件</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/centre_errors.py" line="37" />
        <source>At most 1000 claims can be renewed at once</source>
        <translation>一次最多续期 1000 个领取</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/centre_errors.py" line="38" />
        <source>A superuser must name the officer it acts for</source>
        <translation>超级用户须指明代表的民警</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/centre_errors.py" line="39" />
        <source>Signed in as {who}, cannot act as {other}</source>
        <translation>登录身份为 {who}，不能代表 {other}</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/centre_errors.py" line="40" />
        <source>The connection has no desk name (application_name)</source>
        <translation>会话没有工位名（application_name）</translation>
    </message>
    <message>
        <location filename="../../workstation/sync/centre_errors.py" line="42" />
        <source>Refused by the centre: {text}</source>
        <translation>中心拒绝：{text}</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/commands.py" line="23" />
        <source>Sign in at this desk's command line for a short while (default 15 minutes)</source>
        <translation>在本工位命令行登录一段时间（默认 15 分钟）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/commands.py" line="24" />
        <source>End the command line's sign-in session</source>
        <translation>结束命令行的登录会话</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/commands.py" line="25" />
        <source>Who is signed in at the command line, and until when (exit 6: nobody)</source>
        <translation>命令行当前登录的民警及有效期（退出码 6：无人登录）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/commands.py" line="26" />
        <source>Officers' accounts (admins)</source>
        <translation>民警账户（管理员）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/commands.py" line="27" />
        <source>The queue of warning leads</source>
        <translation>预警线索队列</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/commands.py" line="28" />
        <source>Record the outcome of a call on a lead you hold</source>
        <translation>为您名下的线索记录通话结果</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/commands.py" line="29" />
        <source>The team lead's review: the board, reassigning, verdicts on calls</source>
        <translation>带班复核：值班看板、改派、通话复核</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/commands.py" line="30" />
        <source>Reports for the team lead</source>
        <translation>组长报表</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/commands.py" line="31" />
        <source>Import lead files (CSV, XLSX, JSONL)</source>
        <translation>导入线索文件（CSV、XLSX、JSONL）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/commands.py" line="32" />
        <source>Print or save a form, reprint from the archive, batches</source>
        <translation>打印或保存文书、从存档补打、批量打印</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/commands.py" line="33" />
        <source>The audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/commands.py" line="34" />
        <source>Connect this desk to the centre's PostgreSQL</source>
        <translation>将本工位连接到中心的 PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/commands.py" line="35" />
        <source>Synchronise with the centre (runs until Ctrl+C unless --once)</source>
        <translation>与中心同步（持续运行至 Ctrl+C，除非加 --once）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/commands.py" line="36" />
        <source>The database schema</source>
        <translation>数据库结构</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/commands.py" line="37" />
        <source>Seed the demo data set (officers and leads)</source>
        <translation>生成演示数据（民警和线索）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/commands.py" line="38" />
        <source>Set a new desk up: the unit's name, time zone and first admin</source>
        <translation>设置新工位：单位名称、时区和首位管理员</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/commands.py" line="39" />
        <source>What a centre tunes on this desk (language, idle lock, retries, de-duplication, printer)</source>
        <translation>中心可调整的本工位设置（语言、闲置锁屏、重拨、去重、打印机）</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/commands.py" line="40" />
        <source>Call scripts and their versions</source>
        <translation>劝阻话术及其版本</translation>
    </message>
    <message>
        <location filename="../../workstation/cli/commands.py" line="44" />
        <source>Print JSON</source>
        <extracomment>Help texts many commands share.</extracomment>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <location filename="../../workstation/services/unit.py" line="22" />
        <source>Enter the unit's full name, as it is printed on the forms</source>
        <translation>请填写单位全称（按文书上打印的写法）</translation>
    </message>
    <message>
        <location filename="../../workstation/services/unit.py" line="23" />
        <source>The unit name may have at most {limit} characters</source>
        <translation>单位名称最多 {limit} 个字</translation>
    </message>
    <message>
        <location filename="../../workstation/services/unit.py" line="24" />
        <source>That is the placeholder name: enter your own unit's name</source>
        <translation>这是占位名称，请填写本单位的名称</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="35" />
        <source>The desk's database could not be opened: {reason}</source>
        <translation>无法打开本工位的数据库：{reason}</translation>
    </message>
    <message>
        <location filename="../../workstation/services/desk_settings.py" line="28" />
        <source>{name}: '{value}' is not a whole number</source>
        <translation>{name}：“{value}”不是整数</translation>
    </message>
    <message>
        <location filename="../../workstation/services/desk_settings.py" line="29" />
        <source>{name}: between {low} and {high}</source>
        <translation>{name}：应在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <location filename="../../workstation/services/desk_settings.py" line="30" />
        <source>No setting '{name}' (settings: {names})</source>
        <translation>没有设置项“{name}”（可设置：{names}）</translation>
    </message>
    <message>
        <location filename="../../workstation/services/desk_settings.py" line="31" />
        <source>language: one of {choices}, or empty for the default</source>
        <translation>language：取 {choices} 之一，留空为默认</translation>
    </message>
    <message>
        <location filename="../../workstation/services/desk_settings.py" line="32" />
        <source>printer: a printer's name of at most {limit} characters, or empty for the system's default</source>
        <translation>printer：打印机名称，最多 {limit} 个字符；留空为系统默认打印机</translation>
    </message>
    <message>
        <location filename="../../workstation/services/setup.py" line="28" />
        <source>This desk is set up already: it has accounts. An admin adds officers (workstation officers add)</source>
        <translation>本工位已完成设置：已有账号。由管理员添加民警（workstation officers add）</translation>
    </message>
    <message>
        <location filename="../../workstation/services/setup.py" line="29" />
        <source>A standalone desk needs its first admin: a user name, a name and a password</source>
        <translation>单机工位需要首位管理员：用户名、姓名和密码</translation>
    </message>
    <message>
        <location filename="../../workstation/services/setup.py" line="30" />
        <source>Unknown time zone '{zone}' (e.g. Asia/Shanghai)</source>
        <translation>未知时区“{zone}”（例如 Asia/Shanghai）</translation>
    </message>
    <message>
        <location filename="../../workstation/services/setup.py" line="31" />
        <source>Unknown time zone '{zone}': did you mean {near}?</source>
        <translation>未知时区“{zone}”：是否要输入 {near}？</translation>
    </message>
    <message>
        <location filename="../../workstation/services/setup.py" line="32" />
        <source>A desk connected to a centre takes its officers from the centre: its first admin is made there, not on the desk</source>
        <translation>连接中心的工位使用中心的民警账号：首位管理员在中心创建，不在工位上创建</translation>
    </message>
    <message>
        <location filename="../../workstation/demo.py" line="27" />
        <source>This desk is set up for real use: the demo set (accounts with a published password) goes on a desk of its own, e.g. --data-dir /tmp/demo-desk</source>
        <translation>本工位已设置为正式使用：演示数据（账号密码是公开的）请放在单独的工位上，例如 --data-dir /tmp/demo-desk</translation>
    </message>
</context>
<context>
    <name>MyReviewsDialog</name>
    <message>
        <location filename="../../ui/my_reviews.py" line="40" />
        <source>My reviews</source>
        <translation>我的复核</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="41" />
        <source>Reviewed at</source>
        <translation>复核时间</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="41" />
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="41" />
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="41" />
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="42" />
        <source>Verdict</source>
        <translation>复核结论</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="42" />
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="42" />
        <source>Reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="48" />
        <source>No reviews of your calls yet.</source>
        <translation>您的通话尚无复核。</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../ui/centre_link.py" line="83" />
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
        <location filename="../../ui/widgets.py" line="370" />
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="376" />
        <source>+%1 min</source>
        <translation>+%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="376" />
        <source>+%1 h</source>
        <translation>+%1 小时</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="380" />
        <source>%1 from now (again: %1 later)</source>
        <translation>从现在起 %1（再按：再往后 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="384" />
        <source>N: now · +: 30 minutes later · Ctrl+Delete: empty</source>
        <translation>N：现在 · +：往后 30 分钟 · Ctrl+Delete：清空</translation>
    </message>
</context>
<context>
    <name>OutcomeForm</name>
    <message>
        <location filename="../../ui/outcome_form.py" line="115" />
        <source>Unsaved draft restored</source>
        <translation>已恢复未保存的草稿</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="116" />
        <source>Discard draft</source>
        <translation>丢弃草稿</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="122" />
        <source>This lead is not held by you: claim it to record a call.</source>
        <translation>此线索不在您名下：请先领取再记录通话。</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="136" />
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="136" />
        <source>Not deceived</source>
        <translation>未被骗</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="137" />
        <location filename="../../ui/outcome_form.py" line="209" />
        <source>Deceived</source>
        <translation>已被骗</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="140" />
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="140" />
        <source>SMS (12381)</source>
        <translation>短信（12381）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="141" />
        <source>Robot call</source>
        <translation>机器人外呼</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="145" />
        <source>Start call</source>
        <translation>开始通话</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="146" />
        <source>Records the call start now (Ctrl+Shift+S)</source>
        <translation>记录通话开始时间（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="152" />
        <source>Left empty, the call ends when the outcome is saved</source>
        <translation>留空则以保存结果的时间为通话结束时间</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="167" />
        <source>Me</source>
        <translation>本人回拨</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="167" />
        <source>Kept for you until the callback time and a grace period; then anyone may take it</source>
        <translation>在回拨时间及宽限期内为您保留，之后任何民警都可领取</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="169" />
        <source>Any officer</source>
        <translation>任何民警</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="169" />
        <source>Back to the queue: whoever is free calls back</source>
        <translation>退回队列：由空闲的民警回拨</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="180" />
        <source>Police station that will visit</source>
        <translation>负责上门的派出所</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="185" />
        <source>What the person said, what you advised …</source>
        <translation>对方所述、劝阻内容…</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="201" />
        <source>Amount lost</source>
        <translation>受骗金额</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="205" />
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="207" />
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="208" />
        <source>Who answered</source>
        <translation>接听人</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="210" />
        <source>Call start</source>
        <translation>通话开始</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="211" />
        <source>Call end</source>
        <translation>通话结束</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="212" />
        <source>Amount protected</source>
        <translation>劝阻金额</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="213" />
        <source>Callback at</source>
        <translation>回拨时间</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="214" />
        <source>Who calls back</source>
        <translation>回拨人</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="215" />
        <source>Station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="217" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="218" />
        <source>Checkpoints</source>
        <translation>要点</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="231" />
        <source>Save outcome (Ctrl+Enter)</source>
        <translation>保存处置结果（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="249" />
        <source>The call ends now (Ctrl+Shift+E)</source>
        <translation>通话现在结束（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="254" />
        <source>Call back 30 minutes from now; again: 30 minutes later (Ctrl+Shift+C)</source>
        <translation>30 分钟后回拨；再按：再往后 30 分钟（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="304" />
        <source>This lead is closed: there is no call to record. Its calls are in the history above.</source>
        <translation>此线索已办结，无需再记录通话。历次通话见上方的历史记录。</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="306" />
        <source>This lead was handed to the local station: there is no call to record here.</source>
        <translation>此线索已移交属地派出所上门，无需在此记录通话。</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="308" />
        <source>%1 is handling this lead: only they can record its call.</source>
        <translation>%1 正在处置此线索，只有该民警可以记录通话。</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="312" />
        <source>Saved. The lead is kept for your callback: it comes back to the top of My leads when it is due.</source>
        <translation>已保存。该线索为您保留待回拨，到时间后会排在“我的线索”最前。</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="314" />
        <source>Saved. The lead went back to the queue for the next call; take it again (double-click) to call now.</source>
        <translation>已保存。该线索已回到队列等待下次拨打；如需现在再拨，请重新领取（双击）。</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="316" />
        <source>This lead is not held by you: claim it to record a call (double-click it in the queue).</source>
        <translation>此线索不在您名下：请先领取再记录通话（在队列中双击）。</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="338" />
        <source>{0} of {1} ticked in the script</source>
        <translation>话术中已勾选 {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="339" />
        <source>none (tick them in the script)</source>
        <translation>无（请在话术中勾选）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="460" />
        <source>Choose an outcome (Alt+1 … Alt+9)</source>
        <translation>选择处置结果（Alt+1 … Alt+9）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="493" />
        <source>Required checkpoints not ticked</source>
        <translation>必需要点未勾选</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="494" />
        <source>The script requires these points for this scam type, and they are not ticked:</source>
        <translation>此诈骗类型的话术要求以下要点，目前尚未勾选：</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="495" />
        <source>Save the outcome anyway?</source>
        <translation>仍要保存处置结果吗？</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="499" />
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="500" />
        <source>Back to the call</source>
        <translation>返回通话</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_form.py" line="554" />
        <source>Nothing was saved. Please correct:</source>
        <translation>未保存。请更正：</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="36" />
        <source>Persuaded</source>
        <translation>劝阻成功</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="37" />
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="38" />
        <source>Line busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="39" />
        <source>Refused / hung up</source>
        <translation>拒接/挂断</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="40" />
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="41" />
        <source>Not deceived (guarded themselves)</source>
        <translation>未被骗（自主防范）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="42" />
        <source>Already transferred: stop payment</source>
        <translation>已转账，需紧急止付</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="43" />
        <source>Callback arranged</source>
        <translation>约定回拨</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="44" />
        <source>Hand to local station for a visit</source>
        <translation>移交派出所上门劝阻</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="51" />
        <source>The person</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="51" />
        <source>A relative</source>
        <translation>亲友</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="52" />
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="172" />
        <source>Relationship (wife, son …)</source>
        <translation>关系（妻子、儿子……）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="208" />
        <source>Emergency stop-payment (money already left)</source>
        <translation>紧急止付（资金已转出）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="214" />
        <source>Victim's account</source>
        <translation>受害人账号</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="215" />
        <source>Victim's bank</source>
        <translation>受害人开户行</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="216" />
        <source>Receiving (fraud) account</source>
        <translation>涉诈收款账号</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="217" />
        <source>Receiving account name</source>
        <translation>收款户名</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="218" />
        <source>Receiving bank</source>
        <translation>收款开户行</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="219" />
        <source>Amount transferred (yuan)</source>
        <translation>转账金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_fields.py" line="220" />
        <source>Transfer time</source>
        <translation>转账时间</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_result.py" line="19" />
        <source>Waiting</source>
        <translation>待处置</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_result.py" line="19" />
        <source>In hand</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_result.py" line="19" />
        <source>Callback due</source>
        <translation>待回拨</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_result.py" line="20" />
        <source>Stop-payment needed</source>
        <translation>待止付</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_result.py" line="20" />
        <source>Handed to station</source>
        <translation>已移交上门</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_result.py" line="21" />
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_result.py" line="27" />
        <source>Saved {0}. Lead status: {1}.</source>
        <translation>已保存 {0}。线索状态：{1}。</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_result.py" line="29" />
        <source>Next call due {0}.</source>
        <translation>下次拨打时间 {0}。</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_result.py" line="31" />
        <source>Escalated to the local station.</source>
        <translation>已移交属地派出所。</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_result.py" line="33" />
        <source>Start the emergency stop-payment with the bank now.</source>
        <translation>请立即联系银行开展紧急止付。</translation>
    </message>
</context>
<context>
    <name>PanelPlaceholder</name>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <location filename="../../ui/main_window.py" line="71" />
        <source>Press F5 or “Next lead” to take the most urgent lead.</source>
        <translation>按 F5 或“下一条”领取最紧急的线索。</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/print_preview.py" line="97" />
        <source>Print preview</source>
        <extracomment>The document went to a printer: (printer name, copies). The document was saved: (file path). The document got its serial number: the numbered Rendered.</extracomment>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="117" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="118" />
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="153" />
        <location filename="../../ui/print_preview.py" line="190" />
        <source>Preview: the serial number is taken when you print or save.</source>
        <translation>预览：打印或保存时才取得文书编号。</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="168" />
        <source>Taking the serial number…</source>
        <translation>正在取得文书编号…</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="178" />
        <source>Serial number {0}</source>
        <translation>文书编号 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="208" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="234" />
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="236" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/print_preview.py" line="44" />
        <source>Work record sheet</source>
        <translation>预警劝阻工作记录单</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="45" />
        <source>Case intake form</source>
        <translation>受案登记表</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="46" />
        <source>Stop-payment request</source>
        <translation>紧急止付申请表</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="47" />
        <source>Thank-you letter</source>
        <translation>感谢信</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="48" />
        <source>Visit notice</source>
        <translation>上门劝阻告知书</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="67" />
        <source>{0} (preview)</source>
        <translation>{0}（预览）</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="288" />
        <source>The printer could not be opened</source>
        <translation>无法打开打印机</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="88" />
        <source>The unit name is not set: this form prints the placeholder “{0}”. A team lead or an admin sets it under Team lead → Unit name on forms…</source>
        <translation>尚未设置填报单位：本文书打印的是占位名称“{0}”。组长或管理员可在“组长 → 文书填报单位…”中设置。</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="95" />
        <source>The case intake form needs the case details. Record them here: the form opens once they are recorded.</source>
        <extracomment>The dialog that records what a form lacks (MissingFacts.fact), and what it says on opening.</extracomment>
        <translation>受案登记表需要受案信息。请在此登记，登记后即打开受案登记表。</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="96" />
        <source>The visit notice needs the visit. Record it here: the notice opens once it is recorded.</source>
        <translation>上门劝阻告知书需要上门劝阻情况。请在此登记，登记后即打开告知书。</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="97" />
        <source>The thank-you letter needs its recipient. Record who is thanked here: the letter opens once they are recorded.</source>
        <translation>感谢信需要感谢对象。请在此登记感谢对象，登记后即打开感谢信。</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="139" />
        <source>Not ready to print</source>
        <translation>暂不能打印</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/qt_words.py" line="17" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="18" />
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="19" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="20" />
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="21" />
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="22" />
        <source>Shortcut</source>
        <translation>快捷方式</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="23" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_words.py" line="15" />
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/qt_words.py" line="16" />
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/widgets.py" line="246" />
        <source>%1d %2h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="64" />
        <source>overdue %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="102" />
        <source>Ref</source>
        <extracomment>A reload's first page is in the model. More rows were appended by fetchMore. Matching leads for the filter, those of them overdue, and the open leads there are without any filter.</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="102" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="103" />
        <source>Scam type</source>
        <translation>诈骗类型</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="103" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="103" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="104" />
        <source>District</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="104" />
        <source>Amount at risk</source>
        <translation>涉险金额</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="102" />
        <source>Due in</source>
        <translation>剩余时限</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="105" />
        <source>Status · officer</source>
        <translation>状态 · 民警</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="264" />
        <source>Click to sort by urgency: the deadline, brought forward for red and orange warnings and for large amounts at risk</source>
        <translation>点击按紧急程度排序：以处置时限为准，红色、橙色预警和涉险金额大的线索提前</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="267" />
        <source>Click to sort</source>
        <translation>点击排序</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="333" />
        <source>%1: held by %2 (%3)</source>
        <translation>%1：由 %2（%3）处置</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="338" />
        <source>%1: kept for %2's callback until %3</source>
        <translation>%1：%3 前为 %2 的约定回拨保留</translation>
    </message>
    <message>
        <location filename="../../ui/queue_model.py" line="381" />
        <source>Due at %1</source>
        <translation>时限 %1</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../ui/queue_view.py" line="133" />
        <source>Open</source>
        <extracomment>The officer double-clicked (or pressed Enter on) a lead.</extracomment>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="136" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="138" />
        <source>All scam types</source>
        <translation>全部诈骗类型</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="142" />
        <source>All districts</source>
        <translation>全部辖区</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="145" />
        <source>My leads</source>
        <translation>我的线索</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="147" />
        <source>Show only the leads I hold</source>
        <translation>只显示我名下的线索</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="149" />
        <source>Search phone, name or ref (Ctrl+F)</source>
        <translation>搜索电话、姓名或编号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="180" />
        <source>Show every open lead</source>
        <translation>显示全部未办结线索</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="375" />
        <source>1 lead</source>
        <translation>共 1 条线索</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="375" />
        <source>%1 leads</source>
        <translation>共 %1 条线索</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="376" />
        <source>%1, %2 overdue</source>
        <translation>%1，超时 %2 条</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="397" />
        <source>You hold no lead and no callback is kept for you. Press F5 for the next lead.</source>
        <translation>您名下没有线索，也没有为您保留的回拨。按 F5 领取下一条。</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="399" />
        <source>No lead matches the search and filters: they hide 1 open lead.</source>
        <translation>没有符合搜索和筛选条件的线索：有 1 条未办结线索被筛掉。</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="400" />
        <source>No lead matches the search and filters: they hide %1 open leads.</source>
        <translation>没有符合搜索和筛选条件的线索：有 %1 条未办结线索被筛掉。</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="403" />
        <source>Nothing is waiting: every lead in the queue has been handled. New warnings appear here as they arrive.</source>
        <translation>队列中没有待处置的线索，全部已处置。新的预警到达后会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/queue_view.py" line="406" />
        <source>Offline: leads that reached the centre since the last sync are not shown yet.</source>
        <translation>离线：上次同步之后到达中心的线索尚未显示。</translation>
    </message>
</context>
<context>
    <name>RecipientChoiceDialog</name>
    <message>
        <location filename="../../ui/printing.py" line="183" />
        <source>Which thank-you letter?</source>
        <extracomment>A recipient was chosen: their event id. The person asked to record another recipient.</extracomment>
        <translation>打印哪一封感谢信？</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="196" />
        <source>Preview letter</source>
        <translation>预览感谢信</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="198" />
        <source>New thank-you recipient…</source>
        <translation>新增感谢对象…</translation>
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
        <location filename="../../ui/review/outcomes.py" line="89" />
        <source>All officers</source>
        <extracomment>The review screen's keys (ui/shortcuts.py lists them): next call without a verdict, pick a verdict, save it.</extracomment>
        <translation>全部民警</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="92" />
        <source>All districts</source>
        <translation>全部辖区</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="94" />
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="98" />
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="101" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="104" />
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="104" />
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="104" />
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="104" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="105" />
        <source>District</source>
        <translation>辖区</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="105" />
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="105" />
        <source>Protected</source>
        <translation>劝阻金额</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="105" />
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="122" />
        <source>Comment for the officer</source>
        <translation>给民警的意见</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="124" />
        <source>Save verdict</source>
        <translation>保存复核结论</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="126" />
        <source>Save the verdict and go on to the next call without one ({0})</source>
        <translation>保存复核结论并转到下一条未复核的通话（{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="130" />
        <source>Next unreviewed</source>
        <translation>下一条未复核</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="132" />
        <source>The next call in the list without a verdict ({0})</source>
        <translation>列表中下一条尚无复核结论的通话（{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="151" />
        <source>Verdict</source>
        <translation>复核结论</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="152" />
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="239" />
        <location filename="../../ui/review/outcomes.py" line="274" />
        <source>Every call in the list has a verdict.</source>
        <translation>列表中的通话均已复核。</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="269" />
        <source>This is the next call without a verdict.</source>
        <translation>这就是下一条未复核的通话。</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="332" />
        <source>Outcome: {0} · answered: {1}</source>
        <translation>处置结果：{0} · 接听人：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="334" />
        <source>Checkpoints ticked:</source>
        <translation>已勾选要点：</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="337" />
        <source>Review: {0} — {1}</source>
        <translation>复核：{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="349" />
        <source>{0} ({1} s)</source>
        <translation>{0}（{1} 秒）</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="355" />
        <source>Handed to station: {0}</source>
        <translation>移交派出所：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="357" />
        <source>Protected: {0:,.2f} · lost: {1:,.2f}</source>
        <translation>劝阻金额：{0:,.2f} · 受骗金额：{1:,.2f}</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="361" />
        <source>Stop-payment: {0:,.2f} transferred at {1}</source>
        <translation>紧急止付：{0:,.2f}，转账时间 {1}</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="362" />
        <source>From: {0}</source>
        <translation>转出：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/review/outcomes.py" line="363" />
        <source>To: {0}</source>
        <translation>转入：{0}</translation>
    </message>
</context>
<context>
    <name>ScriptEditorDialog</name>
    <message>
        <location filename="../../ui/script_editor.py" line="94" />
        <source>Edit call script: {0}</source>
        <translation>编辑话术：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="110" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="116" />
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="121" />
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="131" />
        <source>Validate</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="133" />
        <source>Save as new version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="135" />
        <source>Import file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="137" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="162" />
        <source>There is no usable script of this type yet: paste or import one.</source>
        <translation>此类型尚无可用话术：请粘贴或导入。</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="169" />
        <source> (in use)</source>
        <translation>（使用中）</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="185" />
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="190" />
        <source>Saving…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="196" />
        <source>Import a script file</source>
        <translation>导入话术文件</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="197" />
        <source>Call scripts (*.toml)</source>
        <translation>话术文件 (*.toml)</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="204" />
        <source>Importing {0}…</source>
        <translation>正在导入 {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="210" />
        <source>Saved as version {0}.</source>
        <translation>已保存为第 {0} 版。</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="218" />
        <source>Not saved: {0} problem(s).</source>
        <translation>未保存：{0} 个问题。</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="247" />
        <source>{0} problem(s) found.</source>
        <translation>发现 {0} 个问题。</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../ui/script_panel.py" line="99" />
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="164" />
        <source>What the person says</source>
        <translation>对方说法</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="168" />
        <source>◀ Back (Ctrl+Left)</source>
        <translation>◀ 上一步（Ctrl+Left）</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="169" />
        <source>Next (Ctrl+Right) ▶</source>
        <translation>下一步（Ctrl+Right）▶</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="176" />
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="192" />
        <source>Objections</source>
        <translation>常见说法应对</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="194" />
        <source>Warning signs</source>
        <translation>诈骗特征</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="196" />
        <source>Checkpoints (tick during the call)</source>
        <translation>要点（通话中勾选）</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="224" />
        <source>{0} problems in the call scripts (those scripts are not used):</source>
        <translation>话术文件有 {0} 处错误（这些话术未启用）：</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="255" />
        <source>This is the script for %1; the lead is %2. &lt;a href='back'&gt;Back to the lead's script&lt;/a&gt;</source>
        <translation>当前是“%1”的话术，本线索为“%2”。&lt;a href='back'&gt;回到本线索的话术&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="309" />
        <source>The call script for {0} could not be loaded:</source>
        <translation>无法加载“{0}”的话术：</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="311" />
        <source>There is no call script for {0}.</source>
        <translation>没有“{0}”的话术。</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="312" />
        <source>Search other scripts above, or follow the general advice.</source>
        <translation>可在上方搜索其他话术，或按通用劝阻要点处置。</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="333" />
        <source>Required for this scam type</source>
        <translation>此诈骗类型必需</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="388" />
        <source>Ask:</source>
        <translation>询问：</translation>
    </message>
    <message>
        <location filename="../../ui/script_panel.py" line="479" />
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
        <location filename="../../ui/script_search.py" line="79" />
        <source>No script mentions this.</source>
        <translation>没有话术提到此内容。</translation>
    </message>
</context>
<context>
    <name>ScriptViewDialog</name>
    <message>
        <location filename="../../ui/script_editor.py" line="53" />
        <source>{0} · version {1} (read-only)</source>
        <translation>{0} · 第 {1} 版（只读）</translation>
    </message>
    <message>
        <location filename="../../ui/script_editor.py" line="61" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="45" />
        <source>Settings</source>
        <extracomment>Settings were saved (name → new value). The admin asked for the centre's connection dialog.</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50" />
        <source>Default (Chinese)</source>
        <translation>默认（中文）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68" />
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74" />
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="77" />
        <source>The system's default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="81" />
        <source>{0} (not found on this machine)</source>
        <translation>{0}（本机上找不到）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89" />
        <source>This desk</source>
        <translation>本工位</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="91" />
        <source>Language (from the next start)</source>
        <translation>界面语言（下次启动生效）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="92" />
        <source>Lock the screen after no input for</source>
        <translation>无操作多久后锁屏</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="93" />
        <source>Printer for forms</source>
        <translation>打印表格用的打印机</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="94" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="95" />
        <source>Calls and leads</source>
        <translation>呼叫与线索</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="97" />
        <source>Try again after no answer or a refusal</source>
        <translation>无人接听或拒接后重拨间隔</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="98" />
        <source>Try again after a busy line</source>
        <translation>占线后重拨间隔</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="99" />
        <source>Attempts before the lead goes to the station</source>
        <translation>转派出所前的呼叫次数</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="100" />
        <source>A repeat warning joins the open lead within</source>
        <translation>多长时间内的重复预警并入未办结线索</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="101" />
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="104" />
        <source>Connected to {0}</source>
        <translation>已连接 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="105" />
        <source>Standalone: not connected to a centre</source>
        <translation>单机：未连接中心</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="106" />
        <source>Connect to centre…</source>
        <translation>连接中心…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/setup_dialog.py" line="78" />
        <source>Set up this desk</source>
        <extracomment>Offered first; any other IANA name may be typed. The desk was set up (the admin signed in, or None).</extracomment>
        <translation>设置本工位</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="80" />
        <source>This desk has not been set up. Say how it works, whose forms it prints and who its first administrator is. (To try the desk with sample data instead, start it with --demo.)</source>
        <translation>本工位尚未设置。请说明工作方式、表格上印的单位以及首位管理员。（如只想用示例数据试用，请以 --demo 启动。）</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="85" />
        <source>How this desk works</source>
        <translation>工作方式</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="86" />
        <source>Standalone: this desk keeps its own accounts and leads</source>
        <translation>单机：本工位自己保存账号和线索</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="88" />
        <source>With a centre: officers and leads come from the centre's server</source>
        <translation>连接中心：民警账号和线索来自中心服务器</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="100" />
        <source>empty: the keyring, .pgpass or a client certificate</source>
        <translation>留空：使用密钥环、.pgpass 或客户端证书</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="101" />
        <source>Upgrade the centre's database schema if needed</source>
        <translation>需要时升级中心数据库结构</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="103" />
        <source>Centre's address</source>
        <translation>中心地址</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="104" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="113" />
        <source>Your unit</source>
        <translation>本单位</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="116" />
        <source>e.g. 某市公安局反电信网络诈骗中心</source>
        <translation>例如：某市公安局反电信网络诈骗中心</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="122" />
        <source>Unit's full name (printed on forms)</source>
        <translation>单位全称（印在表格上）</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="123" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="125" />
        <source>First administrator</source>
        <translation>首位管理员</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="139" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="140" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="141" />
        <source>Badge number</source>
        <translation>警号</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="142" />
        <source>Password (8 characters or more)</source>
        <translation>密码（至少 8 个字符）</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="143" />
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="152" />
        <source>Set up</source>
        <translation>完成设置</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="154" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/setup_dialog.py" line="184" />
        <source>Enter the centre's address.</source>
        <translation>请输入中心地址。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="13" />
        <source>Next lead</source>
        <translation>下一条</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="14" />
        <source>My leads</source>
        <translation>我的线索</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="15" />
        <source>Search the queue</source>
        <translation>搜索队列</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="16" />
        <source>Clear the queue search</source>
        <translation>清除队列搜索</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="17" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="18" />
        <source>Print work record sheet</source>
        <translation>打印预警劝阻工作记录单</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="19" />
        <source>Import leads</source>
        <translation>导入线索</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="20" />
        <source>Lock screen</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="21" />
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="22" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="23" />
        <source>Start call</source>
        <translation>开始通话</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="24" />
        <source>The call ends now</source>
        <translation>通话现在结束</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="25" />
        <source>Callback in 30 minutes (again: 30 more)</source>
        <translation>30 分钟后回拨（再按：再加 30 分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="26" />
        <source>Choose outcome</source>
        <translation>选择处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="27" />
        <source>Save outcome</source>
        <translation>保存处置结果</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="28" />
        <source>Search scripts</source>
        <translation>搜索话术</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="29" />
        <source>Script step</source>
        <translation>话术上一步/下一步</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="30" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="31" />
        <source>Board and review</source>
        <translation>组长看板</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="32" />
        <source>Lead desk</source>
        <translation>线索处置</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="33" />
        <source>Outcome review: next call without a verdict</source>
        <translation>处置复核：下一条未复核的通话</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="34" />
        <source>Outcome review: verdict reviewed / needs follow-up / commended</source>
        <translation>处置复核：结论选已复核 / 需跟进 / 表扬</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="35" />
        <source>Outcome review: save the verdict, then the next call without one</source>
        <translation>处置复核：保存结论并转到下一条未复核</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="74" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/sync_status.py" line="127" />
        <source>Centre server password</source>
        <translation>中心服务器密码</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync_status.py" line="77" />
        <source>Standalone</source>
        <extracomment>(GUI thread) The newest status the sync thread reported.</extracomment>
        <translation>单机</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="79" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="81" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="83" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="84" />
        <source>Last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="85" />
        <source>To send %1</source>
        <translation>待上传 %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="87" />
        <source>Refused %1</source>
        <translation>无法上传 %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="89" />
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
        <location filename="../../ui/tasks.py" line="203" />
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
        <location filename="../../ui/printing.py" line="316" />
        <source>Print thank-you letters</source>
        <extracomment>The batch PDF is ready and its preview is open.</extracomment>
        <translation>批量打印感谢信</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="324" />
        <source>Prepare letters…</source>
        <translation>生成感谢信…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="331" />
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="332" />
        <source>To (inclusive)</source>
        <translation>截止日期（含）</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="358" />
        <source>Laying out {0} letters…</source>
        <translation>正在排版 {0} 封感谢信…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="359" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="379" />
        <source>No thank-you letters to print</source>
        <translation>没有需要打印的感谢信</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="380" />
        <source>No thank-you recipient was recorded from {0} to {1}. Choose other dates.</source>
        <translation>{0} 至 {1} 期间没有登记感谢对象。请另选日期。</translation>
    </message>
</context>
<context>
    <name>ThanksReceivedDialog</name>
    <message>
        <location filename="../../ui/lead_facts.py" line="267" />
        <source>Record thanks received</source>
        <translation>登记收到的感谢</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="268" />
        <source>Thank-you letter</source>
        <translation>感谢信</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="268" />
        <source>Silk banner</source>
        <translation>锦旗</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="269" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="274" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="275" />
        <source>From</source>
        <translation>赠送人</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="276" />
        <source>Received at</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="277" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ThanksRecipientDialog</name>
    <message>
        <location filename="../../ui/lead_facts.py" line="230" />
        <source>Record thank-you recipient</source>
        <translation>登记感谢对象</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="232" />
        <source>e.g. Comrade Liu Fang, or a bank branch</source>
        <translation>例如：刘芳同志，或某银行网点</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="234" />
        <source>Citizen</source>
        <translation>群众</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="234" />
        <source>Bank staff</source>
        <translation>银行工作人员</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="235" />
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="235" />
        <source>Partner organisation</source>
        <translation>合作单位</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="236" />
        <source>Police officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="236" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="237" />
        <source>What they did, e.g. stopped the transfer at the counter</source>
        <translation>事迹，例如：在银行柜台劝阻转账</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="242" />
        <source>Recipient</source>
        <translation>感谢对象</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="243" />
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="244" />
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="245" />
        <source>What they did</source>
        <translation>事迹</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="246" />
        <source>Amount protected (¥)</source>
        <translation>挽损金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="247" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="255" />
        <source>'{0}' is not an amount: type yuan like 1234.50</source>
        <translation>“{0}”不是金额：请按元填写，如 1234.50</translation>
    </message>
</context>
<context>
    <name>UnitNameDialog</name>
    <message>
        <location filename="../../ui/unit_dialog.py" line="28" />
        <source>Unit name on forms</source>
        <extracomment>The unit name was set (the name kept).</extracomment>
        <translation>文书填报单位</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.py" line="29" />
        <source>The unit printed on the work record sheet, the case intake form, the stop-payment request, the thank-you letter, the visit notice and the weekly report. Kept on this desk.</source>
        <translation>预警劝阻工作记录单、受案登记表、紧急止付申请表、感谢信、上门劝阻告知书和研判周报上打印的单位名称。保存在本工位。</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.py" line="35" />
        <source>The unit's full name, e.g. a city public security bureau's anti-fraud centre</source>
        <translation>单位全称，如××市公安局反电信网络诈骗中心</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.py" line="39" />
        <source>Not set yet: the forms print the placeholder “{0}”.</source>
        <translation>尚未设置：文书上打印的是占位名称“{0}”。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/lead_facts.py" line="361" />
        <source>Record visit</source>
        <translation>登记上门劝阻</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="363" />
        <source>Street, building, flat (the lead's city and district are added)</source>
        <translation>街道、楼号、门牌（自动加上线索所在市、区）</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="366" />
        <source>First officer</source>
        <translation>第一名民警</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="367" />
        <source>Second officer</source>
        <translation>第二名民警</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="378" />
        <source>Left empty, the notice prints the standard warning</source>
        <translation>留空则打印标准劝阻提示</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="379" />
        <source>Address visited</source>
        <translation>上门地址</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="380" />
        <source>Visiting officers</source>
        <translation>上门民警</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="381" />
        <source>Visited at</source>
        <translation>上门时间</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="382" />
        <source>Visiting unit</source>
        <translation>上门单位</translation>
    </message>
    <message>
        <location filename="../../ui/lead_facts.py" line="383" />
        <source>Warning given</source>
        <translation>劝阻提示</translation>
    </message>
</context>
</TS>