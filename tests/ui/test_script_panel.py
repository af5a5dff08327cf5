"""The call-script panel: steps, branches, objections, checkpoints into the outcome, search and switching."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton
from pytestqt.qtbot import QtBot

from ui.lead_panel import LeadPanel
from ui.script_panel import ScriptPanel
from ui.tasks import TaskRunner
from workstation.desk import Workstation
from workstation.domain.events import EventKind
from workstation.scripts import ScriptLibrary, default_scripts_dir
from workstation.services import auth, drafts, leads, queue
from workstation.services.queue import QueueFilter
from workstation.store.views import LeadDetail

POLICE = "police_impersonation"
LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def library() -> ScriptLibrary:
    lib = ScriptLibrary.load(default_scripts_dir())
    assert POLICE in lib and not lib.errors
    return lib


def script_panel(qtbot: QtBot, library: ScriptLibrary, lang: str = "zh", hotline: str = "96110") -> ScriptPanel:
    panel = ScriptPanel(library, lang, hotline)
    qtbot.addWidget(panel)
    panel.resize(700, 700)
    panel.show()
    panel.show_scam_type(POLICE)
    return panel


def lead_panel(qtbot: QtBot, ws: Workstation, tasks: TaskRunner, library: ScriptLibrary) -> tuple[LeadPanel, LeadDetail]:
    officer = auth.get(ws, "officer1")
    assert officer is not None
    panel = LeadPanel(ws, officer, tasks, library, lang="zh")
    qtbot.addWidget(panel)
    panel.resize(1300, 850)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    lead = leads.next_lead(ws, "officer1").lead
    assert lead is not None
    panel.show_lead(lead)
    qtbot.waitUntil(lambda: panel.form._drafts_ready)
    return panel, lead


def test_steps_next_back_and_branches(qtbot: QtBot, library: ScriptLibrary) -> None:
    panel = script_panel(qtbot, library)
    assert panel.current_step is not None and panel.current_step.id == "opening"
    assert not panel.back_button.isEnabled()
    qtbot.mouseClick(panel.next_button, LEFT)
    assert panel.current_step.id == "find_stage"
    assert panel.step_list.currentItem().data(Qt.ItemDataRole.UserRole) == "find_stage"  # highlighted
    branches = panel.branch_box.findChildren(QPushButton)
    assert len(branches) == 3 and panel.branch_box.isVisible()
    transferred = panel.branch_box.findChild(QPushButton, "branch_2")
    qtbot.mouseClick(transferred, LEFT)
    assert panel.current_step.id == "stop_payment"
    assert "紧急止付" in panel.step_text.toPlainText()
    qtbot.mouseClick(panel.back_button, LEFT)
    assert panel.current_step.id == "find_stage"
    qtbot.mouseClick(panel.back_button, LEFT)
    assert panel.current_step.id == "opening"
    assert not panel.back_button.isEnabled()


def test_objection_answer_and_jump(qtbot: QtBot, library: ScriptLibrary) -> None:
    panel = script_panel(qtbot, library)
    panel.tabs.setCurrentIndex(1)
    item = next(panel.objection_list.item(i) for i in range(panel.objection_list.count())
                if panel.objection_list.item(i).data(Qt.ItemDataRole.UserRole) == "money_will_come_back")
    rect = panel.objection_list.visualItemRect(item)
    qtbot.mouseClick(panel.objection_list.viewport(), LEFT, pos=rect.center())
    assert "安全账户" in panel.answer.toPlainText()
    assert panel.objection_goto.isVisible()
    qtbot.mouseClick(panel.objection_goto, LEFT)
    assert panel.tabs.currentIndex() == 0
    assert panel.current_step is not None and panel.current_step.id == "stop_payment"


def test_english_text_and_centre_hotline(qtbot: QtBot, library: ScriptLibrary) -> None:
    panel = script_panel(qtbot, library, lang="en", hotline="0571-87654321")
    assert "anti-fraud centre" in panel.step_text.toPlainText()
    panel.goto_step("close")
    text = panel.step_text.toPlainText()
    assert "0571-87654321" in text and "{centre_hotline}" not in text


def test_broken_script_is_reported_and_panel_keeps_working(qtbot: QtBot, tmp_path: Path) -> None:
    shutil.copy(default_scripts_dir() / "click_farming.toml", tmp_path)
    (tmp_path / f"{POLICE}.toml").write_text('id = "police_impersonation"\nversion = "one"\n', encoding="utf-8")
    library = ScriptLibrary.load(tmp_path)
    panel = script_panel(qtbot, library)
    assert panel.problem.isVisible()
    assert f"{POLICE}.toml" in panel.problem.text()
    assert panel.script is None and panel.checked_checkpoints() == ()
    qtbot.keyClicks(panel.search.box, "click")
    assert panel.search.hits
    qtbot.keyClick(panel.search.box, Qt.Key.Key_Return)
    assert panel.script is not None and panel.script.id == "click_farming"
    assert not panel.problem.isVisible()


def test_checkpoint_ticks_reach_the_outcome(qtbot: QtBot, ws: Workstation, tasks: TaskRunner,
                                            library: ScriptLibrary) -> None:
    panel, lead = lead_panel(qtbot, ws, tasks, library)
    script = panel.script.script
    assert script is not None and script.id == lead.row.scam_type
    wanted = [cp.id for cp in script.checkpoints[:2]]
    for cid in wanted:
        qtbot.mouseClick(panel.script.findChild(QCheckBox, f"cp_{cid}"), LEFT)
    qtbot.keyClick(panel.form.notes, Qt.Key.Key_Right, CTRL)  # next step, from the keyboard
    assert panel.script.current_step is not None and panel.script.current_step.id == script.first_step.next
    qtbot.mouseClick(panel.form.outcome.buttons["not_deceived"], LEFT)
    qtbot.mouseClick(panel.form.start_button, LEFT)
    unticked = [cp.label.get(panel.script.lang) for cp in script.required_checkpoints if cp.id not in wanted]
    assert unticked, "the demo script marks more points required than the two ticked"
    qtbot.keyClick(panel.form.notes, Qt.Key.Key_Enter, CTRL)
    box = panel.form.unticked_box  # the person was reached: the required points not ticked are asked about
    assert box is not None and box.isVisible() and all(label in box.text() for label in unticked)
    panel.tasks.wait_idle()
    assert len(leads.detail(ws, lead.id).calls) == len(lead.calls)  # nothing saved while asked
    assert box.defaultButton().text() == "Back to the call"
    save_anyway = next(b for b in box.buttons() if b.text() == "Save anyway")
    with qtbot.waitSignal(panel.outcome_saved, timeout=5000):
        qtbot.mouseClick(save_anyway, LEFT)
    call = leads.detail(ws, lead.id).calls[-1]
    assert list(call.checkpoints) == wanted
    assert (call.script_id, call.script_version) == (script.id, script.version)


def test_search_switches_script_and_records_it(qtbot: QtBot, ws: Workstation, tasks: TaskRunner,
                                               library: ScriptLibrary) -> None:
    panel, lead = lead_panel(qtbot, ws, tasks, library)
    target = next(s for s in library if s.id != lead.row.scam_type)
    qtbot.keyClick(panel.form.notes, Qt.Key.Key_K, CTRL)
    assert panel.script.search.box.hasFocus()
    qtbot.keyClicks(panel.script.search.box, target.title.en)
    assert panel.script.search.hits[0].script_id == target.id
    with qtbot.waitSignal(panel.lead_changed, timeout=5000):
        qtbot.keyClick(panel.script.search.box, Qt.Key.Key_Return)
    assert panel.script.script is not None and panel.script.script.id == target.id
    switched = [e for e in leads.detail(ws, lead.id).events if e.kind == EventKind.SCRIPT_SWITCHED]
    assert len(switched) == 1
    assert switched[0].payload == {"from": lead.row.scam_type, "to": target.id}
    assert panel.form.state()["script_id"] == target.id


def test_another_types_script_says_so_and_leads_back(qtbot: QtBot, ws: Workstation, tasks: TaskRunner,
                                                    library: ScriptLibrary) -> None:
    """Enter on a search hit had put another scam type's script on show with no word of it."""
    panel, lead = lead_panel(qtbot, ws, tasks, library)
    script = panel.script
    assert not script.other_type.isVisible()
    target = next(s for s in library if s.id != lead.row.scam_type)
    qtbot.keyClicks(script.search.box, target.title.en)
    with qtbot.waitSignal(panel.lead_changed, timeout=5000):
        qtbot.keyClick(script.search.box, Qt.Key.Key_Return)
    assert script.other_type.isVisible() and "the lead is" in script.other_type.text()
    with qtbot.waitSignal(panel.lead_changed, timeout=5000):
        script.other_type.linkActivated.emit("back")
    assert script.script is not None and script.script.id == lead.row.scam_type
    assert not script.other_type.isVisible()


