"""The lead panel (线索处置): the lead's facts, the call script beside them, and the outcome form."""

from __future__ import annotations

from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.layout_memory import LayoutMemory
from ui.lead_facts import (
    CaseDetailsDialog,
    FactDialog,
    ThanksReceivedDialog,
    ThanksRecipientDialog,
    VisitDialog,
)
from ui.lead_info import LeadInfo
from ui.outcome_form import OutcomeForm
from ui.printing import PdfPreviewDialog, print_lead_form, print_menu, reprint_document
from ui.script_panel import NARROW_STEPS, ScriptPanel
from ui.tasks import TaskRunner, error_text
from ui.widgets import guarded, ui_lang
from workstation.desk import Workstation
from workstation.domain.events import EventKind
from workstation.scripts import ScriptLibrary
from workstation.services import documents, drafts, leads
from workstation.services import scripts as scripts_service
from workstation.services.auth import OfficerInfo
from workstation.store.views import LeadDetail

FactT = TypeVar("FactT", bound=FactDialog)
FACTS_MIN = 176  # px: the facts, and history tables that show three rows


class StepKeyFilter(QObject):
    """Lets Ctrl+Left/Ctrl+Right reach the panel's shortcuts from inside the form's text fields."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier
                and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right)):
            event.ignore()
            return True
        return False


class LeadPanel(QWidget):
    """One lead being worked: facts on top, script (left) and outcome form (right) below.

    State: the lead on show (`detail`), whether this officer holds it, and the three parts (`info`, `script`,
    `form`). Writes go through `tasks.run_db`. Signals: `outcome_saved` (an outcome was recorded),
    `released` (the lead went back to the queue), `lead_changed` (the panel recorded another fact about the
    lead — call started, script switched, outcome — so lists showing it may re-read it).

    Keys (window-wide while the panel is visible): Ctrl+Enter/Ctrl+Return save, Alt+1…9 outcome,
    Ctrl+Shift+S start call, Ctrl+Right/Ctrl+Left script step, Ctrl+K script search.
    """

    outcome_saved = Signal(str)
    released = Signal(str)
    lead_changed = Signal(str)

    def __init__(self, ws: Workstation, officer: OfficerInfo, tasks: TaskRunner,
                 scripts: ScriptLibrary | None = None, parent: QWidget | None = None, *,
                 lang: str | None = None) -> None:
        if isinstance(scripts, QWidget):  # LeadPanel(ws, officer, tasks, parent) — a parent, not a library
            scripts, parent = None, scripts
        super().__init__(parent)
        self.ws, self.officer, self.tasks = ws, officer, tasks
        self.lang = ui_lang(lang)
        self.detail: LeadDetail | None = None
        # Without a library given, the desk's (shipped files + stored versions) is read on the DB worker.
        library = scripts if scripts is not None else ScriptLibrary.from_scripts([])
        tz = ZoneInfo(ws.settings.centre_tz)

        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.empty = QLabel(self.tr("No lead on hand. Take the next one (F5)."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color:#757575; font-size:16px;")
        self.stack.addWidget(self.empty)

        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        self.memory = LayoutMemory(ws.settings.data_dir)
        # The facts and history above, the work below: a divider the officer may drag (remembered per screen).
        self.vsplit = QSplitter(Qt.Orientation.Vertical, page)
        self.vsplit.setObjectName("lead_vsplit")
        self.vsplit.setChildrenCollapsible(False)
        self.info = LeadInfo(ws.clock, tz, self.lang, self.vsplit)
        self.info.release_button.clicked.connect(self.release)
        self.vsplit.addWidget(self.info)
        self.info.print_button.setMenu(print_menu(self, ws, officer.username, tasks, self.current_lead_id,
                                                  self._preview_opened, self._fact_opened,
                                                  detail=lambda: self.detail))
        self.info.facts_button.setMenu(self._facts_menu())
        self.info.reprint_requested.connect(self.reprint)
        # Script and form side by side when there is room for both, else stacked (see resizeEvent); the form
        # scrolls vertically and is never wider than its scroll area, so nothing is clipped on the right.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.vsplit)
        self.splitter.setObjectName("script_form_split")
        self.splitter.setChildrenCollapsible(False)
        self.script = ScriptPanel(library, self.lang, ws.settings.centre_hotline, self.splitter)
        self.form = OutcomeForm(ws, officer, tasks, self.lang, self.splitter)
        self.form_column = QWidget(self.splitter)  # the form, scrolling, above its footer (errors, Save)
        column = QVBoxLayout(self.form_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.form_scroll = scroll = QScrollArea(self.form_column)
        scroll.setObjectName("outcome_scroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(self.form)
        column.addWidget(scroll, 1)
        column.addWidget(self.form.footer)
        self.splitter.addWidget(self.script)
        self.splitter.addWidget(self.form_column)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.vsplit.addWidget(self.splitter)
        self.vsplit.setStretchFactor(0, 0)
        self.vsplit.setStretchFactor(1, 1)
        page_layout.addWidget(self.vsplit, 1)
        self._vsplit_placed = False
        self._dividers_chosen: set[str] = set()  # dragged by the officer (or restored): left alone
        for name, split in (("lead/facts", self.vsplit), ("lead/checkpoints", self.script.vsplit)):
            self.memory.follow(name, split)
            split.splitterMoved.connect(lambda *_, name=name: self._dividers_chosen.add(name))
        self.vsplit.installEventFilter(self)
        # Per orientation: the sizes the officer chose by dragging the divider between script and form.
        self._split_chosen: set[Qt.Orientation] = set()
        self._split_tried: set[Qt.Orientation] = set()
        self.splitter.splitterMoved.connect(self._split_moved)
        self.stack.addWidget(page)

        self.form.extra_state = self.script.state
        self.form.required_unticked = self.script.required_unticked
        self.form.outcome_saved.connect(self._outcome_saved)
        self.form.call_started.connect(self.lead_changed)
        self.form.error_shown.connect(self._scroll_to_field)
        self.script.script_switched.connect(self._script_switched)
        self.script.checkpoints_changed.connect(self._script_state_changed)
        self.script.step_changed.connect(self._script_state_changed)
        self._add_shortcuts()
        if scripts is None:
            self.reload_scripts()

    def _add_shortcuts(self) -> None:
        keys: list[tuple[str, Any]] = [
            ("Ctrl+Return", self.form.save), ("Ctrl+Enter", self.form.save),
            ("Ctrl+Shift+S", self.form.start_call), ("Ctrl+Right", self.script.next_step),
            ("Ctrl+Left", self.script.previous_step), ("Ctrl+K", self.script.focus_search),
        ]
        keys += [(f"Alt+{n}", lambda n=n: self._pick(n - 1)) for n in range(1, 10)]
        # Ctrl+Left/Right move the script even while typing (text fields would take them as word moves).
        self._step_keys = StepKeyFilter(self)
        for edit in (*self.form.findChildren(QLineEdit), *self.form.findChildren(QPlainTextEdit)):
            edit.installEventFilter(self._step_keys)
        self.shortcuts: list[QShortcut] = []
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    def _facts_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Thank-you recipient…"), self.record_thanks_recipient)
        menu.addAction(self.tr("Thanks received…"), self.record_thanks_received)
        menu.addAction(self.tr("Case details…"), self.record_case_details)
        menu.addAction(self.tr("Visit…"), self.record_visit)
        return menu

    # --- layout -------------------------------------------------------------------------------------

    def _form_width_needed(self, comfortable: bool = False) -> int:
        bar = self.form_scroll.verticalScrollBar().sizeHint().width()
        form = self.form.sizeHint() if comfortable else self.form.minimumSizeHint()
        return form.width() + bar + 2 * self.form_scroll.frameWidth() + (24 if comfortable else 0)

    def side_by_side_width(self, comfortable: bool = False) -> int:
        """The width at which the script and the form fit side by side (`comfortable`: the form at its
        preferred width, the outcomes in two columns)."""
        return (self.script.minimumSizeHint().width() + self._form_width_needed(comfortable)
                + self.splitter.handleWidth() + 8 + 2 * self.splitter.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_orientation(event.size().width())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._place_facts()

    def _fit_orientation(self, width: int) -> None:
        side_by_side = width >= self.side_by_side_width()
        wanted = Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical
        # Side by side, the splitter must not squeeze the form below its width (it would be cut off).
        self.form_scroll.setMinimumWidth(self._form_width_needed() if side_by_side else 0)
        self._place_facts()
        flipped = self.splitter.orientation() != wanted
        self.splitter.setOrientation(wanted)
        restored = False
        if wanted not in self._split_tried:  # the first time in this orientation: where the officer left it
            self._split_tried.add(wanted)
            restored = self.memory.restore(self._split_name(), self.splitter)
            if restored:
                self._split_chosen.add(wanted)
        if flipped and not restored:
            total = self.splitter.width() if side_by_side else self.splitter.height()
            self.splitter.setSizes([total - total // 2, total // 2] if side_by_side
                                   else [total * 11 // 20, total * 9 // 20])
        if side_by_side and wanted not in self._split_chosen:
            # Half each; but when half is too narrow for the form at its preferred width (the outcomes in two
            # columns) and the script keeps its minimum beside it, the form gets that width.
            total = self.splitter.width() - self.splitter.handleWidth()
            comfortable = self._form_width_needed(comfortable=True)
            fits = comfortable <= total - self.script.minimumSizeHint().width()
            form = max(total // 2, comfortable) if fits else total // 2
            # The script is read aloud during the call: where the form can do with less than that, the script
            # keeps the width at which its steps show as a list beside the text.
            script_wanted = NARROW_STEPS + 8
            if total - form < script_wanted <= total - self._form_width_needed():
                form = total - script_wanted
            self.splitter.setSizes([total - form, form])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # The lead's page is laid out only once it shows (a hidden page's sizes are stale): place the dividers
        # when its splitter gets its real size.
        if watched is self.vsplit and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place_facts()
            self._fit_orientation(self.width())
        return False

    def _place_facts(self) -> None:
        """The dividers between the facts and the work, and between the script's text and its checkpoints:
        where the officer left them on this screen, else the facts get what they need (at least a quarter of
        the height, so the history shows a few rows) and the script's text three quarters of the rest. Again
        at each resize until the officer drags them."""
        total = self.vsplit.height() - self.vsplit.handleWidth()
        if total < 200 or not self.vsplit.isVisible():
            return
        if not self._vsplit_placed:
            self._vsplit_placed = True
            for name, split in (("lead/facts", self.vsplit), ("lead/checkpoints", self.script.vsplit)):
                if self.memory.restore(name, split):
                    self._dividers_chosen.add(name)
        if "lead/facts" not in self._dividers_chosen:
            facts = min(max(self.info.minimumSizeHint().height(), FACTS_MIN, total // 4), total * 2 // 5)
            self.vsplit.setSizes([facts, total - facts])
        if "lead/checkpoints" not in self._dividers_chosen and self.script.checkpoint_scroll.isVisibleTo(self):
            work = self.script.vsplit.height() - self.script.vsplit.handleWidth()
            if work > 150:
                ticks = max(work // 4, 90)
                self.script.vsplit.setSizes([work - ticks, ticks])

    def _split_name(self) -> str:
        side = "side_by_side" if self.splitter.orientation() == Qt.Orientation.Horizontal else "stacked"
        return f"lead/script_form_{side}"

    @Slot()
    def _split_moved(self, *_: object) -> None:
        self._split_chosen.add(self.splitter.orientation())
        self.memory.save_sizes(self._split_name(), self.splitter)

    # --- scripts ------------------------------------------------------------------------------------

    def reload_scripts(self) -> None:
        """Read the desk's script library (shipped files and stored versions) on the database worker."""
        self.tasks.run_db(scripts_service.current_library, self.ws, on_done=guarded(self, self.set_library),
                          on_error=guarded(self, self._library_failed))

    def set_library(self, library: ScriptLibrary) -> None:
        self.script.blockSignals(True)  # a reload is not an edit of the form
        try:
            self.script.set_library(library)
        finally:
            self.script.blockSignals(False)
        self._script_state_changed(edited=False)

    def _library_failed(self, exc: BaseException) -> None:
        self.script.library_errors.setText(self.tr("The call scripts could not be read: {0}").format(error_text(exc)))
        self.script.library_errors.show()

    # --- printing and facts -------------------------------------------------------------------------

    def current_lead_id(self) -> str | None:
        return self.detail.id if self.detail is not None else None

    @Slot()
    def print_record(self) -> None:
        """Ctrl+P: preview the work record (预警劝阻工作记录单) of the lead on show."""
        if self.detail is not None:
            print_lead_form(self, self.ws, self.officer.username, self.tasks, self.detail.id, "record",
                            on_open=self._preview_opened)

    @Slot(str)
    def reprint(self, document_id: str) -> None:
        reprint_document(self, self.ws, self.officer.username, self.tasks, document_id,
                         on_open=self._preview_opened)

    def _preview_opened(self, dialog: PdfPreviewDialog) -> None:
        self.preview = dialog
        # Archiving is queued on the DB worker first (open_preview connected it first): re-read after it.
        dialog.printed.connect(self.load_documents)
        dialog.saved.connect(self.load_documents)

    def load_documents(self, *_: object) -> None:
        if self.detail is not None:
            self.tasks.run_db(documents.history, self.ws, self.detail.id,
                              on_done=guarded(self, self._documents_read, self.detail.id))

    def _documents_read(self, lead_id: str, docs: list[documents.DocumentInfo]) -> None:
        if self.detail is not None and self.detail.id == lead_id:
            self.info.show_documents(docs)

    @Slot()
    def record_thanks_recipient(self) -> ThanksRecipientDialog | None:
        return self._open_fact(ThanksRecipientDialog)

    @Slot()
    def record_thanks_received(self) -> ThanksReceivedDialog | None:
        return self._open_fact(ThanksReceivedDialog)

    @Slot()
    def record_case_details(self) -> CaseDetailsDialog | None:
        return self._open_fact(CaseDetailsDialog)

    @Slot()
    def record_visit(self) -> VisitDialog | None:
        return self._open_fact(VisitDialog)

    def _open_fact(self, kind: type[FactT]) -> FactT | None:
        if self.detail is None:
            return None
        dialog = kind(self.ws, self.officer.username, self.tasks, self.detail.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self._fact_opened(dialog)
        return dialog

    def _fact_opened(self, dialog: FactDialog) -> None:
        """A facts dialog is open (from the Facts menu, or offered by a form that needs the facts)."""
        dialog.recorded.connect(self._fact_recorded)
        self.fact_dialog = dialog

    @Slot(str)
    def _fact_recorded(self, _event_id: str) -> None:
        if self.detail is not None:
            self.lead_changed.emit(self.detail.id)
            self.tasks.run_db(leads.detail, self.ws, self.detail.id, officer=self.officer.username,
                              on_done=guarded(self, self._refreshed))

    def _pick(self, index: int) -> None:
        if self.detail is not None and self.form.body.isEnabled():
            self.form.outcome.pick_index(index)

    # --- the contract -------------------------------------------------------------------------------

    @property
    def owned(self) -> bool:
        return self.detail is not None and self.detail.row.owner == self.officer.username

    def show_lead(self, detail: LeadDetail) -> None:
        """Show a lead (a fresh read of the one on show keeps what is typed and the script's place)."""
        same = self.detail is not None and self.detail.id == detail.id
        self.detail = detail
        self.info.show_lead(detail)
        self.info.release_button.setEnabled(self.owned)
        self.info.print_button.setEnabled(True)
        self.info.facts_button.setEnabled(True)
        self.stack.setCurrentIndex(1)
        self.load_documents()
        self.form.set_lead_state(detail.row.status, detail.row.owner)  # what the form says when not ours
        if same:
            self.form.set_owned(self.owned)
            return
        self.form.flush_pending()  # the last lead's pending draft, with its script and ticks, before they go
        self.script.show_scam_type(detail.row.scam_type)
        self.form.set_lead(detail.id, self.owned)
        self._script_state_changed(edited=False)
        if self.owned:
            self.tasks.run_db(drafts.load, self.ws, self.officer.username, detail.id,
                              on_done=guarded(self, self._draft_loaded, detail.id))
        else:
            self.form.drafts_ready()

    def clear(self) -> None:
        """Show no lead (after a release, at sign-out); what was typed is kept as a draft first."""
        self.flush_draft()
        self.detail = None
        self.form.set_lead(None, False)
        self.info.countdown.set_due(None)
        self.stack.setCurrentIndex(0)

    def flush_draft(self) -> None:
        """Queue a draft save of the form now if an edit is pending (call before closing the window, then
        `tasks.wait_idle()`)."""
        self.form.flush_pending()

    @Slot()
    def release(self) -> None:
        """Give the lead back to the queue (释放); what was typed stays as a draft."""
        if not self.owned or self.detail is None:
            return
        lead_id = self.detail.id
        self.flush_draft()
        self.info.release_button.setEnabled(False)
        self.tasks.run_db(leads.release, self.ws, self.officer.username, lead_id,
                          on_done=guarded(self, self._released, lead_id),
                          on_error=guarded(self, self._release_failed))

    def _released(self, lead_id: str, _result: object = None) -> None:
        if self.detail is not None and self.detail.id == lead_id:
            self.detail = None
            self.form.set_lead(None, False)
            self.info.countdown.set_due(None)
            self.stack.setCurrentIndex(0)
        self.released.emit(lead_id)

    def _release_failed(self, exc: BaseException) -> None:
        self.info.release_button.setEnabled(self.owned)
        self.tasks.report_error(exc)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.flush_draft()
        super().hideEvent(event)

    # --- wiring -------------------------------------------------------------------------------------

    def _draft_loaded(self, lead_id: str, payload: dict[str, Any] | None) -> None:
        if self.detail is None or self.detail.id != lead_id:
            return
        if payload and not self.form.touched:
            self.script.restore_state(payload)
            self.form.restore_state(payload)
            self._script_state_changed(edited=False)
        self.form.drafts_ready()

    @Slot()
    def _script_state_changed(self, *_: Any, edited: bool = True) -> None:
        script_id, version = self.script.script_ref()
        self.form.set_script_state(script_id, version, self.script.checked_checkpoints(),
                                   self.script.total_checkpoints())
        if edited:
            self.form.mark_edited()

    @Slot(str, str)
    def _script_switched(self, old: str, new: str) -> None:
        self._script_state_changed()
        if not self.owned or self.detail is None:
            return
        lead_id = self.detail.id
        self.tasks.run_db(leads.note, self.ws, self.officer.username, lead_id, EventKind.SCRIPT_SWITCHED,
                          {"from": old, "to": new}, on_done=guarded(self, self._noted, lead_id))

    def _noted(self, lead_id: str, _result: object = None) -> None:
        self.lead_changed.emit(lead_id)

    @Slot(QWidget)
    def _scroll_to_field(self, field: QWidget) -> None:
        """A refused save: the first bad field at the top of the form's view, the fields after it below (the
        stop-payment fields are below the fold at 1366×768)."""
        content = self.form_scroll.widget()
        if content is None or not content.isAncestorOf(field):
            return
        # At the top, not just inside: the summary above Save is growing and takes from the view as it does.
        self.form_scroll.verticalScrollBar().setValue(field.mapTo(content, QPoint(0, 0)).y() - 12)

    @Slot(str)
    def _outcome_saved(self, lead_id: str) -> None:
        self.outcome_saved.emit(lead_id)
        self.lead_changed.emit(lead_id)
        self.tasks.run_db(leads.detail, self.ws, lead_id, officer=self.officer.username,
                          on_done=guarded(self, self._refreshed))

    def _refreshed(self, detail: LeadDetail) -> None:
        if self.detail is not None and self.detail.id == detail.id:
            self.show_lead(detail)
