"""Every `# type: ignore` left in the core names its error code and says why on the same line.

mypy (pyproject.toml's [tool.mypy], run by `./run tests`) reports an ignore that is no longer needed; this test
keeps the ones that are needed readable: `# type: ignore[code]  # the reason`.
"""

from __future__ import annotations

import re
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "workstation"
IGNORE = re.compile(r"#\s*type:\s*ignore(?P<rest>.*)$")
WITH_REASON = re.compile(r"^\[[a-z-]+(,\s*[a-z-]+)*\]\s+#\s*\S")


def test_every_core_type_ignore_has_a_code_and_a_reason() -> None:
    bare = []
    for path in sorted(CORE.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            found = IGNORE.search(line)
            if found and not WITH_REASON.match(found.group("rest")):
                bare.append(f"{path.relative_to(CORE.parent)}:{number}: {line.strip()}")
    assert not bare, "type: ignore without [code] and a reason:\n" + "\n".join(bare)


def test_the_check_finds_a_bare_ignore() -> None:
    for line in ("x = f()  # type: ignore", "x = f()  # type: ignore[arg-type]", "x = f()  # type: ignore[arg-type]  #"):
        found = IGNORE.search(line)
        assert found and not WITH_REASON.match(found.group("rest")), line
    found = IGNORE.search("x = f()  # type: ignore[arg-type, union-attr]  # the stubs are wrong")
    assert found and WITH_REASON.match(found.group("rest"))
