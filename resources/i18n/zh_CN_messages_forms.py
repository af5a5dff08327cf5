"""Chinese for the printed-forms part of the core (services/documents.py, services/form_facts.py, forms/*,
cli/print_cmd.py), by the English source; merged by zh_CN_glossary.py (`./run i18n`)."""

from __future__ import annotations

ZH_MESSAGES: dict[str, str] = {
    # workstation/services/documents.py
    "Unknown form '{kind}' (one of: {kinds})": "未知的表单类型“{kind}”（可选：{kinds}）",
    "Unknown action '{action}' (one of: {actions})": "未知的操作“{action}”（可选：{actions}）",
    "Copies must be between 1 and 999": "份数须在 1 到 999 之间",
    "{name} may not print a batch: batches need a team lead or an admin": "{name}无权批量打印，批量打印需要组长或管理员",
    "Lead {ref} is not a lead you worked: ask a team lead to print its forms": "线索 {ref} 不由您处置，不能打印其文书，请联系组长",
    "No such archived document '{document}'": "找不到存档文书“{document}”",
    "The archived bytes of document {serial} no longer match the hash recorded when it was printed":
        "存档文书 {serial} 的内容与打印时记录的校验值不符",
    "A preview has no serial number: issue the document (print or save it) before it is archived":
        "预览没有编号：须先打印或保存文书（取得编号）才能存档",
    "No thank-you letters were recorded in the chosen period": "所选时间段内没有登记需要打印的感谢信",
    "No such thank-you recipient record {event}": "找不到感谢对象记录 {event}",
    "The lp command was not found: the CUPS client is not installed": "找不到 lp 命令：未安装 CUPS 打印客户端",
    "Printer {printer} refused the job: {reason}": "打印机 {printer} 拒绝了打印任务：{reason}",
    # workstation/services/form_facts.py
    "No such officer '{username}'": "找不到民警“{username}”",
    "Enter who is thanked (a person or a unit)": "请填写感谢对象（个人或单位）",
    "Describe what they did": "请填写感谢对象的事迹",
    "The amount must be a non-negative number of yuan with at most 12 digits and 2 decimals":
        "金额须为不超过12位整数、两位小数的非负数（元）",
    "Unknown role '{role}' (one of: {roles})": "未知的身份“{role}”（可选：{roles}）",
    "Unknown kind '{kind}' (one of: {kinds})": "未知的类型“{kind}”（可选：{kinds}）",
    "Enter who sent the thanks": "请填写赠送人",
    "Choose the case source": "请选择案件来源",
    "The case source must be one of: {sources}": "案件来源须为：{sources}",
    "Enter the reporter's address": "请填写报案人住址",
    "Enter the brief facts of the case": "请填写简要案情",
    "Choose or enter the intake decision": "请选择或填写受案意见",
    "Enter the address visited": "请填写上门地址",
    "Enter the two officers who visited": "请填写两名上门民警",
    "The two visiting officers must be two different people": "两名上门民警不能是同一人",
    "Enter the date and time": "请填写日期和时间",
    "This time is in the future": "该时间晚于当前时间",
    "Too long: at most {limit} characters (now {length})": "内容过长：最多 {limit} 个字（现为 {length} 个字）",
    # workstation/forms/*
    "Lead {ref} has no call recorded yet: record a call's outcome before printing its work record":
        "线索 {ref} 尚无通话记录：请先记录通话处置结果，再打印工作记录单",
    "Lead {ref} has no stop-payment request: record the outcome 'transferred' with the stop-payment details first":
        "线索 {ref} 没有紧急止付申请：请先记录“已转账”处置结果及止付信息",
    "Lead {ref} has no case details recorded yet: record the case details first": "线索 {ref} 尚未登记受案信息：请先登记受案信息",
    "Lead {ref} has no visit recorded yet: record the visit first": "线索 {ref} 尚未登记上门劝阻情况：请先登记上门劝阻",
    "Lead {ref} has no thank-you recipient recorded yet: record who is thanked and what they did first":
        "线索 {ref} 尚未登记感谢对象：请先登记感谢对象及其事迹",
    "The Chinese font {font} was not found, so no form can be made: install fonts-wqy-microhei or put the font file in place (looked in: {looked})":
        "找不到中文字体 {font}，无法生成表单：请安装 fonts-wqy-microhei 或放置字体文件（已查找：{looked}）",
    "A time without a time zone cannot be printed: {time}": "时间缺少时区信息，无法打印：{time}",
    "The print job was cancelled": "打印任务已取消",
    "There is no form to print": "没有可打印的表单",
    "A negative amount has no capital form: {amount}": "大写金额不能为负数：{amount}",
    "The amount is too large for its capital form: {amount}": "金额过大，无法转换为大写：{amount}",
    # workstation/cli/print_cmd.py
    "Give -o FILE.pdf or --printer NAME": "请用 -o FILE.pdf 或 --printer NAME 指定输出",
    "A time is required (--at)": "请填写时间（--at）",
    "No such file {path}": "找不到文件 {path}",
    "Serial {serial}  sha256 {sha256}  {pages} page(s)": "编号 {serial}  sha256 {sha256}  共 {pages} 页",
    "  {action}: {target}  (document {document})": "  {action}：{target}（文书 {document}）",
    "{count} thank-you letter(s)": "{count} 封感谢信",
    "Sent to {printer}: {job}": "已发送到 {printer}：{job}",
    "  archived as a print of {serial} (document {document})": "  已作为 {serial} 的打印存档（文书 {document}）",
    "Recorded {event}": "已记录 {event}",
    "Time": "时间",
    "Form": "表单",
    "Serial": "编号",
    "Action": "操作",
    "Copies": "份数",
    "Officer": "民警",
    "Document": "文书ID",
}
