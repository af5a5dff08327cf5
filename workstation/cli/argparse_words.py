"""argparse's own words ("usage:", "options", its error messages) in the language of the command line.

argparse looks its words up through the module globals `_` and `ngettext` (gettext) each time it uses them;
`install` points those at the messages' catalogue, so `workstation --help` in Chinese is Chinese throughout.
The sources below are argparse's (Python 3.11–3.13), marked for the catalogue like any other message.
"""

from __future__ import annotations

import argparse

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


def words(text: str) -> str:
    """argparse's `text` in the current language (a trailing newline kept out of the catalogue's key)."""
    body = text.removesuffix("\n")
    found = messages.current_translator()(messages.CONTEXT, body) or body
    return found + text[len(body):]


def plural_words(singular: str, plural: str, n: int) -> str:
    return words(singular if n == 1 else plural)


def install() -> None:
    """From now on argparse speaks the language messages are rendered in (messages.set_language)."""
    argparse._ = words  # type: ignore[attr-defined]
    argparse.ngettext = plural_words  # type: ignore[attr-defined]