def test_the_checkpoint_boxes_are_refilled_from_script_to_script(qtbot: QtBot, library: ScriptLibrary) -> None:
    """F5 to a lead of another type refills the boxes already made: each shows the new script's checkpoint, ticks
    the new checkpoint, and none left over from a longer script is found, shown or ticked."""
    panel = script_panel(qtbot, library)
    police = library.get(POLICE)
    assert police is not None
    shorter = next(s for s in library if len(s.checkpoints) < len(police.checkpoints))
    first = {cid: box for cid, box in panel._boxes.items()}
    qtbot.mouseClick(first[police.checkpoints[0].id], LEFT)
    assert panel.checked_checkpoints() == (police.checkpoints[0].id,)

    panel.show_scam_type(shorter.id)
    boxes = panel.findChildren(QCheckBox)
    assert len(boxes) == len(police.checkpoints)  # the same widgets, none made again
    assert [b for b in boxes if b.isVisible()] == [panel._boxes[cp.id] for cp in shorter.checkpoints]
    assert not any(b.isChecked() for b in boxes)
    for cp in shorter.checkpoints:
        box = panel.findChild(QCheckBox, f"cp_{cp.id}")
        assert box is panel._boxes[cp.id] and box.full_text.startswith(cp.label.get("zh"))
        assert box.full_text.endswith(" *") == cp.required
    leftover = police.checkpoints[len(shorter.checkpoints)].id
    if leftover not in {cp.id for cp in shorter.checkpoints}:
        assert panel.findChild(QCheckBox, f"cp_{leftover}") is None
    last = shorter.checkpoints[-1]
    qtbot.mouseClick(panel._boxes[last.id], LEFT)
    assert panel.checked_checkpoints() == (last.id,)
    assert panel.required_unticked() == [cp.label.get("zh") for cp in shorter.required_checkpoints
                                         if cp.id != last.id]

    panel.show_scam_type(POLICE)  # a new lead of the first type: from the first step, nothing ticked
    assert panel.current_step is not None and panel.current_step.id == police.first_step.id
    assert panel.checked_checkpoints() == ()
    assert [b.isVisible() for b in boxes] == [True] * len(police.checkpoints)
    assert panel._boxes[police.checkpoints[0].id] is first[police.checkpoints[0].id]

    qtbot.mouseClick(panel.next_button, LEFT)  # on, and a tick, then the next lead is of the same type
    qtbot.mouseClick(panel._boxes[police.checkpoints[1].id], LEFT)
    assert panel.current_step.id != police.first_step.id and panel.checked_checkpoints()
    panel.show_scam_type(POLICE)
    assert panel.current_step.id == police.first_step.id and not panel.back_button.isEnabled()
    assert panel.checked_checkpoints() == () and not any(b.isChecked() for b in boxes)
    assert panel.step_list.currentItem().data(Qt.ItemDataRole.UserRole) == police.first_step.id


