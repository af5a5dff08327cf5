"""Errors found in a script file, named by file, place and problem."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workstation.messages import QT_TRANSLATE_NOOP, Msg, message

AT_LINE = message("script.at_line", QT_TRANSLATE_NOOP("Messages", "{location} (line {line})"))
LINE = message("script.line", QT_TRANSLATE_NOOP("Messages", "line {line}"))


@dataclass(frozen=True, slots=True)
class ScriptError:
    """One problem in one script file.

    `file` is the file name (e.g. "police_impersonation.toml", or "<text>" for text without a name),
    `location` the place in the document ("steps[3].branches[0].goto"; indexes count from 0 in file order;
    "" for the whole file), `line` the 1-based line where it could be found, `message` what is wrong.
    """

    file: str
    location: str
    message: Msg | str  # a Msg: put into the person's language when shown
    line: int | None = None

    def __str__(self) -> str:
        parts = [self.file]
        if self.location:
            parts.append(str(AT_LINE(location=self.location, line=self.line)) if self.line else self.location)
        elif self.line:
            parts.append(str(LINE(line=self.line)))
        parts.append(str(self.message))
        return ": ".join(parts)


class ScriptInvalid(ValueError):
    """A script that cannot be used; the message lists every problem, one per line, ready to show."""

    def __init__(self, errors: Sequence[ScriptError]) -> None:
        self.errors: tuple[ScriptError, ...] = tuple(errors)
        super().__init__("\n".join(str(error) for error in self.errors))
