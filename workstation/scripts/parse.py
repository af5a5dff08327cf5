"""Reading and validating one script file: TOML text → `Script`, or the list of what is wrong with it."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from workstation.domain.types import ScamType
from workstation.messages import QT_TRANSLATE_NOOP, Msg, message
from workstation.scripts.checks import check_script
from workstation.scripts.errors import ScriptError, ScriptInvalid
from workstation.scripts.locate import line_of
from workstation.scripts.model import (
    LANGS,
    Branch,
    Checkpoint,
    Objection,
    RedFlag,
    RedFlagKind,
    Script,
    Stage,
    Step,
    Text,
)

NOT_A_TABLE = message("script.not_a_table", QT_TRANSLATE_NOOP("Messages", "expected a table, got {got}"))
MISSING = message("script.missing", QT_TRANSLATE_NOOP("Messages", "missing"))
UNKNOWN_KEY = message("script.unknown_key", QT_TRANSLATE_NOOP("Messages", "unknown key '{key}' (allowed: {allowed})"))
NOT_AN_ARRAY = message("script.not_an_array", QT_TRANSLATE_NOOP("Messages", "expected an array, got {got}"))
EMPTY = message("script.empty", QT_TRANSLATE_NOOP("Messages", "must not be empty"))
NOT_A_STRING = message("script.not_a_string", QT_TRANSLATE_NOOP("Messages", "expected a string, got {got}"))
BAD_ID = message("script.bad_id", QT_TRANSLATE_NOOP("Messages", "'{text}' is not a valid id (lower-case letters, digits and _, starting with a letter)"))
ZH_EMPTY = message("script.zh_empty", QT_TRANSLATE_NOOP("Messages", "the Chinese text is empty"))
EN_EMPTY = message("script.en_empty", QT_TRANSLATE_NOOP("Messages", "the English text is empty"))
NO_CHINESE = message("script.no_chinese", QT_TRANSLATE_NOOP("Messages", "the Chinese text contains no Chinese characters"))
UNKNOWN_VALUE = message("script.unknown_value", QT_TRANSLATE_NOOP("Messages", "unknown value '{text}' (allowed: {allowed})"))
UNKNOWN_SCAM = message("script.unknown_scam", QT_TRANSLATE_NOOP("Messages", "unknown scam type '{id}' (known: {known})"))
NOT_POSITIVE_TYPE = message("script.version_type", QT_TRANSLATE_NOOP("Messages", "expected a positive integer, got {got}"))
NOT_BOOL = message("script.not_bool", QT_TRANSLATE_NOOP("Messages", "expected true or false, got {got}"))
BAD_TOML = message("script.bad_toml", QT_TRANSLATE_NOOP("Messages", "invalid TOML: {reason}"))
UNREADABLE = message("script.unreadable", QT_TRANSLATE_NOOP("Messages", "cannot read the file: {reason}"))
NOT_UTF8 = message("script.not_utf8", QT_TRANSLATE_NOOP("Messages", "not UTF-8 text (byte {at})"))
T_TABLE = message("script.type.table", QT_TRANSLATE_NOOP("Messages", "a table"))
T_ARRAY = message("script.type.array", QT_TRANSLATE_NOOP("Messages", "an array"))
T_STRING = message("script.type.string", QT_TRANSLATE_NOOP("Messages", "a string"))
T_BOOL = message("script.type.bool", QT_TRANSLATE_NOOP("Messages", "a boolean"))
T_INT = message("script.type.int", QT_TRANSLATE_NOOP("Messages", "an integer"))
T_FLOAT = message("script.type.float", QT_TRANSLATE_NOOP("Messages", "a float"))

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_CJK = re.compile(r"[\u3400-\u9fff]")

_TOP_REQUIRED = ("id", "version", "title", "summary", "red_flags", "steps")
_TOP_OPTIONAL = ("objections", "checkpoints")


def _type_name(value: object) -> Msg | str:
    names = {
        dict: T_TABLE(),
        list: T_ARRAY(),
        str: T_STRING(),
        bool: T_BOOL(),
        int: T_INT(),
        float: T_FLOAT(),
    }
    return names.get(type(value), type(value).__name__)


def _join(location: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{location}[{key}]"
    return f"{location}.{key}" if location else key


class _Reader:
    """Turns the parsed TOML document into model objects, collecting every problem instead of stopping."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.errors: list[ScriptError] = []
        self.complete = False
        self.steps_complete = False
        self.id_ok = False

    def error(self, location: str, message: Msg | str) -> None:
        self.errors.append(ScriptError(self.file, location, message))

    def table(
        self, value: Any, location: str, required: Iterable[str], optional: Iterable[str] = ()
    ) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.error(location, NOT_A_TABLE(got=_type_name(value)))
            return None
        required, optional = tuple(required), tuple(optional)
        for key in required:
            if key not in value:
                self.error(_join(location, key), MISSING())
        for key in value:
            if key not in required and key not in optional:
                allowed = ", ".join(required + optional)
                self.error(_join(location, key), UNKNOWN_KEY(key=key, allowed=allowed))
        return value

    def array(self, value: Any, location: str, *, non_empty: bool = False) -> list[Any]:
        if not isinstance(value, list):
            self.error(location, NOT_AN_ARRAY(got=_type_name(value)))
            return []
        if non_empty and not value:
            self.error(location, EMPTY())
        return value

    def string(self, value: Any, location: str) -> str | None:
        if not isinstance(value, str):
            self.error(location, NOT_A_STRING(got=_type_name(value)))
            return None
        return value

    def ident(self, value: Any, location: str) -> str | None:
        text = self.string(value, location)
        if text is not None and not _ID.match(text):
            self.error(
                location,
                BAD_ID(text=text),
            )
            return None
        return text

    def text(self, value: Any, location: str) -> Text | None:
        table = self.table(value, location, LANGS)
        if table is None:
            return None
        parts: dict[str, str] = {}
        for lang in LANGS:
            if lang not in table:
                continue
            item = self.string(table[lang], _join(location, lang))
            if item is None:
                continue
            if not item.strip():
                self.error(
                    _join(location, lang), (ZH_EMPTY() if lang == "zh" else EN_EMPTY())
                )
                continue
            parts[lang] = item.strip()
        if "zh" in parts and not _CJK.search(parts["zh"]):
            self.error(_join(location, "zh"), NO_CHINESE())
        if len(parts) != len(LANGS):
            return None
        return Text(zh=parts["zh"], en=parts["en"])

    def texts(self, value: Any, location: str) -> tuple[Text, ...] | None:
        items = [self.text(item, _join(location, i)) for i, item in enumerate(self.array(value, location))]
        return (
            None if any(item is None for item in items) else tuple(item for item in items if item is not None)
        )

    def enum(self, enum: type[Stage] | type[RedFlagKind], value: Any, location: str) -> Any:
        text = self.string(value, location)
        if text is None:
            return None
        try:
            return enum(text)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            self.error(location, UNKNOWN_VALUE(text=text, allowed=allowed))
            return None

    # -- the document ---------------------------------------------------------------------------------

    def script(self, doc: dict[str, Any], source_text: str) -> Script:
        """The script as far as it could be read; `complete` says whether it is usable."""
        before = len(self.errors)
        self.table(doc, "", _TOP_REQUIRED, _TOP_OPTIONAL)
        script_id = self.ident(doc["id"], "id") if "id" in doc else None
        if script_id is not None and script_id not in {t.value for t in ScamType}:
            known = ", ".join(t.value for t in ScamType)
            self.error("id", UNKNOWN_SCAM(id=script_id, known=known))
        version = doc.get("version")
        if "version" in doc and (not isinstance(version, int) or isinstance(version, bool)):
            self.error("version", NOT_POSITIVE_TYPE(got=_type_name(version)))
            version = None
        elif isinstance(version, int) and version < 1:
            self.error("version", NOT_POSITIVE_TYPE(got=version))
            version = None
        title = self.text(doc["title"], "title") if "title" in doc else None
        summary = self.text(doc["summary"], "summary") if "summary" in doc else None
        red_flags = [
            self.red_flag(v, f"red_flags[{i}]")
            for i, v in enumerate(
                self.array(doc.get("red_flags", []), "red_flags", non_empty="red_flags" in doc)
            )
        ]
        steps = [
            self.step(v, f"steps[{i}]")
            for i, v in enumerate(self.array(doc.get("steps", []), "steps", non_empty="steps" in doc))
        ]
        objections = [
            self.objection(v, f"objections[{i}]")
            for i, v in enumerate(self.array(doc.get("objections", []), "objections"))
        ]
        checkpoints = [
            self.checkpoint(v, f"checkpoints[{i}]")
            for i, v in enumerate(self.array(doc.get("checkpoints", []), "checkpoints"))
        ]

        # Cross-checks (ids, references, numbers) still run on the parts that did parse, so that one broken
        # field does not hide the rest; a list with a broken item is left out (its indexes would shift).
        def whole(items: list[Any]) -> tuple[Any, ...]:
            return tuple(items) if all(item is not None for item in items) else ()

        self.steps_complete = all(step is not None for step in steps)
        self.id_ok = script_id is not None
        self.complete = len(self.errors) == before
        return Script(
            id=script_id or "",
            version=version if isinstance(version, int) else 0,
            title=title or Text("", ""),
            summary=summary or Text("", ""),
            red_flags=whole(red_flags),
            steps=whole(steps),
            objections=whole(objections),
            checkpoints=whole(checkpoints),
            source_text=source_text,
        )

    def red_flag(self, value: Any, location: str) -> RedFlag | None:
        # zh/en are checked (missing, empty) by self.text below, not here, so each problem is reported once
        table = self.table(value, location, (), (*LANGS, "kind"))
        if table is None:
            return None
        kind = self.enum(RedFlagKind, table["kind"], _join(location, "kind")) if "kind" in table else None
        text = self.text({k: v for k, v in table.items() if k in LANGS}, location)
        return None if text is None else RedFlag(text=text, kind=kind)

    def step(self, value: Any, location: str) -> Step | None:
        table = self.table(value, location, ("id", "stage", "title", "say"), ("ask", "next", "branches"))
        if table is None:
            return None
        before = len(self.errors)
        step_id = self.ident(table["id"], _join(location, "id")) if "id" in table else None
        stage = self.enum(Stage, table["stage"], _join(location, "stage")) if "stage" in table else None
        title = self.text(table["title"], _join(location, "title")) if "title" in table else None
        say = self.text(table["say"], _join(location, "say")) if "say" in table else None
        ask = self.texts(table.get("ask", []), _join(location, "ask"))
        next_id = self.ident(table["next"], _join(location, "next")) if "next" in table else None
        branches: list[Branch] = []
        for i, item in enumerate(self.array(table.get("branches", []), _join(location, "branches"))):
            where = f"{location}.branches[{i}]"
            branch = self.table(item, where, ("when", "goto"))
            if branch is None:
                continue
            when = self.text(branch["when"], _join(where, "when")) if "when" in branch else None
            goto = self.ident(branch["goto"], _join(where, "goto")) if "goto" in branch else None
            if when is not None and goto is not None:
                branches.append(Branch(when=when, goto=goto))
        if (
            len(self.errors) > before
            or step_id is None
            or stage is None
            or title is None
            or say is None
            or ask is None
        ):
            return None
        return Step(
            id=step_id, stage=stage, title=title, say=say, ask=ask, next=next_id, branches=tuple(branches)
        )

    def objection(self, value: Any, location: str) -> Objection | None:
        table = self.table(value, location, ("id", "says", "answer"), ("goto",))
        if table is None:
            return None
        before = len(self.errors)
        objection_id = self.ident(table["id"], _join(location, "id")) if "id" in table else None
        says = self.text(table["says"], _join(location, "says")) if "says" in table else None
        answer = self.text(table["answer"], _join(location, "answer")) if "answer" in table else None
        goto = self.ident(table["goto"], _join(location, "goto")) if "goto" in table else None
        if len(self.errors) > before or objection_id is None or says is None or answer is None:
            return None
        return Objection(id=objection_id, says=says, answer=answer, goto=goto)

    def checkpoint(self, value: Any, location: str) -> Checkpoint | None:
        table = self.table(value, location, ("id", "label"), ("required", "step"))
        if table is None:
            return None
        before = len(self.errors)
        checkpoint_id = self.ident(table["id"], _join(location, "id")) if "id" in table else None
        label = self.text(table["label"], _join(location, "label")) if "label" in table else None
        required = table.get("required", False)
        if not isinstance(required, bool):
            self.error(_join(location, "required"), NOT_BOOL(got=_type_name(required)))
        step = self.ident(table["step"], _join(location, "step")) if "step" in table else None
        if len(self.errors) > before or checkpoint_id is None or label is None:
            return None
        return Checkpoint(id=checkpoint_id, label=label, required=bool(required), step=step)


