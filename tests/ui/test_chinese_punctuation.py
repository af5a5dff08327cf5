"""Chinese text brackets with full-width （）, not ASCII ( ): in every translation table, in the catalogue, and
in the words the code puts together (a name and its user name, a relation, a date range)."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from workstation import messages
from workstation.domain.words import aside

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
# What may keep ASCII brackets in Chinese: a Qt mnemonic ("文件(&F)", the Chinese convention), a file dialog's
# filter ("PDF 文件 (*.pdf)": Qt parses the brackets), a %-placeholder ("%(prog)s"), `code` typed as is.
LEGIT = re.compile(r"\(&\w\)|\(\*[^()]*\)|%\([A-Za-z_]+\)[a-z]|`[^`]*`")


def ascii_brackets(text: str) -> bool:
    """True when `text` has an ASCII ( or ) that is none of the legitimate uses above."""
    return bool(re.search(r"[()]", LEGIT.sub("", text)))


def test_the_rule_tells_wrong_from_legitimate() -> None:
    for wrong in ("民警2 (officer2)", "劝阻金额(元)", "旧版 Excel (.xls) 文件", "{0} ({1})", "（已处置)"):
        assert ascii_brackets(wrong), wrong
    for right in ("民警2（officer2）", "文件(&F)", "PDF 文件 (*.pdf)", "所有文件 (*)", "%(prog)s：错误",
                  "请运行 `workstation db upgrade`", "线索 {ref}（{name}）"):
        assert not ascii_brackets(right), right


def _table_values(path: Path) -> list[tuple[int, str]]:
    """Every string value of the dicts (ZH, ZH_MESSAGES, CONTEXT) of a zh_CN_*.py file, with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(v.lineno, v.value) for node in ast.walk(tree) if isinstance(node, ast.Dict)
            for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]


def test_no_chinese_translation_brackets_with_ascii() -> None:
    found = [f"{p.name}:{line}: {value}" for p in sorted(I18N.glob("zh_CN_*.py")) for line, value in _table_values(p)
             if ascii_brackets(value)]
    assert found == []


def test_no_catalogue_translation_brackets_with_ascii() -> None:
    found = [f"{m.findtext('source')} → {m.findtext('translation')}"
             for m in ET.parse(I18N / "workstation_zh_CN.ts").getroot().iter("message")
             if ascii_brackets(m.findtext("translation") or "")]
    assert found == []


@pytest.fixture
def chinese() -> object:
    messages.set_language("zh_CN")
    yield
    messages.set_language("en")


def test_words_put_together_bracket_as_the_language_does(chinese: object) -> None:
    assert aside("民警2", "officer2") == "民警2（officer2）"
    messages.set_language("en")
    assert aside("Officer 2", "officer2") == "Officer 2 (officer2)"
