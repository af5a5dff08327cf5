"""The facts of a lead at a glance: who, where, why the platform warned, how long is left, what was tried."""

from __future__ import annotations

from datetime import datetime, tzinfo
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.outcome_fields import outcome_label
from ui.outcome_result import status_label
from ui.printing import FORM_TITLES
from ui.script_panel import scam_label
from ui.widgets import Countdown, ElidedLabel, LevelBadge
from workstation.clock import Clock
from workstation.domain.types import OutcomeCode, TriggerKind, WarningLevel
from workstation.reports.calls import Verdict
from workstation.services.documents import DocumentInfo
from workstation.store.views import LeadDetail

EVENT_ZH = {
    "lead_received": "接收线索", "trigger_added": "再次预警", "lead_claimed": "领取", "lead_released": "释放",
    "lease_expired": "领取超时", "lead_reassigned": "改派", "call_started": "开始通话",
    "outcome_recorded": "记录处置结果", "stop_payment_requested": "申请紧急止付", "script_switched": "切换话术",
    "reviewed": "审核", "document_printed": "打印文书", "amended": "更正",
    "thanks_recipient_added": "登记感谢对象", "thanks_received": "收到感谢", "case_details_recorded": "登记受案信息",
    "visit_recorded": "登记上门劝阻",
}
EVENT_EN = {
    "lead_received": "Lead received", "trigger_added": "Warned again", "lead_claimed": "Claimed",
    "lead_released": "Released", "lease_expired": "Claim expired", "lead_reassigned": "Reassigned",
    "call_started": "Call started", "outcome_recorded": "Outcome recorded",
    "stop_payment_requested": "Stop-payment requested", "script_switched": "Script switched", "reviewed": "Reviewed",
    "document_printed": "Document printed", "amended": "Corrected", "thanks_recipient_added": "Thank-you recipient recorded",
    "thanks_received": "Thanks received", "case_details_recorded": "Case details recorded",
    "visit_recorded": "Visit recorded",
}


def event_label(kind: str, lang: str) -> str:
    """An event kind in words; an unknown kind (a newer desk's) as a phrase, never as a raw code."""
    words = EVENT_ZH if lang == "zh" else EVENT_EN
    if kind in words:
        return words[kind]
    return kind.replace("_", " ").capitalize()




def trigger_label(kind: str | None, lang: str) -> str:
    try:
        trigger = TriggerKind(kind or "")
    except ValueError:
        return kind or ""
    if lang == "zh":
        return trigger.zh
    return {TriggerKind.FRAUD_CALL: QCoreApplication.translate("LeadInfo", "Fraud call"), TriggerKind.FRAUD_SMS: QCoreApplication.translate("LeadInfo", "Fraud SMS"),
            TriggerKind.FRAUD_URL: QCoreApplication.translate("LeadInfo", "Fraud link"), TriggerKind.FRAUD_APP: QCoreApplication.translate("LeadInfo", "Fraud app"),
            TriggerKind.FRAUD_ACCOUNT: QCoreApplication.translate("LeadInfo", "Flagged account"),
            TriggerKind.UNKNOWN: QCoreApplication.translate("LeadInfo", "Unknown")}[trigger]


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item


def _table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setDefaultSectionSize(22)
    # No sideways scrolling in a pane this small: a long note ends in "…" (its tooltip has it whole), and the
    # bar's height is a row more of history.
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    return table


def verdict_label(code: object, lang: str) -> str:
    """A review verdict (复核结论) as a person reads it."""
    try:
        verdict = Verdict(str(code))
    except ValueError:
        return str(code or "")
    if lang == "zh":
        return verdict.zh
    return {Verdict.REVIEWED: QCoreApplication.translate("LeadInfo", "Reviewed"), Verdict.FOLLOW_UP: QCoreApplication.translate("LeadInfo", "Needs follow-up"),
            Verdict.COMMENDED: QCoreApplication.translate("LeadInfo", "Commended")}[verdict]