# -- entry points ----------------------------------------------------------------------------------------


def _finish(errors: list[ScriptError], source: str, name: str) -> list[ScriptError]:
    """The errors under the name the caller knows, with the line of each place where it can be found."""
    return [ScriptError(name, e.location, e.message, e.line or line_of(source, e.location)) for e in errors]


def parse_script(text: str, file: str | None = None) -> tuple[Script | None, list[ScriptError]]:
    """Parse and validate TOML text. Returns the script (None if anything is wrong) and every error found.

    `file` is the file name the text comes from; when given, it must be "<id>.toml". Without it the file
    name is not checked and errors name "<text>".
    """
    name = Path(file).name if file else "<text>"
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"at line (\d+)", str(exc))
        line = int(match.group(1)) if match else getattr(exc, "lineno", None)
        return None, [ScriptError(name, "", BAD_TOML(reason=exc), line)]
    reader = _Reader(name)
    script = reader.script(doc, text)
    errors = reader.errors + check_script(
        script, file and name, references=reader.steps_complete, file_name=reader.id_ok
    )
    return (script if reader.complete and not errors else None), _finish(errors, text, name)


def read_text(path: Path) -> tuple[str | None, list[ScriptError]]:
    """The file's text (UTF-8, a BOM is dropped), or the error that stops reading it."""
    try:
        return path.read_bytes().decode("utf-8-sig"), []
    except OSError as exc:
        return None, [ScriptError(path.name, "", UNREADABLE(reason=exc.strerror or exc))]
    except UnicodeDecodeError as exc:
        return None, [ScriptError(path.name, "", NOT_UTF8(at=exc.start))]


def validate_file(path: str | Path) -> list[ScriptError]:
    """Every problem in one script file; an empty list means the file is good."""
    path = Path(path)
    text, errors = read_text(path)
    if text is None:
        return errors
    return parse_script(text, path.name)[1]


def load_script(source: str | Path, file: str | None = None) -> Script:
    """Load one script from a file (a `Path`, or a str ending in ".toml" with no newline) or from TOML text.

    Raises `ScriptInvalid` (a ValueError whose message lists every error) when the script is broken.
    """
    if isinstance(source, str) and "\n" not in source and source.strip().endswith(".toml"):
        source = Path(source)
    if isinstance(source, Path):
        text, errors = read_text(source)
        if text is None:
            raise ScriptInvalid(errors)
        file = file or source.name
    else:
        text = source
    script, errors = parse_script(text, file)
    if script is None:
        raise ScriptInvalid(errors)
    return script
