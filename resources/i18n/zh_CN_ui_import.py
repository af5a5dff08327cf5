"""Chinese for the import dialog's UI strings (ui/intake_dialog.py, ui/intake_columns.py), by the English source."""

from __future__ import annotations

ZH: dict[str, str] = {
    "&Add files…": "添加文件(&A)…",
    "&Import": "导入(&I)",
    "(not imported)": "（不导入）",
    "Add files (Ctrl+O)": "添加文件（Ctrl+O）",
    "C&lear": "清空(&L)",
    "Cannot be imported as they are: {0}": "以下文件目前不能导入：{0}",
    "Cannot import yet: no column gives {0}. Choose its column, or a default below.":
        "还不能导入：没有列提供{0}。请为它选择一列，或在下方给出默认值。",
    "Choices remembered from an earlier file with the same headers.": "已沿用之前相同表头文件的映射。",
    "Choose a scam type…": "请选择诈骗类型…",
    "Column in the file": "文件中的列",
    "Decided by": "判断依据",
    "Examples": "示例",
    "Field for column {0}": "列 {0} 的字段",
    "Fields no column gives": "文件中没有的字段",
    "First rows": "前几行",
    "Format: {0}.": "格式：{0}。",
    "Header in row {0}.": "表头在第 {0} 行。",
    "How the columns are read (change any that is wrong):": "各列的导入方式（如有不对请修改）：",
    "Import the files (Enter)": "导入这些文件（Enter）",
    "Imported as": "导入为",
    "Imported before: nothing changed": "之前已导入：未做更改",
    "Lead files (*.csv *.txt *.xlsx *.jsonl *.json);;All files (*)": "线索文件 (*.csv *.txt *.xlsx *.jsonl *.json);;所有文件 (*)",
    "Nothing imported": "未导入任何数据",
    "Problems": "问题",
    "Problems ({0})": "问题（{0}）",
    "Read from the values (check them): {0}.": "根据列中的值判断（请核对）：{0}。",
    "Reading the files…": "正在读取文件…",
    "Reading {0} again with your choices…": "正在按您的选择重新读取 {0}…",
    "Reading: %p %": "读取中：%p %",
    "Save report": "保存报告",
    "Saving…": "正在写入…",
    "The time of the import": "导入时的时间",
    "import errors.xlsx": "导入错误报告.xlsx",
    "its header": "表头",
    "its values ({0} %)": "列中的值（{0} %）",
    "nothing matched": "无法判断",
    "remembered for these headers": "沿用相同表头的映射",
    "the file's name": "文件名",
    "your choice": "您的选择",
    "{0} of {1} rows imported": "共 {1} 行，已导入 {0} 行",
    "Unknown": "未知",
}
ZH.update({
    "{0} of the first {1} rows have problems (in red; point at a cell to see why): double-click a cell to correct it, or tick the box below to import the other rows.":
        "前 {1} 行中有 {0} 行有问题（红色；鼠标指向单元格可看原因）：双击单元格可更正，或勾选下方选项只导入其余的行。",
})
ZH.update({"These files are imported: add others to import more": "这些文件已导入：如需继续，请添加其他文件"})
ZH.update({
    "Corrected here; the file says: {0}": "已在此更正；文件中为：{0}",
    "Double-click to correct the value, then import again": "双击更正该值，然后重新导入",
    "{0} cells corrected; the file itself is not changed. Import again to use them.":
        "已更正 {0} 个单元格（文件本身未改动）。请重新导入以使用更正后的值。",
})
