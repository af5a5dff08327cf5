"""Messages for a person: a code and its parameters, put into words at the edge (issue 13).

The core never writes a sentence in one language. It raises or returns a `Msg` — a stable code, the English
source text (the key of the translation catalogue) and the parameters — and the face that shows it puts it
into words: the GUI through Qt's translator, the CLI through the same catalogue read without Qt
(resources/i18n/workstation_<lang>.ts, context "Messages"). `str(msg)` renders through whatever the edge
installed with `set_language`/`set_translator`; until then it is English.

A message is declared once, where it is used::

    NO_SUCH_OFFICER = message("documents.no_such_officer", QT_TRANSLATE_NOOP("Messages", "No such officer '{username}'"))
    raise NotFound(NO_SUCH_OFFICER(username=name))

`QT_TRANSLATE_NOOP` is only a marker here (the core never imports Qt): pyside6-lupdate finds the English
source through it, and resources/i18n/zh_CN_glossary.py fills in the Chinese.
"""

from __future__ import annotations

import os
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

CONTEXT = "Messages"
LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"

Translator = Callable[[str, str], str]  # (context, English source) -> text in the person's language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for the catalogue under `context`; returns it unchanged."""
    return text


def _english(context: str, source: str) -> str:
    return source


_translate: Translator = _english
_catalogues: dict[str, dict[tuple[str, str], str]] = {}
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Msg:
    """One message: `code` says what happened (tests and logs match on it), `source` is its English wording,
    `params` fill the `{name}` places. A parameter that is itself a Msg is put into the same language."""

    code: str
    source: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Translator | None = None) -> str:
        tr = translate or _translate
        values = {k: (v.render(tr) if isinstance(v, Msg) else v) for k, v in self.params.items()}
        text = tr(CONTEXT, self.source) or self.source
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a place: never lose the message
            return self.source.format(**values)

    def __str__(self) -> str:
        return self.render()


@dataclass(frozen=True, slots=True)
class Template:
    """A declared message; call it with its parameters to get the Msg."""

    code: str
    source: str

    def __call__(self, **params: Any) -> Msg:
        return Msg(self.code, self.source, params)


def message(code: str, source: str) -> Template:
    return Template(code, source)


def text(value: Msg | str) -> str:
    """A Msg in the current language; a str as it is."""
    return value.render() if isinstance(value, Msg) else value


# --- the edge ----------------------------------------------------------------------------------------------

def set_translator(translate: Translator | None) -> None:
    """Put every later `str(msg)` through `translate` (None: English). The GUI installs Qt's translator."""
    global _translate
    _translate = translate or _english


def current_translator() -> Translator:
    return _translate


def set_language(language: str | None = None) -> str:
    """Render messages in `language` from the catalogue, without Qt (the CLI). None: $WS_LANG, else zh_CN.
    Returns the language chosen."""
    chosen = normalise(language or os.environ.get("WS_LANG") or DEFAULT_LANGUAGE)
    if chosen == "en":
        set_translator(None)
    else:
        set_translator(lambda context, source: catalogue(chosen).get((context, source), source))
    return chosen


def normalise(language: str) -> str:
    """'en', 'en_US.UTF-8', 'zh', 'zh_CN' → one of LANGUAGES (unknown ones: the default)."""
    lang = language.split(".")[0].replace("-", "_")
    if lang.lower().startswith("en"):
        return "en"
    if lang.lower().startswith("zh"):
        return "zh_CN"
    return DEFAULT_LANGUAGE


def catalogue(language: str) -> dict[tuple[str, str], str]:
    """(CONTEXT, source) → finished translation, read once from resources/i18n/workstation_<language>.ts.

    Only the core's context is read (the UI's strings go through Qt's .qm): `workstation --help` in Chinese
    parses a few kilobytes of the file, not all of it."""
    with _lock:
        found = _catalogues.get(language)
        if found is None:
            found = _catalogues[language] = _read_ts(language)
        return found


def _read_ts(language: str) -> dict[tuple[str, str], str]:
    from workstation.resources import resource_path

    path = resource_path("i18n", f"workstation_{language}.ts")
    if not path.exists():
        return {}
    out: dict[tuple[str, str], str] = {}
    for ctx in _contexts(path.read_text(encoding="utf-8"), CONTEXT):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not tr.text:
                continue
            out[(name, msg.findtext("source") or "")] = tr.text
    return out


def _contexts(ts: str, name: str) -> list[ET.Element]:
    """The <context> elements of a .ts text named `name`, each parsed on its own."""
    found, start = [], 0
    while (at := ts.find(f"<name>{name}</name>", start)) >= 0:
        begin, end = ts.rfind("<context>", 0, at), ts.find("</context>", at)
        if begin < 0 or end < 0:
            break
        found.append(ET.fromstring(ts[begin:end + len("</context>")]))
        start = end
    return found
