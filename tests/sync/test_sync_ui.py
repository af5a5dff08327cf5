"""The status-bar widget and the connect dialog, offscreen."""

from __future__ import annotations

from datetime import UTC, datetime

from ui.sync_status import ConnectDialog, SyncStatusWidget
from workstation.sync.status import SyncStatus


def test_status_widget_shows_online_last_sync_and_waiting(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = SyncStatusWidget("Asia/Shanghai")
    qtbot.addWidget(w)
    assert "Standalone" in w.state.text()
    with qtbot.waitSignal(w.relay.status_changed):
        w.relay(SyncStatus(True, True, datetime(2026, 11, 25, 6, 0, 5, tzinfo=UTC), 7, 1, 42, set_aside=3))
    qtbot.waitUntil(lambda: "Online" in w.state.text())
    assert "14:00:05" in w.last.text() and "7" in w.pending.text() and "Refused 1" in w.pending.text() and "Set aside 3" in w.pending.text()
    w.show_status(SyncStatus(True, False, None, 3, 0, 0, error="centre unreachable"))
    assert "Offline" in w.state.text() and w.state.toolTip() == "centre unreachable"


def test_connect_dialog_returns_what_was_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    d = ConnectDialog()
    qtbot.addWidget(d)
    qtbot.keyClicks(d.url, "postgresql://desk@centre/ws")
    qtbot.keyClicks(d.password, "pw")
    d.migrate.setChecked(True)
    assert d.values() == ("postgresql://desk@centre/ws", "pw", True)
