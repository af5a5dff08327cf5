"""Rules across a whole script: unique ids, references to existing steps, allowed phone numbers, file name."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from workstation.messages import QT_TRANSLATE_NOOP, Msg, message
from workstation.scripts.errors import ScriptError
from workstation.scripts.model import HOTLINE_PLACEHOLDER, Script

DUPLICATE = message("script.duplicate_id", QT_TRANSLATE_NOOP("Messages", "duplicate id '{id}' (already used in {where})"))
NO_STEP = message("script.no_step", QT_TRANSLATE_NOOP("Messages", "step '{step}' does not exist"))
SELF_STEP = message("script.self_step", QT_TRANSLATE_NOOP("Messages", "step '{step}' points to itself"))
BAD_NUMBER = message("script.bad_number", QT_TRANSLATE_NOOP("Messages", "phone number '{number}' is not allowed: only 96110, 110 and {placeholder} may appear"))
BAD_PLACEHOLDER = message("script.bad_placeholder", QT_TRANSLATE_NOOP("Messages", "unknown placeholder '{name}' (only {placeholder} is allowed)"))
FILE_NAME = message("script.file_name", QT_TRANSLATE_NOOP("Messages", "the file name '{name}' does not match id '{id}' (name it {id}.toml)"))

ALLOWED_NUMBERS = frozenset({"96110", "110"})
"""The only phone numbers a script may contain; the centre's own number is the {centre_hotline} placeholder."""

_DIGIT_RUN = re.compile(r"(?<![\d-])\d+(?:-\d+)*(?![\d])")
_AMOUNT_AFTER = re.compile(r"^\s*(?:元|块|万|亿|%|％|yuan|rmb|cny)", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _duplicates(ids: list[str]) -> set[str]:
    return {item for item, count in Counter(ids).items() if count > 1}


def _check_ids(script: Script, error: Any) -> None:
    for kind, items in (
        ("steps", script.steps),
        ("objections", script.objections),
        ("checkpoints", script.checkpoints),
    ):
        ids = [item.id for item in items]
        twice = _duplicates(ids)
        seen: set[str] = set()
        for i, item_id in enumerate(ids):
            if item_id in twice and item_id in seen:
                error(
                    f"{kind}[{i}].id",
                    DUPLICATE(id=item_id, where=f"{kind}[{ids.index(item_id)}]"),
                )
            seen.add(item_id)


def _check_references(script: Script, error: Any) -> None:
    step_ids = {step.id for step in script.steps}

    def check(location: str, target: str | None, source: str | None = None) -> None:
        if target is None:
            return
        if target not in step_ids:
            error(location, NO_STEP(step=target))
        elif source is not None and target == source:
            error(location, SELF_STEP(step=target))

    for i, step in enumerate(script.steps):
        check(f"steps[{i}].next", step.next, step.id)
        for j, branch in enumerate(step.branches):
            check(f"steps[{i}].branches[{j}].goto", branch.goto, step.id)
    for i, objection in enumerate(script.objections):
        check(f"objections[{i}].goto", objection.goto)
    for i, checkpoint in enumerate(script.checkpoints):
        check(f"checkpoints[{i}].step", checkpoint.step)


def phone_like_numbers(text: str) -> list[str]:
    """Digit runs in `text` that look like phone numbers and are not allowed (not 96110 or 110).

    A run of 5 or more digits (hyphens allowed between groups) counts, unless it is an amount
    (followed by 元/万/%/yuan…, or preceded by ¥).
    """
    normal = unicodedata.normalize("NFKC", text)
    found: list[str] = []
    for match in _DIGIT_RUN.finditer(normal):
        digits = re.sub(r"\D", "", match.group())
        if len(digits) < 5 or digits in ALLOWED_NUMBERS:
            continue
        if _AMOUNT_AFTER.match(normal[match.end() :]) or normal[: match.start()].rstrip().endswith(
            ("¥", "￥")
        ):
            continue
        found.append(match.group())
    return found


def _check_texts(script: Script, error: Any) -> None:
    for location, text in script.texts():
        for lang, value in text:
            where = f"{location}.{lang}"
            for number in phone_like_numbers(value):
                error(
                    where,
                    BAD_NUMBER(number=number, placeholder=HOTLINE_PLACEHOLDER),
                )
            for placeholder in _PLACEHOLDER.findall(value):
                if placeholder != HOTLINE_PLACEHOLDER:
                    error(
                        where, BAD_PLACEHOLDER(name=placeholder, placeholder=HOTLINE_PLACEHOLDER)
                    )


def check_script(
    script: Script, file: str | None = None, *, references: bool = True, file_name: bool = True
) -> list[ScriptError]:
    """Rules across the whole script: unique ids, references to existing steps, allowed numbers, file name.

    `references=False` skips the step references (when some steps could not be read);
    `file_name=False` skips the file-name rule (when the id could not be read).
    """
    name = file or f"{script.id}.toml"
    errors: list[ScriptError] = []

    def error(location: str, message: Msg | str) -> None:
        errors.append(ScriptError(name, location, message))

    _check_ids(script, error)
    if references:
        _check_references(script, error)
    _check_texts(script, error)
    if file_name and file is not None and Path(file).stem != script.id:
        error(
            "id",
            FILE_NAME(name=Path(file).name, id=script.id),
        )
    return errors
