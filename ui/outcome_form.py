"""The outcome form (记录处置结果): what happened on the call, checked by the core, kept as a draft while typed."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.outcome_fields import OutcomePicker, PartyPicker, StopPaymentGroup
from ui.outcome_result import result_text
from ui.outcome_state import apply_state, form_state, has_call_content
from ui.tasks import TaskRunner, error_text
from ui.widgets import (
    ERROR_TEXT_STYLE,
    FieldRow,
    OptionalDateTime,
    clear_field_errors,
    guarded,
    show_field_errors,
)
from workstation.desk import Workstation
from workstation.domain.events import EventKind
from workstation.domain.outcome import FieldError, OutcomeInput, default_party, parse_amount, validate
from workstation.domain.types import CallbackFor, ContactedParty, LeadStatus, OutcomeCode
from workstation.errors import InvalidInput
from workstation.services import drafts, leads, outcomes
from workstation.services.auth import OfficerInfo
from workstation.services.outcomes import SavedOutcome

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 400
CALLBACK_STEP = 30  # minutes: the callback's default and its "+30 min" button
SUMMARY_LINES = 3  # messages listed above Save; the rest are marked at their fields
# Outcomes of a call in which the person was reached and warned: the script's required points apply.
WARNED = frozenset({OutcomeCode.PERSUADED.value, OutcomeCode.NOT_DECEIVED.value, OutcomeCode.TRANSFERRED.value})
FINISHED = frozenset({LeadStatus.CLOSED.value, LeadStatus.ESCALATED.value})


class OutcomeForm(QWidget):
    """Records one call's outcome for the lead on show.

    State: the lead (`_lead_id`, `_owned`), the script in use and its ticked checkpoints (`_script_ref`,
    `checkpoints`, set by the lead panel), `_saving` while the core records, and the draft timer: every
    edit restarts it, and when it fires the whole form goes to `drafts.save` on the database worker.
    `extra_state` adds the script panel's place to the draft.
    """

    outcome_saved = Signal(str)  # lead id; `last_saved` holds the SavedOutcome
    call_started = Signal(str)  # lead id
    draft_saved = Signal(str)  # lead id
    draft_discarded = Signal(str)  # lead id
    error_shown = Signal(QWidget)  # the first bad field after a refused save: the lead panel scrolls to it

    def __init__(self, ws: Workstation, officer: OfficerInfo, tasks: TaskRunner, lang: str = "zh",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.officer, self.tasks, self.lang = ws, officer, tasks, lang
        self.tz = ZoneInfo(ws.settings.centre_tz)
        self._lead_id: str | None = None
        self._owned = False
        self._status: str | None = None  # the lead's status and holder, for what the form says when not owned
        self._holder: str | None = None
        self._party_chosen = False  # the officer picked who answered: an outcome no longer changes it
        self._saving = False
        self._loading = False
        self._checking = False  # a refused save's errors are on screen: each edit checks the form again
        self._drafts_ready = False  # no autosave until the lead's draft was looked for (else it is overwritten)
        self.touched = False  # typed into since the lead was shown
        self._script_ref: tuple[str | None, int | None] = (None, None)
        self.checkpoints: tuple[str, ...] = ()
        self.extra_state: Callable[[], dict[str, Any]] = dict
        self.required_unticked: Callable[[], list[str]] = list  # the script's required checkpoints not ticked
        self.unticked_box: QMessageBox | None = None  # "save anyway?", while asked
        self.last_saved: SavedOutcome | None = None
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.flush_draft)
        self._build()
        self._connect_edits()
        self._update_conditional()

    # --- layout ---------------------------------------------------------------------------------------

    def _build(self) -> None:
        clock = self.ws.clock
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.banner = QFrame(self)
        self.banner.setStyleSheet("background:#fff8e1; border:1px solid #ffb300; border-radius:3px;")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(6, 2, 6, 2)
        self.banner_label = QLabel(self.tr("Unsaved draft restored"), self.banner)
        self.discard_button = QPushButton(self.tr("Discard draft"), self.banner)
        self.discard_button.clicked.connect(self.discard_draft)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.discard_button)
        self.banner.hide()
        outer.addWidget(self.banner)
        self.not_owned = QLabel(self.tr("This lead is not held by you: claim it to record a call."), self)
        self.not_owned.setObjectName("not_owned")
        self.not_owned.setWordWrap(True)
        self.not_owned.setStyleSheet("color:#6d4c41; background:#efebe9; padding:6px; border-radius:3px;")
        self.not_owned.hide()
        outer.addWidget(self.not_owned)

        self.body = QWidget(self)
        form = self.form = QFormLayout(self.body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outcome = OutcomePicker(self.lang, self.body)
        self.party = PartyPicker(self.lang, self.body)
        self.deceived = QComboBox(self.body)
        self.deceived.setObjectName("deceived")
        for text, value in ((self.tr("Not asked"), None), (self.tr("Not deceived"), False),
                            (self.tr("Deceived"), True)):
            self.deceived.addItem(text, value)
        self.channel = QComboBox(self.body)
        for text, value in ((self.tr("Phone call"), "phone"), (self.tr("SMS (12381)"), "sms"),
                            (self.tr("Robot call"), "robot")):
            self.channel.addItem(text, value)
        self.started = OptionalDateTime(self.tz, clock, self.body, now_button=False)
        self.started.edit.setObjectName("started_at")
        self.start_button = QPushButton(self.tr("Start call"), self.body)
        self.start_button.setToolTip(self.tr("Records the call start now (Ctrl+Shift+S)"))
        self.start_button.setStyleSheet("font-weight:bold;")
        self.start_button.clicked.connect(self.start_call)
        self.started.layout().addWidget(self.start_button)
        self.ended = OptionalDateTime(self.tz, clock, self.body)
        self.ended.edit.setObjectName("ended_at")
        self.ended.edit.setToolTip(self.tr("Left empty, the call ends when the outcome is saved"))
        self.amount_protected = QLineEdit(self.body)
        self.amount_lost = QLineEdit(self.body)
        for edit, name in ((self.amount_protected, "amount_protected"), (self.amount_lost, "amount_lost")):
            edit.setObjectName(name)
            edit.setPlaceholderText("0.00")
        self.callback_at = OptionalDateTime(self.tz, clock, self.body, now_button=False, steps=(CALLBACK_STEP,))
        self.callback_at.edit.setObjectName("callback_at")
        self.callback_for = QWidget(self.body)
        self.callback_for.setObjectName("callback_for")
        who = QHBoxLayout(self.callback_for)
        who.setContentsMargins(4, 0, 4, 0)
        self.callback_for_group = QButtonGroup(self.callback_for)
        self.callback_for_buttons: dict[str, QRadioButton] = {}
        for who_calls, label, tip in (
                (CallbackFor.ME, self.tr("Me"), self.tr("Kept for you until the callback time and a grace period; "
                                                         "then anyone may take it")),
                (CallbackFor.ANYONE, self.tr("Any officer"), self.tr("Back to the queue: whoever is free calls back"))):
            button = QRadioButton(label, self.callback_for)
            button.setObjectName(f"callback_for_{who_calls.value}")
            button.setToolTip(tip)
            self.callback_for_group.addButton(button)
            self.callback_for_buttons[who_calls.value] = button
            who.addWidget(button)
        who.addStretch(1)
        self.callback_for_buttons[CallbackFor.ME.value].setChecked(True)
        self.station = QLineEdit(self.body)
        self.station.setObjectName("station")
        self.station.setPlaceholderText(self.tr("Police station that will visit"))
        self.stop_payment = StopPaymentGroup(self.tz, clock, self.body)
        self.notes = QPlainTextEdit(self.body)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What the person said, what you advised …"))
        self.notes.setMinimumHeight(80)
        self.notes.installEventFilter(self)
        self.checkpoint_label = QLabel(self.body)

        self.rows: dict[str, FieldRow] = {
            "code": FieldRow(self.outcome), "contacted_party": FieldRow(self.party),
            "relation": self.party.relation_row, "deceived": FieldRow(self.deceived),
            "started_at": FieldRow(self.started), "ended_at": FieldRow(self.ended),
            "amount_protected": FieldRow(self.amount_protected), "amount_lost": FieldRow(self.amount_lost),
            "callback_at": FieldRow(self.callback_at), "callback_for": FieldRow(self.callback_for),
            "station": FieldRow(self.station),
            "notes": FieldRow(self.notes), **self.stop_payment.rows,
        }
        money = QHBoxLayout()
        money.addWidget(self.rows["amount_protected"], 1)
        money.addWidget(QLabel(self.tr("Amount lost"), self.body))
        money.addWidget(self.rows["amount_lost"], 1)
        manner = QHBoxLayout()
        manner.addWidget(self.rows["deceived"], 1)
        manner.addWidget(QLabel(self.tr("Channel"), self.body))
        manner.addWidget(self.channel, 1)
        form.addRow(self.tr("Outcome"), self.rows["code"])
        form.addRow(self.tr("Who answered"), self.rows["contacted_party"])
        form.addRow(self.tr("Deceived"), manner)
        form.addRow(self.tr("Call start"), self.rows["started_at"])
        form.addRow(self.tr("Call end"), self.rows["ended_at"])
        form.addRow(self.tr("Amount protected"), money)
        form.addRow(self.tr("Callback at"), self.rows["callback_at"])
        form.addRow(self.tr("Who calls back"), self.rows["callback_for"])
        form.addRow(self.tr("Station"), self.rows["station"])
        form.addRow(self.stop_payment)
        form.addRow(self.tr("Notes"), self.rows["notes"])
        form.addRow(self.tr("Checkpoints"), self.checkpoint_label)
        outer.addWidget(self.body)

        self.summary = QLabel(self)
        self.summary.setObjectName("error_summary")
        self.summary.setStyleSheet(ERROR_TEXT_STYLE + "background:#ffebee; padding:4px;")
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.result = QLabel(self)
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        self.result.setStyleSheet("background:#e8f5e9; color:#1b5e20; padding:4px;")
        self.result.hide()
        self.save_button = QPushButton(self.tr("Save outcome (Ctrl+Enter)"), self)
        self.save_button.setStyleSheet("font-weight:bold; padding:6px;")
        self.save_button.clicked.connect(self.save)
        # Errors, the saved confirmation and Save sit in `footer`, which the lead panel keeps below the form's
        # scroll area: on a 1366×768 desk the form scrolls, and Save must never scroll out of view.
        self.footer = QWidget(self)
        self.footer.setObjectName("outcome_footer")
        foot = QVBoxLayout(self.footer)
        foot.setContentsMargins(4, 2, 4, 2)
        foot.addWidget(self.summary)
        foot.addWidget(self.result)
        foot.addWidget(self.save_button)
        outer.addStretch(1)
        self._set_checkpoint_label()
        # Window-wide while the form is on screen: the call ends now; a callback thirty minutes on.
        self.end_shortcut = QShortcut(QKeySequence("Ctrl+Shift+E"), self)
        self.end_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.end_shortcut.activated.connect(self.end_now)
        self.ended.now_button.setToolTip(self.tr("The call ends now (Ctrl+Shift+E)"))  # type: ignore[union-attr]
        self.callback_shortcut = QShortcut(QKeySequence("Ctrl+Shift+C"), self)
        self.callback_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.callback_shortcut.activated.connect(self.callback_later)
        self.callback_at.step_buttons[CALLBACK_STEP].setToolTip(
            self.tr("Call back 30 minutes from now; again: 30 minutes later (Ctrl+Shift+C)"))

    def _connect_edits(self) -> None:
        self.outcome.picked.connect(self._outcome_picked)
        self.party.group.buttonClicked.connect(self._party_clicked)
        self.callback_for_group.buttonToggled.connect(self._edited)
        for signal in (self.party.changed, self.deceived.currentIndexChanged, self.channel.currentIndexChanged,
                       self.started.changed, self.ended.changed, self.amount_protected.textEdited,
                       self.amount_lost.textEdited, self.callback_at.changed, self.station.textEdited,
                       self.stop_payment.changed, self.notes.textChanged):
            signal.connect(self._edited)
        for edit in (self.amount_protected, self.amount_lost, self.station, self.party.relation,
                     *self.stop_payment.edits.values()):
            edit.editingFinished.connect(self._flush_if_pending)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self._flush_if_pending()
        return super().eventFilter(watched, event)

    # --- the lead -------------------------------------------------------------------------------------

    def set_lead(self, lead_id: str | None, owned: bool) -> None:
        """Show an empty form for `lead_id` (a draft, if any, comes later through `restore_state`)."""
        if self._lead_id and lead_id != self._lead_id:
            self._flush_if_pending()
            self.last_saved = None
        self._lead_id, self._saving = lead_id, False
        self._drafts_ready = self.touched = False
        self.reset()
        self.result.hide()
        self.set_owned(owned)

    def set_owned(self, owned: bool) -> None:
        self._owned = owned
        finished = not owned and self._status in FINISHED
        self.body.setEnabled(owned)
        self.body.setVisible(not finished)  # a finished lead has nothing to record: no empty form, no Save
        self.save_button.setEnabled(owned and not self._saving)
        self.save_button.setVisible(not finished)
        self.not_owned.setText(self._not_owned_text())
        self.not_owned.setVisible(self._lead_id is not None and not owned)

    def set_lead_state(self, status: str | None, holder: str | None) -> None:
        """The lead's status and who holds it: what the form says when this officer does not hold it."""
        self._status, self._holder = status, holder
        self.set_owned(self._owned)

    def _not_owned_text(self) -> str:
        if self._status == LeadStatus.CLOSED.value:
            return self.tr("This lead is closed: there is no call to record. Its calls are in the history above.")
        if self._status == LeadStatus.ESCALATED.value:
            return self.tr("This lead was handed to the local station: there is no call to record here.")
        if self._holder:
            return self.tr("%1 is handling this lead: only they can record its call.").replace("%1", self._holder)
        saved = self.last_saved
        if saved is not None and saved.lead_id == self._lead_id:  # just saved: what happens next, not "claim it"
            if saved.result.reserved_until is not None:
                return self.tr("Saved. The lead is kept for your callback: it comes back to the top of My leads "
                               "when it is due.")
            return self.tr("Saved. The lead went back to the queue for the next call; take it again (double-click) "
                           "to call now.")
        return self.tr("This lead is not held by you: claim it to record a call (double-click it in the queue).")

    def has_unsaved_work(self) -> bool:
        """A call on screen that is not saved: started, an outcome chosen, or something typed or restored."""
        if not (self._lead_id and self._owned):
            return False
        return (self.touched or self.banner.isVisible() or self.started.value() is not None
                or self.outcome.code() is not None or bool(self.notes.toPlainText().strip()))

    def drafts_ready(self) -> None:
        """The lead's draft was looked for (and restored if there was one): autosave may start."""
        self._drafts_ready = True
        if self.touched:
            self._draft_timer.start()

    def set_script_state(self, script_id: str | None, version: int | None, checkpoints: tuple[str, ...],
                         total: int = 0) -> None:
        self._script_ref, self.checkpoints = (script_id, version), checkpoints
        self._set_checkpoint_label(total)

    def _set_checkpoint_label(self, total: int = 0) -> None:
        self.checkpoint_label.setText(
            self.tr("{0} of {1} ticked in the script").format(len(self.checkpoints), total) if total
            else self.tr("none (tick them in the script)"))

    def reset(self) -> None:
        self._loading = True
        try:
            self._draft_timer.stop()
            self.outcome.set_code(None)
            self.party.set_party("self")
            self._party_chosen = False
            self.callback_for_buttons[CallbackFor.ME.value].setChecked(True)
            self.deceived.setCurrentIndex(0)
            self.channel.setCurrentIndex(0)
            for field in (self.started, self.ended, self.callback_at):
                field.set_value(None)
            for edit in (self.amount_protected, self.amount_lost, self.station):
                edit.clear()
            self.stop_payment.set_state(None)
            self.notes.clear()
            self.banner.hide()
            self.clear_errors()
            self._update_conditional()
        finally:
            self._loading = False

    # --- conditional fields ---------------------------------------------------------------------------

    @Slot(str)
    def _outcome_picked(self, code: str) -> None:
        """Who answered follows the outcome (nobody for no answer or a busy line) until the officer picks it; a
        callback starts thirty minutes on."""
        if not self._party_chosen or default_party(code) is ContactedParty.NOBODY:
            self.party.set_party(default_party(code).value, self.party.relation.text())
        elif self.party.party() == ContactedParty.NOBODY.value:
            self.party.set_party(ContactedParty.SELF.value)
        if code == OutcomeCode.CALLBACK_REQUESTED and self.callback_at.value() is None:
            self.callback_at.step(CALLBACK_STEP)
        self._update_conditional()
        self._edited()

    @Slot()
    def _party_clicked(self, *_: Any) -> None:
        self._party_chosen = True

    @Slot()
    def end_now(self) -> None:
        """Ctrl+Shift+E: the call ends now."""
        if self._lead_id and self._owned:
            self.ended.set_now()

    @Slot()
    def callback_later(self) -> None:
        """Ctrl+Shift+C: a callback arranged, thirty minutes on (again: thirty more)."""
        if not (self._lead_id and self._owned):
            return
        if self.outcome.code() != OutcomeCode.CALLBACK_REQUESTED:
            self.outcome.set_code(OutcomeCode.CALLBACK_REQUESTED.value)
            self._outcome_picked(OutcomeCode.CALLBACK_REQUESTED.value)
        else:
            self.callback_at.step(CALLBACK_STEP)
        self.callback_at.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def callback_for_value(self) -> str:
        for value, button in self.callback_for_buttons.items():
            if button.isChecked():
                return value
        return CallbackFor.ME.value

    def _update_conditional(self) -> None:
        code = self.outcome.code()
        self.form.setRowVisible(self.rows["callback_at"], code == OutcomeCode.CALLBACK_REQUESTED)
        self.form.setRowVisible(self.rows["callback_for"], code == OutcomeCode.CALLBACK_REQUESTED)
        self.form.setRowVisible(self.rows["station"], code == OutcomeCode.STATION_VISIT)
        self.form.setRowVisible(self.stop_payment, code == OutcomeCode.TRANSFERRED)

    # --- call start -----------------------------------------------------------------------------------

    @Slot()
    def start_call(self) -> None:
        """Record the call start now (开始通话) and tell the core (CALL_STARTED)."""
        if not (self._lead_id and self._owned):
            return
        now = self.ws.clock.now()
        self.started.set_value(now)
        lead_id = self._lead_id
        self.tasks.run_db(leads.note, self.ws, self.officer.username, lead_id, EventKind.CALL_STARTED,
                          {"at": now.isoformat()}, on_done=guarded(self, self._emit_done, "call_started", lead_id),
                          on_error=guarded(self, self._show_failure))

    # --- saving ---------------------------------------------------------------------------------------

    def build_input(self) -> OutcomeInput:
        """The form as an OutcomeInput; InvalidInput for what cannot even be read (amounts)."""
        local: list[FieldError] = []

        def amount(edit: QLineEdit, name: str) -> Any:
            try:
                return parse_amount(edit.text(), name)
            except ValueError as exc:  # the core says why: not an amount, or too large
                local.append(FieldError(name, exc.args[0]))
                return parse_amount("0", name)

        code = self.outcome.code()
        stop = None
        if code == OutcomeCode.TRANSFERRED:
            try:
                stop = self.stop_payment.details()
            except ValueError as exc:
                local.append(FieldError("stop_payment.amount", exc.args[0]))
                stop = self.stop_payment.details(unread_amount=Decimal(0))  # the other fields still checked
        inp = OutcomeInput(
            code=code or "", started_at=self.started.value(), ended_at=self.ended.value() or self.ws.clock.now(),
            contacted_party=self.party.party(), relation=self.party.relation.text().strip(),
            deceived=self.deceived.currentData(), notes=self.notes.toPlainText(),
            amount_protected=amount(self.amount_protected, "amount_protected"),
            amount_lost=amount(self.amount_lost, "amount_lost"), checkpoints=self.checkpoints,
            script_id=self._script_ref[0], script_version=self._script_ref[1],
            callback_at=self.callback_at.value() if code == OutcomeCode.CALLBACK_REQUESTED else None,
            station=self.station.text().strip() if code == OutcomeCode.STATION_VISIT else "",
            channel=self.channel.currentData(), stop_payment=stop, callback_for=self.callback_for_value(),
        )
        if not code:
            local.insert(0, FieldError("code", self.tr("Choose an outcome (Alt+1 … Alt+9)")))
        if local:  # show the core's complaints too, all at once
            seen = {e.field for e in local}
            local += [e for e in validate(inp, self.ws.clock.now()) if e.field not in seen and e.field != "code"]
            raise InvalidInput(local)
        return inp

    @Slot()
    def save(self) -> None:
        """Check and record the outcome on the database worker (Ctrl+Enter)."""
        if self._saving or not (self._lead_id and self._owned):
            return
        self.clear_errors()
        self.result.hide()
        try:
            inp = self.build_input()
        except InvalidInput as exc:
            self.show_errors(exc.errors)
            return
        errors = validate(inp, self.ws.clock.now())  # the core's checks first: a bad form is not asked about
        if errors:
            self.show_errors(errors)
            return
        unticked = self.required_unticked() if inp.code in WARNED else []
        if unticked:
            self._ask_unticked(inp, unticked)
            return
        self._record(inp)

    def _ask_unticked(self, inp: OutcomeInput, unticked: list[str]) -> None:
        """The person was reached, and the script's required points (*) are not all ticked: ask once, Back to
        the call by default (Enter does not save past it)."""
        items = "".join(f"<li>{html.escape(label)}</li>" for label in unticked)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Required checkpoints not ticked"),
                          self.tr("The script requires these points for this scam type, and they are not ticked:")
                          + f"<ul>{items}</ul>" + self.tr("Save the outcome anyway?"),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("unticked_box")
        box.setTextFormat(Qt.TextFormat.RichText)
        save = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Back to the call"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._record(inp) if button is save else None)
        box.finished.connect(self._unticked_closed)
        self.unticked_box = box
        box.open()

    @Slot()
    def _unticked_closed(self) -> None:
        self.unticked_box = None

    def _record(self, inp: OutcomeInput) -> None:
        if self._saving or not (self._lead_id and self._owned):
            return
        self._saving = True
        self._draft_timer.stop()
        self.save_button.setEnabled(False)
        self.tasks.run_db(outcomes.record, self.ws, self.officer.username, self._lead_id, inp,
                          on_done=guarded(self, self._saved), on_error=guarded(self, self._save_failed))

    def _saved(self, saved: SavedOutcome) -> None:
        self._saving = False
        self.last_saved = saved
        self.reset()  # the core discarded the draft with the record
        self.touched = False
        self.save_button.setEnabled(self._owned)
        self.result.setText(result_text(saved, self.tz, self.lang))
        self.result.show()
        self.outcome_saved.emit(saved.lead_id)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(self._owned)
        if isinstance(exc, InvalidInput):
            self.show_errors(exc.errors)
        else:
            self._show_failure(exc)
        self._edited()  # keep the draft of what is on screen

    def _show_failure(self, exc: BaseException) -> None:
        self.summary.setText(error_text(exc))
        self.summary.show()

    def clear_errors(self) -> None:
        self._checking = False
        clear_field_errors(self.rows, self.summary)

    def show_errors(self, errors: list[FieldError], *, focus: bool = True) -> None:
        """Each message beside its field and the first few in the summary (it sits above Save and must not push
        the form away); focus the first bad field (form order) and have it scrolled into view. From then on each
        edit checks the form again, so a message goes as soon as its field is put right."""
        clear_field_errors(self.rows, self.summary)
        first = show_field_errors(self.rows, self.summary, self.tr("Nothing was saved. Please correct:"), errors,
                                  aliases={"stop_payment": "stop_payment.victim_account"}, focus=focus,
                                  limit=SUMMARY_LINES)
        self._checking = True
        if first is not None and focus:
            self.error_shown.emit(first)

    def _recheck(self) -> None:
        """After a refused save: the form's problems as they are now, shown without moving the focus."""
        try:
            errors = validate(self.build_input(), self.ws.clock.now())
        except InvalidInput as exc:
            errors = list(exc.errors)
        if errors:
            self.show_errors(errors, focus=False)
        else:
            self.clear_errors()

    # --- drafts ---------------------------------------------------------------------------------------

    @Slot()
    def _edited(self, *_: Any) -> None:
        if self._loading or self._saving or not (self._lead_id and self._owned):
            return
        self.touched = True
        if self._checking:
            self._recheck()
        if self._drafts_ready:
            self._draft_timer.start()

    def mark_edited(self) -> None:
        """Something that belongs in the draft changed outside the form (the script's place or ticks)."""
        self._edited()

    @Slot()
    def _flush_if_pending(self) -> None:
        if self._draft_timer.isActive():
            self.flush_draft()

    def flush_pending(self) -> None:
        self._flush_if_pending()

    @Slot()
    def flush_draft(self) -> None:
        """Send the form to `drafts.save` now (debounce fired, focus left, lead or window closing)."""
        self._draft_timer.stop()
        if self._loading or self._saving or not (self._lead_id and self._owned and self._drafts_ready):
            return
        lead_id = self._lead_id
        try:
            self.tasks.run_db(drafts.save, self.ws, self.officer.username, lead_id, self.state(),
                              on_done=guarded(self, self._emit_done, "draft_saved", lead_id),
                              on_error=guarded(self, self._show_failure))
        except RuntimeError:  # the runner was shut down (app exit): flush_draft() must come before that
            log.warning("draft of lead %s not saved: the task runner is shut down", lead_id)

    @Slot()
    def discard_draft(self) -> None:
        if not self._lead_id:
            return
        lead_id = self._lead_id
        self.reset()
        self.touched = False
        self.tasks.run_db(drafts.discard, self.ws, self.officer.username, lead_id,
                          on_done=guarded(self, self._emit_done, "draft_discarded", lead_id))

    def _emit_done(self, signal: str, lead_id: str, _result: object = None) -> None:
        getattr(self, signal).emit(lead_id)

    def state(self) -> dict[str, Any]:
        """The form as JSON-safe values (the draft payload)."""
        return {**form_state(self), **self.extra_state()}

    def restore_state(self, state: dict[str, Any], *, banner: bool = True) -> None:
        """Put a draft back on screen, with the "draft restored" banner when it holds something of the call (a
        draft of the script's place alone is put back quietly)."""
        self._loading = True
        try:
            apply_state(self, state)
            self._party_chosen = has_call_content(state)
            self._update_conditional()
        finally:
            self._loading = False
        self.banner.setVisible(banner and has_call_content(state))
