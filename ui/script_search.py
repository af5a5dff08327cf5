"""Search across every call script (Ctrl+K): an officer may learn mid-call that the scam is another type."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from workstation.domain.types import ScamType
from workstation.scripts import ScriptLibrary, SearchHit

MAX_HITS = 40


class ScriptSearch(QWidget):
    """A search box and its hits. Enter opens the first hit, Down moves into the list, Escape clears.

    State: the library searched and `hits` (the SearchHit behind each row of `results`).
    """

    hit_chosen = Signal(object)  # SearchHit

    def __init__(self, library: ScriptLibrary, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.lang = library, lang
        self.hits: list[SearchHit] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = QLineEdit(self)
        self.box.setObjectName("script_search")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr("Search all scripts: safe account, refund, loan … (Ctrl+K)"))
        self.box.setToolTip(self.box.placeholderText())  # a narrow script column cuts the hint
        self.results = QListWidget(self)
        self.results.setObjectName("script_hits")
        self.results.setMaximumHeight(160)
        self.results.setWordWrap(True)  # a hit is a sentence: wrapped, not cut behind a sideways scroll bar
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.hide()
        layout.addWidget(self.box)
        layout.addWidget(self.results)
        self.box.textChanged.connect(self._search)
        self.box.returnPressed.connect(self._open_first)
        self.box.installEventFilter(self)
        self.results.itemActivated.connect(self._open)
        self.results.itemClicked.connect(self._open)

    def focus(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def _type_label(self, code: str) -> str:
        try:
            kind = ScamType(code)
        except ValueError:
            return code
        return kind.zh if self.lang == "zh" else kind.en

    @Slot(str)
    def _search(self, text: str) -> None:
        self.results.clear()
        found = self.library.search(text) if text.strip() else []
        # One language per item is enough: prefer the UI's, fall back to the other.
        seen: set[tuple[str, str]] = set()
        ordered = sorted(found, key=lambda h: h.lang != self.lang)
        kept = []
        for hit in ordered:
            key = (hit.script_id, hit.location)
            if key not in seen:
                seen.add(key)
                kept.append(hit)
        kept.sort(key=found.index)
        self.hits = kept[:MAX_HITS]
        for hit in self.hits:
            item = QListWidgetItem(f"【{self._type_label(hit.script_id)}】 {hit.snippet}")
            item.setToolTip(hit.location)
            self.results.addItem(item)
        if text.strip() and not self.hits:
            self.results.addItem(self.tr("No script mentions this."))
        self.results.setVisible(bool(text.strip()))

    @Slot()
    def _open_first(self) -> None:
        if self.hits:
            self.hit_chosen.emit(self.hits[0])

    @Slot(QListWidgetItem)
    def _open(self, item: QListWidgetItem) -> None:
        row = self.results.row(item)
        if 0 <= row < len(self.hits):
            self.hit_chosen.emit(self.hits[row])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.box and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Down and self.hits:
                self.results.setFocus()
                self.results.setCurrentRow(0)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.box.clear()
                return True
        return super().eventFilter(watched, event)
