"""Call scripts (劝阻话术): one TOML file per scam type, loaded, validated and searched. No Qt here.

Typical use::

    library = ScriptLibrary.load(default_scripts_dir())   # never raises for a broken file
    for error in library.errors:                         # "x.toml: steps[3].next: step 'y' does not exist"
        print(error)
    script = library.get(ScamType.POLICE_IMPERSONATION)
    text = script.first_step.say.render("zh", centre_hotline=settings.centre_hotline)
    hits = library.search("安全账户")

`validate_file(path)` lists a file's problems; `load_script(path_or_text)` returns a Script or raises
`ScriptInvalid`. Every Script keeps `source_text`, `digest` and `version` so call records can keep the
version they used. The file format is described in resources/scripts/README.md.
"""

from workstation.scripts.checks import ALLOWED_NUMBERS, check_script, phone_like_numbers
from workstation.scripts.errors import ScriptError, ScriptInvalid
from workstation.scripts.library import ScriptLibrary, default_scripts_dir
from workstation.scripts.model import (
    HOTLINE_PLACEHOLDER,
    Branch,
    Checkpoint,
    Objection,
    RedFlag,
    RedFlagKind,
    Script,
    Stage,
    Step,
    Text,
)
from workstation.scripts.parse import load_script, parse_script, validate_file
from workstation.scripts.search import HitKind, SearchHit, search_scripts
from workstation.scripts.versions import check_new_version

__all__ = [
    "ALLOWED_NUMBERS",
    "HOTLINE_PLACEHOLDER",
    "Branch",
    "Checkpoint",
    "HitKind",
    "Objection",
    "RedFlag",
    "RedFlagKind",
    "Script",
    "ScriptError",
    "ScriptInvalid",
    "ScriptLibrary",
    "SearchHit",
    "Stage",
    "Step",
    "Text",
    "check_new_version",
    "check_script",
    "default_scripts_dir",
    "load_script",
    "parse_script",
    "phone_like_numbers",
    "search_scripts",
    "validate_file",
]
