"""The main window: the queue on the left, the lead being worked on the right, who/where/when below."""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from ui import i18n, shortcuts
from ui.after_paint import AfterPaint
from ui.centre_link import CentreLink
from ui.desk_menus import DeskMenus, is_team_lead
from ui.layout_memory import LayoutMemory
from ui.lock_screen import IdleWatch, LockScreen
from ui.queue_model import QueueModel
from ui.queue_view import QueueView
from ui.tasks import TaskRunner
from ui.theme import DEMO_STYLE
from ui.widgets import ElidedLabel, guarded
from workstation.desk import Workstation
from workstation.domain.words import aside
from workstation.security.idle import IdlePolicy
from workstation.services import auth, drafts, leads, queue
from workstation.services.auth import OfficerInfo
from workstation.services.leads import CLAIMABLE, ClaimResult
from workstation.store.views import LeadDetail, LeadRow

log = logging.getLogger(__name__)
QUEUE_MIN = 520  # px: reference, level, countdown, scam type and name stay in view
QUEUE_SHARE = 0.45


class PanelPlaceholder(QWidget):
    """Stands in for ui.lead_panel.LeadPanel until it exists; same signals and methods."""

    outcome_saved = Signal(str)
    released = Signal(str)
    lead_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Press F5 or “Next lead” to take the most urgent lead."))
        self.label.setObjectName("placeholder")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.lead: LeadDetail | None = None

    def show_lead(self, detail: LeadDetail) -> None:
        self.lead = detail
        r = detail.row
        self.label.setText(f"{r.ref}\n{r.person_name}  {r.phone}\n{i18n.scam_label(r.scam_type)} · {r.district}")

    def clear(self) -> None:
        self.lead = None
        self.label.setText(self.tr("Press F5 or “Next lead” to take the most urgent lead."))


def make_lead_panel(ws: Workstation, officer: OfficerInfo, tasks: TaskRunner, parent: QWidget) -> QWidget:
    """Helper B's LeadPanel, or the placeholder when it is missing or fails to import."""
    try:
        from ui.lead_panel import LeadPanel
    except ModuleNotFoundError as exc:
        log.warning("ui.lead_panel not available (%s); showing a placeholder", exc)
        return PanelPlaceholder(parent)
    except Exception:  # a broken panel must not keep the desk from working the queue
        log.exception("ui.lead_panel failed to import; showing a placeholder")
        return PanelPlaceholder(parent)
    return LeadPanel(ws, officer, tasks, parent)


