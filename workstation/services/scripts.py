"""Versions of the call scripts (话术版本): the library in use, and new versions edited or imported by team leads.

The library the desk uses holds, for each scam type, the highest version among the shipped files
(resources/scripts) and the versions stored in `script_versions`. Every version stays stored, so a call
record's (script_id, script_version) can always be shown as the officer saw it; shipped files are recorded
the first time they are seen, so upgrading the app never loses the text an older record used.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import CursorResult, Insert, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from workstation.desk import Workstation
from workstation.domain.outcome import FieldError
from workstation.domain.types import Role
from workstation.errors import Conflict, InvalidInput, NotFound
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.scripts import Script, ScriptError, ScriptLibrary, check_new_version, parse_script
from workstation.scripts.parse import read_text
from workstation.services.auth import require_role
from workstation.store.models_scripts import ScriptVersion

_VERSION_LINE = re.compile(r"^(\s*version\s*=\s*)(\d+)", re.MULTILINE)
_HEADER = re.compile(r"^\s*\[", re.MULTILINE)


class ScriptOrigin(StrEnum):
    """How a version came in."""

    FILE = "file"  # a shipped file in resources/scripts
    EDIT = "edit"  # edited in the app
    IMPORT = "import"  # a file imported by a team lead


NO_SUCH_VERSION = message("scripts.no_such_version", QT_TRANSLATE_NOOP("Messages", "Script {scam_type} has no version {number}"))
SAVED_MEANWHILE = message("scripts.saved_meanwhile", QT_TRANSLATE_NOOP("Messages", "Someone else just saved a new version of script {scam_type}: reopen it and edit again"))


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """One version of a scam type's script, without its text. `added_by`/`added_at` are None for a shipped
    file not stored yet; `current` marks the version the desk uses."""

    scam_type: str
    version: int
    digest: str
    origin: ScriptOrigin
    added_by: str | None
    added_at: datetime | None
    current: bool = False


class ScriptRejected(InvalidInput):
    """A script text that cannot become a version. `script_errors` keeps each problem (file, place, line,
    message); `errors` has them as FieldErrors (field = "file: place (line n)") for the CLI."""

    def __init__(self, errors: Sequence[ScriptError]) -> None:
        self.script_errors: tuple[ScriptError, ...] = tuple(errors)
        super().__init__([FieldError(str(e).removesuffix(": " + str(e.message)), e.message) for e in errors])


# --- reading ------------------------------------------------------------------------------------------------


def current_library(ws: Workstation, directory: Path | None = None) -> ScriptLibrary:
    """The scripts the desk uses: per scam type the highest of the shipped file and the stored versions.

    Broken files are reported in `errors` (and do not stop the others). Shipped versions not stored yet are
    recorded here; a shipped file whose version number is already stored with another text loses to the
    stored one and is reported.
    """
    files = ScriptLibrary.load(directory)
    with ws.unit_of_work() as session:
        errors = _remember_shipped(ws, session, files)
        latest = list(session.execute(_LATEST))
    library = files
    for scam_type, number, text, digest in latest:
        shipped = files.get(scam_type)
        if shipped is not None and (shipped.version > number or (shipped.version, shipped.digest) == (number, digest)):
            continue  # the file is newer, or is this very version
        script, problems = parse_script(text)
        if script is None:  # cannot happen for versions saved through save_version; never hide it
            errors.extend(replace(p, file=f"{scam_type} v{number} (stored)") for p in problems)
            continue
        library = library.with_script(script)
    return ScriptLibrary(library.scripts, library.errors + tuple(errors), library.directory)


def current_script(ws: Workstation, scam_type: str, directory: Path | None = None) -> Script | None:
    """The version of one scam type's script the desk uses now (None: no usable script)."""
    return current_library(ws, directory).get(scam_type)


def version(ws: Workstation, scam_type: str, number: int, directory: Path | None = None) -> Script:
    """One version as it was (e.g. the one a call record names); NotFound if it was never stored or shipped."""
    with ws.sessions() as session:
        row = session.get(ScriptVersion, (str(scam_type), number))
        text = None if row is None else row.source_text
    if text is not None:
        script, problems = parse_script(text)
        if script is None:
            raise ScriptRejected(problems)
        return script
    shipped = ScriptLibrary.load(directory).get(scam_type)
    if shipped is not None and shipped.version == number:
        return shipped
    raise NotFound(NO_SUCH_VERSION(scam_type=scam_type, number=number))


def versions(ws: Workstation, scam_type: str, directory: Path | None = None) -> list[VersionInfo]:
    """Every version of one scam type's script, newest first (a shipped file not stored yet included)."""
    with ws.sessions() as session:
        rows = session.scalars(select(ScriptVersion).where(ScriptVersion.scam_type == str(scam_type)))
        found = {r.version: VersionInfo(r.scam_type, r.version, r.digest, ScriptOrigin(r.origin), r.added_by,
                                        r.added_at) for r in rows}
    shipped = ScriptLibrary.load(directory).get(scam_type)
    if shipped is not None and shipped.version not in found:
        found[shipped.version] = VersionInfo(shipped.id, shipped.version, shipped.digest, ScriptOrigin.FILE,
                                             None, None)
    ordered = [found[n] for n in sorted(found, reverse=True)]
    return [replace(ordered[0], current=True), *ordered[1:]] if ordered else []


