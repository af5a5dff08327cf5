"""The one resource finder: the checkout's resources/, or a directory named by WS_RESOURCES."""

from pathlib import Path

import pytest

from workstation.forms.fonts import font_candidates
from workstation.resources import resource_path
from workstation.scripts import default_scripts_dir


def test_checkout_resources_are_found() -> None:
    assert resource_path("intake", "columns.toml").is_file()
    assert len(list(default_scripts_dir().glob("*.toml"))) == 11
    assert font_candidates()[0].is_file()


def test_ws_resources_overrides_where_it_has_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "intake").mkdir()
    (tmp_path / "intake" / "columns.toml").write_text("version = 1\n", encoding="utf-8")
    monkeypatch.setenv("WS_RESOURCES", str(tmp_path))
    assert resource_path("intake", "columns.toml") == tmp_path / "intake" / "columns.toml"
    # what the override lacks still comes from the checkout
    assert resource_path("fonts", "wqy-microhei.ttc").is_file()
    assert resource_path("fonts", "wqy-microhei.ttc").parent.parent != tmp_path
