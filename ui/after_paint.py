"""Work that waits until a window has repainted: what the person asked for on screen first, the rest after.

F5 shows the claimed lead and refreshes the queue. Both are on the screen's next repaint if the queue's reload
starts at once: its page is read on the database worker while the GUI thread lays out and paints the lead, the
two threads trade the GIL, and the model's reset arrives in time to have the whole table repainted in the same
pass. Started after that repaint instead, the lead is on screen a frame sooner and the queue follows in the next.

Qt posts a widget window's repaint (QEvent.UpdateRequest) at low priority, behind every other posted event;
whether a zero-time timer started before it fires before or after it is up to the platform's event dispatcher
(after, on X11). Waiting for the UpdateRequest itself does not depend on that: hence the event filter.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget


class AfterPaint(QObject):
    """Runs callables once each, just after `window`'s next repaint, or after `fallback_ms` if it has none to do
    (hidden, minimised, nothing changed on it).

    State: `_pending` (callables in the order given, each once), the event filter on `window` while there are any.
    """

    def __init__(self, window: QWidget, fallback_ms: int = 100) -> None:
        super().__init__(window)
        self._window = window
        self._fallback_ms = fallback_ms
        self._pending: list[Callable[[], None]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)

    def call(self, fn: Callable[[], None]) -> None:
        if fn in self._pending:
            return
        self._pending.append(fn)
        if len(self._pending) == 1:
            self._window.installEventFilter(self)
            self._timer.start(self._fallback_ms)

    def pending(self) -> bool:
        return bool(self._pending)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.UpdateRequest and self._pending:
            self._timer.start(0)  # fires once this repaint has been handled
        return False

    @Slot()
    def _run(self) -> None:
        self._timer.stop()
        self._window.removeEventFilter(self)
        pending, self._pending = self._pending, []
        for fn in pending:
            fn()