class LeadInfo(QWidget):
    """The lead view's top: badge, countdown, person, triggers, amount at risk; earlier calls and history.

    State: the centre zone (`tz`), the language and the labels and tables it fills in `show_lead`.
    """

    #: Reprint requested for an archived document (its id).
    reprint_requested = Signal(str)

    def __init__(self, clock: Clock, tz: tzinfo, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz, self.lang = tz, lang
        self.names: dict[str, str] = {}  # username → display name (the window reads the officers once)
        # The header runs the whole width (level, scam type, reference, status, countdown): the scam type and
        # the status end in "…" with their whole text in the tooltip where the width runs out. Below it the facts (left), the
        # buttons, and the history tabs (right), as tall as the pane the lead panel's splitter gives them.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.setSpacing(4)
        head = QHBoxLayout()
        self.badge = LevelBadge(self)
        self.ref = QLabel(self)  # never cut: the reference is what an officer reads out and searches by
        self.ref.setObjectName("lead_ref")
        self.ref.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scam = ElidedLabel("", self, min_chars=5)
        self.scam.setObjectName("lead_scam_type")
        self.scam.setStyleSheet("font-weight:bold; font-size:15px;")
        self.status = ElidedLabel("", self, min_chars=7)
        self.status.setObjectName("lead_status")
        self.countdown = Countdown(clock, self)
        self.release_button = QPushButton(self.tr("Release"), self)
        self.release_button.setToolTip(self.tr("Give the lead back to the queue"))
        self.print_button = QToolButton(self)
        self.print_button.setObjectName("print_button")
        self.print_button.setText(self.tr("Print"))
        self.print_button.setToolTip(self.tr("Print a form for this lead (Ctrl+P: work record sheet)"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.facts_button = QToolButton(self)
        self.facts_button.setObjectName("facts_button")
        self.facts_button.setText(self.tr("Record"))
        self.facts_button.setToolTip(self.tr("Record facts the printed forms need"))
        self.facts_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        head.addWidget(self.badge)
        head.addWidget(self.scam)
        head.addWidget(self.ref)
        head.addWidget(self.status, 1)  # takes what is left, so the others keep their whole text first
        head.addWidget(self.countdown)
        outer.addLayout(head)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(layout, 1)
        left = QVBoxLayout()
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.name = ElidedLabel("", self)
        self.name.setObjectName("lead_name")
        self.name.setStyleSheet("font-size:18px; font-weight:bold;")
        self.phone = QLabel(self)
        self.phone.setObjectName("lead_phone")
        self.phone.setStyleSheet("font-size:18px; font-family:monospace;")
        self.id_number = ElidedLabel("", self)
        self.id_number.setObjectName("lead_id_number")
        self.place = ElidedLabel("", self)
        self.place.setObjectName("lead_place")
        self.amount = ElidedLabel("", self)
        self.amount.setObjectName("lead_amount")
        self.triggers = QLabel(self)
        self.triggers.setWordWrap(True)
        self.triggers.setTextFormat(Qt.TextFormat.RichText)
        for label in (self.name, self.phone, self.id_number, self.triggers):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.phone, 0, 1)
        grid.addWidget(self.amount, 0, 2)
        grid.addWidget(QLabel(self.tr("ID number"), self), 1, 0)
        grid.addWidget(self.id_number, 1, 1)
        grid.addWidget(self.place, 1, 2)
        grid.addWidget(QLabel(self.tr("Why warned"), self), 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.triggers, 2, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        left.addLayout(grid)
        left.addStretch(1)
        self.triggers.setMinimumWidth(1)
        layout.addLayout(left, 5)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        for button in (self.release_button, self.print_button, self.facts_button):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.history = QTabWidget(self)
        self.calls = _table([self.tr("Time"), self.tr("Officer"), self.tr("Outcome"), self.tr("Notes")], self)
        self.calls.setObjectName("earlier_calls")
        self.events = _table([self.tr("Time"), self.tr("Officer"), self.tr("Event")], self)
        self.events.setObjectName("event_history")
        docs = QWidget(self)
        docs_layout = QVBoxLayout(docs)
        docs_layout.setContentsMargins(0, 0, 0, 0)
        docs_layout.setSpacing(2)
        self.documents = _table([self.tr("Printed"), self.tr("Form"), self.tr("Serial no."), self.tr("By")], docs)
        self.documents.setObjectName("documents")
        self.documents.itemDoubleClicked.connect(self._reprint_selected)
        self.reprint_button = QPushButton(self.tr("Reprint"), docs)
        self.reprint_button.setObjectName("reprint_button")
        self.reprint_button.setEnabled(False)
        self.reprint_button.clicked.connect(self._reprint_selected)
        self.documents.itemSelectionChanged.connect(
            lambda: self.reprint_button.setEnabled(bool(self.documents.selectedItems())))
        docs_layout.addWidget(self.documents, 1)
        docs_layout.addWidget(self.reprint_button, 0, Qt.AlignmentFlag.AlignRight)
        self._document_ids: list[str] = []
        self.history.addTab(self.calls, self.tr("Earlier calls"))
        self.history.addTab(self.events, self.tr("History"))
        self.history.addTab(docs, self.tr("Documents"))
        for index in range(self.history.count()):
            self.history.setTabToolTip(index, self.history.tabText(index))
        self.history.setObjectName("lead_history")
        self.history.setMinimumWidth(260)
        self.history.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.history.tabBar().setExpanding(False)
        self.history.setUsesScrollButtons(False)  # all three tabs in view, cut with "…" (tooltip) if need be
        layout.addWidget(self.history, 4)

    def _time(self, at: datetime | str | None, fmt: str = "%m-%d %H:%M") -> str:
        if at is None:
            return ""
        value = datetime.fromisoformat(at) if isinstance(at, str) else at
        return value.astimezone(self.tz).strftime(fmt)

    def show_lead(self, detail: LeadDetail) -> None:
        row = detail.row
        level = WarningLevel(row.level) if row.level in WarningLevel._value2member_map_ else None
        self.badge.set_level(row.level, (level.zh if self.lang == "zh" else level.value.title()) if level
                             else row.level)
        self.scam.setText(scam_label(row.scam_type, self.lang))
        self.ref.setText(row.ref)
        self.status.setText(f"· {status_label(row.status, self.lang)}")
        self.countdown.set_due(row.due_at if row.status != "closed" else None)
        self.name.setText(row.person_name)
        self.phone.setText(row.phone)
        self.id_number.setText(row.id_number or "")
        self.place.setText(f"{detail.city}{row.district}")
        self.amount.setText(self.tr("At risk: ¥{0}").format(f"{row.amount_at_risk:,.2f}"))
        style = "color:#b71c1c; font-weight:bold;" if row.amount_at_risk else ""
        if self.amount.styleSheet() != style:  # setting one, even the same, re-polishes the label
            self.amount.setStyleSheet(style)
        lines = []
        for trig in detail.triggers:
            lines.append(f"<b>{escape(trigger_label(trig.get('kind'), self.lang))}</b> "
                         f"<span style='font-family:monospace'>{escape(str(trig.get('detail') or ''))}</span> "
                         f"<span style='color:#757575'>{escape(self._time(trig.get('at')))}</span>")
        self.triggers.setText("<br>".join(lines))
        self._fill(self.calls, [[self._time(c.started_at), self._who(c.officer), self._outcome(c.outcome), c.notes]
                                for c in reversed(detail.calls)])
        self._fill(self.events, [[self._time(e.occurred_at, "%m-%d %H:%M:%S"), self._who(e.officer),
                                  self._event(e.kind, e.payload)] for e in reversed(detail.events)])
        self._tab_text(0, self.tr("Earlier calls ({0})").format(len(detail.calls)))
        self._tab_text(1, self.tr("History ({0})").format(len(detail.events)))

    def show_documents(self, docs: list[DocumentInfo]) -> None:
        """The documents printed for the lead on show (documents.history), newest first."""
        ordered = list(reversed(docs))
        self._document_ids = [d.id for d in ordered]
        self._fill(self.documents, [[self._time(d.printed_at), FORM_TITLES.get(d.form, d.form), d.serial_no,
                                     self._who(d.printed_by)] for d in ordered])
        self.reprint_button.setEnabled(False)
        self._tab_text(2, self.tr("Documents ({0})").format(len(docs)))

    def _tab_text(self, index: int, text: str) -> None:
        self.history.setTabText(index, text)
        self.history.setTabToolTip(index, text)  # the tab bar cuts long titles with "…"

    def _reprint_selected(self, *_: object) -> None:
        row = self.documents.currentRow()
        if 0 <= row < len(self._document_ids):
            self.reprint_requested.emit(self._document_ids[row])

    def _who(self, username: str | None) -> str:
        """An officer as the rest of the UI shows them: their display name (the user name if unknown)."""
        return self.names.get(username or "", username or "")

    def _outcome(self, code: str) -> str:
        try:
            return outcome_label(OutcomeCode(code), self.lang)
        except ValueError:
            return code

    def _event(self, kind: str, payload: dict[str, Any]) -> str:
        text = event_label(kind, self.lang)
        if kind == "outcome_recorded":
            text += f": {self._outcome(str(payload.get('code')))}"
        elif kind == "reviewed":
            text += f": {verdict_label(payload.get('verdict'), self.lang)}"
            if payload.get("comment"):
                text += f"（{payload['comment']}）" if self.lang == "zh" else f" ({payload['comment']})"
        elif kind == "script_switched":
            text += f": {scam_label(str(payload.get('from')), self.lang)} → {scam_label(str(payload.get('to')), self.lang)}"
        return text

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, _cell(value))
