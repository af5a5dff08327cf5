"""The main window's menu bar (文件 / 线索 / 组长 / 管理 / 中心 / 帮助) and the dialogs its actions open.

Role-gated entries (组长, 话术管理) exist only for team leads and admins, 管理 (民警管理) only for admins; the
core refuses anyway.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from ui import file_dialogs, i18n, shortcuts
from ui.intake_work import DropFolderWatcher
from workstation.domain.types import ScamType
from workstation.security.roles import Permission, Role, allowed

if TYPE_CHECKING:  # the dialogs below are imported when first opened: a second less to the window
    from ui.intake_dialog import ImportDialog
    from ui.main_window import MainWindow
    from ui.my_reviews import MyReviewsDialog
    from ui.officers_dialog import OfficersDialog
    from ui.printing import ThanksBatchDialog
    from ui.script_editor import ScriptEditorDialog
    from ui.settings_dialog import SettingsDialog
    from ui.unit_dialog import UnitNameDialog

LEAD_ROLES = (Role.LEAD, Role.ADMIN)


def is_team_lead(role: Role) -> bool:
    return role in LEAD_ROLES


class DeskMenus(QObject):
    """Builds the menus on `window` and opens what they name. The last dialog opened is kept in `dialog`
    (tests close it); `watcher` polls the drop folder while "监视投递目录" is checked."""

    #: A dialog was opened from a menu (the dialog).
    dialog_opened = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ws, self.officer, self.tasks = window.ws, window.officer, window.tasks
        self.dialog: QWidget | None = None
        self.watcher = DropFolderWatcher(self.ws, self.officer.username, self.tasks, self)
        self.watcher.file_handled.connect(self._dropped)
        self.watcher.failed.connect(lambda text: window.statusBar().showMessage(text, 10000))
        self._build()

    def _action(self, menu: QMenu, text: str, slot: object, shortcut: QKeySequence | str | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        menu.addAction(action)
        return action

    def _build(self) -> None:
        w = self.window
        bar = w.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menu_file")
        self.import_action = self._action(file_menu, self.tr("Import leads…"), self.open_import, "Ctrl+I",
                                          "import_action")
        self.watch_action = QAction(self.tr("Watch drop folder…"), w)
        self.watch_action.setObjectName("watch_action")
        self.watch_action.setCheckable(True)
        self.watch_action.toggled.connect(self.toggle_watch)
        file_menu.addAction(self.watch_action)
        file_menu.addSeparator()
        self.thanks_batch_action = self._action(file_menu, self.tr("Print thank-you letters…"),
                                                self.open_thanks_batch, name="thanks_batch_action")
        file_menu.addSeparator()
        self.lock_action = self._action(file_menu, self.tr("Lock screen"), w.lock_now, "Ctrl+L", "lock_action")
        self.sign_out_action = self._action(file_menu, self.tr("Sign out"), w.sign_out, "Ctrl+Shift+Q",
                                            "sign_out_action")
        file_menu.addAction(w.quit_action)

        lead_menu = bar.addMenu(self.tr("&Lead"))
        lead_menu.setObjectName("menu_lead")
        lead_menu.addAction(w.next_action)
        lead_menu.addAction(w.mine_action)
        lead_menu.addAction(w.refresh_action)
        lead_menu.addSeparator()
        self.print_action = self._action(lead_menu, self.tr("Print work record sheet…"), self.print_record, "Ctrl+P",
                                         "print_action")
        self.recipient_action = self._action(lead_menu, self.tr("Record thank-you recipient…"),
                                             self.record_recipient, name="recipient_action")
        self.received_action = self._action(lead_menu, self.tr("Record thanks received…"),
                                            self.record_received, name="received_action")
        lead_menu.addSeparator()
        self.my_reviews_action = self._action(lead_menu, self.tr("My reviews…"), self.open_my_reviews,
                                              name="my_reviews_action")

        self.team_menu: QMenu | None = None
        self.board_action: QAction | None = None
        self.scripts_action: QAction | None = None
        self.unit_action: QAction | None = None
        if is_team_lead(self.officer.role):
            self.team_menu = bar.addMenu(self.tr("&Team lead"))
            self.team_menu.setObjectName("menu_team")
            self.board_action = self._action(self.team_menu, self.tr("Board and review"), w.show_team_lead,
                                             "Ctrl+T", "board_action")
            self.desk_action = self._action(self.team_menu, self.tr("Lead desk"), w.show_desk, "Ctrl+D",
                                            "desk_action")
            self.scripts_action = self._action(self.team_menu, self.tr("Manage call scripts…"),
                                               self.choose_script, name="scripts_action")
            self.unit_action = self._action(self.team_menu, self.tr("Unit name on forms…"), self.open_unit_name,
                                            name="unit_action")

        self.admin_menu: QMenu | None = None
        self.officers_action: QAction | None = None
        self.settings_action: QAction | None = None
        if allowed(self.officer.role, Permission.MANAGE_OFFICERS):
            self.admin_menu = bar.addMenu(self.tr("&Admin"))
            self.admin_menu.setObjectName("menu_admin")
            self.officers_action = self._action(self.admin_menu, self.tr("Officers…"), self.open_officers,
                                                name="officers_action")
            self.settings_action = self._action(self.admin_menu, self.tr("Settings…"), self.open_settings,
                                                "Ctrl+,", "settings_action")

        centre_menu = bar.addMenu(self.tr("&Centre"))
        centre_menu.setObjectName("menu_centre")
        self.connect_action = self._action(centre_menu, self.tr("Connect to centre…"), w.centre.ask_connect,
                                           name="connect_action")
        self._action(centre_menu, self.tr("Check notices"), w.centre.check_notices)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menu_help")
        self._action(help_menu, self.tr("Keyboard shortcuts"), self.show_shortcuts, "F1")
        self.about_action = self._action(help_menu, self.tr("About"), self.show_about, name="about_action")

    def _opened(self, dialog: QWidget) -> QWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]
        self.dialog_opened.emit(dialog)
        return dialog

    # --- file --------------------------------------------------------------------------------------------

    @Slot()
    def open_import(self) -> ImportDialog:
        from ui.intake_dialog import ImportDialog  # the file readers load with the first import, not the desk

        dialog = ImportDialog(self.ws, self.officer.username, self.tasks, self.window)
        dialog.import_finished.connect(lambda _results: self.window.refresh())
        return self._opened(dialog)  # type: ignore[return-value]

    @Slot(bool)
    def toggle_watch(self, on: bool) -> None:
        if not on:
            self.watcher.stop()
            self.window.statusBar().showMessage(self.tr("Stopped watching the drop folder"), 5000)
            return
        folder = self.choose_folder()
        if not folder:
            self.watch_action.blockSignals(True)
            self.watch_action.setChecked(False)
            self.watch_action.blockSignals(False)
            return
        self.watcher.start(folder)
        self.window.statusBar().showMessage(self.tr("Watching %1 for lead files").replace("%1", folder), 5000)

    def choose_folder(self) -> str:
        """The drop folder (a test may replace this)."""
        return file_dialogs.remember(QFileDialog.getExistingDirectory(self.window, self.tr("Drop folder to watch"),
                                                                     file_dialogs.start_in()))

    def _dropped(self, _result: object) -> None:
        self.window.refresh()

    @Slot()
    def open_thanks_batch(self) -> ThanksBatchDialog:
        from ui.printing import ThanksBatchDialog

        return self._opened(ThanksBatchDialog(self.ws, self.officer.username, self.tasks,  # type: ignore[return-value]
                                              self.window))

    # --- lead ------------------------------------------------------------------------------------------

    def _panel_call(self, name: str) -> object:
        method = getattr(self.window.lead_panel, name, None)
        if method is None or getattr(self.window.lead_panel, "detail", None) is None:
            self.window.statusBar().showMessage(self.tr("Open a lead first"), 4000)
            return None
        return method()

    @Slot()
    def print_record(self) -> None:
        self._panel_call("print_record")

    @Slot()
    def record_recipient(self) -> None:
        self._panel_call("record_thanks_recipient")

    @Slot()
    def record_received(self) -> None:
        self._panel_call("record_thanks_received")

    @Slot()
    def open_my_reviews(self) -> MyReviewsDialog:
        from ui.my_reviews import MyReviewsDialog

        return self._opened(MyReviewsDialog(self.ws, self.officer.username, self.tasks,  # type: ignore[return-value]
                                            self.window))

    # --- team lead -------------------------------------------------------------------------------------

    @Slot()
    def choose_script(self) -> QInputDialog:
        """话术管理: pick the scam type, then edit its script."""
        chooser = QInputDialog(self.window)
        chooser.setWindowTitle(self.tr("Manage call scripts"))
        chooser.setLabelText(self.tr("Scam type"))
        chooser.setComboBoxItems([i18n.scam_label(k.value) for k in ScamType])
        chooser.setComboBoxEditable(False)
        chooser.textValueSelected.connect(self._script_type_chosen)
        self.chooser = chooser
        return self._opened(chooser)  # type: ignore[return-value]

    @Slot(str)
    def _script_type_chosen(self, label: str) -> None:
        code = next((k.value for k in ScamType if i18n.scam_label(k.value) == label), None)
        if code is not None:
            self.open_script_editor(code)

    def open_script_editor(self, scam_type: str) -> ScriptEditorDialog:
        from ui.script_editor import ScriptEditorDialog

        dialog = ScriptEditorDialog(self.ws, self.officer, self.tasks, scam_type, self.window)
        dialog.version_saved.connect(self._script_saved)
        dialog.resize(1000, 720)
        return self._opened(dialog)  # type: ignore[return-value]

    @Slot(str, int)
    def _script_saved(self, _scam_type: str, _version: int) -> None:
        reload = getattr(self.window.lead_panel, "reload_scripts", None)
        if reload is not None:
            reload()

    @Slot()
    def open_unit_name(self) -> UnitNameDialog:
        """填报单位: the unit name the forms print (team leads and admins)."""
        from ui.unit_dialog import UnitNameDialog

        dialog = UnitNameDialog(self.ws, self.officer.username, self.tasks, self.window)
        dialog.unit_set.connect(lambda name: self.window.statusBar().showMessage(
            self.tr("The forms now print the unit name %1").replace("%1", name), 8000))
        return self._opened(dialog)  # type: ignore[return-value]

    # --- admin ---------------------------------------------------------------------------------------

    @Slot()
    def open_officers(self) -> OfficersDialog:
        """民警管理: the officers' accounts (admins only)."""
        from ui.officers_dialog import OfficersDialog

        return self._opened(OfficersDialog(self.ws, self.officer, self.tasks,  # type: ignore[return-value]
                                           self.window))

    @Slot()
    def open_settings(self) -> SettingsDialog:
        """设置: what a centre tunes on this desk (admins only)."""
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ws, self.officer.username, self.tasks, self.window)
        dialog.connect_requested.connect(self.window.centre.ask_connect)
        dialog.saved.connect(self._settings_saved)
        return self._opened(dialog)  # type: ignore[return-value]

    def _settings_saved(self, changed: dict[str, object]) -> None:
        self.window.settings_changed(changed)
        text = self.tr("Settings saved.") if changed else self.tr("Nothing changed.")
        if "language" in changed:
            text += " " + self.tr("The language changes at the next start.")
        self.window.statusBar().showMessage(text, 8000)

    # --- help ------------------------------------------------------------------------------------------

    @Slot()
    def show_about(self) -> QMessageBox:
        from workstation import version

        name = self.tr("Warning-call workstation")
        text = (f"<b>{name}</b><br>"
                + self.tr("Version {0}, build {1}").format(version.version(), version.build())
                + f"<br>{self.ws.settings.unit_name}<br><br>"
                + self.tr("Data directory: {0}").format(str(self.ws.settings.data_dir)))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About"), text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setObjectName("about_box")
        return self._opened(box)  # type: ignore[return-value]

    @Slot()
    def show_shortcuts(self) -> QMessageBox:
        rows = shortcuts.rows(is_team_lead(self.officer.role))
        text = "<table>" + "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows) + "</table>"
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Keyboard shortcuts"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        return self._opened(box)  # type: ignore[return-value]
