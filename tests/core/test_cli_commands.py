"""The `workstation` command loads only the module of the command asked for (workstation.cli.commands)."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from workstation.cli import session_file
from workstation.cli.commands import COMMANDS
from workstation.cli.main import build_parser, named_command


def _top_level(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _helps(parser: argparse.ArgumentParser) -> dict[str, str | None]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {choice.dest: choice.help for choice in action._choices_actions}


def test_the_table_lists_every_command_the_modules_build_with_their_help() -> None:
    every = build_parser(every=True)
    assert list(_top_level(every)) == list(COMMANDS)  # none built that the table (and so the help) lacks
    assert _helps(every) == {name: c.help for name, c in COMMANDS.items()}
    assert _helps(build_parser(["--help"])) == _helps(every)
    assert f"{session_file.DEFAULT_MINUTES} minutes" in COMMANDS["login"].help


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_command_is_built_by_its_module(name: str) -> None:
    lazy = _top_level(build_parser([name]))[name]
    real = _top_level(build_parser(every=True))[name]
    assert lazy.format_help() == real.format_help()
    assert lazy.add_help  # a stub has no -h of its own: this one is the real parser


def test_help_imports_no_database_or_printing_library() -> None:
    code = ("import sys\nfrom workstation.cli.main import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit as e:\n    assert e.code == 0\n"
            "heavy = [m for m in ('sqlalchemy', 'alembic', 'reportlab', 'openpyxl', 'phonenumbers') if m in sys.modules]\n"
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"
    assert "officers" in out and "scripts" in out  # and still lists every command


def test_the_command_is_found_past_global_options() -> None:
    assert named_command(["--db", "sqlite:///x", "--data-dir", "/d", "leads", "list"]) == "leads"
    assert named_command(["--data-dir=/d", "sync", "--once"]) == "sync"
    assert named_command(["--help"]) is None
    with pytest.raises(SystemExit):
        build_parser(["no-such"]).parse_args(["no-such"])
