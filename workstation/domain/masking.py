"""Masking of personal data for lists and exports (脱敏): 138****5678."""

from __future__ import annotations


def mask_phone(phone: str) -> str:
    if "-" in phone:  # landline: keep the area code and the last four digits
        area, number = phone.split("-", 1)
        return f"{area}-{'*' * max(0, len(number) - 4)}{number[-4:]}"
    if len(phone) <= 7:
        return "*" * len(phone)
    return f"{phone[:3]}{'*' * (len(phone) - 7)}{phone[-4:]}"


def mask_id_number(id_number: str | None) -> str:
    if not id_number:
        return ""
    if len(id_number) < 10:
        return "*" * len(id_number)
    return f"{id_number[:6]}{'*' * (len(id_number) - 10)}{id_number[-4:]}"


def mask_name(name: str) -> str:
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]
