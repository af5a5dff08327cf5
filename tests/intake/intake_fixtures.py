"""Helpers that build fixture files for intake tests: CSVs in several encodings, XLSX layouts, JSONL."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from stdnum.cn import ric

NOW = datetime(2026, 12, 1, 0, 0, tzinfo=UTC)
HEADERS_ZH = ["线索编号", "姓名", "手机号", "身份证号", "区县", "诈骗类型", "预警级别", "预警类型", "涉诈号码",
              "预警时间", "涉案金额"]


def valid_id(first17: str = "11010519491231002") -> str:
    """An 18-character ID with the right check digit (calc_check_digit ignores the last character)."""
    return first17 + ric.calc_check_digit(first17 + "0")


def lead_row(**overrides: object) -> dict[str, object]:
    """One valid row under HEADERS_ZH; override cells by header name."""
    row: dict[str, object] = {
        "线索编号": "YJ-0001", "姓名": "张三", "手机号": "13812345678", "身份证号": valid_id(),
        "区县": "朝阳区", "诈骗类型": "兼职刷单", "预警级别": "红色", "预警类型": "电话",
        "涉诈号码": "+85212345678", "预警时间": "2026-11-25 14:03", "涉案金额": "1,234.50",
    }
    row.update(overrides)
    return row


class FileFactory:
    """Writes fixture files into one temporary directory."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def csv(self, rows: Sequence[dict[str, object]], name: str = "leads.csv", *, encoding: str = "utf-8",
            delimiter: str = ",", headers: Sequence[str] = HEADERS_ZH,
            before: Sequence[Sequence[str]] = ()) -> Path:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=delimiter)
        for line in before:
            writer.writerow(line)
        writer.writerow(headers)
        for row in rows:
            writer.writerow(["" if row.get(h) is None else row.get(h) for h in headers])
        path = self.root / name
        path.write_bytes(buffer.getvalue().encode(encoding))
        return path

    def xlsx(self, rows: Sequence[dict[str, object]], name: str = "leads.xlsx", *,
             headers: Sequence[str] = HEADERS_ZH, title: str | None = None,
             groups: Sequence[tuple[str, int]] = ()) -> Path:
        """An XLSX; title adds a merged title row; groups adds a merged group-header row (name, span)."""
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        line = 1
        if title:
            sheet.cell(row=1, column=1, value=title)
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
            line += 1
        if groups:
            column = 1
            for group, span in groups:
                sheet.cell(row=line, column=column, value=group)
                if span > 1:
                    sheet.merge_cells(start_row=line, start_column=column, end_row=line, end_column=column + span - 1)
                column += span
            line += 1
        for column, header in enumerate(headers, start=1):
            sheet.cell(row=line, column=column, value=header)
        for row in rows:
            line += 1
            for column, header in enumerate(headers, start=1):
                sheet.cell(row=line, column=column, value=row.get(header))
        path = self.root / name
        book.save(path)
        return path

    def jsonl(self, lines: Sequence[dict[str, object] | str], name: str = "leads.jsonl") -> Path:
        text = "\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines)
        path = self.root / name
        path.write_text(text + "\n", encoding="utf-8")
        return path
