"""PySide6, imported first, without its per-import source scan.

PySide6's ``__feature__`` support (``from __feature__ import snake_case``) hooks every import made after
PySide6 is loaded and, for each new module, reads the module's whole source to see whether it mentions
"PySide6" (``shibokensupport.feature._mod_uses_pyside``). The desk imports some 400 modules after Qt
(SQLAlchemy, the core, the screens), so that scan cost about 0.1 s of every start. We use no feature, and we
know the answer for most modules without reading them: the core never imports Qt (the import-linter contract
in pyproject.toml), nor does the standard library or the libraries below; every ``ui`` module does. Any
other module is still asked the original way. Where a PySide6 release no longer has that function, nothing
is changed (tests/ui/test_qt_import.py notices).
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6  # noqa: F401 - loads shiboken, which installs the import hook

#: Top-level packages known not to use PySide6: no need to read their source.
QT_FREE = frozenset(sys.stdlib_module_names) | {
    "workstation", "sqlalchemy", "alembic", "mako", "psycopg", "psycopg_binary", "psycopg_pool", "reportlab",
    "PIL", "openpyxl", "et_xmlfile", "phonenumbers", "stdnum", "keyring", "jaraco", "greenlet",
    "typing_extensions", "platformdirs", "markupsafe", "sqlcipher3", "_cffi_backend", "cryptography",
}


def _install() -> bool:
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "ws_known", False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        root = getattr(module, "__name__", "").partition(".")[0]
        if root in QT_FREE:
            return False
        if root == "ui":
            return True
        return bool(original(module))

    uses_pyside.ws_known = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True


INSTALLED = _install()