def database_label(url: str) -> str:
    """The sqlite file, or host:port/database — never the password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.get_backend_name()}://{parsed.host or 'localhost'}{port}/{parsed.database or ''}"


def held_lead_with_draft(ws: Workstation, me: str) -> LeadDetail | None:
    """(DB worker) The first lead this officer still holds that has an unsaved outcome draft."""
    held = {r.id for r in leads.my_leads(ws, me)}
    for lead_id in drafts.pending(ws, me):
        if lead_id in held:
            return leads.detail(ws, lead_id, officer=me)
    return None


class MainWindow(QMainWindow):
    """One officer's desk. Holds the queue model/view, the lead panel and the status bar labels.

    Every database call goes through the TaskRunner's DB worker; the window only reacts to results.
    """

    #: A lead was claimed (or reopened) and is now shown in the lead panel.
    lead_opened = Signal(str)
    #: The lock screen's Sign out (None) or Switch user (the next officer's OfficerInfo): ui.desk_session
    #: closes this window and shows the sign-in or that officer's desk.
    session_ended = Signal(object)

    def __init__(self, ws: Workstation, officer: OfficerInfo, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = self.ws = ws
        self._tasks = self.tasks = tasks
        self.officer = officer
        self._tz = ZoneInfo(ws.settings.centre_tz)
        self._select_after_reload: str | None = None
        title = self.tr("Warning-call workstation — %1").replace("%1", aside(officer.display_name, officer.username))
        if ws.settings.demo:  # its accounts have the published password: never mistaken for a real desk
            title += " — " + self.tr("DEMO MODE (sample data, demo accounts)")
        self.setWindowTitle(title)
        self.memory = LayoutMemory(ws.settings.data_dir)
        self.fit_to_screen()

        self.model = QueueModel(ws, tasks, me=officer.username, parent=self)
        self.after_paint = AfterPaint(self)  # a claimed lead on screen first, the queue's refresh after it
        self.queue_view = QueueView(self.model, officer.username)
        self.lead_panel = make_lead_panel(ws, officer, tasks, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.queue_view)
        self.splitter.addWidget(self.lead_panel)
        self.splitter.setStretchFactor(0, 45)
        self.splitter.setStretchFactor(1, 55)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setObjectName("desk_split")
        self._split_chosen = False  # set once the officer drags the divider: theirs from then on (remembered)
        self.splitter.splitterMoved.connect(self._desk_split_moved)
        self.centre = CentreLink(ws, officer, tasks, self)
        self.centre.sign_in_needed.connect(self.ask_centre_sign_in)
        # An empty queue says when the reason may be that the centre cannot be reached.
        self.centre.widget.relay.status_changed.connect(
            lambda st: self.queue_view.set_offline(bool(st.connected and not st.online)))
        self.team_lead: QWidget | None = None
        self.tabs: QTabWidget | None = None
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.centre.banner)
        if is_team_lead(officer.role):  # the core refuses the board to officers anyway
            from ui.review import TeamLeadTabs

            self.tabs = QTabWidget(central)
            self.tabs.setObjectName("desk_tabs")
            self.tabs.setDocumentMode(True)
            self.tabs.addTab(self.splitter, self.tr("Lead desk"))
            self.team_lead = TeamLeadTabs(ws, officer.username, tasks)
            self.tabs.addTab(self.team_lead, self.tr("Team lead"))
            column.addWidget(self.tabs, 1)
        else:
            column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self._build_status_bar()
        self.menus = DeskMenus(self)
        shortcuts.show_keys_in_tooltips(self)
        if self.tabs is not None:
            self.tabs.currentChanged.connect(self._tab_changed)
        self.idle = IdleWatch(ws, IdlePolicy.from_settings(ws.settings), self)
        self.idle.idle.connect(self.lock)
        self.lock_screen: LockScreen | None = None
        self._opened_message = ""  # the status bar's "Opened …" while it is still true
        self._opened_ref = ("", "")  # (id, ref) of the lead last opened

        self.model.reloaded.connect(self._after_reload)
        self.queue_view.lead_activated.connect(self.open_row)
        for name in ("outcome_saved", "released", "lead_changed"):
            signal = getattr(self.lead_panel, name, None)
            if signal is not None:
                signal.connect(self._lead_panel_changed if name != "released" else self._lead_released)

    def fit_to_screen(self) -> None:
        """Where the officer left the window on this screen size; else maximised on the screen's free area
        (never larger: a 1440×900 window on a 1366×768 desk put Save below the screen's edge)."""
        saved = self.memory.geometry("window", self)
        if saved is not None and self.restoreGeometry(saved):
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(QPoint(0, 0), QSize(1366, 768))
        self.setGeometry(area)
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        self.idle.watch(self.windowHandle())  # before it has the focus: a desk without a window manager
        if not getattr(self, "_sized", False):
            self._sized = True
            self._split_chosen = self.memory.restore("desk", self.splitter)
            self._split_for_lead()
            self.lead_opened.connect(self._split_for_lead)

    @Slot()
    def _desk_split_moved(self, *_: object) -> None:
        self._split_chosen = True
        self.memory.save_sizes("desk", self.splitter)

    @Slot()
    def _split_for_lead(self) -> None:
        """45% for the queue (its columns scroll sideways if they need more), the rest for the lead; on a
        narrow screen the lead gets what its script and form need side by side while the queue keeps
        QUEUE_MIN (at 1366 px, 45% left the form stacked under the script as a strip). Again when a lead
        opens (its widgets know their sizes then), until the officer moves the divider."""
        if self._split_chosen:
            return
        total = max(self.splitter.width() - self.splitter.handleWidth(), 1000)
        lead = total - int(total * QUEUE_SHARE)
        side_by_side = getattr(self.lead_panel, "side_by_side_width", lambda comfortable=False: 0)
        lead = max(lead, min(side_by_side(comfortable=True), total - QUEUE_MIN))
        # Narrower still (1280 px: a 1920×1080 screen at 150 %), the queue gives up columns down to its own
        # minimum before the form is stacked under the script (stacked, the window no longer fits in height).
        queue_min = self.queue_view.minimumSizeHint().width()
        lead = max(lead, min(side_by_side(), total - queue_min))
        self.splitter.setSizes([total - lead, lead])

    # --- building -----------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.next_action = QAction(self.tr("Next lead"), self)
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.next_action.setToolTip(self.tr("Claim the most urgent lead nobody holds"))
        self.next_action.triggered.connect(self.take_next_lead)
        bar.addAction(self.next_action)
        button = bar.widgetForAction(self.next_action)
        if isinstance(button, QToolButton):
            button.setObjectName("nextLeadButton")
        self.mine_action = QAction(self.tr("My leads"), self)  # the filter bar's toggle, also on Ctrl+M
        self.mine_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_M))
        self.mine_action.triggered.connect(self.queue_view.mine_button.toggle)
        self.addAction(self.mine_action)
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_R))  # F5 is Next lead
        self.refresh_action.triggered.connect(self.refresh)
        bar.addAction(self.refresh_action)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.triggered.connect(self.close)
        self.addAction(self.quit_action)
        find = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_F), self)
        find.activated.connect(self.queue_view.focus_search)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.queue_view)
        clear.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        clear.activated.connect(self.queue_view.clear_search)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        o = self.officer
        self.officer_label = QLabel(self.tr("Officer: %1 (%2) · %3").replace("%1", o.display_name)
                                    .replace("%2", o.username).replace("%3", i18n.role_label(o.role)))
        self.desk_label = QLabel(self.tr("Desk: %1").replace("%1", self._ws.desk))
        self.db_label = ElidedLabel(self.tr("Database: %1").replace("%1", database_label(self._ws.settings.db_url)))
        self.db_label.setObjectName("db_label")
        self.db_label.setToolTip(self.db_label.text())  # a long path ends in "…"; the tooltip has it whole
        self.db_label.setMaximumWidth(260)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("clockLabel")
        self.demo_label = None  # on a demo desk: its published passwords said inside the window, not only the title
        if self._ws.settings.demo:
            self.demo_label = QLabel(self.tr("DEMO MODE"))
            self.demo_label.setObjectName("demo_label")
            self.demo_label.setToolTip(self.tr("DEMO MODE (sample data, demo accounts)"))
            self.demo_label.setStyleSheet(DEMO_STYLE)
        # Permanent widgets: showMessage() (claims, errors) uses the left side without hiding them.
        for label in (self.demo_label, self.centre.widget, self.officer_label, self.desk_label, self.db_label,
                      self.clock_label):
            if label is not None:
                bar.addPermanentWidget(label)
        bar.messageChanged.connect(self._fit_message)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick_clock)
        self._clock.start()
        self._tick_clock()

    @Slot(str)
    def _fit_message(self, text: str) -> None:
        """A timed message that would be cut (a 1366 px desk has ~380 px beside the permanent labels) hides the
        database and desk labels while it shows; they come back when it goes. The whole text is the tooltip."""
        bar = self.statusBar()
        bar.setToolTip(text)
        spare = (self.db_label, self.desk_label)  # the least needed while a message is read
        for label in spare:
            label.setVisible(True)
        if not text:
            return
        need = bar.fontMetrics().horizontalAdvance(text) + 24  # the message's margins and the size grip
        shown = [w for w in (self.demo_label, self.centre.widget, self.officer_label, self.desk_label,
                             self.db_label, self.clock_label) if w is not None]
        def width(w: QWidget) -> int:
            return min(w.sizeHint().width(), w.maximumWidth())

        free = bar.width() - sum(width(w) for w in shown)
        for label in spare:
            if free >= need:
                break
            label.setVisible(False)
            free += width(label)

    @Slot()
    def _tick_clock(self) -> None:
        now = self._ws.clock.now().astimezone(self._tz)
        self.clock_label.setText(self.tr("Centre time %1").replace("%1", f"{now:%Y-%m-%d %H:%M:%S}"))

    # --- start --------------------------------------------------------------------------------------------

    def start(self) -> None:
        """First load: the queue, the filter lists, owner names, and a lead with an unsaved draft."""
        self.model.reload()
        self._tasks.run_db(queue.districts, self._ws, on_done=guarded(self.queue_view, "set_districts"))
        self._tasks.run_db(auth.officers, self._ws, on_done=guarded(self, self._officers_read))
        self._tasks.run_db(held_lead_with_draft, self._ws, self.officer.username,
                           on_done=guarded(self, self._open_draft_lead))
        self.centre.start()

    def _officers_read(self, officers: list[OfficerInfo]) -> None:
        self.model.owner_names = {o.username: o.display_name for o in officers}
        info = getattr(self.lead_panel, "info", None)  # the lead's earlier calls and history: names, not logins
        if info is not None:
            info.names = dict(self.model.owner_names)
        self.model.tick()  # cheap repaint hint; owner names show on the next paint

    def _open_draft_lead(self, detail: LeadDetail | None) -> None:
        if detail is not None:
            self._show_lead(detail)

    # --- actions ------------------------------------------------------------------------------------------

    @Slot()
    def take_next_lead(self) -> None:
        """下一条 (F5): claim the most urgent lead nobody holds and open it — after asking, when the lead on show
        has a call that is not saved (F5 pressed to refresh the list must not silently take more leads)."""
        form = getattr(self.lead_panel, "form", None)
        if form is not None and form.has_unsaved_work():
            self._ask_before_next()
            return
        self.claim_next_lead()

    def _ask_before_next(self) -> QMessageBox:
        detail = getattr(self.lead_panel, "detail", None)
        ref = detail.row.ref if detail is not None else ""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("A call is not saved"),
                          self.tr("The call on lead %1 is not saved. Take another lead anyway? You keep this one, "
                                  "and what you typed stays as its draft.").replace("%1", ref),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("next_lead_box")
        take = box.addButton(self.tr("Take the next lead"), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(self.tr("Stay on this call"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.claim_next_lead() if button is take else None)
        box.open()  # window-modal, without a nested event loop
        self.next_lead_box = box
        return box

    @Slot()
    def claim_next_lead(self) -> None:
        """Claim the most urgent lead nobody holds and open it, without asking."""
        self.next_action.setEnabled(False)
        self._tasks.run_db(leads.next_lead, self._ws, self.officer.username,
                           on_done=guarded(self, self._next_lead_claimed),
                           on_error=guarded(self, self._next_lead_failed))

    def _next_lead_claimed(self, result: ClaimResult) -> None:
        self.next_action.setEnabled(True)
        if result.lead is None:
            self.statusBar().showMessage(str(result.message), 8000)
            return
        self._show_lead(result.lead)
        if result.message:  # e.g. offline: only leads already held here can be worked
            self.statusBar().showMessage(str(result.message), 8000)
        self.after_paint.call(self.model.reload)

    def _next_lead_failed(self, exc: BaseException) -> None:
        self.next_action.setEnabled(True)
        self._tasks.report_error(exc)

    @Slot(object)
    def open_row(self, row: LeadRow) -> None:
        """Double-click: open my lead, claim an unclaimed one, or say who holds it."""
        me = self.officer.username
        kept = row.kept_for(me, self._ws.clock.now())  # another officer's callback, not yet due past its grace
        if (row.owner and row.owner != me) or kept:
            who = row.owner or kept or ""
            holder = aside(self.model.owner_names.get(who, who), who)
            text = self.tr("Lead %1 is being handled by %2.").replace("%1", row.ref).replace("%2", holder)
            if kept and row.reserved_until is not None:
                until = row.reserved_until.astimezone(self._tz)
                text = self.tr("Lead %1 is kept for the callback %2 arranged: only they can take it until %3.").replace(
                    "%1", row.ref).replace("%2", holder).replace("%3", f"{until:%H:%M}")
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Lead is held"), text,
                              QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # window-modal, without a nested event loop
            self.held_by_other_box = box
            return
        if row.owner is None and row.status in CLAIMABLE:
            self._tasks.run_db(leads.claim, self._ws, me, row.id, on_done=guarded(self, self._claimed))
            return
        # Mine, or finished (closed / sent to a station): open it to read.
        self._tasks.run_db(leads.detail, self._ws, row.id, officer=me, on_done=guarded(self, self._show_lead))

    def _claimed(self, detail: LeadDetail) -> None:
        self._show_lead(detail)
        self.after_paint.call(self.model.reload)

    def _show_lead(self, detail: LeadDetail) -> None:
        self.show_desk()
        self.lead_panel.show_lead(detail)  # type: ignore[attr-defined]
        self._select_after_reload = detail.id
        self.queue_view.select_lead(detail.id)
        status = i18n.status_label(detail.row.status)
        self._opened_ref = (detail.id, detail.row.ref)
        self._opened_message = self.tr("Opened %1 (%2)").replace("%1", detail.row.ref).replace("%2", status)
        self.statusBar().showMessage(self._opened_message, 5000)
        self.lead_opened.emit(detail.id)

    def _forget_opened_message(self) -> None:
        """The lead's status changed (saved, released): "Opened … (In progress)" would be stale."""
        if self._opened_message and self.statusBar().currentMessage() == self._opened_message:
            self.statusBar().clearMessage()
        self._opened_message = ""

    @Slot()
    def refresh(self) -> None:
        self.model.reload()

    @Slot(str)
    def _lead_panel_changed(self, lead_id: str) -> None:
        self._select_after_reload = lead_id
        self._forget_opened_message()
        self.model.reload()

    @Slot(str)
    def _lead_released(self, lead_id: str) -> None:
        self._select_after_reload = None
        self._forget_opened_message()
        opened_id, ref = self._opened_ref
        if opened_id == lead_id:  # say which lead went where: the panel it was on is empty now
            self.statusBar().showMessage(self.tr("Released %1: it is back in the queue for any officer.")
                                         .replace("%1", ref), 8000)
        self.model.reload()

    @Slot()
    def _after_reload(self) -> None:
        if self._select_after_reload:
            self.queue_view.select_lead(self._select_after_reload)

    # --- views and the idle lock --------------------------------------------------------------------------

    @Slot()
    def show_team_lead(self) -> None:
        if self.tabs is not None and self.team_lead is not None:
            self.tabs.setCurrentWidget(self.team_lead)

    @Slot(int)
    def _tab_changed(self, _index: int) -> None:
        """Next lead (and F5) only on the lead desk: on the team lead's board, review and figures a lead
        claimed there would open out of sight."""
        assert self.tabs is not None
        self.next_action.setVisible(self.tabs.currentWidget() is self.splitter)

    @Slot()
    def show_desk(self) -> None:
        if self.tabs is not None:
            self.tabs.setCurrentWidget(self.splitter)

    def _flush_draft(self) -> None:
        flush = getattr(self.lead_panel, "flush_draft", None)
        if flush is not None:
            flush()

    @Slot()
    def ask_centre_sign_in(self) -> QMessageBox:
        """The centre just opened does not know this officer at this desk: offer to sign in there (the lock
        screen signs in on the centre); until then their work stays on this desk, nothing is lost."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Sign in on the centre"),
                          self.tr("You are not signed in on this centre yet. Your work stays on this desk until you do."),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("centre_sign_in_box")
        now = box.addButton(self.tr("Sign in now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.lock("centre") if button is now else None)
        box.open()
        return box

    @Slot()
    def sign_out(self) -> None:
        """File → Sign out (Ctrl+Shift+Q): back to the sign-in, as the lock screen's Sign out; the drafts and the
        leads held stay on this desk (the window closes the way Quit closes it)."""
        self._flush_draft()
        self._tasks.run_db(auth.sign_out, self._ws, self.officer.username)
        self.session_ended.emit(None)

    @Slot()
    def settings_changed(self, changed: dict[str, object]) -> None:
        """An admin saved settings on this desk: what the window holds itself follows them (the rest reads
        ws.settings when it acts)."""
        if "idle_lock_minutes" in changed:
            self.idle.set_policy(IdlePolicy.from_settings(self._ws.settings))
        if "centre_tz" in changed:
            self._tz = ZoneInfo(self._ws.settings.centre_tz)

    def lock_now(self) -> LockScreen:
        """Ctrl+L: the officer locks the desk on leaving it."""
        return self.lock("asked")

    def lock(self, reason: str = "idle") -> LockScreen:
        """离开锁屏: cover the window until this officer's password is given again; nothing is closed."""
        if self.lock_screen is not None and self.lock_screen.isVisible():
            return self.lock_screen
        self._flush_draft()
        self.idle.locked = True
        screen = LockScreen(self._ws, self.officer, self._tasks, self, reason)
        screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        screen.unlocked.connect(self._unlocked)
        screen.signed_out.connect(lambda: self.session_ended.emit(None))
        screen.switched.connect(self.session_ended.emit)
        self.lock_screen = screen
        screen.cover()
        return screen

    @Slot()
    def _unlocked(self) -> None:
        self.idle.locked = False
        self.idle.last = self._ws.clock.now()
        self.lock_screen = None
        self.statusBar().showMessage(self.tr("Unlocked"), 3000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._clock.stop()
        self.idle.stop()
        self._flush_draft()  # queue the draft save before waiting for the worker to go idle
        self.menus.watcher.stop()
        self.centre.stop()  # the sync worker stops before the app closes the database
        self._tasks.wait_idle(5.0)  # let a claim or save in flight finish and land
        self.memory.save_geometry("window", self)
        self.memory.sync()
        super().closeEvent(event)

