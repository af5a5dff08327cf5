"""Neutralising spreadsheet formulas in anything we export (CSV injection, OWASP).

Excel and WPS run a cell that starts with = + - @ as a formula (and tab/CR-led cells can smuggle one),
so a name like "=HYPERLINK(...)" in a lead must reach a report as text. Every CSV/XLSX export in the
workstation should pass its cells through neutralise_cell.
"""

from __future__ import annotations

import re

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
# Characters XML 1.0 cannot hold; openpyxl raises IllegalCharacterError on them.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def neutralise_cell(value: object) -> object:
    """The value, with a leading ' added to text that a spreadsheet would read as a formula.

    Numbers and other non-text values are returned unchanged (a real -5 is not an attack).
    Text is also checked after leading spaces, which spreadsheets may skip.
    """
    if not isinstance(value, str) or not value:
        return value
    if value.startswith(_TRIGGERS) or value.lstrip(" ").startswith(_TRIGGERS[:4]):
        return "'" + value
    return value


def xlsx_safe(value: object) -> object:
    """neutralise_cell, and characters XML cannot store replaced by U+FFFD so openpyxl can write them."""
    value = neutralise_cell(value)
    if isinstance(value, str):
        return _ILLEGAL_XML.sub("\ufffd", value)
    return value
