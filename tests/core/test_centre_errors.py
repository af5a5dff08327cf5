"""The centre's refusals ("中文 (English)" texts raised by its SQL functions) shown in one language on the desk."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workstation import messages
from workstation.errors import Conflict
from workstation.sync import centre_errors
from workstation.sync.centre_errors import refusal
from workstation.sync.claims import domain_error

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")
# RAISE EXCEPTION 'text' 'more text', args USING ERRCODE = 'WS4xx'
RAISE = re.compile(r"RAISE EXCEPTION\s+((?:'(?:[^']|'')*'\s*)+)(,[^;]*?)?\s*USING ERRCODE = 'WS4\d\d'", re.S)


def raised_texts() -> list[str]:
    """Every refusal with our SQLSTATEs in the migrations, its % places filled in ("X1", "X2" …)."""
    out = []
    for path in sorted((ROOT / "workstation/store/migrations").rglob("*")):
        if path.suffix not in (".sql", ".py"):
            continue
        for m in RAISE.finditer(path.read_text(encoding="utf-8")):
            text = "".join(re.findall(r"'((?:[^']|'')*)'", m[1])).replace("''", "'")
            parts = text.split("%")
            out.append(parts[0] + "".join(f"X{i}{part}" for i, part in enumerate(parts[1:], 1)))
    return out


def test_every_refusal_the_centre_raises_is_known() -> None:
    texts = raised_texts()
    assert len(texts) >= 15
    unknown = [t for t in texts if refusal(t).code == centre_errors.UNKNOWN.code]
    assert not unknown, unknown


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_refusals_read_in_one_language(language: str) -> None:
    messages.set_language(language)
    for t in raised_texts():
        shown = str(refusal(t))
        assert (CJK.search(shown) is None) == (language == "en"), shown
    held = str(refusal("线索 YJ1 正由 officer2 处置 (another officer holds this lead)"))
    assert held == ("Lead YJ1 is already held by officer2" if language == "en" else "线索 YJ1 已由 officer2 处置")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_an_unknown_refusal_stays_readable(language: str) -> None:
    messages.set_language(language)
    shown = str(refusal("新的拒绝 (a new refusal)"))
    assert shown == ("Refused by the centre: a new refusal" if language == "en" else "中心拒绝：新的拒绝")
    assert "odd text" in str(refusal("odd text"))


def test_domain_error_carries_the_message() -> None:
    class Diag:
        message_primary = "线索 YJ9 不在队列中 (lead is not in the queue)"

    class Orig(Exception):
        sqlstate = "WS409"
        diag = Diag()

    class Wrapped(Exception):
        orig = Orig()

    error = domain_error(Wrapped())
    assert isinstance(error, Conflict) and error.code == "centre.not_queued"
    messages.set_language("en")
    assert str(error) == "Lead YJ9 is not in the queue"
