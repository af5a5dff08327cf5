"""The call-script model (劝阻话术): frozen values read from one TOML file per scam type.

Nothing here does I/O; `workstation.scripts.parse` builds these objects and `ScriptLibrary` holds them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Literal

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")

HOTLINE_PLACEHOLDER = "{centre_hotline}"
"""Stands for the centre's own hotline in script texts; the number itself comes from settings."""

_HOTLINE_UNSET: dict[str, str] = {"zh": "本中心值班电话", "en": "our centre's duty line"}


class Stage(StrEnum):
    """Where a step sits in the call."""

    OPENING = "opening"  # 开场：表明身份、告知核实方法
    ASSESS = "assess"  # 研判：问清对方处在哪一步（仅接触 / 已泄露信息 / 已转账）
    PERSUADE = "persuade"  # 劝阻：关键说服要点
    REMEDY = "remedy"  # 补救：已泄露信息或已转账时的止损措施（改密、冻结、紧急止付）
    CLOSE = "close"  # 结束：安装国家反诈中心APP、热线、再被联系怎么办

    @property
    def zh(self) -> str:
        return {"opening": "开场", "assess": "研判", "persuade": "劝阻", "remedy": "补救", "close": "结束"}[
            self.value
        ]


class RedFlagKind(StrEnum):
    """What kind of tell-tale sign a red flag is."""

    PHRASE = "phrase"  # words the scammer uses
    REQUEST = "request"  # what the scammer asks the person to do
    APP = "app"  # software or links the person is told to install or open
    PAYMENT = "payment"  # how money is asked to move
    CONTACT = "contact"  # how the scammer got in touch


@dataclass(frozen=True, slots=True)
class Text:
    """One text in both languages: Chinese (zh, what the officer says) and its English rendering (en)."""

    zh: str
    en: str

    def get(self, lang: str = "zh") -> str:
        """The raw text in `lang` ("zh" or "en"); any other value gives the Chinese text."""
        return self.en if lang == "en" else self.zh

    def render(self, lang: str = "zh", centre_hotline: str | None = None) -> str:
        """The text in `lang` with `{centre_hotline}` replaced by the centre's number.

        Without a number (not configured), the placeholder becomes a neutral phrase ("本中心值班电话"),
        never an invented number.
        """
        value = centre_hotline.strip() if centre_hotline and centre_hotline.strip() else None
        text = self.get(lang)
        return text.replace(HOTLINE_PLACEHOLDER, value or _HOTLINE_UNSET["en" if lang == "en" else "zh"])

    def rendered(self, centre_hotline: str | None) -> Text:
        """A copy with the placeholder replaced in both languages."""
        return Text(zh=self.render("zh", centre_hotline), en=self.render("en", centre_hotline))

    def __iter__(self) -> Iterator[tuple[Lang, str]]:
        yield "zh", self.zh
        yield "en", self.en


@dataclass(frozen=True, slots=True)
class RedFlag:
    """A tell-tale sign of the scam type: a phrase, a request, an app, a payment method, a contact channel."""

    text: Text
    kind: RedFlagKind | None = None


@dataclass(frozen=True, slots=True)
class Branch:
    """An answer to a step's question and the step it leads to (e.g. "already transferred" → stop-payment)."""

    when: Text
    goto: str


@dataclass(frozen=True, slots=True)
class Step:
    """One step of the call: what to say, what to ask, and where to go next.

    `next` is the default following step; `branches` choose another one by what the person answers.
    """

    id: str
    stage: Stage
    title: Text
    say: Text
    ask: tuple[Text, ...] = ()
    next: str | None = None
    branches: tuple[Branch, ...] = ()


@dataclass(frozen=True, slots=True)
class Objection:
    """Something the person says to push back (异议), the answer to give, and optionally a step to go to."""

    id: str
    says: Text
    answer: Text
    goto: str | None = None


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """A point the officer ticks during the call (e.g. "said there is no safe account"); stored with the outcome.

    `step` names the step where it is usually ticked, so a panel can show it there.
    """

    id: str
    label: Text
    required: bool = False
    step: str | None = None


