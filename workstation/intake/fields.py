"""Cell validators for phones, resident ID numbers and amounts; each raises FieldInvalid with a reason."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneNumberType
from stdnum.cn import ric

from workstation.messages import QT_TRANSLATE_NOOP, Msg, message

PHONE_MISSING = message("intake.phone_missing", QT_TRANSLATE_NOOP("Messages", "The phone number is empty"))()
PHONE_UNPARSEABLE = message("intake.phone_unparseable", QT_TRANSLATE_NOOP("Messages", "Not a phone number"))()
PHONE_NOT_MAINLAND = message("intake.phone_not_mainland", QT_TRANSLATE_NOOP("Messages", "Not a mainland China number"))()
PHONE_INVALID = message("intake.phone_invalid", QT_TRANSLATE_NOOP("Messages", "The number has the wrong length or area code"))()
PHONE_NOT_PERSONAL = message("intake.phone_not_personal", QT_TRANSLATE_NOOP("Messages", "Not a mobile or landline number (e.g. a 400/955xx service number)"))()
PHONE_BAD_MOBILE = message("intake.phone_invalid_mobile", QT_TRANSLATE_NOOP("Messages", "No mobile network uses this number range: {digits}"))
ID_OLD = message("intake.id_old_15", QT_TRANSLATE_NOOP("Messages", "An old 15-digit ID number: give the 18-digit one"))()
ID_FORMAT = message("intake.id_format", QT_TRANSLATE_NOOP("Messages", "An ID number has 18 characters: 17 digits, then a digit or X"))()
ID_CHECKSUM = message("intake.id_checksum", QT_TRANSLATE_NOOP("Messages", "The ID number's check digit is wrong"))()
ID_BAD_BIRTH = message("intake.id_birth_date", QT_TRANSLATE_NOOP("Messages", "The date of birth in the ID number does not exist"))()
ID_ODD_BIRTH = message("intake.id_birth_date_odd", QT_TRANSLATE_NOOP("Messages", "The date of birth in the ID number is not plausible"))()
AMOUNT_INVALID = message("intake.amount_invalid", QT_TRANSLATE_NOOP("Messages", "Not an amount"))()
AMOUNT_NEGATIVE = message("intake.amount_negative", QT_TRANSLATE_NOOP("Messages", "The amount cannot be negative"))()
AMOUNT_TOO_LARGE = message("intake.amount_too_large", QT_TRANSLATE_NOOP("Messages", "The amount is over 10 billion yuan: not plausible"))()


class FieldInvalid(ValueError):
    """A cell value that cannot enter the database: reason (a Msg for the officer) and code (stable, English)."""

    def __init__(self, code: str, reason: Msg) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def cell_text(value: object) -> str:
    """A cell as trimmed text; whole floats from spreadsheets lose their ".0" (13812345678.0)."""
    if value is None:
        return ""
    if isinstance(value, str) and value.isascii():
        return value.strip()  # NFKC changes nothing in ASCII: skip it on the hot path
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return unicodedata.normalize("NFKC", str(value)).strip()


# ---------------------------------------------------------------- phone numbers

_PHONE_JUNK = re.compile(r"[\s\-()（）.·]+")
_MOBILE = re.compile(r"(?:\+?86)?(1\d{10})")


def parse_phone(value: object) -> str:
    """A mainland number normalised: mobile "13812345678", landline "010-65529988" / "0755-12345678"."""
    text = cell_text(value)
    if len(text) == 11 and text[0] == "1" and text.isdecimal():
        # The usual cell, a bare mobile number: what _MOBILE finds in it after _PHONE_JUNK removed nothing
        # (isdecimal is exactly \d).
        return _mobile(text)
    return _parse_phone_text(text)


def _parse_phone_text(text: str) -> str:
    """parse_phone for any cell text: separators removed, +86 and landlines understood."""
    text = _PHONE_JUNK.sub("", text)
    if not text:
        raise FieldInvalid("phone_missing", PHONE_MISSING)
    mobile = _MOBILE.fullmatch(text)
    if mobile:
        return _mobile(mobile.group(1))
    try:
        number = phonenumbers.parse(text, "CN")
    except phonenumbers.NumberParseException:
        raise FieldInvalid("phone_unparseable", PHONE_UNPARSEABLE) from None
    if number.country_code != 86:
        raise FieldInvalid("phone_not_mainland", PHONE_NOT_MAINLAND)
    if not phonenumbers.is_valid_number(number):
        raise FieldInvalid("phone_invalid", PHONE_INVALID)
    kind = phonenumbers.number_type(number)
    national = phonenumbers.national_significant_number(number)
    if kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE) and len(national) == 11:
        return national
    if kind == PhoneNumberType.FIXED_LINE:
        area = phonenumbers.length_of_geographical_area_code(number)
        if area:
            return f"0{national[:area]}-{national[area:]}"
    raise FieldInvalid("phone_not_personal", PHONE_NOT_PERSONAL)


def _mobile(digits: str) -> str:
    """An 11-digit mobile number checked against libphonenumber's own CN mobile pattern, matched directly:
    one regex instead of a 25 µs parse."""
    if not _mobile_pattern().fullmatch(digits):
        raise FieldInvalid("phone_invalid_mobile", PHONE_BAD_MOBILE(digits=digits))
    return digits


@lru_cache(maxsize=1)
def _mobile_pattern() -> re.Pattern[str]:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("CN")
    mobile = metadata.mobile if metadata is not None else None
    if mobile is None or mobile.national_number_pattern is None:
        return re.compile(r"1[3-9]\d{9}")  # libphonenumber without CN data: the broad allocation rule
    return re.compile(mobile.national_number_pattern)


# ---------------------------------------------------------------- resident ID numbers (GB 11643)

_ID18 = re.compile(r"\d{17}[\dX]")


def parse_id_number(value: object, *, today: date) -> tuple[str | None, str | None]:
    """An 18-character resident ID (or None when empty) and a warning code (unknown district) or None.

    Checks length, check digit and birth date. Not stdnum's is_valid: it also matches the district code
    against the birth year and rejects real IDs of elderly people, so an unknown district only warns.
    """
    text = cell_text(value).replace(" ", "").upper()
    if not text:
        return None, None
    if len(text) == 15 and text.isdigit():
        raise FieldInvalid("id_old_15", ID_OLD)
    if not _ID18.fullmatch(text):
        raise FieldInvalid("id_format", ID_FORMAT)
    if ric.calc_check_digit(text) != text[-1]:
        raise FieldInvalid("id_checksum", ID_CHECKSUM)
    try:
        born = date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        raise FieldInvalid("id_birth_date", ID_BAD_BIRTH) from None
    if born.year < 1890 or born > today:
        raise FieldInvalid("id_birth_date", ID_ODD_BIRTH)
    return text, (None if _district_known(text[:6]) else "id_unknown_district")


@lru_cache(maxsize=8192)
def _district_known(code: str) -> bool:
    from stdnum import numdb

    if not code.isdigit():
        return False
    return all(props for _part, props in numdb.get("cn/loc").info(code))


# ---------------------------------------------------------------- amounts

AMOUNT_MAX = Decimal("1e10")
_AMOUNT = re.compile(r"([0-9][0-9,]*(?:\.[0-9]*)?|\.[0-9]+)(万|亿)?(?:元|圆)?")
_CENT = Decimal("0.01")
_PLAIN_AMOUNT = re.compile(r"[0-9]{1,9}(?:\.[0-9]{1,2})?")


def parse_amount(value: object) -> Decimal:
    """Yuan with two decimals from '1,234.50', '¥1234', '1.2万', '3亿元' or a number cell; empty is 0."""
    if type(value) is str and _PLAIN_AMOUNT.fullmatch(value):
        # The usual cell ("12345.00"): what the general path gives, without its prefix and unit handling.
        # At most 9 integer digits, so it is finite, not negative and below AMOUNT_MAX.
        return Decimal(value).quantize(_CENT, ROUND_HALF_UP)  # rounding by position: half the cost
    return _parse_amount_general(value)


def _parse_amount_general(value: object) -> Decimal:
    if isinstance(value, bool):
        raise FieldInvalid("amount_invalid", AMOUNT_INVALID)
    if isinstance(value, int | float | Decimal):
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            raise FieldInvalid("amount_invalid", AMOUNT_INVALID) from None
    else:
        text = cell_text(value).replace(" ", "").lstrip("¥￥").removeprefix("RMB").removeprefix("CNY")
        if not text:
            return Decimal("0.00")
        if text.startswith("-"):
            raise FieldInvalid("amount_negative", AMOUNT_NEGATIVE)
        match = _AMOUNT.fullmatch(text)
        if not match:
            raise FieldInvalid("amount_invalid", AMOUNT_INVALID)
        try:
            amount = Decimal(match.group(1).replace(",", ""))
        except InvalidOperation:
            raise FieldInvalid("amount_invalid", AMOUNT_INVALID) from None
        amount *= {"万": Decimal(10_000), "亿": Decimal(100_000_000)}.get(match.group(2) or "", Decimal(1))
    if not amount.is_finite():
        raise FieldInvalid("amount_invalid", AMOUNT_INVALID)
    if amount < 0:
        raise FieldInvalid("amount_negative", AMOUNT_NEGATIVE)
    if amount > AMOUNT_MAX:
        raise FieldInvalid("amount_too_large", AMOUNT_TOO_LARGE)
    return amount.quantize(_CENT, rounding=ROUND_HALF_UP)
