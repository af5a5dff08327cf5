"""Status bar messages: timed, and whole on a 1366 px desk (the database and desk labels make room)."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.support.desk_ui import tick_required
from tests.ui.test_lead_flow import open_window
from ui.tasks import TaskRunner
from workstation.desk import Workstation
from workstation.services import auth, leads

ROOT = Path(__file__).resolve().parents[2]


def test_every_status_message_is_timed() -> None:
    """showMessage(text) without a timeout stays until the next one: every call gives one."""
    untimed = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for m in re.finditer(r"showMessage\(", source):
            if "#" in source[source.rfind("\n", 0, m.start()):m.start()]:
                continue  # a comment naming it
            depth, i = 1, m.end()
            while depth and i < len(source):
                depth += {"(": 1, ")": -1}.get(source[i], 0)
                i += 1
            call = source[m.end():i - 1]
            if not re.search(r",\s*[\d_]+\s*$", call):
                untimed.append(f"{path.name}: showMessage({call[:60]})")
    assert not untimed, untimed


def test_a_long_message_is_not_cut_at_1366(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    officer = auth.get(ws, "officer1")
    assert officer is not None
    window = open_window(qtbot, ws, tasks, officer)
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: window.width() == 1366)
    bar = window.statusBar()
    text = "Lead YJ20261125-ABCDE is kept for Officer Two's callback until 2026-11-25 15:30"
    bar.showMessage(text, 5000)
    visible = [w for w in (window.centre.widget, window.officer_label, window.desk_label, window.db_label,
                           window.clock_label) if w.isVisible()]
    assert bar.width() - sum(min(w.sizeHint().width(), w.maximumWidth()) for w in visible) >= bar.fontMetrics().horizontalAdvance(text)
    assert not window.db_label.isVisible() and bar.toolTip() == text
    bar.clearMessage()
    assert window.db_label.isVisible() and window.desk_label.isVisible()
    bar.showMessage("Unlocked", 3000)  # a short one hides nothing
    assert window.db_label.isVisible()


def test_opened_is_not_left_standing_once_the_lead_changes(qtbot: QtBot, ws: Workstation, tasks: TaskRunner) -> None:
    """"Opened … (In progress)" goes when the call is saved (the lead is closed now), and when it is released."""
    officer = auth.get(ws, "officer1")
    assert officer is not None
    window = open_window(qtbot, ws, tasks, officer)
    bar, panel = window.statusBar(), window.lead_panel
    window.claim_next_lead()
    qtbot.waitUntil(lambda: panel.detail is not None and panel.form._drafts_ready, timeout=10000)
    assert bar.currentMessage().startswith("Opened ")
    form = panel.form
    form.start_call()
    form.outcome.pick_index(0)  # persuaded
    tick_required(panel)  # the script's required points, ticked during the call
    with qtbot.waitSignal(panel.outcome_saved, timeout=10000):
        form.save()
    assert leads.detail(ws, panel.detail.id).row.status == "closed"
    assert not bar.currentMessage().startswith("Opened ")
    window.claim_next_lead()
    qtbot.waitUntil(lambda: bar.currentMessage().startswith("Opened "), timeout=10000)
    ref = panel.detail.row.ref
    with qtbot.waitSignal(panel.released, timeout=10000):
        panel.release()
    assert not bar.currentMessage().startswith("Opened ")
    assert bar.currentMessage().startswith(f"Released {ref}")  # which lead went back, said
    tasks.wait_idle()
