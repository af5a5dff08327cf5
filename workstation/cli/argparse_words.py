"""argparse's own words ("usage:", "options", its error messages) in the language of the command line.

argparse looks its words up through the module globals `_` and `ngettext` (gettext) each time it uses them;
`install` points those at the messages' catalogue, so `workstation --help` in Chinese is Chinese throughout.
The sources below are argparse's (Python 3.11–3.13), marked for the catalogue like any other message. In
English, the words of the help page are in sentence case like our own help texts (SENTENCE_CASE).

`Parser` lays the help out by display width (a Chinese character takes two columns): argparse counts
characters, so "用法：" indented the usage's next lines by three columns too few and Chinese help ran past
the terminal's edge.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from typing import Any

from workstation import messages
from workstation.messages import QT_TRANSLATE_NOOP

WORDS = (
    QT_TRANSLATE_NOOP("Messages", "usage: "),
    QT_TRANSLATE_NOOP("Messages", "positional arguments"),
    QT_TRANSLATE_NOOP("Messages", "options"),
    QT_TRANSLATE_NOOP("Messages", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Messages", "%(prog)s: error: %(message)s"),
    QT_TRANSLATE_NOOP("Messages", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Messages", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Messages", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Messages", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Messages", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Messages", "expected one argument"),
    QT_TRANSLATE_NOOP("Messages", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Messages", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Messages", "expected %s argument"),
    QT_TRANSLATE_NOOP("Messages", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Messages", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Messages", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Messages", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Messages", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Messages", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("Messages", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)


# argparse's words on the help page, in English, as our help texts are written (sentence case).
SENTENCE_CASE = {"usage: ": "Usage: ", "positional arguments": "Positional arguments", "options": "Options",
                 "show this help message and exit": "Show this help message and exit"}


def words(text: str) -> str:
    """argparse's `text` in the current language (a trailing newline kept out of the catalogue's key)."""
    body = text.removesuffix("\n")
    found = messages.current_translator()(messages.CONTEXT, body) or body
    if found == body:
        found = SENTENCE_CASE.get(body, body)
    return found + text[len(body):]


def plural_words(singular: str, plural: str, n: int) -> str:
    return words(singular if n == 1 else plural)


def install() -> None:
    """From now on argparse speaks the language messages are rendered in (messages.set_language)."""
    argparse._ = words  # type: ignore[attr-defined]  # argparse's gettext, not in typeshed
    argparse.ngettext = plural_words  # type: ignore[attr-defined]  # argparse's ngettext, not in typeshed


def width(text: str) -> int:
    """Columns `text` takes in a terminal: East Asian wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


_NO_BREAK_BEFORE = set("，。；：、）》」』！？…")  # full-width punctuation never starts a line
_NO_BREAK_AFTER = set("（《「『")  # nor does an opening bracket end one


def wrap(text: str, columns: int) -> list[str]:
    """`text` in lines of at most `columns` display columns: broken at spaces, and between two Chinese
    characters (never before full-width punctuation); a word longer than a line stays whole."""
    tokens: list[str] = []
    for ch in " ".join(text.split()):
        wide = unicodedata.east_asian_width(ch) in "WF"
        if ch == " ":
            tokens.append(" ")
        elif tokens and tokens[-1] != " " and (ch in _NO_BREAK_BEFORE or tokens[-1][-1] in _NO_BREAK_AFTER):
            tokens[-1] += ch
        elif wide or not tokens or tokens[-1] == " " or _is_wide(tokens[-1][-1]):
            tokens.append(ch)
        else:
            tokens[-1] += ch
    lines: list[str] = []
    line = ""
    for token in tokens:
        if token == " " and not line:
            continue
        if line and width(line) + width(token) > columns and token != " ":
            lines.append(line.rstrip())
            line = ""
        line += token
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


class WideHelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, measured in display columns where the text has wide characters."""

    def _format_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None) -> str:
        if prefix is None:
            prefix = argparse._("usage: ")  # type: ignore[attr-defined]  # argparse's gettext, not in typeshed
        stand_in = "u" * width(prefix)  # as many columns as the prefix: argparse indents by its length
        text = super()._format_usage(usage, actions, groups, stand_in)
        return prefix + text[len(stand_in):] if text.startswith(stand_in) else text

    def _split_lines(self, text: str, columns: int) -> list[str]:
        if width(text) == len(text):
            return super()._split_lines(text, columns)
        return wrap(text, columns)

    def _fill_text(self, text: str, columns: int, indent: str) -> str:
        if width(text) == len(text):
            return super()._fill_text(text, columns, indent)
        return "\n".join(indent + line for line in wrap(text, columns - len(indent)))

    def format_help(self) -> str:
        # A section heading in Chinese ends in a full-width colon: "选项：", not "选项:".
        return re.sub(r"(?m)^(\s*\S.*[^\x00-\x7f]):$", r"\1：", super().format_help())


class Parser(argparse.ArgumentParser):
    """The workstation's parser: WideHelpFormatter for it and its subcommands (add_subparsers makes them
    of the parser's own class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", WideHelpFormatter)
        super().__init__(*args, **kwargs)
