"""Small widgets shared by the lead panel: elided label, level badge, countdown, optional date-time field,
field errors."""

from __future__ import annotations

import html
import inspect
import weakref
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta, tzinfo
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
    Slot,
)
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from workstation.clock import Clock
from workstation.domain.outcome import FieldError
from workstation.messages import text as msg_text

INVALID_STYLE = "border: 2px solid #d32f2f; border-radius: 3px;"
ERROR_TEXT_STYLE = "color: #c62828;"
LEVEL_COLOURS = {"red": "#d32f2f", "orange": "#ef6c00", "yellow": "#f9a825"}
# The empty value of an OptionalDateTime: shown as "—" through specialValueText.
_EMPTY = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone.utc())


def ui_lang(lang: str | None = None) -> str:
    """The language of script texts and enum labels: `lang` when given, else the app's (ui.i18n; zh unless
    the app was started with --lang en)."""
    if lang in ("zh", "en"):
        return lang
    from ui import i18n

    return "zh" if i18n.is_chinese() else "en"


def guarded(owner: QObject, fn: Callable[..., Any] | str, *bound: Any) -> Callable[..., Any]:
    """A task callback that holds `owner` only weakly and does nothing once it is gone or deleted.

    `fn` is a method of `owner` (bound, or its name); it is called as owner.fn(*bound, *args). A closure
    that captures a QObject is refused: it would keep the widget alive, and a Qt wrapper whose last
    reference is dropped on a worker thread crashes PySide.
    """
    ref = weakref.ref(owner)
    invoke = _unbound(owner, fn)

    def call(*args: Any) -> Any:
        target = ref()
        if target is None or not shiboken6.isValid(target):
            return None
        return invoke(target, bound + args)

    return call


def _unbound(owner: QObject, fn: Callable[..., Any] | str) -> Callable[[Any, tuple[Any, ...]], Any]:
    """How to call `fn` given the live owner, without holding the owner."""
    if isinstance(fn, str):
        name = fn
        return lambda target, args: getattr(target, name)(*args)
    if inspect.ismethod(fn) and fn.__self__ is owner:
        func = fn.__func__
        return lambda target, args: func(target, *args)
    if _holds_qobject(fn):
        raise TypeError("guarded: pass a method of the owner, not a closure holding a Qt object")
    plain = fn
    return lambda _target, args: plain(*args)


def _holds_qobject(fn: Callable[..., Any]) -> bool:
    if isinstance(getattr(fn, "__self__", None), QObject):
        return True
    for cell in getattr(fn, "__closure__", None) or ():
        try:
            if isinstance(cell.cell_contents, QObject):
                return True
        except ValueError:  # an empty cell
            continue
    return False


def to_qdatetime(value: datetime, tz: tzinfo) -> QDateTime:
    """`value` as its wall-clock time in `tz`, carried in a UTC QDateTime (no system-zone surprises)."""
    local = value.astimezone(tz)
    return QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute, local.second), QTimeZone.utc())


def from_qdatetime(value: QDateTime, tz: tzinfo) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), tzinfo=tz)


class ElidedLabel(QLabel):
    """A one-line plain-text label that ends in "…" where its width runs out, the whole text in its tooltip.

    State: the whole text (`text()`), and whether it is cut at the width it has now (`elided`). Its minimum
    width is small, so a long scam type or status never widens the window past the screen.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, *, min_chars: int = 4) -> None:
        super().__init__(text, parent)
        self._min_chars = min_chars
        self._own_tip = ""  # a tooltip set by the caller, kept when the text fits
        self.elided = False
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self._update_tip()

    def setToolTip(self, tip: str) -> None:  # noqa: N802 - Qt override
        self._own_tip = tip
        self._update_tip()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        chars = self.fontMetrics().horizontalAdvance("M" * self._min_chars)
        margins = self.contentsMargins()
        return QSize(min(hint.width(), chars + margins.left() + margins.right()), hint.height())

    def shown_text(self) -> str:
        """The text as painted: whole, or cut with "…" to the width the label has."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_tip()

    def _update_tip(self) -> None:
        self.elided = self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()
        tip = self.text() if self.elided else ""
        if self._own_tip:
            tip = f"{tip}\n{self._own_tip}" if tip and tip != self._own_tip else self._own_tip
        super().setToolTip(tip)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self.elided:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), self.palette(),
                                  self.isEnabled(), self.shown_text(), self.foregroundRole())


