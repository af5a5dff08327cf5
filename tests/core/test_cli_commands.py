"""The `workstation` command loads only the module of the command asked for (workstation.cli.commands)."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from workstation.cli import session_file
from workstation.cli.commands import COMMANDS
from workstation.cli.main import build_parser, main, named_command, named_language


def _top_level(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _helps(parser: argparse.ArgumentParser) -> dict[str, str | None]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {choice.dest: choice.help for choice in action._choices_actions}


def test_the_table_lists_every_command_the_modules_build_with_their_help() -> None:
    every = build_parser(every=True)
    assert list(_top_level(every)) == list(COMMANDS)  # none built that the table (and so the help) lacks
    assert _helps(every) == {name: str(c.help()) for name, c in COMMANDS.items()}
    assert _helps(build_parser(["--help"])) == _helps(every)
    assert f"{session_file.DEFAULT_MINUTES} minutes" in COMMANDS["login"].help.source


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


@pytest.mark.parametrize(("argv", "words", "others"), [
    (["--lang", "en", "--help"], ["usage: workstation", "options:", "show this help message", "the audit log"],
     ["用法", "审计日志"]),
    (["--lang=zh_CN", "--help"], ["用法：workstation", "选项", "显示此帮助", "审计日志"],
     ["usage", "the audit log", "show this help"]),
    (["--lang", "en", "audit", "list", "--help"], ["only entries of this person", "default: WS_OFFICER"], ["默认"]),
    (["audit", "verify", "--help"], ["只核对本工位", "显示此帮助"], ["check this desk only", "usage"]),
])
def test_the_help_is_in_the_language_asked_for(capsys: pytest.CaptureFixture[str], argv: list[str],
                                               words: list[str], others: list[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WS_LANG", raising=False)  # the default: Chinese
    with pytest.raises(SystemExit) as done:
        main(argv)
    out = capsys.readouterr().out
    assert done.value.code == 0 and all(w in out for w in words) and not any(w in out for w in others), out


def test_argparse_refuses_in_the_language_asked_for(capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WS_LANG", "en")
    with pytest.raises(SystemExit):
        main(["audit", "verify", "--bogus"])
    assert "error: unrecognized arguments: --bogus" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", "audit", "verify", "--bogus"])
    assert "错误：无法识别的参数：--bogus" in capsys.readouterr().err


def test_the_language_is_found_before_the_command() -> None:
    assert named_language(["--db", "sqlite:///x", "--lang", "en", "leads", "list"]) == "en"
    assert named_language(["--lang=en", "sync"]) == "en"
    assert named_language(["leads", "list"]) is None  # WS_LANG, else zh_CN, decide


def test_the_command_is_found_past_global_options() -> None:
    assert named_command(["--db", "sqlite:///x", "--data-dir", "/d", "leads", "list"]) == "leads"
    assert named_command(["--data-dir=/d", "sync", "--once"]) == "sync"
    assert named_command(["--help"]) is None
    with pytest.raises(SystemExit):
        build_parser(["no-such"]).parse_args(["no-such"])
