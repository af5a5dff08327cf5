"""Every action a person does has both faces, and both call the same use case.

FACES holds each action: the service function the CLI command calls and the one the GUI module calls (the same
function, or the two halves of one use case where the GUI splits database and rendering work over its two
pools). The test finds the command's handler through the real parser and reads both faces' code: a face that
is missing, or that stops calling its use case (does the work itself), fails here. Every public function of
the use-case modules in USE_CASE_MODULES is in FACES or in NOT_AN_ACTION with the reason it is not one.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
from pathlib import Path
from typing import NamedTuple

import pytest

from workstation.cli.main import build_parser

ROOT = Path(__file__).resolve().parent.parent


class Faces(NamedTuple):
    cli: str  # the command's words
    cli_calls: str  # module.function the command's handler calls
    gui: str  # the module (a file under ui/) that offers it
    gui_calls: str  # module.function that module calls


FACES: dict[str, Faces] = {
    "take the next lead": Faces("leads next", "leads.next_lead", "ui/main_window.py", "leads.next_lead"),
    "claim a chosen lead": Faces("leads claim", "leads.claim", "ui/main_window.py", "leads.claim"),
    "give a lead back": Faces("leads release", "leads.release", "ui/lead_panel.py", "leads.release"),
    "see a lead in full": Faces("leads show", "leads.detail", "ui/main_window.py", "leads.detail"),
    "record a call's outcome": Faces("outcome", "outcomes.record", "ui/outcome_form.py", "outcomes.record"),
    "the board": Faces("review board", "review.board", "ui/review/board.py", "review.board"),
    "reassign a lead": Faces("review reassign", "review.reassign", "ui/review/board.py", "review.reassign"),
    "list calls for review": Faces("review calls", "review.calls_for_review", "ui/review/outcomes.py",
                                   "review.calls_for_review"),
    "a verdict on a call": Faces("review mark", "review.mark_call", "ui/review/outcomes.py", "review.mark_call"),
    "my reviews": Faces("review mine", "review.reviews_for_officer", "ui/my_reviews.py",
                        "review.reviews_for_officer"),
    "the week's figures": Faces("report figures", "review.figures", "ui/review/figures.py", "review.figures"),
    # the GUI gathers on its database worker and renders on its slow pool; weekly_report is the two in one
    "the weekly report": Faces("report weekly", "review.weekly_report", "ui/review/figures.py",
                               "review.weekly_data"),
    "case details": Faces("print case-details", "form_facts.record_case_details", "ui/lead_facts.py",
                          "form_facts.record_case_details"),
    "a visit": Faces("print visit", "form_facts.record_visit", "ui/lead_facts.py", "form_facts.record_visit"),
    "who is thanked": Faces("print add-recipient", "form_facts.add_thanks_recipient", "ui/lead_facts.py",
                            "form_facts.add_thanks_recipient"),
    "thanks received": Faces("print thanks-received", "form_facts.record_thanks_received", "ui/lead_facts.py",
                             "form_facts.record_thanks_received"),
    "print a form": Faces("print record", "documents.make", "ui/printing.py", "documents.make"),
    "letters in one batch": Faces("print batch", "documents.make_thanks_batch", "ui/printing.py",
                                  "documents.make_thanks_batch"),
    "send to a printer": Faces("print send", "documents.send_to_cups", "ui/print_preview.py",
                               "documents.send_to_cups"),
    "a lead's printed documents": Faces("print history", "documents.history", "ui/lead_panel.py",
                                        "documents.history"),
    "add an officer": Faces("officers add", "auth.add_officer", "ui/officer_form.py", "auth.add_officer"),
    "change a role": Faces("officers role", "auth.set_role", "ui/officers_dialog.py", "auth.set_role"),
    "disable an officer": Faces("officers disable", "auth.set_active", "ui/officers_dialog.py", "auth.set_active"),
    "unlock an account": Faces("officers unlock", "auth.unlock", "ui/officers_dialog.py", "auth.unlock"),
    "the desk's settings": Faces("settings set", "desk_settings.change", "ui/settings_dialog.py",
                                 "desk_settings.change"),
    "set a new desk up": Faces("setup", "setup.set_up_desk", "ui/setup_dialog.py", "setup.set_up_desk"),
    "import a lead file": Faces("intake import", "intake.import_file", "ui/intake_work.py", "intake.import_file"),
    "a dropped file": Faces("intake watch", "intake.handle_drop", "ui/intake_work.py", "intake.handle_drop"),
    "a new script version": Faces("scripts import", "scripts.import_file", "ui/script_editor.py",
                                  "scripts.import_file"),
}

USE_CASE_MODULES = ("review", "form_facts", "outcomes")
NOT_AN_ACTION = {
    "review.officer_choices": "the reassign menu's list of officers (review reassign names one)",
    "review.checkpoint_texts": "the review screen's labels for a call's checkpoints",
    "review.weekly_data": "the GUI's first half of the weekly report (FACES: the weekly report)",
    "form_facts.officer_of": "a check the recording functions make",
    "form_facts.latest": "the last recorded fact, where a correction starts",
    "outcomes.policy": "the outcome rules a form checks against before it saves",
}


def _leaf(parser: argparse.ArgumentParser, words: list[str]) -> argparse.ArgumentParser:
    for word in words:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        assert word in sub.choices, f"no command `workstation {' '.join(words)}`"
        parser = sub.choices[word]
    return parser


def _calls(tree: ast.AST, dotted: str) -> bool:
    """The code refers to the use case module.function (called, or handed to a task runner) through any
    services module that holds that very function (documents re-exports form_facts')."""
    module, function = dotted.split(".")
    target = getattr(importlib.import_module(f"workstation.services.{module}"), function)
    for n in ast.walk(tree):
        if isinstance(n, ast.Attribute) and n.attr == function and isinstance(n.value, ast.Name):
            try:
                holder = importlib.import_module(f"workstation.services.{n.value.id}")
            except ModuleNotFoundError:
                continue
            if getattr(holder, function, None) is target:
                return True
    return False


def _handler_code(handler: object) -> ast.Module:
    """The command's handler and the functions of its own module it calls (cmd_watch → run_watch)."""
    module = inspect.getmodule(handler)
    tree = ast.parse(inspect.getsource(handler))  # type: ignore[arg-type]
    helpers = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    for name in sorted(helpers):
        helper = getattr(module, name, None)
        if inspect.isfunction(helper) and helper.__module__ == handler.__module__:  # type: ignore[attr-defined]
            tree.body.extend(ast.parse(inspect.getsource(helper)).body)
    return tree


@pytest.fixture(scope="module")
def parser() -> argparse.ArgumentParser:
    return build_parser(["--lang", "en", "leads"], every=True)


@pytest.mark.parametrize("action", list(FACES))
def test_both_faces_call_the_use_case(action: str, parser: argparse.ArgumentParser) -> None:
    faces = FACES[action]
    handler = _leaf(parser, faces.cli.split())._defaults.get("func")
    assert handler is not None, f"`workstation {faces.cli}` runs nothing"
    assert _calls(_handler_code(handler), faces.cli_calls), (
        f"`workstation {faces.cli}` ({handler.__qualname__}) does not call {faces.cli_calls}")
    gui = ROOT / faces.gui
    assert gui.exists(), f"{action}: no {faces.gui}"
    assert _calls(ast.parse(gui.read_text(encoding="utf-8")), faces.gui_calls), (
        f"{action}: {faces.gui} does not call {faces.gui_calls}")


def test_every_use_case_is_an_action_with_both_faces_or_says_why_not() -> None:
    listed = {f.cli_calls for f in FACES.values()} | {f.gui_calls for f in FACES.values()} | set(NOT_AN_ACTION)
    missing = []
    for name in USE_CASE_MODULES:
        module = importlib.import_module(f"workstation.services.{name}")
        for function, value in vars(module).items():
            if (inspect.isfunction(value) and value.__module__ == module.__name__
                    and not function.startswith("_") and f"{name}.{function}" not in listed):
                missing.append(f"{name}.{function}")
    assert not missing, f"use cases with no entry in FACES (or NOT_AN_ACTION and why): {missing}"


def test_the_table_sees_a_face_that_is_missing(parser: argparse.ArgumentParser) -> None:
    with pytest.raises(AssertionError, match="no command"):
        _leaf(parser, ["review", "nosuch"])
    assert not _calls(ast.parse("def f():\n    leads.claim_it()\n"), "leads.claim")
    assert not _calls(ast.parse("def f():\n    queue.claim()\n"), "leads.claim")  # a namesake elsewhere
    assert _calls(ast.parse("def f(tasks):\n    tasks.run_db(review.mark_call, 1)\n"), "review.mark_call")
