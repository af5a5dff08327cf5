"""Entry point of the `workstation` command.

Only the module of the command asked for is imported (workstation.cli.commands): `workstation --help` lists
every command from that table without loading SQLAlchemy, reportlab or openpyxl.

The language (--lang, else WS_LANG, else zh_CN) is chosen before the parser is built, so the help texts and
argparse's own words are in it too (workstation.cli.argparse_words).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workstation import messages, version
from workstation.cli import argparse_words
from workstation.cli.commands import COMMANDS
from workstation.clock import Clock
from workstation.errors import InvalidInput, WorkstationError
from workstation.messages import QT_TRANSLATE_NOOP, message

if TYPE_CHECKING:
    from workstation.domain.outcome import FieldError

log = logging.getLogger("workstation.cli")
GLOBAL_WITH_VALUE = ("--db", "--data-dir", "--lang")
_CODE_NAME = re.compile(r"[a-z][a-z0-9_.]*")

ERROR = message("cli.error", QT_TRANSLATE_NOOP("Messages", "Error: {text}"))
DATABASE_ERROR = message("cli.database_error", QT_TRANSLATE_NOOP("Messages", "Database error: {text}"))
DESCRIPTION = message("cli.help.description", QT_TRANSLATE_NOOP("Messages", "The warning-call workstation"))
HELP_DB = message("cli.help.db_url", QT_TRANSLATE_NOOP("Messages", "Database URL: sqlite:///path or postgresql://user@host/db (default: SQLite in the user data directory)"))
HELP_DATA_DIR = message("cli.help.data_dir", QT_TRANSLATE_NOOP("Messages", "The desk's data directory (default: WS_DATA_DIR or the user data directory)"))
HELP_VERSION = message("cli.help.version", QT_TRANSLATE_NOOP("Messages", "Print the version and build, then stop"))
HELP_LANG = message("cli.help.lang", QT_TRANSLATE_NOOP("Messages", "Language of messages (default: WS_LANG, else zh_CN)"))


def build_parser(argv: Sequence[str] | None = None, *, every: bool = False) -> argparse.ArgumentParser:
    """The parser for `argv`: the named command built by its own module, the others as their help line only.
    every: build every command for real (tests compare the two). Puts messages into the language argv asks for."""
    messages.set_language(named_language(argv))
    argparse_words.install()
    parser = argparse_words.Parser(prog="workstation", description=str(DESCRIPTION()))
    parser.add_argument("--db", help=str(HELP_DB()))
    parser.add_argument("--data-dir", type=Path, help=str(HELP_DATA_DIR()))
    parser.add_argument("--lang", choices=messages.LANGUAGES, help=str(HELP_LANG()))
    parser.add_argument("--version", action=version.VersionAction, help=str(HELP_VERSION()))
    sub = parser.add_subparsers(dest="command", required=True, metavar="{" + ",".join(COMMANDS) + "}")
    wanted = set(COMMANDS) if every else set(COMMANDS) & {named_command(argv)}
    modules = {COMMANDS[name].module for name in wanted}
    loaded: dict[str, Any] = {}
    for name, (module, text) in COMMANDS.items():
        if module in modules:
            if module not in loaded:
                loaded[module] = importlib.import_module(f"workstation.cli.{module}")
                loaded[module].add_parsers(sub)
        else:
            sub.add_parser(name, help=str(text()), add_help=False)  # listed in the help; never run
    _globals_after_the_command(parser)
    return parser


def _globals_after_the_command(parser: argparse.ArgumentParser) -> None:
    """--db, --data-dir and --lang accepted after the subcommand too (`workstation leads list --db URL`), on
    every subcommand at every depth. Their default is SUPPRESS: given before, they are not overwritten; they
    are not repeated in each command's help (the top level's help lists them)."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for child in {id(p): p for p in action.choices.values()}.values():
            if child.add_help:  # the one-line stand-ins for commands not built are never parsed
                child.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
                child.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
                child.add_argument("--lang", choices=messages.LANGUAGES, default=argparse.SUPPRESS,
                                   help=argparse.SUPPRESS)
            _globals_after_the_command(child)


