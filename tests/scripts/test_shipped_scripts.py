"""The scripts we ship: all valid, one per scam type, and each a complete call."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from workstation.domain.types import ScamType
from workstation.scripts import ScriptLibrary, Stage, default_scripts_dir, validate_file

SHIPPED = sorted(default_scripts_dir().glob("*.toml"))


@pytest.fixture(scope="module")
def library() -> ScriptLibrary:
    return ScriptLibrary.load(default_scripts_dir())


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_file_validates_clean(path: Path) -> None:
    assert validate_file(path) == []


def test_every_scam_type_has_a_script(library: ScriptLibrary) -> None:
    assert library.errors == ()
    assert library.missing_types() == ()
    assert {p.stem for p in SHIPPED} == {t.value for t in ScamType}


@pytest.mark.parametrize("scam_type", list(ScamType), ids=str)
def test_script_is_a_complete_call(library: ScriptLibrary, scam_type: ScamType) -> None:
    script = library[scam_type]
    assert script.version >= 1
    assert len(script.red_flags) >= 4
    assert len(script.steps) >= 5
    assert len(script.objections) >= 3
    assert len(script.checkpoints) >= 4
    assert script.first_step.stage is Stage.OPENING
    assert {Stage.OPENING, Stage.ASSESS, Stage.PERSUADE, Stage.REMEDY, Stage.CLOSE} <= {
        s.stage for s in script.steps
    }
    # the opening says who calls and how to check it
    assert "110" in script.first_step.say.zh and "96110" in script.first_step.say.zh
    # the stage-finding step branches three ways: only contacted / gave information / sent money
    assess = script.steps_in_stage(Stage.ASSESS)[0]
    assert len(assess.branches) >= 3
    targets = {script.step(b.goto).stage for b in assess.branches}
    assert {Stage.PERSUADE, Stage.REMEDY} <= targets
    # the close names the app, the hotline and the centre's own number (from settings)
    close = script.steps_in_stage(Stage.CLOSE)[-1]
    assert "国家反诈中心" in close.say.zh and "96110" in close.say.zh
    assert "{centre_hotline}" in close.say.zh and "{centre_hotline}" in close.say.en
    assert script.required_checkpoints
    # every step can be reached from the first one
    reachable, todo = set(), [script.first_step.id]
    while todo:
        step = script.step(todo.pop())
        if step.id in reachable:
            continue
        reachable.add(step.id)
        todo += [b.goto for b in step.branches] + ([step.next] if step.next else [])
    assert reachable == {s.id for s in script.steps}


def test_no_numbers_but_the_allowed_ones(library: ScriptLibrary) -> None:
    for script in library:
        for location, text in script.texts():
            for lang, value in text:
                for run in re.findall(r"\d{3,}", value):
                    assert run in {"110", "96110"}, f"{script.id}: {location}.{lang}: {run}"
