"""Helpers for the script tests: a minimal valid script, written where a test wants it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

MINIMAL = """\
id = "fake_loan"
version = 1
title = { zh = "虚假贷款", en = "Fake loan" }
summary = { zh = "先交钱再放款的都是诈骗。", en = "Any loan that wants money first is a scam." }

[[red_flags]]
kind = "payment"
zh = "放款前要交保证金"
en = "A deposit before payout"

[[steps]]
id = "opening"
stage = "opening"
title = { zh = "开场", en = "Opening" }
say = { zh = "您好，我是反诈中心民警。可以挂断后拨打110核实。", en = "Hello, police anti-fraud centre. Hang up and dial 110 to check." }
next = "assess"

[[steps]]
id = "assess"
stage = "assess"
title = { zh = "问清情况", en = "Find the stage" }
say = { zh = "您转过钱吗？", en = "Did you send money?" }
next = "close"

[[steps.branches]]
when = { zh = "已转账", en = "Already transferred" }
goto = "stop_payment"

[[steps]]
id = "stop_payment"
stage = "remedy"
title = { zh = "紧急止付", en = "Stop-payment" }
say = { zh = "请马上拨打110。", en = "Dial 110 now." }
next = "close"

[[steps]]
id = "close"
stage = "close"
title = { zh = "结束", en = "Close" }
say = { zh = "请安装国家反诈中心APP，有事打96110或{centre_hotline}。", en = "Install the app; call 96110 or {centre_hotline}." }

[[objections]]
id = "pay_once_more"
says = { zh = "再交一次就退", en = "Pay once more to get it back" }
answer = { zh = "不会退的，马上止付。", en = "It will not come back; stop the payment now." }
goto = "stop_payment"

[[checkpoints]]
id = "said_no_upfront_fee"
label = { zh = "已告知放款前不收费", en = "Said no fee before payout" }
required = true
step = "assess"
"""


@pytest.fixture
def minimal_text() -> str:
    return MINIMAL


@pytest.fixture
def write_script(tmp_path: Path) -> Callable[[str, str], Path]:
    """Writes `text` to `tmp_path / name` and returns the path."""

    def write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
