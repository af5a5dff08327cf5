"""The lead's earlier calls and history in words: display names, not logins; event kinds in the UI's language."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.test_lead_flow import open_window
from ui import i18n
from ui.lead_info import EVENT_EN, EVENT_ZH, event_label
from ui.lead_panel import LeadPanel
from ui.tasks import TaskRunner
from workstation.desk import Workstation
from workstation.domain.events import EventKind
from workstation.domain.outcome import OutcomeInput
from workstation.domain.types import ContactedParty, OutcomeCode
from workstation.forms.facts import FactKind
from workstation.services import auth, leads, outcomes

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_event_kind_has_words_in_both_languages() -> None:
    kinds = [k.value for k in EventKind] + [k.value for k in FactKind]
    assert not [k for k in kinds if k not in EVENT_EN or k not in EVENT_ZH]
    assert not [w for w in EVENT_EN.values() if CJK.search(w) or "_" in w]
    assert all(CJK.search(w) for w in EVENT_ZH.values())
    assert event_label("future_kind", "en") == "Future kind"  # a newer desk's event: a phrase, not a code


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_earlier_calls_and_history_show_names_and_words(qtbot: QtBot, qapp, ws: Workstation,  # type: ignore[no-untyped-def]
                                                         tasks: TaskRunner, language: str) -> None:
    i18n.install(qapp, language)
    try:
        officer = auth.get(ws, "officer1")
        assert officer is not None
        claimed = leads.next_lead(ws, "officer1").lead
        assert claimed is not None
        now = ws.clock.now()
        outcomes.record(ws, "officer1", claimed.id,
                        OutcomeInput(OutcomeCode.NO_ANSWER, now, now, ContactedParty.NOBODY))
        window = open_window(qtbot, ws, tasks, officer)
        panel = window.lead_panel
        assert isinstance(panel, LeadPanel)
        qtbot.waitUntil(lambda: panel.info.names != {}, timeout=10000)
        panel.info.show_lead(leads.detail(ws, claimed.id))
        assert panel.info.calls.item(0, 1).text() == officer.display_name != "officer1"
        kinds = [panel.info.events.item(r, 2).text() for r in range(panel.info.events.rowCount())]
        assert kinds and not [k for k in kinds if "_" in k]
        assert all((CJK.search(k) is None) == (language == "en") for k in kinds), kinds
        officers = {panel.info.events.item(r, 1).text() for r in range(panel.info.events.rowCount())}
        assert "officer1" not in officers
    finally:
        i18n.install(qapp, "en")
