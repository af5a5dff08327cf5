"""The script library: every script file in a directory, the good ones ready to use, the broken ones reported."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from workstation.domain.types import ScamType
from workstation.resources import resource_path
from workstation.scripts.errors import ScriptError
from workstation.scripts.model import Script
from workstation.scripts.parse import parse_script, read_text
from workstation.scripts.search import SearchHit, search_scripts


def default_scripts_dir() -> Path:
    """The shipped scripts: resources/scripts (see workstation.resources)."""
    return resource_path("scripts")


@dataclass(frozen=True)
class ScriptLibrary:
    """The call scripts in use, one per scam type.

    State: `scripts` (scam-type code → Script, in file-name order), `errors` (every problem of the files that
    were refused; a broken file never stops the others from loading) and `directory` (where they came from).
    """

    scripts: Mapping[str, Script] = field(default_factory=dict)
    errors: tuple[ScriptError, ...] = ()
    directory: Path | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "scripts", MappingProxyType(dict(self.scripts)))

    @classmethod
    def load(cls, directory: str | Path | None = None) -> ScriptLibrary:
        """Load every *.toml in `directory` (default: `default_scripts_dir()`); never raises for a bad file.

        A missing directory gives an empty library with one error saying so.
        """
        directory = Path(directory) if directory is not None else default_scripts_dir()
        if not directory.is_dir():
            return cls(
                {}, (ScriptError(directory.name, "", f"script directory not found: {directory}"),), directory
            )
        scripts: dict[str, Script] = {}
        errors: list[ScriptError] = []
        for path in sorted(directory.glob("*.toml")):
            text, read_errors = read_text(path)
            if text is None:
                errors.extend(read_errors)
                continue
            script, script_errors = parse_script(text, path.name)
            errors.extend(script_errors)
            if script is not None:
                scripts[script.id] = script
        return cls(scripts, tuple(errors), directory)

    @classmethod
    def from_scripts(cls, scripts: Iterable[Script], errors: Iterable[ScriptError] = ()) -> ScriptLibrary:
        """A library of scripts already loaded (e.g. the versions kept in the database)."""
        return cls({script.id: script for script in scripts}, tuple(errors))

    def get(self, scam_type: ScamType | str) -> Script | None:
        """The script for a scam type (a ScamType or its code), or None when it has none or it is broken."""
        return self.scripts.get(str(scam_type))

    def __getitem__(self, scam_type: ScamType | str) -> Script:
        return self.scripts[str(scam_type)]

    def __contains__(self, scam_type: object) -> bool:
        return str(scam_type) in self.scripts

    def __iter__(self) -> Iterator[Script]:
        return iter(self.scripts.values())

    def __len__(self) -> int:
        return len(self.scripts)

    @property
    def broken_files(self) -> tuple[str, ...]:
        """Names of the files that were refused, in order."""
        return tuple(dict.fromkeys(error.file for error in self.errors))

    def errors_for(self, file: str) -> tuple[ScriptError, ...]:
        return tuple(error for error in self.errors if error.file == file)

    def missing_types(self) -> tuple[ScamType, ...]:
        """Scam types with no usable script."""
        return tuple(t for t in ScamType if t.value not in self.scripts)

    def with_script(self, script: Script) -> ScriptLibrary:
        """A copy where `script` replaces the one of its type (an edited or imported version)."""
        scripts = dict(self.scripts)
        scripts[script.id] = script
        errors = tuple(e for e in self.errors if e.file != f"{script.id}.toml")
        return ScriptLibrary(scripts, errors, self.directory)

    def rendered(self, centre_hotline: str | None) -> ScriptLibrary:
        """A copy whose texts have `{centre_hotline}` replaced (see `Script.rendered`)."""
        return ScriptLibrary(
            {key: script.rendered(centre_hotline) for key, script in self.scripts.items()},
            self.errors,
            self.directory,
        )

    def search(self, query: str, lang: str | None = None) -> list[SearchHit]:
        """Search every script; see `search_scripts` for matching and ranking."""
        return search_scripts(self.scripts.values(), query, lang)
