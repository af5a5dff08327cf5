"""Saving and listing script versions on PostgreSQL."""

from __future__ import annotations

import pytest

from workstation.desk import Workstation
from workstation.errors import NotAllowed
from workstation.services import scripts
from workstation.services.scripts import ScriptOrigin, ScriptRejected


def test_save_and_versions_on_postgres(pg_desk: Workstation) -> None:
    old = scripts.current_script(pg_desk, "romance")
    assert old is not None
    saved = scripts.save_version(pg_desk, "lead1", scripts.draft_next_version(old), file="romance.toml")
    assert scripts.current_library(pg_desk)["romance"].version == saved.version
    assert [(v.version, v.origin, v.current) for v in scripts.versions(pg_desk, "romance")] == [
        (saved.version, ScriptOrigin.EDIT, True),
        (old.version, ScriptOrigin.FILE, False),
    ]
    assert scripts.version(pg_desk, "romance", old.version).digest == old.digest
    with pytest.raises(ScriptRejected):
        scripts.save_version(pg_desk, "lead1", scripts.draft_next_version(old), file="romance.toml")
    with pytest.raises(NotAllowed):
        scripts.save_version(pg_desk, "officer1", scripts.draft_next_version(saved), file="romance.toml")
