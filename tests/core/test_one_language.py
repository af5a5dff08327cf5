"""The core writes no "中文 (English)" sentences: its messages are codes put into one language at the edge (issue 13).

A ratchet: every string literal in workstation/**/*.py (docstrings aside) that holds Chinese and English side by
side — an English word in parentheses next to Chinese, Chinese in parentheses after English, or a run of English
words next to Chinese — fails this test, outside the files that are data and the literals that must stay as
they are (both listed below with the reason).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Files that are data, not messages: the enums' Chinese labels, the demo data set, the migrations' SQL (a
# migration runs as it was written once).
DATA_FILES = {
    "workstation/domain/types.py",
    "workstation/demo.py",
}
DATA_DIRS = ("workstation/store/migrations/",)
# Literals that must stay: what migration 0007's SQLite triggers raise, compared with the schema as written.
KEPT = {("workstation/security/audit.py", "audit_log is append-only (审计日志只能追加)"),
        # an English message whose examples are the Chinese ways of writing a time a file may hold
        ("workstation/intake/times.py", "Not a time. Accepted: 2026-11-25 14:03[:05], 2026/11/25 14:03, "
                                        "2026年11月25日 14时03分, ISO 8601, Excel dates, Unix seconds")}

# Files other helpers are converting at the same time (issue 13). The lead empties this set after merging
# their branches; test_pending_files_still_need_it says which entries are done.
PENDING: set[str] = set()

CJK = r"[\u3400-\u9fff\uf900-\ufaff]"
BILINGUAL = [
    re.compile(r"\(\s*[A-Za-z][A-Za-z'’\-]+[^()]*\)"),  # 中文 (English …)
    re.compile(r"[A-Za-z]{2,}[^()]*\(\s*" + CJK),  # English (中文)
    re.compile(r"\b[A-Za-z][a-z'’]+(?:[ ,]+[A-Za-z][a-z'’]+){2,}"),  # three English words in a row
]


def literals(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """(line, text) of every string literal but docstrings; an f-string as its text with {} for each value."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skip.add(id(first.value))
        if isinstance(node, ast.JoinedStr):
            skip.update(id(v) for v in node.values)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            yield node.lineno, "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            yield node.lineno, node.value


def two_languages(text: str) -> bool:
    return re.search(CJK, text) is not None and any(p.search(text) for p in BILINGUAL)


def found(relative: str) -> list[str]:
    tree = ast.parse((ROOT / relative).read_text(encoding="utf-8"))
    return [f"{relative}:{line}: {text[:100]!r}" for line, text in literals(tree)
            if two_languages(text) and (relative, text) not in KEPT]


def checked_files() -> list[str]:
    files = (str(p.relative_to(ROOT)) for p in sorted((ROOT / "workstation").rglob("*.py")))
    return [f for f in files if f not in DATA_FILES and not f.startswith(DATA_DIRS)]


def test_the_rule_tells_two_languages_from_one() -> None:
    assert two_languages("未登录 (not signed in)")
    assert two_languages("audit_log is append-only (审计日志只能追加)")
    assert two_languages("已停止监视 stopped watching the folder now")
    assert two_languages(f"{'x'} 已退出 (signed out)")
    assert not two_languages("未登录：请先运行 `workstation login`")
    assert not two_languages("转账金额（元）")
    assert not two_languages("Not signed in (run `workstation login`)")
    assert not two_languages("安装国家反诈中心APP，拨打 96110")


def test_no_core_literal_speaks_two_languages() -> None:
    """A new "中文 (English)" literal fails here: declare a Msg (workstation/messages.py) instead."""
    problems = [p for f in checked_files() if f not in PENDING for p in found(f)]
    assert problems == []


def test_pending_files_still_need_it() -> None:
    """An entry of PENDING whose file no longer holds such a literal is done: take it out of PENDING."""
    done = sorted(f for f in PENDING if not (ROOT / f).exists() or not found(f))
    assert done == [], f"remove from PENDING: {done}"


def test_the_data_files_are_still_there() -> None:
    """An allow-listed file that moved would let its successor through unchecked."""
    assert all((ROOT / f).exists() for f in DATA_FILES | {f for f, _ in KEPT})
    assert all(any((ROOT / f).rglob("*.py")) for f in DATA_DIRS)


def test_english_labels_of_the_enums_are_english_only() -> None:
    """`.en` of every enum and the domain's words in English hold no Chinese ("Romance and investment (杀猪盘)")."""
    import enum

    from workstation.domain import types, words
    from workstation.messages import Msg

    bad: list[str] = []
    for cls in vars(types).values():
        if isinstance(cls, type) and issubclass(cls, enum.Enum) and hasattr(cls, "en"):
            bad += [f"{cls.__name__}.{m.name}: {m.en}" for m in cls if re.search(CJK, m.en)]
    for table in (words.SCAM_WORDS, words.LEVEL_WORDS, words.OUTCOME_WORDS):
        for code, template in table.items():
            said = Msg(template.code, template.source).render(lambda _c, s: s)
            if re.search(CJK, said):
                bad.append(f"{code}: {said}")
    assert not bad, bad
    assert types.ScamType.ROMANCE.en == words.SCAM_WORDS[types.ScamType.ROMANCE].source  # one English name
