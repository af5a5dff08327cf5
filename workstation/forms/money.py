"""Amounts of money as printed on forms: ¥1,234.50 and the capital form (大写金额) used by banks."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from workstation.messages import QT_TRANSLATE_NOOP, message

NEGATIVE = message("forms.negative_amount", QT_TRANSLATE_NOOP("Messages", "A negative amount has no capital form: {amount}"))
TOO_LARGE = message("forms.amount_too_large", QT_TRANSLATE_NOOP("Messages", "The amount is too large for its capital form: {amount}"))

_CENT = Decimal("0.01")
_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_IN_GROUP = ((3, "仟"), (2, "佰"), (1, "拾"), (0, ""))
_GROUPS = ("", "万", "亿")
_LIMIT = 10**12  # 壹万亿: far beyond any case; refuse rather than print a wrong cheque-style amount


def to_cents(amount: Decimal) -> int:
    """An amount in yuan rounded half-up to whole fen (分)."""
    return int(amount.quantize(_CENT, rounding=ROUND_HALF_UP) * 100)


def format_yuan(amount: Decimal | None) -> str:
    """¥1,234.50 — or "" for an unknown amount, so the paper keeps a blank to fill in."""
    if amount is None:
        return ""
    cents = to_cents(amount)
    sign = "-" if cents < 0 else ""
    yuan, fen = divmod(abs(cents), 100)
    return f"{sign}¥{yuan:,}.{fen:02d}"


def _integer_words(n: int) -> str:
    groups: list[int] = []
    while n:
        n, g = divmod(n, 10000)
        groups.append(g)
    out: list[str] = []
    pending_zero = False
    for index in reversed(range(len(groups))):
        group = groups[index]
        for power, unit in _IN_GROUP:
            digit = group // 10**power % 10
            if digit == 0:
                pending_zero = pending_zero or bool(out)
                continue
            if pending_zero:
                out.append("零")
                pending_zero = False
            out.append(_DIGITS[digit] + unit)
        if group:
            out.append(_GROUPS[index])
    return "".join(out)


def amount_in_words(amount: Decimal) -> str:
    """The capital amount (大写) for amount in yuan, e.g. 1234.5 → 壹仟贰佰叁拾肆元伍角, 10 → 壹拾元整.

    Follows the bank rules: 整 after 元 only, one 零 for a run of zeros, 零 before 角/分 after a zero 元 digit.
    """
    cents = to_cents(amount)
    if cents < 0:
        raise ValueError(NEGATIVE(amount=amount))
    if cents >= _LIMIT * 100:
        raise ValueError(TOO_LARGE(amount=amount))
    yuan, rest = divmod(cents, 100)
    jiao, fen = divmod(rest, 10)
    words = _integer_words(yuan) + ("元" if yuan else "")
    if jiao == 0 and fen == 0:
        return (words or "零元") + "整"
    if jiao:
        if yuan and yuan % 10 == 0:
            words += "零"
        words += _DIGITS[jiao] + "角"
    elif yuan:
        words += "零"
    if fen:
        words += _DIGITS[fen] + "分"
    return words
