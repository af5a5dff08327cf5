"""Start-up: the sign-in dialog is up before the core is loaded, and the desk opens behind it.

(How fast is measured by bench/bench_startup.py; here, what must hold for it to be fast and still right.)
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui import app as ui_app
from ui.login import LoginDialog, OpeningDesk
from ui.tasks import TaskRunner
from workstation.demo import DEMO_PASSWORD
from workstation.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "reportlab", "psycopg", "keyring", "phonenumbers", "openpyxl", "stdnum")


def loaded_after(code: str, tmp_path: Path) -> set[str]:
    """The heavy top-level packages in sys.modules after `code` runs in a fresh interpreter."""
    probe = code + "\nimport sys\nprint(' '.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                              "WS_DATA_DIR": str(tmp_path)})
    assert out.returncode == 0, out.stderr
    return set(out.stdout.split()) & set(HEAVY)


def test_the_sign_in_dialog_needs_no_core(tmp_path: Path) -> None:
    """What the dialog shows with (ui.app, the dialog itself) loads no database or document library: those load
    on the worker while the person types."""
    code = ("from pathlib import Path\nimport ui.app\nfrom PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\nfrom ui.login import LoginDialog, OpeningDesk\nfrom ui.tasks import TaskRunner\n"
            "from workstation.settings import Settings\n"
            f"d = LoginDialog(OpeningDesk(Settings.load(Path({str(tmp_path)!r}))), TaskRunner(app))\nd.show()\n")
    assert loaded_after(code, tmp_path) == set()


def test_the_main_window_module_leaves_printing_intake_and_the_centre_for_later(tmp_path: Path) -> None:
    """A standalone desk's window does not import reportlab (printing), the file readers (import), psycopg or
    keyring (the centre), nor Alembic (a current schema): each loads when first used."""
    assert loaded_after("import ui.main_window, ui.desk_session", tmp_path) == {"sqlalchemy"}


def test_a_sign_in_made_before_the_desk_is_open_waits_for_it(qtbot: QtBot, tmp_path: Path) -> None:
    """The person signs in while the desk is still opening (a first start seeds the demo set): the dialog says
    the desk is opening, and the sign-in goes through once it is open."""
    tasks = TaskRunner(show_errors=False)
    settings = Settings.load(tmp_path)
    desk = OpeningDesk(settings)
    dialog = LoginDialog(desk, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    gate = threading.Event()

    def open_slowly() -> object:
        gate.wait(30)
        return ui_app.prepare_desk(ui_app.parse_args(["--data-dir", str(tmp_path), "--demo"]), desk)

    tasks.run_db(open_slowly)
    qtbot.keyClicks(dialog.user_edit, "officer1")
    qtbot.keyClicks(dialog.password_edit, DEMO_PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.note_label.isVisible() and not dialog.user_edit.isEnabled()
    assert dialog.officer is None
    with qtbot.waitSignal(dialog.signed_in, timeout=60_000):
        gate.set()
    assert dialog.officer is not None and dialog.officer.username == "officer1"
    assert desk.ws is not None and not dialog.note_label.isVisible()
    tasks.shutdown()
    desk.ws.close()


def test_a_desk_that_cannot_be_opened_refuses_the_sign_in_with_the_reason(qtbot: QtBot, tmp_path: Path) -> None:
    tasks = TaskRunner(show_errors=False)
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data directory should be")
    desk = OpeningDesk(Settings(data_dir=tmp_path, db_url=f"sqlite:///{blocker}/desk.db", desk_id="t"))
    dialog = LoginDialog(desk, tasks)
    qtbot.addWidget(dialog)
    failures: list[BaseException] = []
    tasks.run_db(ui_app.prepare_desk, ui_app.parse_args([]), desk, on_error=failures.append)
    dialog.user_edit.setText("officer1")
    dialog.password_edit.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(dialog.sign_in_failed, timeout=60_000) as refused:
        dialog.submit()
    assert failures and desk.error is failures[0] and desk.ws is None
    assert "could not be opened" in refused.args[0]
    assert dialog.officer is None
    tasks.shutdown()
