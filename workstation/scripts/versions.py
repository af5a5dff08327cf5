"""Rules for a new version of a script (edited in the app or imported from a file)."""

from __future__ import annotations

from workstation.scripts.errors import ScriptError
from workstation.scripts.model import Script


def check_new_version(
    current: Script | None, candidate: Script, file: str | None = None
) -> list[ScriptError]:
    """What stops `candidate` from becoming the next version after `current` (None: there is none yet).

    Same scam type; a version number above the current one; and a changed text (the same version number
    with a different text, or a new number with the same text, would make the records ambiguous).
    """
    name = file or f"{candidate.id}.toml"
    if current is None:
        return []
    errors: list[ScriptError] = []
    if candidate.id != current.id:
        errors.append(ScriptError(name, "id", f"is '{candidate.id}', expected '{current.id}'"))
    if candidate.version <= current.version:
        errors.append(
            ScriptError(
                name,
                "version",
                f"must be above the current version {current.version}, got {candidate.version}",
            )
        )
    if candidate.digest == current.digest:
        errors.append(ScriptError(name, "", f"the text is the same as version {current.version}"))
    return errors
