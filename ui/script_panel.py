"""The call script beside the lead (劝阻话术): steps, stage-finding branches, objections, checkpoints, search."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.script_search import ScriptSearch
from ui.widgets import ElidedCheckBox
from workstation.domain.types import ScamType
from workstation.scripts import HitKind, Script, ScriptLibrary, SearchHit, Step

STEP_LIST_MIN = 150  # px: below this a step title wraps into a column of single words
NARROW_STEPS = 3 * STEP_LIST_MIN + 60  # px of the panel: narrower, the steps are a drop-down above the text
CURRENT_STEP_STYLE = "QListWidget::item:selected { background:#1565c0; color:white; }"


def scam_label(code: str, lang: str) -> str:
    try:
        kind = ScamType(code)
    except ValueError:
        return code
    return kind.zh if lang == "zh" else kind.en


class ScriptPanel(QWidget):
    """Follows one call script at a time.

    State: the library (`library`, texts already rendered with the centre hotline), the language (`lang`),
    the script on show (`script`), the current step id (`_step_id`) and the steps visited before it
    (`_history`, for Back), and the ticked checkpoints per script id (`_ticked`). Widgets kept from lead to lead:
    every checkpoint box made so far (`_pool`), those of the script on show by checkpoint id (`_boxes`), and the
    script whose steps and objections the lists hold (`_built`).

    Signals: the officer's doing and a draft's restoring, not a new lead's script (`show_scam_type` emits none:
    the lead panel asks for the script's state after it).
    """

    script_switched = Signal(str, str)  # old script id, new script id — the officer chose another type
    checkpoints_changed = Signal()  # a tick, or a draft's ticks put back
    step_changed = Signal(str)  # the officer moved to another step, or a draft's step was put back

    def __init__(self, library: ScriptLibrary, lang: str = "zh", centre_hotline: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library.rendered(centre_hotline)
        self._hotline = centre_hotline
        self.lang = lang
        self.script: Script | None = None
        self._scam_type = ""
        self._step_id: str | None = None
        self._history: list[str] = []
        self._ticked: dict[str, set[str]] = {}
        self._boxes: dict[str, ElidedCheckBox] = {}  # the shown script's checkpoints, by id
        self._pool: list[ElidedCheckBox] = []  # every checkpoint box made so far, reused for the next script
        self._built: Script | None = None  # the script whose steps, objections and boxes are filled in
        self._narrow = False  # the steps as a drop-down above the text (see resizeEvent)
        self._build()

    # --- layout ---------------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.search = ScriptSearch(self.library, self.lang, self)
        self.search.hit_chosen.connect(self.open_hit)
        # The script in use and the search across all scripts share one row: at 1366×768 every line of height
        # goes to the text read aloud.
        top = QHBoxLayout()
        top.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("script_chooser")
        # Not as wide as its longest script name: that widened the panel (and stacked the form under the
        # script) once the library was read.
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(14)
        self._fill_chooser()
        self.chooser.activated.connect(self._chosen)
        self.chooser.currentTextChanged.connect(self.chooser.setToolTip)  # a narrow chooser cuts the name
        label = QLabel(self.tr("Script"), self)
        label.setMinimumHeight(self.chooser.sizeHint().height())  # level with the chooser while hits show below
        top.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.chooser, 3, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.search, 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.search.results)  # the hits under the row, the panel's width (the box is narrow)
        # Another type's script on show (chosen, or opened from a search hit): said, with the way back.
        self.other_type = QLabel(self)
        self.other_type.setObjectName("other_script")
        self.other_type.setWordWrap(True)
        self.other_type.setStyleSheet("color:#5d4037; background:#fff8e1; padding:4px;")
        self.other_type.linkActivated.connect(self._back_to_lead_type)
        self.other_type.hide()
        layout.addWidget(self.other_type)
        self.problem = QLabel(self)
        self.problem.setObjectName("script_error")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setStyleSheet("color:#b71c1c; background:#ffebee; padding:6px;")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.library_errors = QLabel(self)
        self.library_errors.setObjectName("library_errors")
        self.library_errors.setWordWrap(True)
        self.library_errors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.library_errors.setStyleSheet("color:#8d6e00; background:#fff8e1; padding:4px;")
        layout.addWidget(self.library_errors)
        self._show_library_errors()

        self.vsplit = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(self.vsplit, 1)
        self.tabs = QTabWidget(self.vsplit)
        self.vsplit.addWidget(self.tabs)
        steps = QWidget(self.tabs)
        steps_layout = QVBoxLayout(steps)
        steps_layout.setContentsMargins(2, 2, 2, 2)
        # Narrow (a 1366 px desk in English): the steps as a drop-down above the text, which then has the width;
        # wide: the list beside the text (see resizeEvent).
        self.step_combo = QComboBox(steps)
        self.step_combo.setObjectName("step_combo")
        self.step_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.step_combo.setMinimumContentsLength(12)
        self.step_combo.activated.connect(self._step_chosen)
        self.step_combo.hide()
        steps_layout.addWidget(self.step_combo)
        split = QSplitter(Qt.Orientation.Horizontal, steps)
        split.setObjectName("step_split")
        split.setChildrenCollapsible(False)
        self.step_split = split
        self.step_list = QListWidget(split)
        self.step_list.setObjectName("step_list")
        self.step_list.setStyleSheet(CURRENT_STEP_STYLE)
        self.step_list.setWordWrap(True)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.itemClicked.connect(self._step_clicked)
        self.step_text = QTextBrowser(split)
        self.step_text.setObjectName("step_text")
        split.addWidget(self.step_list)
        split.addWidget(self.step_text)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setSizes([200, 400])
        self.step_list.setMinimumWidth(STEP_LIST_MIN)
        steps_layout.addWidget(split, 1)
        self.branch_box = QGroupBox(self.tr("What the person says"), steps)
        self.branch_layout = QVBoxLayout(self.branch_box)
        steps_layout.addWidget(self.branch_box)
        nav = QHBoxLayout()
        self.back_button = QPushButton(self.tr("◀ Back (Ctrl+Left)"), steps)
        self.next_button = QPushButton(self.tr("Next (Ctrl+Right) ▶"), steps)
        self.back_button.clicked.connect(self.previous_step)
        self.next_button.clicked.connect(self.next_step)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        steps_layout.addLayout(nav)
        self.tabs.addTab(steps, self.tr("Steps"))

        objections = QWidget(self.tabs)
        obj_layout = QVBoxLayout(objections)
        self.objection_list = QListWidget(objections)
        self.objection_list.setObjectName("objection_list")
        self.objection_list.setWordWrap(True)
        self.objection_list.currentItemChanged.connect(self._objection_selected)
        self.answer = QTextBrowser(objections)
        self.answer.setObjectName("objection_answer")
        self.objection_goto = QPushButton(objections)
        self.objection_goto.clicked.connect(self._objection_goto)
        self.objection_goto.hide()
        obj_layout.addWidget(self.objection_list, 2)
        obj_layout.addWidget(self.answer, 3)
        obj_layout.addWidget(self.objection_goto)
        self.tabs.addTab(objections, self.tr("Objections"))
        self.red_flags = QTextBrowser(self.tabs)
        self.tabs.addTab(self.red_flags, self.tr("Warning signs"))

        self.checkpoint_box = QGroupBox(self.tr("Checkpoints (tick during the call)"), self)
        self.checkpoint_layout = QVBoxLayout(self.checkpoint_box)
        self.checkpoint_layout.setSpacing(2)
        self.checkpoint_layout.addStretch(1)
        self.checkpoint_scroll = QScrollArea(self.vsplit)
        self.checkpoint_scroll.setWidgetResizable(True)
        self.checkpoint_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checkpoint_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.checkpoint_scroll.setWidget(self.checkpoint_box)
        self.vsplit.addWidget(self.checkpoint_scroll)
        self.vsplit.setObjectName("script_vsplit")
        self.vsplit.setChildrenCollapsible(False)
        self.vsplit.setStretchFactor(0, 3)
        self.vsplit.setStretchFactor(1, 1)
        self.vsplit.setSizes([540, 150])

    def _fill_chooser(self) -> None:
        self.chooser.clear()
        for script in self.library:
            self.chooser.addItem(f"{scam_label(script.id, self.lang)} · v{script.version}", script.id)

    def _show_library_errors(self) -> None:
        errors = self.library.errors
        if not errors:
            self.library_errors.hide()
            return
        lines = "<br>".join(escape(str(e)) for e in errors[:5])
        more = "<br>…" if len(errors) > 5 else ""
        self.library_errors.setText(self.tr("{0} problems in the call scripts (those scripts are not used):")
                                    .format(len(errors)) + f"<br>{lines}{more}")
        self.library_errors.setToolTip("\n".join(str(e) for e in errors))
        self.library_errors.show()

    def set_library(self, library: ScriptLibrary) -> None:
        """Use another library (read from the database, or after a new version was saved); the script on
        show is reloaded in its newest version, keeping the step and ticks where they still exist."""
        state = self.state()
        self.library = library.rendered(self._hotline)
        self.search.library = self.library
        self._fill_chooser()
        self._show_library_errors()
        if self._scam_type:
            shown = self.script.id if self.script is not None else self._scam_type
            self._load(self.library.get(shown), shown)
            self.restore_state(state)

    # --- showing a script -----------------------------------------------------------------------------

    def show_scam_type(self, scam_type: str) -> None:
        """Show the script for a lead's scam type from its first step, nothing ticked (no signal)."""
        self._scam_type = scam_type
        self._ticked.clear()
        with QSignalBlocker(self):  # the script following the lead is nobody's edit (its draft would take it)
            self._load(self.library.get(scam_type), scam_type)

    def _load(self, script: Script | None, scam_type: str) -> None:
        self.script, self._history, self._step_id = script, [], None
        other = bool(self._scam_type) and scam_type != self._scam_type
        if other:
            self.other_type.setText(self.tr("This is the script for %1; the lead is %2. <a href='back'>Back to "
                                            "the lead's script</a>").replace("%1", escape(scam_label(scam_type, self.lang)))
                                    .replace("%2", escape(scam_label(self._scam_type, self.lang))))
        self.other_type.setVisible(other)
        index = self.chooser.findData(scam_type)
        self.chooser.setCurrentIndex(index)
        if script is None:
            self._show_problem(scam_type)
        else:
            self.problem.hide()
        self.tabs.setEnabled(script is not None)
        self.answer.clear()  # the last lead's objection and its answer are not this one's
        self.objection_goto.hide()
        if script is not None and script is self._built:  # the same script again (F5 to a lead of its type)
            with QSignalBlocker(self.objection_list):
                self.objection_list.setCurrentRow(-1)
        else:
            self._fill_lists(script)
        self._build_checkpoints()
        if script is not None:
            self._go(script.first_step.id, remember=False)
        else:
            self.step_text.clear()
            self._show_branches(None)
            self._update_nav()

    def _fill_lists(self, script: Script | None) -> None:
        """The script's steps, objections and warning signs in their lists (emptied for none)."""
        self._built = script
        self.step_list.clear()
        self.step_combo.clear()
        with QSignalBlocker(self.objection_list):  # it reports its old current item as it empties: an objection
            self.objection_list.clear()             # of the last script, looked up in this one (KeyError)
        self.red_flags.clear()
        if script is not None:
            for step in script.steps:
                item = QListWidgetItem(f"{self.step_list.count() + 1}. {step.title.get(self.lang)}")
                item.setToolTip(step.stage.zh if self.lang == "zh" else step.stage.value)
                item.setData(Qt.ItemDataRole.UserRole, step.id)
                self.step_list.addItem(item)
                self.step_combo.addItem(item.text(), step.id)
                self.step_combo.setItemData(self.step_combo.count() - 1, item.text(), Qt.ItemDataRole.ToolTipRole)
            for objection in script.objections:
                item = QListWidgetItem(objection.says.get(self.lang))
                item.setData(Qt.ItemDataRole.UserRole, objection.id)
                self.objection_list.addItem(item)
            flags = "".join(f"<li>{escape(flag.text.get(self.lang))}</li>" for flag in script.red_flags)
            self.red_flags.setHtml(f"<p>{escape(script.summary.get(self.lang))}</p><ul>{flags}</ul>")

    def _show_problem(self, scam_type: str) -> None:
        errors = self.library.errors_for(f"{scam_type}.toml")
        label = escape(scam_label(scam_type, self.lang))
        if errors:
            detail = "<br>".join(escape(str(e)) for e in errors)
            text = self.tr("The call script for {0} could not be loaded:").format(label) + f"<br>{detail}"
        else:
            text = self.tr("There is no call script for {0}.").format(label)
        self.problem.setText(text + "<br>" + self.tr("Search other scripts above, or follow the general advice."))
        self.problem.show()

    def _build_checkpoints(self) -> None:
        """The shown script's checkpoint boxes, ticked as `_ticked` says: the boxes already made are refilled
        (F5 must not build and lay out a dozen widgets), new ones made only for a script with more checkpoints
        than any before it."""
        script = self.script
        checkpoints = script.checkpoints if script is not None else ()
        self.checkpoint_scroll.setVisible(bool(checkpoints))
        while len(self._pool) < len(checkpoints):
            index = len(self._pool)
            box = ElidedCheckBox("", self.checkpoint_box)  # cut with "…" to the column, whole in the tooltip
            box.toggled.connect(lambda on, i=index: self._box_toggled(i, on))
            self.checkpoint_layout.insertWidget(index, box)
            self._pool.append(box)
        self._boxes = {}
        ticked = self._ticked.setdefault(script.id, set()) if script is not None else set()
        for box, checkpoint in zip(self._pool, checkpoints, strict=False):
            box.setObjectName(f"cp_{checkpoint.id}")
            box.refill(checkpoint.label.get(self.lang) + (" *" if checkpoint.required else ""),
                       self.tr("Required for this scam type") if checkpoint.required else "")
            with QSignalBlocker(box):
                box.setChecked(checkpoint.id in ticked)
            if box.isHidden():
                box.show()
            self._boxes[checkpoint.id] = box
        for box in self._pool[len(checkpoints):]:
            box.setObjectName("")
            if not box.isHidden():
                box.hide()

    def _box_toggled(self, index: int, on: bool) -> None:
        if self.script is not None and index < len(self.script.checkpoints):
            self._ticked_changed(self.script.checkpoints[index].id, on)

    def _ticked_changed(self, checkpoint_id: str, on: bool) -> None:
        if self.script is None:
            return
        ticked = self._ticked.setdefault(self.script.id, set())
        (ticked.add if on else ticked.discard)(checkpoint_id)
        self.checkpoints_changed.emit()

    # --- steps ----------------------------------------------------------------------------------------

    @property
    def current_step(self) -> Step | None:
        if self.script is None or self._step_id is None:
            return None
        return self.script.step(self._step_id)

    def _go(self, step_id: str, remember: bool = True) -> None:
        assert self.script is not None
        step = self.script.step(step_id)
        if remember and self._step_id is not None and self._step_id != step_id:
            self._history.append(self._step_id)
        self._step_id = step_id
        for row in range(self.step_list.count()):
            item = self.step_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == step_id:
                self.step_list.setCurrentItem(item)
        self.step_combo.setCurrentIndex(self.step_combo.findData(step_id))
        self.step_combo.setToolTip(self.step_combo.currentText())
        self._render(step)
        self._show_branches(step)
        for cid, box in self._boxes.items():
            bold = self.script.checkpoint(cid).step == step_id  # the checkpoints of the step on show
            if box.font().bold() != bold:  # setting a font, even the same, lays the box out again
                font = box.font()
                font.setBold(bold)
                box.setFont(font)
        self._update_nav()
        self.step_changed.emit(step_id)

    def _render(self, step: Step) -> None:
        asks = "".join(f"<li>{escape(q.get(self.lang))}</li>" for q in step.ask)
        ask_title = self.tr("Ask:")  # outside the f-string, where lupdate finds it
        ask_html = f"<p><b>{escape(ask_title)}</b></p><ul>{asks}</ul>" if asks else ""
        # The step's title heads the text only beside the step list: in a narrow panel the drop-down above the
        # text names the step, and the line goes to what is read aloud.
        title = "" if self._narrow else f"<h3>{escape(step.title.get(self.lang))}</h3>"
        self.step_text.setHtml(title
                               + f"<p style='font-size:15px; line-height:140%'>{escape(step.say.get(self.lang))}</p>"
                               + ask_html)

    def _show_branches(self, step: Step | None) -> None:
        while self.branch_layout.count():
            widget = self.branch_layout.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)  # type: ignore[call-overload]
                widget.deleteLater()
        branches = step.branches if step else ()
        for i, branch in enumerate(branches):
            button = QPushButton(branch.when.get(self.lang), self.branch_box)
            button.setObjectName(f"branch_{i}")
            button.setStyleSheet("text-align:left; padding:4px;")
            button.clicked.connect(lambda _=False, goto=branch.goto: self._go(goto))
            self.branch_layout.addWidget(button)
        self.branch_box.setVisible(bool(branches))

    def _update_nav(self) -> None:
        step = self.current_step
        self.next_button.setEnabled(step is not None and step.next is not None)
        self.back_button.setEnabled(bool(self._history))

    @Slot()
    def next_step(self) -> None:
        step = self.current_step
        if step is not None and step.next:
            self._go(step.next)

    @Slot()
    def previous_step(self) -> None:
        if self._history and self.script is not None:
            self._step_id = None  # going back is not a new visit
            self._go(self._history.pop(), remember=False)

    def choose_branch(self, index: int) -> None:
        step = self.current_step
        if step is not None and 0 <= index < len(step.branches):
            self._go(step.branches[index].goto)

    def goto_step(self, step_id: str) -> None:
        if self.script is not None:
            self.tabs.setCurrentIndex(0)
            self._go(step_id)

    @Slot(QListWidgetItem)
    def _step_clicked(self, item: QListWidgetItem) -> None:
        self._go(item.data(Qt.ItemDataRole.UserRole))

    @Slot(int)
    def _step_chosen(self, index: int) -> None:
        step_id = self.step_combo.itemData(index)
        if step_id and self.script is not None:
            self._go(step_id)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW_STEPS
        self.step_list.setVisible(not narrow)
        self.step_combo.setVisible(narrow)
        if narrow != self._narrow:
            self._narrow = narrow
            step = self.current_step
            if step is not None:
                self._render(step)

    # --- objections -----------------------------------------------------------------------------------

    def show_objection(self, objection_id: str) -> None:
        for row in range(self.objection_list.count()):
            item = self.objection_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == objection_id:
                self.tabs.setCurrentIndex(1)
                self.objection_list.setCurrentItem(item)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _objection_selected(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None or self.script is None:
            return
        objection = self.script.objection(item.data(Qt.ItemDataRole.UserRole))
        self.answer.setHtml(f"<p><i>{escape(objection.says.get(self.lang))}</i></p>"
                            f"<p style='font-size:15px'>{escape(objection.answer.get(self.lang))}</p>")
        self.objection_goto.setVisible(objection.goto is not None)
        if objection.goto:
            title = self.script.step(objection.goto).title.get(self.lang)
            self.objection_goto.setText(self.tr("Go to step: {0}").format(title))
            self.objection_goto.setProperty("goto", objection.goto)

    @Slot()
    def _objection_goto(self) -> None:
        goto = self.objection_goto.property("goto")
        if goto:
            self.goto_step(goto)

    # --- switching and search -------------------------------------------------------------------------

    def switch_to(self, script_id: str) -> None:
        """The officer chose another scam type's script: show it and say so (script_switched)."""
        old = self.script.id if self.script else self._scam_type
        if script_id == old and self.script is not None:
            return
        self._load(self.library.get(script_id), script_id)
        self.script_switched.emit(old, script_id)

    @Slot(str)
    def _back_to_lead_type(self, _link: str = "") -> None:
        self.switch_to(self._scam_type)

    @Slot(int)
    def _chosen(self, index: int) -> None:
        self.switch_to(self.chooser.itemData(index))

    @Slot(object)
    def open_hit(self, hit: SearchHit) -> None:
        """Go to a search hit, switching script if it belongs to another type."""
        if self.script is None or hit.script_id != self.script.id:
            self.switch_to(hit.script_id)
        if self.script is None:
            return
        if hit.kind is HitKind.STEP and hit.item_id:
            self.goto_step(hit.item_id)
        elif hit.kind is HitKind.OBJECTION and hit.item_id:
            self.show_objection(hit.item_id)
        elif hit.kind is HitKind.CHECKPOINT and hit.item_id:
            step = self.script.checkpoint(hit.item_id).step
            if step:
                self.goto_step(step)
            self._boxes[hit.item_id].setFocus()
        elif hit.kind in (HitKind.RED_FLAG, HitKind.SUMMARY):
            self.tabs.setCurrentIndex(2)
        else:
            self.tabs.setCurrentIndex(0)

    def focus_search(self) -> None:
        self.search.focus()

    # --- what the outcome and the draft need ----------------------------------------------------------

    def script_ref(self) -> tuple[str | None, int | None]:
        return (self.script.id, self.script.version) if self.script else (None, None)

    def checked_checkpoints(self) -> tuple[str, ...]:
        if self.script is None:
            return ()
        ticked = self._ticked.get(self.script.id, set())
        return tuple(cp.id for cp in self.script.checkpoints if cp.id in ticked)

    def required_unticked(self) -> list[str]:
        """The labels of the script's required checkpoints (*) not ticked, in the script's order."""
        if self.script is None:
            return []
        ticked = self._ticked.get(self.script.id, set())
        return [cp.label.get(self.lang) for cp in self.script.required_checkpoints if cp.id not in ticked]

    def total_checkpoints(self) -> int:
        return len(self.script.checkpoints) if self.script else 0

    def state(self) -> dict[str, Any]:
        return {"script_id": self.script.id if self.script else None, "script_step": self._step_id,
                "script_history": list(self._history),
                "script_ticked": {k: sorted(v) for k, v in self._ticked.items() if v}}

    def restore_state(self, state: dict[str, Any]) -> None:
        """Put back a draft's script, step and ticks (no script_switched: that was recorded at the time)."""
        script_id = state.get("script_id")
        self._ticked = {k: set(v) for k, v in (state.get("script_ticked") or {}).items()}
        if script_id and script_id in self.library:
            ticked = self._ticked
            self._load(self.library.get(script_id), script_id)
            self._ticked = ticked
            self._build_checkpoints()
            step = state.get("script_step")
            if self.script is not None and step and any(s.id == step for s in self.script.steps):
                self._go(step, remember=False)
            self._history = [s for s in state.get("script_history") or [] if self.script and
                             any(x.id == s for x in self.script.steps)]
            self._update_nav()
        self.checkpoints_changed.emit()
