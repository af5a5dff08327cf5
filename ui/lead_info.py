"""The facts of a lead at a glance: who, where, why the platform warned, how long is left, what was tried."""

from __future__ import annotations

from datetime import datetime, tzinfo
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.outcome_fields import outcome_label
from ui.outcome_result import status_label
from ui.script_panel import scam_label
from ui.widgets import Countdown, LevelBadge
from workstation.clock import Clock
from workstation.domain.types import OutcomeCode, TriggerKind, WarningLevel
from workstation.services.views import LeadDetail

EVENT_ZH = {
    "lead_received": "接收线索", "trigger_added": "再次预警", "lead_claimed": "领取", "lead_released": "释放",
    "lease_expired": "领取超时", "lead_reassigned": "改派", "call_started": "开始通话",
    "outcome_recorded": "记录处置结果", "stop_payment_requested": "申请紧急止付", "script_switched": "切换话术",
    "reviewed": "审核", "document_printed": "打印文书", "amended": "更正",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LeadInfo", text)


def trigger_label(kind: str | None, lang: str) -> str:
    try:
        trigger = TriggerKind(kind or "")
    except ValueError:
        return kind or ""
    if lang == "zh":
        return trigger.zh
    return {TriggerKind.FRAUD_CALL: _tr("Fraud call"), TriggerKind.FRAUD_SMS: _tr("Fraud SMS"),
            TriggerKind.FRAUD_URL: _tr("Fraud link"), TriggerKind.FRAUD_APP: _tr("Fraud app"),
            TriggerKind.FRAUD_ACCOUNT: _tr("Flagged account")}[trigger]


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
    return table


class LeadInfo(QWidget):
    """The lead view's top: badge, countdown, person, triggers, amount at risk; earlier calls and history.

    State: the centre zone (`tz`), the language and the labels and tables it fills in `show_lead`.
    """

    def __init__(self, clock: Clock, tz: tzinfo, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz, self.lang = tz, lang
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        left = QVBoxLayout()
        head = QHBoxLayout()
        self.badge = LevelBadge(self)
        self.ref = QLabel(self)
        self.ref.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scam = QLabel(self)
        self.scam.setStyleSheet("font-weight:bold; font-size:15px;")
        self.status = QLabel(self)
        self.countdown = Countdown(clock, self)
        self.release_button = QPushButton(self.tr("Release"), self)
        self.release_button.setToolTip(self.tr("Give the lead back to the queue"))
        for widget in (self.badge, self.scam, self.ref, self.status):
            head.addWidget(widget)
        head.addStretch(1)
        head.addWidget(self.countdown)
        head.addWidget(self.release_button)
        left.addLayout(head)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.name = QLabel(self)
        self.name.setStyleSheet("font-size:18px; font-weight:bold;")
        self.phone = QLabel(self)
        self.phone.setStyleSheet("font-size:18px; font-family:monospace;")
        self.id_number = QLabel(self)
        self.place = QLabel(self)
        self.amount = QLabel(self)
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
        layout.addLayout(left, 3)
        self.history = QTabWidget(self)
        self.calls = _table([self.tr("Time"), self.tr("Officer"), self.tr("Outcome"), self.tr("Notes")], self)
        self.calls.setObjectName("earlier_calls")
        self.events = _table([self.tr("Time"), self.tr("Officer"), self.tr("Event")], self)
        self.events.setObjectName("event_history")
        self.history.addTab(self.calls, self.tr("Earlier calls"))
        self.history.addTab(self.events, self.tr("History"))
        self.history.setMaximumHeight(170)
        layout.addWidget(self.history, 2)

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
        self.amount.setStyleSheet("color:#b71c1c; font-weight:bold;" if row.amount_at_risk else "")
        lines = []
        for trig in detail.triggers:
            lines.append(f"<b>{escape(trigger_label(trig.get('kind'), self.lang))}</b> "
                         f"<span style='font-family:monospace'>{escape(str(trig.get('detail') or ''))}</span> "
                         f"<span style='color:#757575'>{escape(self._time(trig.get('at')))}</span>")
        self.triggers.setText("<br>".join(lines))
        self._fill(self.calls, [[self._time(c.started_at), c.officer, self._outcome(c.outcome), c.notes]
                                for c in reversed(detail.calls)])
        self._fill(self.events, [[self._time(e.occurred_at, "%m-%d %H:%M:%S"), e.officer or "",
                                  self._event(e.kind, e.payload)] for e in reversed(detail.events)])
        self.history.setTabText(0, self.tr("Earlier calls ({0})").format(len(detail.calls)))
        self.history.setTabText(1, self.tr("History ({0})").format(len(detail.events)))

    def _outcome(self, code: str) -> str:
        try:
            return outcome_label(OutcomeCode(code), self.lang)
        except ValueError:
            return code

    def _event(self, kind: str, payload: dict[str, Any]) -> str:
        text = EVENT_ZH.get(kind, kind) if self.lang == "zh" else kind.replace("_", " ")
        if kind == "outcome_recorded":
            text += f": {self._outcome(str(payload.get('code')))}"
        elif kind == "script_switched":
            text += f": {scam_label(str(payload.get('from')), self.lang)} → {scam_label(str(payload.get('to')), self.lang)}"
        return text

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, _cell(value))
