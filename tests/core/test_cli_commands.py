"""The `workstation` command loads only the module of the command asked for (workstation.cli.commands)."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from workstation.cli import argparse_words, session_file
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
    (["--lang", "en", "--help"], ["Usage: workstation", "Options:", "Show this help message", "The audit log"],
     ["用法", "审计日志", "usage:", "options:"]),
    (["--lang=zh_CN", "--help"], ["用法：workstation", "选项：", "显示此帮助", "审计日志"],
     ["usage", "Usage", "The audit log", "Show this help", "选项:"]),
    (["--lang", "en", "audit", "list", "--help"], ["Only entries of this person", "default: WS_OFFICER"], ["默认"]),
    (["audit", "verify", "--help"], ["只核对本工位", "显示此帮助"], ["Check this desk only", "Usage"]),
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


def _every_help(parser: argparse.ArgumentParser, path: str = "workstation") -> Iterator[tuple[str, str]]:
    """(where, text) for every help text the parser and its subcommands show, argparse's own included."""
    if parser.description:
        yield path, parser.description
    for group in parser._action_groups:
        if group.title:
            yield f"{path} [{group.title}]", group.title
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            yield f"{path} {action.option_strings or action.dest}", action.help
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    yield f"{path} {choice.dest}", choice.help
            for name, sub in action.choices.items():
                yield from _every_help(sub, f"{path} {name}")


def test_every_english_help_text_is_in_sentence_case(monkeypatch: pytest.MonkeyPatch) -> None:
    """They started lowercase in some commands and uppercase in others; argparse's own words too."""
    texts = list(_every_help(build_parser(["--lang", "en"], every=True)))
    assert len(texts) > 150
    lowercase = [(where, text) for where, text in texts if text[0].islower()]
    assert not lowercase, lowercase
    assert ("workstation ['-h', '--help']", "Show this help message and exit") in texts


def test_every_chinese_help_text_is_chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WS_LANG", raising=False)
    texts = list(_every_help(build_parser([], every=True)))
    english = [(where, text) for where, text in texts if not re.search(r"[\u4e00-\u9fff]", text)]
    assert not english, english


@pytest.mark.parametrize("argv", [["--help"], ["intake", "import", "--help"], ["outcome", "--help"]])
def test_the_chinese_help_is_laid_out_by_display_width(capsys: pytest.CaptureFixture[str], argv: list[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """argparse counted "用法：" as three columns: the usage's next lines began three columns too far left,
    and Chinese help lines ran past the terminal's edge."""
    monkeypatch.delenv("WS_LANG", raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    with pytest.raises(SystemExit):
        main(argv)
    lines = capsys.readouterr().out.splitlines()
    prog = "用法：workstation " + " ".join(argv[:-1])
    assert lines[0].startswith(prog)
    indent = argparse_words.width(prog) + (1 if argv[:-1] else 0)
    assert lines[1].startswith(" " * indent) and lines[1][indent] != " ", lines[:2]
    too_wide = [line for line in lines if argparse_words.width(line) > 100 and " " in line.strip()]
    assert not too_wide, too_wide
    assert not any(line.endswith("（") for line in lines)


def test_wrapping_breaks_between_chinese_characters_not_before_punctuation() -> None:
    lines = argparse_words.wrap("导入有效行，其余行写入错误报告（默认：有问题的文件旁）", 12)
    assert all(argparse_words.width(line) <= 12 for line in lines), lines
    assert not any(line[0] in "，）：" for line in lines) and "".join(lines) == "导入有效行，其余行写入错误报告（默认：有问题的文件旁）"
    assert argparse_words.wrap("--map COLUMN=FIELD 读作字段", 80) == ["--map COLUMN=FIELD 读作字段"]
