from decimal import Decimal

import pytest

from workstation.forms import amount_in_words, format_yuan


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("0", "零元整"),
        ("0.05", "伍分"),
        ("0.5", "伍角"),
        ("10.00", "壹拾元整"),
        ("1004.5", "壹仟零肆元伍角"),
        ("1234.5", "壹仟贰佰叁拾肆元伍角"),
        ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
        ("1.05", "壹元零伍分"),
        ("100010", "壹拾万零壹拾元整"),
        ("100000000", "壹亿元整"),
        ("100000001", "壹亿零壹元整"),
        ("34500.50", "叁万肆仟伍佰元零伍角"),
        ("12345678.9", "壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角"),
        ("0.005", "壹分"),  # rounded half-up to the fen
    ],
)
def test_amount_in_words(amount: str, words: str) -> None:
    assert amount_in_words(Decimal(amount)) == words


@pytest.mark.parametrize("amount", ["-1", "1000000000000"])
def test_amount_in_words_refuses_out_of_range(amount: str) -> None:
    with pytest.raises(ValueError):
        amount_in_words(Decimal(amount))


@pytest.mark.parametrize(
    ("amount", "printed"),
    [("1234.5", "¥1,234.50"), ("0", "¥0.00"), ("100000000", "¥100,000,000.00"), ("0.015", "¥0.02")],
)
def test_format_yuan(amount: str, printed: str) -> None:
    assert format_yuan(Decimal(amount)) == printed


def test_unknown_amount_leaves_a_blank() -> None:
    assert format_yuan(None) == ""