# --- new versions -------------------------------------------------------------------------------------------


def check_candidate(text: str, current: Script | None, file: str | None = None) -> list[ScriptError]:
    """Every reason `text` cannot be saved as the version after `current`: the validator's, then the
    version rules (higher number, changed text). Pure; the dialog's Validate button uses it."""
    script, errors = parse_script(text.removeprefix("\ufeff"), file)
    if script is None:
        return errors
    return check_new_version(current, script, file)


def save_version(ws: Workstation, officer: str, text: str, origin: ScriptOrigin = ScriptOrigin.EDIT, *,
                 file: str | None = None, directory: Path | None = None) -> Script:
    """Store `text` as a new version (team lead or admin only) and return it.

    `file` is the name errors use and the id must match ("fake_loan.toml"); without it errors name
    "<text>". Raises NotAllowed, ScriptRejected (every problem, each naming file, place and what is wrong)
    or Conflict (someone saved that version number first).
    """
    require_role(ws, officer, Role.LEAD, Role.ADMIN)
    text = text.removeprefix("\ufeff")
    script, errors = parse_script(text, file)
    if script is None:
        raise ScriptRejected(errors)
    problems = check_new_version(current_script(ws, script.id, directory), script, file)
    if problems:
        raise ScriptRejected(problems)
    with ws.unit_of_work() as session:
        top = session.scalar(select(func.max(ScriptVersion.version)).where(ScriptVersion.scam_type == script.id))
        added = top is None or script.version > top
        if added:
            added = _insert(ws, session, scam_type=script.id, version=script.version, source_text=text,
                            digest=script.digest, added_by=officer, added_at=ws.clock.now(), origin=origin.value)
        if not added:
            raise Conflict(SAVED_MEANWHILE(scam_type=script.id))
    return script


def import_file(ws: Workstation, officer: str, path: str | Path, directory: Path | None = None) -> Script:
    """Store a script file as a new version of its scam type (team lead or admin only); see save_version."""
    require_role(ws, officer, Role.LEAD, Role.ADMIN)
    path = Path(path)
    text, errors = read_text(path)
    if text is None:
        raise ScriptRejected(errors)
    return save_version(ws, officer, text, ScriptOrigin.IMPORT, file=path.name, directory=directory)


def draft_next_version(script: Script) -> str:
    """The script's text with its version number raised by one: where an edit starts."""
    text = script.source_text
    header = _HEADER.search(text)
    match = _VERSION_LINE.search(text, 0, header.start() if header else len(text))
    if match is None:
        return text
    return f"{text[:match.start(2)]}{script.version + 1}{text[match.end(2):]}"


# --- internals ----------------------------------------------------------------------------------------------

_TOP = (
    select(ScriptVersion.scam_type, func.max(ScriptVersion.version).label("top"))
    .group_by(ScriptVersion.scam_type)
    .subquery("top")
)
# The highest stored version of each scam type.
_LATEST = (
    select(ScriptVersion.scam_type, ScriptVersion.version, ScriptVersion.source_text, ScriptVersion.digest)
    .join(_TOP, (ScriptVersion.scam_type == _TOP.c.scam_type) & (ScriptVersion.version == _TOP.c.top))
    .order_by(ScriptVersion.scam_type)
)


def _insert(ws: Workstation, session: Session, **values: Any) -> bool:
    """Insert one version; False if that (scam_type, version) is already stored (another desk was first)."""
    statement: Insert  # each dialect has its own insert with its own on_conflict_do_nothing
    if ws.dialect == "postgresql":
        statement = postgresql.insert(ScriptVersion).values(**values).on_conflict_do_nothing()
    else:
        statement = sqlite.insert(ScriptVersion).values(**values).on_conflict_do_nothing()
    result = session.execute(statement)
    assert isinstance(result, CursorResult)  # an INSERT's result: its rowcount says whether it inserted
    return bool(result.rowcount)


def _remember_shipped(ws: Workstation, session: Session, files: ScriptLibrary) -> list[ScriptError]:
    """Store the shipped versions not stored yet; report a shipped file that reuses a stored number."""
    stored = {(t, n): d for t, n, d in session.execute(
        select(ScriptVersion.scam_type, ScriptVersion.version, ScriptVersion.digest))}
    errors: list[ScriptError] = []
    for script in files:
        digest = stored.get((script.id, script.version))
        if digest is None:
            _insert(ws, session, scam_type=script.id, version=script.version, source_text=script.source_text,
                    digest=script.digest, added_by=None, added_at=ws.clock.now(), origin=ScriptOrigin.FILE.value)
        elif digest != script.digest:
            errors.append(ScriptError(f"{script.id}.toml", "version",
                                      f"version {script.version} is already stored with another text; "
                                      "the stored one is used — raise the version number"))
    return errors
