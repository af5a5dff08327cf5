"""The core speaks in codes and parameters; each face puts them into the person's language (issue 13)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.core.conftest import NOW
from workstation import messages
from workstation.cli.main import main
from workstation.clock import FixedClock
from workstation.domain.outcome import FieldError
from workstation.errors import InvalidInput, NotFound
from workstation.messages import QT_TRANSLATE_NOOP, Msg, message

ROOT = Path(__file__).resolve().parents[2]
NOOP = re.compile(r'QT_TRANSLATE_NOOP\(\s*"Messages"\s*,\s*"((?:[^"\\]|\\.)*)"\s*\)')

ERROR = message("cli.error", QT_TRANSLATE_NOOP("Messages", "Error: {text}"))


def _declared() -> list[tuple[str, str]]:
    found = []
    for path in sorted((ROOT / "workstation").rglob("*.py")):
        if path.name == "messages.py":
            continue
        for source in NOOP.findall(path.read_text(encoding="utf-8")):
            found.append((str(path.relative_to(ROOT)), source))
    return found


def test_every_core_message_is_in_the_catalogue_in_chinese_with_its_places() -> None:
    chinese = messages.catalogue("zh_CN")
    declared = _declared()
    assert declared, "the core declares its messages with QT_TRANSLATE_NOOP(\"Messages\", …)"
    problems = []
    for where, source in declared:
        zh = chinese.get(("Messages", source))
        if zh is None:
            problems.append(f"{where}: untranslated: {source}  (./run i18n)")
        elif set(re.findall(r"{(\w*)}", zh)) != set(re.findall(r"{(\w*)}", source)):
            problems.append(f"{where}: places differ: {source} → {zh}")
        elif not re.search(r"[\u4e00-\u9fff]", zh):
            problems.append(f"{where}: not Chinese: {zh}")
    assert problems == []


def test_a_message_renders_in_the_language_the_edge_chose() -> None:
    inner = ERROR(text="x")
    assert messages.set_language("en") == "en"
    assert str(ERROR(text=inner)) == "Error: Error: x"
    assert messages.set_language("zh_CN.UTF-8") == "zh_CN"
    assert str(ERROR(text=inner)) == "错误：错误：x"  # a Msg inside a Msg: the same language
    messages.set_translator(lambda context, source: "{nope}")  # a broken translation never loses the message
    assert str(ERROR(text="y")) == "Error: y"


def test_errors_carry_the_code_and_render_through_the_translator() -> None:
    exc = NotFound(ERROR(text="z"))
    assert exc.code == "cli.error" and isinstance(exc.message, Msg)
    messages.set_language("zh_CN")
    assert str(exc) == "错误：z"
    invalid = InvalidInput([FieldError("copies", ERROR(text=1))])
    assert str(invalid.errors[0]) == "copies: 错误：1"
    messages.set_language("en")
    assert str(exc) == "Error: z" and NotFound("plain").code == ""


@pytest.mark.parametrize(("lang", "wanted", "unwanted"), [("en", "Error: ", "错误"), ("zh_CN", "错误：", "Error")])
def test_the_cli_speaks_one_language(tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str,
                                     wanted: str, unwanted: str) -> None:
    code = main(["--lang", lang, "--db", f"sqlite:///{tmp_path / 'x.sqlite3'}", "print", "reprint", "nope"], clock=FixedClock(NOW))
    err = capsys.readouterr().err
    assert code != 0 and err.startswith(wanted) and unwanted not in err.split(":", 1)[0], err


def test_the_cli_takes_its_language_from_ws_lang(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WS_LANG", "en")
    code = main(["--db", f"sqlite:///{tmp_path / 'x.sqlite3'}", "print", "reprint", "nope"], clock=FixedClock(NOW))
    assert code != 0 and capsys.readouterr().err.startswith("Error: ")


def test_the_gui_puts_core_messages_through_qt(qapp: object) -> None:
    from ui import i18n

    i18n.install(qapp, "zh_CN")  # type: ignore[arg-type]
    assert str(ERROR(text="q")) == "错误：q"
    i18n.install(qapp, "en")  # type: ignore[arg-type]
    assert str(ERROR(text="q")) == "Error: q"