class ElidedCheckBox(QCheckBox):
    """A check box whose label ends in "…" where its width runs out (the whole label in the tooltip).

    State: the whole label (`full_text`) and the tooltip given by the caller (`_own_tip`).
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.full_text = text
        self._own_tip = ""
        # As wide as the whole label where there is room (a click beside a short label is not a tick), less
        # where there is not.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def refill(self, text: str, tip: str = "") -> None:
        """Another label and tooltip for the same box (a script panel's boxes are refilled from lead to lead)."""
        if text == self.full_text and tip == self._own_tip:
            return
        if text != self.full_text:
            self.full_text = text
            super().setText(text)
            self.updateGeometry()
        self._own_tip = tip
        self._elide()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override: the whole label's width, not the cut one's
        hint = super().sizeHint()
        extra = self.fontMetrics().horizontalAdvance(self.full_text) - self.fontMetrics().horizontalAdvance(
            self.text())
        return QSize(hint.width() + max(extra, 0), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M" * 8)), hint.height())

    def setToolTip(self, tip: str) -> None:  # noqa: N802 - Qt override
        self._own_tip = tip
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        box = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, self)
        room = box.width() if box.width() > 0 else self.width()
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            super().setText(shown)
        tips = [t for t in (self.full_text if shown != self.full_text else "", self._own_tip) if t]
        super().setToolTip("\n".join(tips))


class LevelBadge(QLabel):
    """The warning level (预警级别) as a coloured pill."""

    def set_level(self, level: str, text: str) -> None:
        colour = LEVEL_COLOURS.get(level, "#757575")
        fg = "#212121" if level == "yellow" else "white"
        self.setText(text)
        self.setStyleSheet(f"background:{colour}; color:{fg}; border-radius:8px; padding:2px 10px;"
                           "font-weight:bold;")


def duration_text(seconds: int) -> str:
    """A span as the queue (and the lead header) show it: '07:14' under an hour, '7:14:12' past one, '2d 3h' past a day."""
    span = abs(int(seconds))
    days, rest = divmod(span, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("QueueModel", "%1d %2h").replace("%1", str(days)).replace(
            "%2", str(hours))
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


class Countdown(QLabel):
    """Time left until a lead is due; red and counting up once it is overdue. Ticks every second."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._due: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    def set_due(self, due: datetime | None) -> None:
        self._due = due
        if due is None:
            self._timer.stop()
            self.clear()
            return
        self._timer.start()
        self._tick()

    @staticmethod
    def _format(delta: timedelta) -> str:
        """As the queue shows it (past a day "7d 10h", not "178:07:33")."""
        return duration_text(int(delta.total_seconds()))

    @Slot()
    def _tick(self) -> None:
        if self._due is None:
            return
        left = self._due - self._clock.now()
        if left.total_seconds() >= 0:
            urgent = left <= timedelta(minutes=5)
            self.setText(self.tr("Due in {0}").format(self._format(left)))
            colour = "#e65100" if urgent else "#2e7d32"
        else:
            self.setText(self.tr("Overdue by {0}").format(self._format(left)))
            colour = "#c62828"
        self.setStyleSheet(f"color:{colour}; font-weight:bold; font-size:15px;")


class _NowFirstEdit(QDateTimeEdit):
    """The edit of an OptionalDateTime: an empty one starts from the desk's clock when a person turns to it (it
    started from its empty value, 2000-01-01), and goes back to empty if they leave it untouched. Keys: N now,
    + thirty minutes later, Ctrl+Delete empty."""

    def __init__(self, field: OptionalDateTime) -> None:
        super().__init__(field)
        self._field = field
        self.tentative = False  # filled with now on focus; nobody changed it yet
        self.dateTimeChanged.connect(self._changed)

    @Slot()
    def _changed(self) -> None:
        self.tentative = False

    def focusInEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        # A person turning to the field (Tab, a click, a shortcut): not the form putting the focus on a field it
        # says is required, which would show a time nobody chose beside "required".
        by_person = event.reason() != Qt.FocusReason.OtherFocusReason
        filled = by_person and self._field.value() is None and self.isEnabled() and not self.isReadOnly()
        if filled:
            self.blockSignals(True)  # not an edit: nothing to save until the person changes it
            self._field.set_value(self._field.now())
            self.blockSignals(False)
            self.tentative = True
        super().focusInEvent(event)
        if filled:  # what is changed from now is the minutes (↑/↓), not the year
            self.setCurrentSection(QDateTimeEdit.Section.MinuteSection)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        if self.tentative:
            self.blockSignals(True)
            self._field.set_value(None)
            self.blockSignals(False)
            self.tentative = False

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() == Qt.Key.Key_N:
            self._field.set_now()
        elif event.key() == Qt.Key.Key_Plus:
            self._field.step(30)
        elif event.key() == Qt.Key.Key_Delete and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._field.set_value(None)
        else:
            super().keyPressEvent(event)


class OptionalDateTime(QWidget):
    """A date-time in the centre's zone that may be empty ("—"), with a "Now" button (and "+30 min"-style buttons
    where `steps` asks for them). Typing into an empty one starts from now in the desk's clock.

    State: the QDateTimeEdit (`edit`), the zone (`tz`) and the clock that "Now" reads; `step_buttons` by minutes.
    """

    changed = Signal()

    def __init__(self, tz: tzinfo, clock: Clock, parent: QWidget | None = None, *, now_button: bool = True,
                 steps: tuple[int, ...] = ()) -> None:
        super().__init__(parent)
        self.tz = tz
        self._clock = clock
        self.edit = _NowFirstEdit(self)
        self.edit.setTimeZone(QTimeZone.utc())
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDateTime(_EMPTY)
        self.edit.setSpecialValueText("—")
        self.edit.setDateTime(_EMPTY)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.edit.dateTimeChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.now_button: QPushButton | None = None
        if now_button:
            self.now_button = QPushButton(self.tr("Now"), self)
            self.now_button.setAutoDefault(False)
            self.now_button.clicked.connect(self.set_now)
            layout.addWidget(self.now_button)
        self.step_buttons: dict[int, QPushButton] = {}
        for minutes in steps:
            label = self.tr("+%1 min").replace("%1", str(minutes)) if minutes < 60 else self.tr("+%1 h").replace(
                "%1", f"{minutes / 60:g}")
            button = QPushButton(label, self)
            button.setAutoDefault(False)
            button.setToolTip(self.tr("%1 from now (again: %1 later)").replace("%1", label.lstrip("+")))
            button.clicked.connect(lambda _=False, m=minutes: self.step(m))
            layout.addWidget(button)
            self.step_buttons[minutes] = button
        self.edit.setToolTip(self.tr("N: now · +: 30 minutes later · Ctrl+Delete: empty"))
        self.setFocusProxy(self.edit)

    def now(self) -> datetime:
        """The desk's clock, to the second (what the field shows)."""
        return self._clock.now().replace(microsecond=0)

    def value(self) -> datetime | None:
        current = self.edit.dateTime()
        if current == self.edit.minimumDateTime():
            return None
        return from_qdatetime(current, self.tz)

    def set_value(self, value: datetime | None) -> None:
        self.edit.setDateTime(_EMPTY if value is None else to_qdatetime(value, self.tz))

    @Slot()
    def set_now(self) -> None:
        self.set_value(self._clock.now())

    def step(self, minutes: int) -> None:
        """`minutes` from now, or from the value when it is later than now (pressed twice: twice as far)."""
        now = self.now()
        current = self.value()
        base = current if current is not None and current > now and not self.edit.tentative else now
        self.set_value(base + timedelta(minutes=minutes))


