"""zh_CN is the default language: every UI string must reach the translation file, translated."""

import html
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "workstation_zh_CN.ts"
# self.tr("…") and QCoreApplication.translate("Context", "…"): the calls lupdate reads.
CALL = re.compile(r'(?:\.tr|translate\(\s*"[A-Za-z_]+"\s*,)\s*\(?\s*"((?:[^"\\]|\\.)*)"\s*[,)]')
# lupdate reads neither a single-quoted literal nor a call inside an f-string's braces: "Ask:" stayed English.
UNREAD = re.compile(r"""(?:\.tr|translate)\(\s*(?:"[A-Za-z_]+"\s*,\s*)?'""")
UNREAD_PENDING: set[str] = set()  # files being mended elsewhere at the same time (empty once merged)


def _messages() -> tuple[set[str], list[str]]:
    text = TS.read_text(encoding="utf-8")
    sources = {html.unescape(s) for s in re.findall(r"<source>(.*?)</source>", text, re.S)}
    unfinished = [html.unescape(s) for s in re.findall(
        r"<source>(.*?)</source>\s*<translation type=\"unfinished\"", text, re.S)]
    return sources, unfinished


def test_every_ui_string_is_written_where_lupdate_reads_it() -> None:
    unread = [f"{path.relative_to(ROOT)}:{n}" for path in sorted((ROOT / "ui").rglob("*.py"))
              if str(path.relative_to(ROOT)) not in UNREAD_PENDING
              for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if UNREAD.search(line)]
    assert unread == [], "write self.tr(\"…\") with double quotes, outside an f-string"


def test_every_string_in_the_ts_file_is_translated() -> None:
    _, unfinished = _messages()
    assert unfinished == []


def test_every_ui_string_is_in_the_ts_file() -> None:
    sources, _ = _messages()
    missing = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for literal in CALL.findall(path.read_text(encoding="utf-8")):
            if literal.encode().decode("unicode_escape") not in sources and literal not in sources:
                missing.append(f"{path.relative_to(ROOT)}: {literal}")
    assert missing == [], "run pyside6-lupdate, resources/i18n/zh_CN_glossary.py and lrelease"


def test_the_compiled_file_matches_its_source() -> None:
    """The .qm the app loads gives every translation the .ts holds (lrelease was run after the last edit)."""
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))
    stale = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, wanted = message.findtext("source") or "", message.findtext("translation") or ""
            if message.get("numerus") != "yes" and translator.translate(name, source) != wanted:
                stale.append(f"{name}: {source}")
    assert stale == []


def test_installing_each_language_works(qapp: object) -> None:
    """`--lang en` once crashed at start (an enum newer than the pinned PySide6): install both languages."""
    from PySide6.QtCore import QLocale

    from ui import i18n

    assert i18n.install(qapp, "en")  # type: ignore[arg-type]
    assert QLocale().language() == QLocale.Language.English
    assert i18n.install(qapp, "zh_CN")  # type: ignore[arg-type]
    assert QLocale().language() == QLocale.Language.Chinese


def test_every_translated_literal_has_a_literal_context() -> None:
    """lupdate reads translate("Context", "text") only when the context is written out: with a name for it, the
    text never reached the catalogue (the shortcut brackets stayed ASCII in the Chinese tooltips)."""
    unread = [f"{path.relative_to(ROOT)}:{source[:m.start()].count(chr(10)) + 1}"
              for path in sorted([*(ROOT / "ui").rglob("*.py"), *(ROOT / "workstation").rglob("*.py")])
              for source in [path.read_text(encoding="utf-8")]
              for m in re.finditer(r"translate\(\s*[A-Za-z_][\w.]*\s*,\s*[\"']", source)]
    assert not unread, unread


def test_chinese_sentences_follow_each_other_without_a_space(qapp: object) -> None:
    """"已移交上门。 已移交属地派出所。": the saved-call line and the board's note joined sentences the English way."""
    from ui import i18n
    from workstation.domain.words import sentences

    i18n.install(qapp, "zh_CN")  # type: ignore[arg-type]
    assert sentences("已保存。", "", "已移交属地派出所。") == "已保存。已移交属地派出所。"
    i18n.install(qapp, "en")  # type: ignore[arg-type]
    assert sentences("Saved.", "", "Escalated.") == "Saved. Escalated."


def test_no_ui_string_is_filed_under_an_empty_context() -> None:
    """pyside6-lupdate loses track of the class after a def nested in an `if` (ui/printing.py did): the
    strings below it land in context "" and the app, asking under the class's name, shows English."""
    import xml.etree.ElementTree as ET

    lost = [f"{(m.find('location').attrib if m.find('location') is not None else {}).get('filename')}: "
            f"{m.findtext('source')}"
            for context in ET.parse(TS).getroot().iter("context") if not (context.findtext("name") or "")
            for m in context.iter("message")]
    assert lost == [], "move the nested def out of its `if`/`with` block, then ./run i18n"
