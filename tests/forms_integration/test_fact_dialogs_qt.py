"""The facts dialogs (offscreen): a form that lacks its facts offers the dialog that records them; each
refusal is shown by its field, nothing typed is lost; Enter records, Esc cancels; then the form opens."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.core.conftest import NOW, make_lead
from tests.forms.pdftext import assert_prints
from tests.forms_integration.conftest import OFFICER, thanked_lead, transferred_lead
from ui.lead_facts import CaseDetailsDialog, FactDialog, ThanksRecipientDialog, VisitDialog
from ui.printing import PdfPreviewDialog, RecipientChoiceDialog, print_lead_form
from ui.tasks import TaskRunner
from workstation.desk import Workstation
from workstation.forms.facts import FactKind
from workstation.services import documents, leads


@pytest.fixture
def tasks(tasks: TaskRunner) -> Iterator[TaskRunner]:
    yield tasks
    assert not tasks.errors  # type: ignore[attr-defined]


def _offered(qtbot: QtBot, desk: Workstation, tasks: TaskRunner, lead_id: str, kind: str
             ) -> tuple[FactDialog, list[PdfPreviewDialog]]:
    offered: list[FactDialog] = []
    opened: list[PdfPreviewDialog] = []
    print_lead_form(None, desk, "lead1", tasks, lead_id, kind, on_open=opened.append, on_facts=offered.append)
    qtbot.waitUntil(lambda: bool(offered), timeout=10_000)
    assert not opened and offered[0].isVisible() and offered[0].intro.isVisible()
    return offered[0], opened


def _facts(desk: Workstation, lead_id: str) -> list[str]:
    return [e.kind for e in leads.detail(desk, lead_id).events if e.kind in set(FactKind)]


def test_the_case_form_offers_the_case_details_dialog_and_opens_once_they_are_recorded(
        qtbot: QtBot, desk: Workstation, tasks: TaskRunner) -> None:
    lead_id = transferred_lead(desk)
    dialog, opened = _offered(qtbot, desk, tasks, lead_id, "case")
    assert isinstance(dialog, CaseDetailsDialog)
    dialog.place.setText("反诈中心接报案窗口")
    dialog.received_at.set_value(NOW + timedelta(days=1))
    dialog.submit()  # address and facts missing, a time in the future
    qtbot.waitUntil(lambda: dialog.summary.isVisible(), timeout=10_000)
    bad = {name for name, row in dialog.rows.items() if row.has_error}
    assert bad == {"reporter_address", "brief_facts", "received_at"}
    assert dialog.rows["reporter_address"].error.text() == "Enter the reporter's address"  # no field names
    assert "reporter_address" not in dialog.summary.text()
    assert dialog.focusWidget() is dialog.received_at.edit  # the first bad field, in form order
    assert dialog.place.text() == "反诈中心接报案窗口" and dialog.isVisible()  # nothing typed is lost
    assert _facts(desk, lead_id) == []

    dialog.received_at.set_now()
    dialog.address.setText("北京市朝阳区望京西园三区312号楼")
    dialog.facts.setPlainText("报案人接到自称客服的电话，被诱导转账。")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)  # Enter records
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert _facts(desk, lead_id) == [FactKind.CASE_DETAILS_RECORDED]
    assert_prints(opened[0].pdf_bytes, "受案登记表", "北京市朝阳区望京西园三区312号楼", "反诈中心接报案窗口", "■报案")
    opened[0].close()


def test_other_as_the_decision_needs_its_text(qtbot: QtBot, desk: Workstation, tasks: TaskRunner) -> None:
    lead_id = transferred_lead(desk)
    dialog = CaseDetailsDialog(desk, OFFICER, tasks, lead_id)
    qtbot.addWidget(dialog)
    dialog.decision.setCurrentIndex(dialog.decision.count() - 1)
    dialog.address.setText("望京西园")
    dialog.facts.setPlainText("被诱导转账。")
    dialog.submit()
    assert dialog.rows["decision_note"].has_error and _facts(desk, lead_id) == []
    dialog.decision_note.setText("移交经侦部门")
    with qtbot.waitSignal(dialog.recorded, timeout=10_000):
        dialog.submit()
    assert leads.detail(desk, lead_id).events[-1].payload["decision"] == "移交经侦部门"


def test_the_visit_notice_offers_the_visit_dialog(qtbot: QtBot, desk: Workstation, tasks: TaskRunner) -> None:
    lead_id = leads.receive(desk, make_lead(name="李秀兰"))
    dialog, opened = _offered(qtbot, desk, tasks, lead_id, "visit-notice")
    assert isinstance(dialog, VisitDialog)
    dialog.address.setText("望京街道花家地北里7号楼")
    dialog.first_officer.setText("孙磊")
    dialog.second_officer.setText("孙磊")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.rows["officer_names"].has_error, timeout=10_000)
    assert dialog.rows["officer_names"].error.text() == "The two visiting officers must be two different people"
    dialog.second_officer.setText("周静")
    dialog.submit()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert_prints(opened[0].pdf_bytes, "上门劝阻告知书", "望京街道花家地北里7号楼", "孙磊", "周静")
    opened[0].close()


def test_the_recipient_dialog_shows_messages_not_field_names_and_esc_cancels(
        qtbot: QtBot, desk: Workstation, tasks: TaskRunner) -> None:
    lead_id = transferred_lead(desk)
    dialog, opened = _offered(qtbot, desk, tasks, lead_id, "thanks")
    assert isinstance(dialog, ThanksRecipientDialog)
    dialog.deed.setPlainText("在银行柜台劝阻转账")
    dialog.amount.setText("三万")
    dialog.submit()  # the amount is refused before the core is asked
    assert dialog.rows["amount_protected"].has_error and not dialog.rows["recipient_name"].has_error
    dialog.amount.setText("30000")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.rows["recipient_name"].has_error, timeout=10_000)
    assert dialog.rows["recipient_name"].error.text() == "Enter who is thanked (a person or a unit)"
    assert "recipient_name" not in dialog.summary.text() and dialog.deed.toPlainText() == "在银行柜台劝阻转账"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and not opened and _facts(desk, lead_id) == []
    tasks.wait_idle(10.0)


def test_a_lead_with_several_recipients_asks_which_letter_or_records_another(
        qtbot: QtBot, desk: Workstation, tasks: TaskRunner) -> None:
    lead_id = thanked_lead(desk, "刘芳同志")
    documents.add_thanks_recipient(desk, OFFICER, lead_id, "赵师傅", "出租车司机发现乘客欲转账并报警", NOW)
    choosers: list[QDialog] = []
    opened: list[PdfPreviewDialog] = []
    offered: list[FactDialog] = []

    def ask() -> RecipientChoiceDialog:
        choosers.clear()
        print_lead_form(None, desk, OFFICER, tasks, lead_id, "thanks", on_open=opened.append,
                        on_facts=offered.append, on_choice=choosers.append)
        qtbot.waitUntil(lambda: bool(choosers), timeout=10_000)
        chooser = choosers[0]
        assert isinstance(chooser, RecipientChoiceDialog)
        return chooser

    chooser = ask()
    assert [chooser.recipients.item(i).text().split()[0] for i in range(2)] == ["赵师傅", "刘芳同志"]  # newest first
    chooser.recipients.setCurrentRow(1)
    qtbot.keyClick(chooser.recipients, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert_prints(opened.pop().pdf_bytes, "尊敬的刘芳同志")

    ask().add_button.click()  # another recipient: recorded, then their letter
    qtbot.waitUntil(lambda: bool(offered), timeout=10_000)
    dialog = offered[0]
    assert isinstance(dialog, ThanksRecipientDialog)
    dialog.name.setText("钱经理")
    dialog.deed.setPlainText("银行网点经理拦截可疑汇款")
    dialog.submit()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert_prints(opened[0].pdf_bytes, "尊敬的钱经理")
    assert [e.recipient_name for e in documents.thanks_recipients(desk, lead_id)] == ["刘芳同志", "赵师傅", "钱经理"]


def test_a_correction_starts_from_the_details_last_recorded(qtbot: QtBot, desk: Workstation,
                                                            tasks: TaskRunner) -> None:
    lead_id = transferred_lead(desk)
    documents.record_case_details(desk, OFFICER, lead_id, {
        "case_source": "110指令", "reporter_address": "望京西园三区312号楼", "brief_facts": "被诱导转账。",
        "decision": "移交经侦部门", "received_place": "接报案窗口"}, NOW - timedelta(hours=2))
    dialog = CaseDetailsDialog(desk, OFFICER, tasks, lead_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.address.text() == "望京西园三区312号楼", timeout=10_000)
    assert (dialog.source.currentData(), dialog.place.text(), dialog.facts.toPlainText()) == (
        "110指令", "接报案窗口", "被诱导转账。")
    assert (dialog.decision.currentData(), dialog.decision_note.text()) == ("其他", "移交经侦部门")
    assert dialog.received_at.value() == NOW - timedelta(hours=2)
    dialog.address.setText("望京西园三区313号楼")
    with qtbot.waitSignal(dialog.recorded, timeout=10_000):
        dialog.submit()
    payload = leads.detail(desk, lead_id).events[-1].payload
    assert (payload["reporter_address"], payload["decision"], payload["case_source"]) == (
        "望京西园三区313号楼", "移交经侦部门", "110指令")

    visit = VisitDialog(desk, OFFICER, tasks, lead_id)  # nothing recorded yet: empty, nothing overwritten
    qtbot.addWidget(visit)
    visit.address.setText("某路1号")
    tasks.wait_idle(10.0)
    QCoreApplication.processEvents()  # the (empty) read of the last visit is delivered
    assert visit.address.text() == "某路1号" and visit.first_officer.text() == ""