class WrappingLabel(QLabel):
    """A word-wrapped label that asks for the height its lines take at its width. Layouts nested in a form in a
    scroll area gave a two-line message the height of one (its second line cut)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self.setMinimumHeight(0)  # the new text's lines are counted at the width the layout gives it
        if self.isVisible():
            self._fit()

    def _fit(self) -> None:
        needed = self.heightForWidth(self.width()) if self.text() else 0
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class KeepHeightForWidth(QObject):
    """Keeps a widget's minimum height at what its layout needs at its width. A QFormLayout gives a row that spans
    both columns its minimum height, not its height for width: a group of fields whose messages wrap was
    squeezed, the messages drawn over the fields. Install with `KeepHeightForWidth(widget)`."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._widget and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            widget = self._widget
            needed = widget.heightForWidth(widget.width()) if widget.width() > 0 else -1
            if needed > 0 and needed != widget.minimumHeight():
                widget.setMinimumHeight(needed)
        return False


class FieldRow(QWidget):
    """A field with its error message underneath (red border + text), hidden while there is none."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error = WrappingLabel(self)
        self.error.setStyleSheet(ERROR_TEXT_STYLE)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(field)
        layout.addWidget(self.error)
        self.setFocusProxy(field)

    def _target(self) -> QWidget:
        target: QWidget = getattr(self.field, "edit", self.field)  # an OptionalDateTime: its edit
        if not target.objectName():
            target.setObjectName(f"field_{id(target):x}")
        return target

    def set_error(self, message: str) -> None:
        previous = self.error.text() if self.has_error else ""
        self.error.setText(f"{previous}\n{message}" if previous else message)
        self.error.show()
        target = self._target()
        target.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        target.setStyleSheet(f"#{target.objectName()} {{{INVALID_STYLE}}}")

    def clear_error(self) -> None:
        if not self.has_error:
            return  # nothing to clear: a style sheet set, even to "", re-polishes the field (F5 clears them all)
        self.error.clear()
        self.error.hide()
        self._target().setStyleSheet("")

    @property
    def has_error(self) -> bool:
        return not self.error.isHidden()


def show_field_errors(rows: Mapping[str, FieldRow], summary: QLabel, heading: str, errors: Sequence[FieldError],
                      aliases: Mapping[str, str] | None = None, *, focus: bool = True,
                      limit: int | None = None) -> FieldRow | None:
    """Each error's message under its field (`aliases` maps a field the form shows elsewhere to its row) and the
    first `limit` of them (all by default), escaped, in `summary` under `heading`, with how many more are marked
    in red. Returns the first bad row in form order, focused unless `focus` is false, or None."""
    for error in errors:
        row = rows.get(error.field) or rows.get((aliases or {}).get(error.field, ""))
        if row is not None:
            row.set_error(msg_text(error.message))
    listed = errors if limit is None else errors[:limit]
    lines = "".join(f"<li>{html.escape(msg_text(e.message))}</li>" for e in listed)
    more = len(errors) - len(listed)
    tail = (html.escape(QCoreApplication.translate("FieldErrors", "… and {0} more, marked in red").format(more))
            if more else "")
    summary.setText(f"{html.escape(heading)}<ul style='margin:0'>{lines}</ul>{tail}")
    summary.show()
    first = next((row for row in rows.values() if row.has_error), None)
    if first is not None and focus:
        first.setFocus(Qt.FocusReason.OtherFocusReason)
    return first


def clear_field_errors(rows: Mapping[str, FieldRow], summary: QLabel) -> None:
    for row in rows.values():
        row.clear_error()
    summary.clear()
    summary.hide()
