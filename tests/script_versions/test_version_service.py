"""Script versions: team leads save and import new versions; older ones stay for the records that used them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.script_versions.texts import shipped_text
from workstation.desk import Workstation
from workstation.errors import InvalidInput, NotAllowed, NotFound
from workstation.scripts import default_scripts_dir
from workstation.services import scripts
from workstation.services.scripts import ScriptOrigin, ScriptRejected


def next_text(ws: Workstation, scam_type: str = "fake_loan") -> str:
    current = scripts.current_script(ws, scam_type)
    assert current is not None
    return scripts.draft_next_version(current).replace("\n", "\n# edited by lead1\n", 1)


def test_draft_raises_only_the_top_level_version() -> None:
    from workstation.scripts import load_script

    script = load_script(shipped_text(), "fake_loan.toml")
    draft = load_script(scripts.draft_next_version(script), "fake_loan.toml")
    assert draft.version == script.version + 1
    assert draft.steps == script.steps


def test_a_lead_saves_a_new_version_and_the_old_one_stays(desk: Workstation) -> None:
    old = scripts.current_script(desk, "fake_loan")
    assert old is not None
    saved = scripts.save_version(desk, "lead1", next_text(desk), ScriptOrigin.EDIT, file="fake_loan.toml")

    assert saved.version == old.version + 1
    library = scripts.current_library(desk)
    assert library["fake_loan"].version == saved.version
    assert library["fake_loan"].digest == saved.digest
    assert len(library) == len(scripts.current_library(desk))  # the other types are untouched
    was = scripts.version(desk, "fake_loan", old.version)
    assert (was.version, was.digest) == (old.version, old.digest)
    assert scripts.version(desk, "fake_loan", saved.version).source_text == saved.source_text

    listed = scripts.versions(desk, "fake_loan")
    assert [(v.version, v.origin, v.added_by, v.current) for v in listed] == [
        (saved.version, ScriptOrigin.EDIT, "lead1", True),
        (old.version, ScriptOrigin.FILE, None, False),
    ]
    assert listed[0].added_at is not None


def test_an_officer_may_not_save(desk: Workstation) -> None:
    with pytest.raises(NotAllowed):
        scripts.save_version(desk, "officer1", next_text(desk), file="fake_loan.toml")
    assert [v.origin for v in scripts.versions(desk, "fake_loan")] == [ScriptOrigin.FILE]


def test_a_broken_text_is_refused_naming_file_place_and_problem(desk: Workstation) -> None:
    broken = next_text(desk).replace('goto = "', 'goto = "no_such_', 1)
    with pytest.raises(ScriptRejected) as caught:
        scripts.save_version(desk, "lead1", broken, file="fake_loan.toml")
    assert isinstance(caught.value, InvalidInput)
    (error,) = caught.value.script_errors
    assert error.file == "fake_loan.toml"
    assert error.location.endswith(".goto") and "branches" in error.location
    assert "does not exist" in str(error.message) and error.line
    assert f"fake_loan.toml: {error.location} (line {error.line}): " in str(caught.value)
    assert len(scripts.versions(desk, "fake_loan")) == 1


@pytest.mark.parametrize("change", ["same number", "lower number", "unchanged"])
def test_a_version_not_above_the_current_is_refused(desk: Workstation, change: str) -> None:
    current = scripts.current_script(desk, "fake_loan")
    assert current is not None
    text = {
        "same number": current.source_text.replace("\n", "\n# edited\n", 1),
        "lower number": scripts.draft_next_version(current).replace(
            f"version = {current.version + 1}", f"version = {current.version - 1}"),
        "unchanged": current.source_text,
    }[change]
    with pytest.raises(ScriptRejected) as caught:
        scripts.save_version(desk, "lead1", text, file="fake_loan.toml")
    assert any(e.location == "version" for e in caught.value.script_errors)
    assert "version" in str(caught.value)


def test_import_of_a_file(desk: Workstation, tmp_path: Path) -> None:
    path = tmp_path / "incoming" / "fake_loan.toml"
    path.parent.mkdir()
    path.write_text(next_text(desk), encoding="utf-8")
    saved = scripts.import_file(desk, "lead1", path)
    assert scripts.current_library(desk)["fake_loan"].version == saved.version
    assert scripts.versions(desk, "fake_loan")[0].origin is ScriptOrigin.IMPORT


def test_import_of_a_broken_file_names_it(desk: Workstation, tmp_path: Path) -> None:
    path = tmp_path / "fake_loan.toml"
    path.write_text(next_text(desk).replace('stage = "opening"', 'stage = "hello"', 1), encoding="utf-8")
    with pytest.raises(ScriptRejected) as caught:
        scripts.import_file(desk, "lead1", path)
    assert all(e.file == "fake_loan.toml" for e in caught.value.script_errors)
    assert any("stage" in e.location for e in caught.value.script_errors)
    with pytest.raises(NotAllowed):
        scripts.import_file(desk, "officer2", path)


def test_an_unknown_version_is_not_found(desk: Workstation) -> None:
    with pytest.raises(NotFound):
        scripts.version(desk, "fake_loan", 99)


def _copy_shipped(target: Path) -> Path:
    target.mkdir()
    for path in default_scripts_dir().glob("*.toml"):
        shutil.copy(path, target / path.name)
    return target


def test_a_newer_shipped_file_wins_and_the_stored_versions_stay(desk: Workstation, tmp_path: Path) -> None:
    shipped = _copy_shipped(tmp_path / "scripts")
    v1 = scripts.current_script(desk, "fake_loan", shipped)
    assert v1 is not None
    v2 = scripts.save_version(desk, "lead1", scripts.draft_next_version(v1), file="fake_loan.toml",
                              directory=shipped)
    assert scripts.current_library(desk, shipped)["fake_loan"].version == v2.version
    # an app update ships version 3 of the file
    (shipped / "fake_loan.toml").write_text(
        scripts.draft_next_version(v2).replace("\n", "\n# shipped\n", 1), encoding="utf-8")
    assert scripts.current_library(desk, shipped)["fake_loan"].version == v2.version + 1
    # ... and a later update ships version 4: version 3 stays, although its file is gone
    v3 = scripts.current_script(desk, "fake_loan", shipped)
    assert v3 is not None
    (shipped / "fake_loan.toml").write_text(scripts.draft_next_version(v3), encoding="utf-8")
    assert [v.version for v in scripts.versions(desk, "fake_loan", shipped)] == [4, 3, 2, 1]
    assert scripts.version(desk, "fake_loan", 3, shipped).digest == v3.digest
    assert scripts.version(desk, "fake_loan", 1, shipped).digest == v1.digest


def test_a_shipped_file_reusing_a_stored_number_loses(desk: Workstation, tmp_path: Path) -> None:
    shipped = _copy_shipped(tmp_path / "scripts")
    v1 = scripts.current_script(desk, "fake_loan", shipped)
    assert v1 is not None
    v2 = scripts.save_version(desk, "lead1", scripts.draft_next_version(v1), file="fake_loan.toml",
                              directory=shipped)
    (shipped / "fake_loan.toml").write_text(
        scripts.draft_next_version(v1).replace("\n", "\n# other text\n", 1), encoding="utf-8")
    library = scripts.current_library(desk, shipped)
    assert library["fake_loan"].digest == v2.digest
    assert [(e.file, e.location) for e in library.errors] == [("fake_loan.toml", "version")]


def test_a_broken_shipped_file_does_not_stop_the_others(desk: Workstation, tmp_path: Path) -> None:
    shipped = _copy_shipped(tmp_path / "scripts")
    (shipped / "romance.toml").write_text('id = "romance"\nversion = "two"\n', encoding="utf-8")
    library = scripts.current_library(desk, shipped)
    assert "romance" not in library and "fake_loan" in library
    assert library.broken_files == ("romance.toml",)
    assert "romance" not in {v.scam_type for v in scripts.versions(desk, "romance", shipped)}