def named_command(argv: Sequence[str] | None) -> str | None:
    """The subcommand in argv (the first word that is neither an option nor a global option's value)."""
    return _globals(argv)[0]


def named_language(argv: Sequence[str] | None) -> str | None:
    """The --lang argv gives, before or after its subcommand (the last one given wins, as argparse has it;
    None: WS_LANG, else the default, decides)."""
    return _globals(argv)[1]


def _globals(argv: Sequence[str] | None) -> tuple[str | None, str | None]:
    """(the subcommand, the --lang) of argv. Words after `--` are a command's operands, never options."""
    words = list(sys.argv[1:] if argv is None else argv)
    command: str | None = None
    lang = None
    i = 0
    while i < len(words):
        word = words[i]
        if word == "--":
            break
        if word.startswith("--lang="):
            lang = word.partition("=")[2]
        elif word in GLOBAL_WITH_VALUE:
            if word == "--lang" and i + 1 < len(words):
                lang = words[i + 1]
            i += 2
            continue
        elif command is None and not word.startswith("-"):
            command = word
        i += 1
    return command, lang


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    """Run one command. `clock`: the desk's clock (tests pass the one their desk runs on)."""
    args = build_parser(argv).parse_args(argv)
    args.clock = clock
    messages.set_language(args.lang)
    try:
        return int(args.func(args))
    except InvalidInput as exc:
        for err in exc.errors:
            print(ERROR(text=field_text(err, getattr(args, "field_flags", {}))), file=sys.stderr)
        return exc.exit_code
    except WorkstationError as exc:
        print(ERROR(text=exc), file=sys.stderr)
        return exc.exit_code
    except argparse.ArgumentTypeError as exc:
        print(ERROR(text=exc), file=sys.stderr)
        return 2
    except BrokenPipeError:  # `workstation leads list | head`: the reader left; no traceback, no log entry
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python's own flush at exit would fail again
        return 1
    except Exception as exc:
        if not _is_database_error(exc):
            log.exception("unexpected error in `workstation %s`", args.command)
            raise
        log.warning("database error in `workstation %s`", args.command, exc_info=True)
        print(DATABASE_ERROR(text=getattr(exc, "orig", exc)), file=sys.stderr)
        return 8


def field_text(err: FieldError, flags: dict[str, str]) -> str:
    """A refused field as the command line says it: the message alone when the field is a name of the code's
    (the messages name what they are about: "Password: 8 characters or more"), after its option where a
    command maps it (--amount-lost: …), and after a place that is not a name (a script file's step, a row)."""
    if err.field in flags:
        return f"{flags[err.field]}: {err.message}"
    return str(err.message) if _CODE_NAME.fullmatch(err.field) else str(err)


def run() -> int:
    """The installed `workstation` command: logging to the desk's rotating log file (workstation.logs), then
    main(). Tests call main() and keep their own logging."""
    from workstation.logs import configure
    from workstation.settings import default_data_dir

    words = sys.argv[1:]
    data_dir = next((Path(words[i + 1]) for i, w in enumerate(words[:-1]) if w == "--data-dir"), None)
    data_dir = data_dir or next((Path(w.partition("=")[2]) for w in words if w.startswith("--data-dir=")), None)
    configure(data_dir or default_data_dir(), console=False)
    return main()


def _is_database_error(exc: BaseException) -> bool:
    """A database that cannot be used as it is (unreachable, locked, not a database, a wrong key): SQLAlchemy's
    DatabaseError (loaded by then, if a command touched a database). Integrity, programming and interface errors
    are the code's own mistakes and stay tracebacks."""
    errors = sys.modules.get("sqlalchemy.exc")
    if errors is None or not isinstance(exc, errors.DatabaseError):
        return False
    return not isinstance(exc, (errors.IntegrityError, errors.ProgrammingError, errors.InterfaceError))


if __name__ == "__main__":
    sys.exit(run())