def test_an_objection_opened_on_one_lead_is_not_on_the_next(qtbot: QtBot, library: ScriptLibrary) -> None:
    """The answer to an objection belongs to the call it was opened in: the next lead's script, of another type
    or of the same, shows none (and emptying the old list looks nothing up in the new script)."""
    panel = script_panel(qtbot, library)
    other = next(s for s in library if s.id != POLICE and s.objections)
    for then in (other.id, other.id):  # another type's script, then the same one again
        panel.tabs.setCurrentIndex(1)
        panel.objection_list.setCurrentRow(0)
        assert panel.answer.toPlainText()
        panel.show_scam_type(then)
        assert panel.objection_list.currentItem() is None
        assert panel.answer.toPlainText() == "" and panel.objection_goto.isHidden()
        assert panel.objection_list.count() == len(other.objections)


def test_the_next_lead_leaves_the_last_ones_draft_with_its_own_script(qtbot: QtBot, ws: Workstation,
                                                                     tasks: TaskRunner, library: ScriptLibrary) -> None:
    """A tick not yet saved when the officer moves on (F5, a double-click) is saved in that lead's draft with
    that lead's script; coming back shows both. The new lead's script moving to its first step is no edit."""
    panel, a = lead_panel(qtbot, ws, tasks, library)
    mine = panel.script.script
    assert mine is not None and mine.id == a.row.scam_type
    cp = mine.checkpoints[0]
    panel.script._boxes[cp.id].click()
    assert panel.form._draft_timer.isActive()  # the tick waits for the debounce
    b_row = next(r for r in queue.page(ws, QueueFilter(), limit=500)
                 if r.owner is None and r.status in leads.CLAIMABLE and r.scam_type != mine.id)
    b = leads.claim(ws, "officer1", b_row.id)
    panel.show_lead(b)
    qtbot.waitUntil(lambda: panel.form._drafts_ready)
    tasks.wait_idle()
    draft = drafts.load(ws, "officer1", a.id)
    assert draft is not None
    assert draft["script_id"] == mine.id and draft["script_ticked"] == {mine.id: [cp.id]}
    assert not panel.form._draft_timer.isActive()  # nothing typed on b: nothing to save for it
    assert drafts.load(ws, "officer1", b.id) is None

    panel.show_lead(leads.detail(ws, a.id, officer="officer1"))
    qtbot.waitUntil(lambda: panel.form._drafts_ready)
    assert panel.script.script is not None and panel.script.script.id == mine.id
    assert panel.script.checked_checkpoints() == (cp.id,) and panel.script.other_type.isHidden()
