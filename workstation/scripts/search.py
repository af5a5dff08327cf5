"""Search across all scripts: an officer may learn mid-call that the scam is of another type."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from workstation.scripts.model import Script, Text


class HitKind(StrEnum):
    """Where a search hit is, listed from the most telling to the least."""

    TITLE = "title"
    RED_FLAG = "red_flag"
    SUMMARY = "summary"
    OBJECTION = "objection"
    STEP = "step"
    CHECKPOINT = "checkpoint"


_RANK = {kind: rank for rank, kind in enumerate(HitKind)}
_SNIPPET_RADIUS = 30


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One match: the script (`script_id`), where (`kind`), the step/objection/checkpoint id (`item_id`,
    None for title, summary and red flags), the exact place (`location`, e.g. "red_flags[2]" or
    "steps[1].say"), the language that matched and a short `snippet` of that text around the match."""

    script_id: str
    kind: HitKind
    item_id: str | None
    location: str
    lang: str
    snippet: str


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _items(script: Script) -> Iterator[tuple[HitKind, str | None, str, Text]]:
    yield HitKind.TITLE, None, "title", script.title
    yield HitKind.SUMMARY, None, "summary", script.summary
    for i, flag in enumerate(script.red_flags):
        yield HitKind.RED_FLAG, None, f"red_flags[{i}]", flag.text
    for i, step in enumerate(script.steps):
        yield HitKind.STEP, step.id, f"steps[{i}].title", step.title
        yield HitKind.STEP, step.id, f"steps[{i}].say", step.say
        for j, question in enumerate(step.ask):
            yield HitKind.STEP, step.id, f"steps[{i}].ask[{j}]", question
        for j, branch in enumerate(step.branches):
            yield HitKind.STEP, step.id, f"steps[{i}].branches[{j}].when", branch.when
    for i, objection in enumerate(script.objections):
        yield HitKind.OBJECTION, objection.id, f"objections[{i}].says", objection.says
        yield HitKind.OBJECTION, objection.id, f"objections[{i}].answer", objection.answer
    for i, checkpoint in enumerate(script.checkpoints):
        yield HitKind.CHECKPOINT, checkpoint.id, f"checkpoints[{i}].label", checkpoint.label


def _snippet(text: str, start: int, length: int) -> str:
    # `start` indexes the folded text; NFKC can change lengths, so clamp rather than trust it exactly
    lo = max(0, start - _SNIPPET_RADIUS)
    hi = min(len(text), start + length + _SNIPPET_RADIUS)
    snippet = " ".join(text[lo:hi].split())
    return ("…" if lo > 0 else "") + snippet + ("…" if hi < len(text) else "")


def search_scripts(scripts: Iterable[Script], query: str, lang: str | None = None) -> list[SearchHit]:
    """Case-insensitive search of zh and en texts (or only `lang`) for every whitespace-separated term.

    An item matches when all terms occur in the same text. Ranking: whole-query matches before matches
    of separate terms, then by kind (title, red flag, summary, objection, step, checkpoint), then file
    order. One hit per item (a step's say and its title count separately) and language, zh first.
    """
    terms = _fold(query).split()
    if not terms:
        return []
    phrase = " ".join(terms)
    langs = ("zh", "en") if lang is None else (lang,)
    ranked: list[tuple[tuple[int, int, int], SearchHit]] = []
    order = 0
    for script in scripts:
        for kind, item_id, location, text in _items(script):
            for code in langs:
                raw = text.get(code)
                folded = _fold(raw)
                if not all(term in folded for term in terms):
                    continue
                at = folded.find(phrase)
                whole = at >= 0
                if not whole:
                    at = folded.find(terms[0])
                length = len(phrase) if whole else len(terms[0])
                hit = SearchHit(script.id, kind, item_id, location, code, _snippet(raw, at, length))
                ranked.append(((0 if whole else 1, _RANK[kind], order), hit))
                order += 1
    ranked.sort(key=lambda pair: pair[0])
    return [hit for _, hit in ranked]
