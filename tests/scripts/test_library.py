"""The library: broken files are refused one by one, the rest keep working; search across scripts."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from workstation.domain.types import ScamType
from workstation.scripts import (
    HitKind,
    ScriptLibrary,
    Text,
    check_new_version,
    default_scripts_dir,
    load_script,
)

Write = Callable[[str, str], Path]


def test_one_broken_file_keeps_the_others(tmp_path: Path) -> None:
    for name in ("police_impersonation.toml", "click_farming.toml", "fake_loan.toml"):
        shutil.copy(default_scripts_dir() / name, tmp_path / name)
    broken = (tmp_path / "click_farming.toml").read_text(encoding="utf-8")
    (tmp_path / "click_farming.toml").write_text(
        broken.replace('goto = "secure_info"', 'goto = "nowhere"', 1)
    )
    (tmp_path / "romance.toml").write_text("id = [unclosed", encoding="utf-8")

    library = ScriptLibrary.load(tmp_path)

    assert sorted(s.id for s in library) == ["fake_loan", "police_impersonation"]
    assert library.get(ScamType.CLICK_FARMING) is None
    assert library.get("fake_loan") is not None
    assert library.broken_files == ("click_farming.toml", "romance.toml")
    goto_error = library.errors_for("click_farming.toml")[0]
    assert goto_error.location == "steps[1].branches[1].goto"
    assert str(goto_error).endswith("step 'nowhere' does not exist")
    assert "invalid TOML" in str(library.errors_for("romance.toml")[0].message)
    assert ScamType.ROMANCE in library.missing_types()


def test_missing_directory_is_an_error_not_an_exception(tmp_path: Path) -> None:
    library = ScriptLibrary.load(tmp_path / "nope")
    assert len(library) == 0
    assert "not found" in library.errors[0].message


def test_search_finds_chinese_phrase_across_scripts() -> None:
    hits = ScriptLibrary.load().search("安全账户")
    assert hits, "expected hits for 安全账户"
    assert hits[0].script_id == "police_impersonation"
    assert hits[0].kind in (HitKind.TITLE, HitKind.RED_FLAG)
    assert all("安全账户" in hit.snippet for hit in hits if hit.lang == "zh")
    deposit = {hit.script_id for hit in ScriptLibrary.load().search("保证金", lang="zh")}
    assert {"fake_loan", "click_farming", "military_impersonation", "fake_shopping"} <= deposit


def test_search_finds_english_word_case_insensitively_across_scripts() -> None:
    hits = ScriptLibrary.load().search("DEPOSIT", lang="en")
    scripts = {hit.script_id for hit in hits}
    assert {"fake_loan", "click_farming", "fake_investment", "fake_shopping"} <= scripts
    assert all(hit.lang == "en" and "deposit" in hit.snippet.lower() for hit in hits)
    kinds = [hit.kind for hit in hits]
    # red-flag hits come before objection, step and checkpoint hits
    last_red_flag = max(i for i, kind in enumerate(kinds) if kind is HitKind.RED_FLAG)
    first_step = min(i for i, kind in enumerate(kinds) if kind is HitKind.STEP)
    assert last_red_flag < first_step


def test_line_numbers_point_at_the_place(tmp_path: Path) -> None:
    source = (default_scripts_dir() / "romance.toml").read_text(encoding="utf-8")
    lines = source.splitlines()
    broken = source.replace("say.en = '''\nHello", "say.en = '''\nCall 13800138000. Hello", 1)
    assert broken != source
    (tmp_path / "romance.toml").write_text(broken, encoding="utf-8")
    error = ScriptLibrary.load(tmp_path).errors[0]
    assert error.location == "steps[0].say.en"
    assert "'13800138000' is not allowed" in str(error.message)
    assert error.line is not None
    assert lines[error.line - 1].startswith("say.en")
    assert lines.index('id = "opening"') < error.line - 1 < lines.index('id = "find_stage"')


def test_search_hit_points_at_the_item() -> None:
    library = ScriptLibrary.load()
    hits = [h for h in library.search("老板亲自") if h.kind is HitKind.OBJECTION]
    assert hits
    script = library["boss_impersonation"]
    objection = script.objection(hits[0].item_id or "")
    assert "老板亲自" in objection.says.zh
    assert hits[0].location.startswith("objections[")


def test_search_needs_all_terms_and_ignores_empty_query() -> None:
    library = ScriptLibrary.load()
    assert library.search("   ") == []
    assert library.search("tax withdraw", lang="en")
    assert all(h.script_id != "boss_impersonation" for h in library.search("tax withdraw", lang="en"))
    assert library.search("完全不可能出现的词组xyz") == []


def test_hotline_placeholder_is_filled_from_the_value_given() -> None:
    script = ScriptLibrary.load()["fake_loan"]
    close = script.step("close")
    assert "{centre_hotline}" in close.say.zh
    assert "0000-HOTLINE" in close.say.render("zh", centre_hotline="0000-HOTLINE")
    assert "{centre_hotline}" not in close.say.render("en", centre_hotline=None)
    rendered = script.rendered("0000-HOTLINE")
    assert "0000-HOTLINE" in rendered.step("close").say.en
    assert rendered.digest == script.digest and rendered.version == script.version
    assert Text("中", "en").get("en") == "en" and Text("中", "en").get("zh") == "中"


def test_new_version_rules(minimal_text: str) -> None:
    current = load_script(minimal_text)
    same_number = load_script(minimal_text.replace("先交钱再放款", "先收费再放款"))
    assert [e.location for e in check_new_version(current, same_number)] == ["version"]
    unchanged = load_script(minimal_text)
    assert len(check_new_version(current, unchanged)) == 2  # same number and same text
    newer = load_script(minimal_text.replace("version = 1", "version = 2"))
    assert check_new_version(current, newer) == []
    assert check_new_version(None, current) == []


def test_edited_script_replaces_the_old_one() -> None:
    library = ScriptLibrary.load()
    old = library["fake_loan"]
    text = old.source_text.replace("version = 1", "version = 2", 1)
    updated = library.with_script(load_script(text, "fake_loan.toml"))
    assert updated["fake_loan"].version == 2
    assert library["fake_loan"].version == 1  # the library itself is not changed