@dataclass(frozen=True, slots=True)
class Script:
    """The call script for one scam type, one version of it.

    State: `id` (the ScamType code), `version` (a positive integer, kept on every call record),
    texts, `red_flags`, ordered `steps` (the first is where the call starts), `objections`, `checkpoints`,
    and the raw file it came from: `source_text` and its `digest` (sha256 hex of the UTF-8 text), so that
    storage can keep every version that a record used.
    """

    id: str
    version: int
    title: Text
    summary: Text
    red_flags: tuple[RedFlag, ...]
    steps: tuple[Step, ...]
    objections: tuple[Objection, ...] = ()
    checkpoints: tuple[Checkpoint, ...] = ()
    source_text: str = field(default="", repr=False, compare=False)

    @property
    def digest(self) -> str:
        """sha256 (hex) of `source_text` encoded as UTF-8."""
        return hashlib.sha256(self.source_text.encode("utf-8")).hexdigest()

    @property
    def first_step(self) -> Step:
        return self.steps[0]

    def step(self, step_id: str) -> Step:
        """The step with this id; KeyError if there is none."""
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def objection(self, objection_id: str) -> Objection:
        for objection in self.objections:
            if objection.id == objection_id:
                return objection
        raise KeyError(objection_id)

    def checkpoint(self, checkpoint_id: str) -> Checkpoint:
        for checkpoint in self.checkpoints:
            if checkpoint.id == checkpoint_id:
                return checkpoint
        raise KeyError(checkpoint_id)

    def steps_in_stage(self, stage: Stage) -> tuple[Step, ...]:
        return tuple(step for step in self.steps if step.stage is stage)

    def checkpoints_for_step(self, step_id: str) -> tuple[Checkpoint, ...]:
        return tuple(cp for cp in self.checkpoints if cp.step == step_id)

    @property
    def required_checkpoints(self) -> tuple[Checkpoint, ...]:
        return tuple(cp for cp in self.checkpoints if cp.required)

    def rendered(self, centre_hotline: str | None) -> Script:
        """A copy with `{centre_hotline}` replaced in every text; `source_text`, `digest` and `version` are kept."""

        def r(text: Text) -> Text:
            return text.rendered(centre_hotline)

        return replace(
            self,
            title=r(self.title),
            summary=r(self.summary),
            red_flags=tuple(replace(flag, text=r(flag.text)) for flag in self.red_flags),
            steps=tuple(
                replace(
                    step,
                    title=r(step.title),
                    say=r(step.say),
                    ask=tuple(r(q) for q in step.ask),
                    branches=tuple(replace(b, when=r(b.when)) for b in step.branches),
                )
                for step in self.steps
            ),
            objections=tuple(replace(o, says=r(o.says), answer=r(o.answer)) for o in self.objections),
            checkpoints=tuple(replace(c, label=r(c.label)) for c in self.checkpoints),
        )

    def texts(self) -> Iterator[tuple[str, Text]]:
        """Every text with its location (e.g. "steps[2].say"), in file order; used by checks and search."""
        yield "title", self.title
        yield "summary", self.summary
        for i, flag in enumerate(self.red_flags):
            yield f"red_flags[{i}]", flag.text
        for i, step in enumerate(self.steps):
            yield f"steps[{i}].title", step.title
            yield f"steps[{i}].say", step.say
            for j, question in enumerate(step.ask):
                yield f"steps[{i}].ask[{j}]", question
            for j, branch in enumerate(step.branches):
                yield f"steps[{i}].branches[{j}].when", branch.when
        for i, objection in enumerate(self.objections):
            yield f"objections[{i}].says", objection.says
            yield f"objections[{i}].answer", objection.answer
        for i, checkpoint in enumerate(self.checkpoints):
            yield f"checkpoints[{i}].label", checkpoint.label
