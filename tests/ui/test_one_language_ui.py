"""The GUI shows the core's messages in its own language only: English UI all English, Chinese UI all Chinese."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_login_claim import open_window
from ui import i18n
from ui.centre_link import NoticeBanner
from ui.sync_status import SyncStatusWidget
from ui.tasks import TaskRunner, error_text
from workstation.desk import Workstation
from workstation.services import claims, leads
from workstation.sync import notice_text
from workstation.sync.centre import UNREACHABLE
from workstation.sync.errors import CentreUnavailable
from workstation.sync.status import Notice, SyncStatus
from workstation.sync.worker import SYNC_ERROR

CJK = re.compile(r"[\u4e00-\u9fff]")
ENGLISH = re.compile(r"[A-Za-z]{3,}")


def one_language(text: str, language: str) -> bool:
    """Chinese without English words (names and codes aside), or English without Chinese."""
    if language == "en":
        return CJK.search(text) is None
    return CJK.search(text) is not None and ENGLISH.search(re.sub(r"officer\d+|lead\d+|YJ\S+", "", text)) is None


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_sync_errors_on_the_status_bar_are_in_one_language(qtbot, qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    i18n.install(qapp, language)
    w = SyncStatusWidget("Asia/Shanghai")
    qtbot.addWidget(w)
    assert one_language(w.state.text() + w.last.text(), language)  # standalone, never synced
    w.show_status(SyncStatus(True, False, None, 3, 0, 0, error=UNREACHABLE(reason="timeout")))
    tip = w.state.toolTip()
    assert "timeout" in tip and one_language(tip.replace("timeout", ""), language)  # the driver's reason as it is
    assert one_language(re.sub(r"<[^>]*>", "", w.state.text()), language)
    w.show_status(SyncStatus(True, True, None, 0, 0, 0, error=SYNC_ERROR(error="OSError()")))
    assert one_language(w.state.toolTip().replace("OSError()", ""), language)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_core_error_and_a_notice_are_shown_in_one_language(qtbot, qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    i18n.install(qapp, language)
    assert one_language(error_text(CentreUnavailable(UNREACHABLE(reason="x"))), language)
    banner = NoticeBanner()
    qtbot.addWidget(banner)
    stored = notice_text.dumps(notice_text.CALL_KEPT(text=notice_text.REASSIGNED(by="lead1", to="officer2")))
    banner.show_notices([Notice("n1", None, "lead_reassigned", notice_text.loads(stored), None)])  # type: ignore[arg-type]
    assert one_language(banner.text.text(), language) and "officer2" in banner.text.text()
    assert notice_text.loads("线索已由 lead1 改派给 officer2") == "线索已由 lead1 改派给 officer2"  # an older notice


def test_nothing_to_claim_offline_says_so_in_english(qtbot, qapp, ws: Workstation, tasks: TaskRunner,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    i18n.install(qapp, "en")
    monkeypatch.setattr(leads, "next_lead", lambda *_: leads.ClaimResult(None, claims.OFFLINE_NONE()))
    window = open_window(qtbot, ws, tasks)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "")
    assert window.statusBar().currentMessage() == "Offline, and you hold no lead"
