"""The queue model alone (and then its view): lazy pages, filters, countdowns — checked against the services."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui import i18n, theme
from ui.queue_model import COL, COUNTDOWN_COLUMN, ROW_ROLE, QueueModel, countdown_text
from ui.queue_view import QueueView
from ui.tasks import TaskRunner
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.domain.types import LeadStatus, ScamType
from workstation.services import queue
from workstation.services.queue import QueueFilter, SortKey

ALL = QueueFilter(statuses=())


def ids(model: QueueModel) -> list[str]:
    return [r.id for r in model.rows()]


def loaded(ws: Workstation, flt: QueueFilter, page_size: int = 20, sort: SortKey = SortKey.URGENCY) -> QueueModel:
    model = QueueModel(ws, page_size=page_size)
    model._filter = flt  # noqa: SLF001 - set before the first read
    model._sort = sort  # noqa: SLF001
    model.reload()
    return model


def test_qtmodeltester(ws: Workstation, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = loaded(ws, ALL, page_size=25)
    assert model.rowCount() == 25
    qtmodeltester.check(model)
    model.fetchMore()
    qtmodeltester.check(model)


def test_fetch_more_pages_in_queue_order(ws: Workstation) -> None:
    expected = [r.id for r in queue.page(ws, ALL, SortKey.URGENCY, limit=10_000)]
    assert len(expected) == 60
    model = loaded(ws, ALL, page_size=20)
    sizes = [model.rowCount()]
    while model.canFetchMore():
        model.fetchMore()
        sizes.append(model.rowCount())
    assert sizes[:3] == [20, 40, 60]
    assert ids(model) == expected
    assert len(set(ids(model))) == len(ids(model))
    assert not model.canFetchMore()


def test_fetch_more_inserts_inclusive_range(ws: Workstation, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = loaded(ws, ALL, page_size=20)
    with qtbot.waitSignal(model.rowsInserted) as blocker:
        model.fetchMore()
    _parent, first, last = blocker.args
    assert (first, last) == (20, 39)


@pytest.mark.parametrize("sort", list(SortKey))
def test_every_sort_pages_like_the_service(ws: Workstation, sort: SortKey) -> None:
    model = loaded(ws, ALL, page_size=7, sort=sort)
    while model.canFetchMore():
        model.fetchMore()
    assert ids(model) == [r.id for r in queue.page(ws, ALL, sort, limit=10_000)]


def test_filter_by_scam_type(ws: Workstation) -> None:
    model = loaded(ws, ALL, page_size=200)
    flt = QueueFilter(statuses=(), scam_type=ScamType.FAKE_INVESTMENT.value)
    model.set_filter(flt)
    assert model.rowCount() == queue.count(ws, flt) > 0
    assert {r.scam_type for r in model.rows()} == {ScamType.FAKE_INVESTMENT.value}
    assert ids(model) == [r.id for r in queue.page(ws, flt, limit=10_000)]


def test_search_by_name(ws: Workstation) -> None:
    target = queue.page(ws, ALL, limit=10_000, reveal=True)[5]
    model = loaded(ws, QueueFilter(statuses=(), search=target.person_name), page_size=200)
    expected = {r.id for r in queue.page(ws, ALL, limit=10_000, reveal=True) if target.person_name in r.person_name}
    assert set(ids(model)) == expected and target.id in expected


def test_search_by_phone_digits(ws: Workstation) -> None:
    target = queue.page(ws, ALL, limit=10_000, reveal=True)[17]
    digits = target.phone.replace("-", "")[-6:]
    model = loaded(ws, ALL, page_size=200)
    model.set_filter(QueueFilter(statuses=(), search=digits))
    every = queue.page(ws, ALL, limit=10_000, reveal=True)
    expected = {r.id for r in every if digits in r.phone.replace("-", "")}
    assert target.id in expected
    assert set(ids(model)) == expected
    # The list masks personal data even while searching by it.
    assert all("*" in r.phone for r in model.rows())


def test_default_filter_shows_open_leads_only(ws: Workstation) -> None:
    model = loaded(ws, QueueFilter(), page_size=200)
    open_values = {s.value for s in queue.OPEN_STATUSES}
    assert model.rowCount() == queue.count(ws, QueueFilter())
    assert {r.status for r in model.rows()} <= open_values


def test_countdown_text_future_soon_and_overdue(ws: Workstation) -> None:
    model = loaded(ws, QueueFilter(statuses=(LeadStatus.NEW.value,)), page_size=200)
    row = model.row_at(0)
    clock = FixedClock(row.due_at - timedelta(hours=1, minutes=2, seconds=3))
    ws.clock = clock
    model.tick()
    cell = model.index(0, COUNTDOWN_COLUMN)
    assert cell.data() == "1:02:03"
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is None

    clock.set(row.due_at - timedelta(minutes=4, seconds=5))
    model.tick()
    assert cell.data() == "04:05"
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == theme.DUE_SOON

    clock.set(row.due_at + timedelta(minutes=1, seconds=30))
    model.tick()
    assert cell.data() == "overdue 01:30"
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == theme.OVERDUE
    assert countdown_text(row.due_at, row.due_at - timedelta(days=2, hours=3)) == "2d 3h"


def test_closed_leads_have_no_countdown(ws: Workstation) -> None:
    model = loaded(ws, QueueFilter(statuses=(LeadStatus.CLOSED.value,)), page_size=200)
    assert model.rowCount() > 0
    assert model.index(0, COUNTDOWN_COLUMN).data() == ""


def test_tick_repaints_only_the_countdown_column(ws: Workstation, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = loaded(ws, ALL, page_size=20)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.tick(3, 9)
    top, bottom = blocker.args[0], blocker.args[1]
    assert (top.row(), bottom.row()) == (3, 9)
    assert top.column() == bottom.column() == COUNTDOWN_COLUMN


def test_reload_through_the_task_runner(ws: Workstation, qtbot, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    model = QueueModel(ws, tasks, page_size=15)
    with qtbot.waitSignals([model.reloaded, model.counts_changed]):
        model.reload()
    assert model.rowCount() == 15
    with qtbot.waitSignal(model.rowsInserted):
        model.fetchMore()
    assert model.rowCount() == 30
    # An answer for a superseded filter is dropped: only the last reload lands.
    flt = QueueFilter(statuses=(), scam_type=ScamType.ROMANCE.value)
    model.set_filter(QueueFilter(statuses=(), scam_type=ScamType.FAKE_LOAN.value))
    model.set_filter(flt)
    assert tasks.wait_idle()
    assert ids(model) == [r.id for r in queue.page(ws, flt, limit=15)]
    assert not tasks.errors  # type: ignore[attr-defined]


def test_view_search_is_debounced_and_header_sorts(ws: Workstation, qtbot, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    model = QueueModel(ws, tasks, me="officer1")
    view = QueueView(model, "officer1")
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(model.reloaded):
        model.reload()
    target = queue.page(ws, QueueFilter(), limit=1, reveal=True)[0]
    digits = target.phone.replace("-", "")[-5:]
    with qtbot.waitSignal(model.reloaded, timeout=3000):
        qtbot.keyClicks(view.search_edit, digits)  # one reload after the pause, not one per key
    assert model.filter.search == digits
    assert target.id in ids(model)
    # the counts come after the rows (they scan); the first reload's counts may still be on their way
    found = queue.count(ws, model.filter)
    expected = "1 lead," if found == 1 else f"{found} leads,"  # "1 lead", never "1 leads"
    qtbot.waitUntil(lambda: view.count_label.text().startswith(expected), timeout=3000)

    with qtbot.waitSignal(model.reloaded):
        view.clear_search()  # what Esc does (the shortcut lives in the main window)
    assert model.filter.search == ""
    with qtbot.waitSignal(model.reloaded):
        view.table.horizontalHeader().sectionClicked.emit(COL["amount"])
    assert model.sort_key is SortKey.AMOUNT
    amounts = [r.amount_at_risk for r in model.rows()]
    assert amounts == sorted(amounts, reverse=True)
    view.table.horizontalHeader().sectionClicked.emit(COL["phone"])  # not sortable: nothing changes
    assert model.sort_key is SortKey.AMOUNT
    assert model.index(0, 0).data(ROW_ROLE) is model.row_at(0)


def test_each_header_names_the_field_shown_under_it(ws: Workstation) -> None:
    """Header i and column i are the same field (they were one column off from the third on)."""
    model = loaded(ws, ALL)
    headers = {name: model.headerData(COL[name], Qt.Orientation.Horizontal) for name in COL}
    assert headers == {"ref": "Ref", "level": "Level", "due": "Due in", "scam_type": "Scam type",
                       "person_name": "Name", "phone": "Phone", "district": "District", "amount": "Amount at risk",
                       "status": "Status · officer"}
    row = model.rows()[0]
    shown = {name: model.data(model.index(0, COL[name])) for name in COL}
    assert shown["ref"] == row.ref and shown["person_name"] == row.person_name and shown["phone"] == row.phone
    assert shown["due"] == countdown_text(row.due_at, model._now)  # noqa: SLF001


def test_columns_fit_the_words_of_the_language_in_use(ws: Workstation, qtbot) -> None:  # type: ignore[no-untyped-def]
    """In English "overdue 7:41:18" is wider than "超时 7:41:18": the countdown was cut to "overdue 6:…"."""
    view = QueueView(QueueModel(ws), "officer1")
    qtbot.addWidget(view)
    header = view.table.horizontalHeader()
    metrics = view.table.fontMetrics()
    assert header.sectionSize(COUNTDOWN_COLUMN) > metrics.horizontalAdvance("overdue 7:41:18")
    assert header.sectionSize(COL["status"]) > metrics.horizontalAdvance("In progress")


def test_a_narrow_queue_keeps_whom_to_call_in_view_and_hides_the_rest(ws: Workstation, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Beside an open lead on a 1280 px desk the queue has about 520 px: the key columns (ref, level, countdown,
    scam type, name, phone) stay in view without scrolling sideways, the status, district and amount give way;
    wider, they come back and nothing is hidden."""
    from ui.queue_view import KEY_COLUMNS

    view = QueueView(loaded(ws, ALL), "officer1")
    qtbot.addWidget(view)
    view.resize(520, 600)
    view.show()
    qtbot.waitExposed(view)
    table = view.table
    room = table.viewport().width()
    for name in KEY_COLUMNS:
        assert not table.isColumnHidden(COL[name]), name
        assert table.columnViewportPosition(COL[name]) + table.columnWidth(COL[name]) <= room, name
    assert {"amount", "district"} <= set(view.hidden_columns())
    assert table.horizontalScrollBar().maximum() == 0
    assert model_tip(view, "scam_type") == i18n.scam_label(view.model.row_at(0).scam_type)  # the full name
    view.resize(view.table_width_needed() + 40, 600)
    qtbot.waitUntil(lambda: not view.hidden_columns())
    assert table.columnWidth(COL["ref"]) >= table.fontMetrics().horizontalAdvance(view.model.row_at(0).ref)


def model_tip(view: QueueView, name: str) -> str:
    return str(view.model.index(0, COL[name]).data(Qt.ItemDataRole.ToolTipRole))


def test_english_scam_types_have_short_labels() -> None:
    """The English queue showed 'Impersonating police/prosecutors/courts' in its scam-type column: 260 px."""
    for kind in ScamType:
        short = i18n.scam_short_label(kind.value)
        assert short != kind.en and len(short) <= 13 and short.isascii(), short
    assert len({i18n.scam_short_label(k.value) for k in ScamType}) == len(ScamType)


def test_filter_boxes_stay_narrow_and_their_lists_show_every_item_whole(ws: Workstation, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Sized for their longest item, the English filter boxes made the queue 740 px wide at least; sized for
    their first ("All scam types", shown whole), their open lists must still fit every item, the districts that
    arrive later too."""
    view = QueueView(QueueModel(ws), "officer1")
    qtbot.addWidget(view)
    longest = max((view.type_combo.itemText(i) for i in range(view.type_combo.count())), key=len)
    assert view.type_combo.minimumSizeHint().width() < view.fontMetrics().horizontalAdvance(longest)
    for combo in (view.status_combo, view.type_combo, view.district_combo):  # "All scam types" whole
        assert combo.minimumSizeHint().width() > combo.fontMetrics().horizontalAdvance(combo.itemText(0))
    view.set_districts(["杭州市钱塘区江东新城管委会辖区"])
    for combo in (view.status_combo, view.type_combo, view.district_combo):
        items = combo.view()
        widest = max(items.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        assert items.minimumWidth() > widest


def test_the_officers_own_leads_come_first_and_others_are_greyed(ws: Workstation) -> None:
    from workstation.services import leads

    free = [r for r in queue.page(ws, QueueFilter(), limit=100) if r.owner is None and r.reserved_for is None][:3]
    leads.claim(ws, "officer2", free[0].id)  # the most urgent, but someone else's
    leads.claim(ws, "officer1", free[2].id)
    model = QueueModel(ws, me="officer1")
    model.reload()
    rows = model.rows()
    mine = [r for r in rows if r.owner == "officer1"]
    assert rows[: len(mine)] == mine and all(r.owner != "officer1" for r in rows[len(mine):])
    theirs = model.row_of(free[0].id)
    assert theirs is not None and theirs > model.row_of(free[1].id)  # type: ignore[operator]
    assert model.index(theirs, COL["status"]).data(Qt.ItemDataRole.ForegroundRole) == theme.MUTED
    assert model.index(theirs, COL["status"]).data().endswith("officer2")


def test_an_empty_queue_says_why(ws: Workstation, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = QueueModel(ws, me="officer1")
    view = QueueView(model, "officer1")
    qtbot.addWidget(view)
    view.show()
    model.reload()
    assert view.table_stack.currentWidget() is view.table
    open_leads = queue.count(ws, QueueFilter())
    view.search_edit.setText("99999999")
    view.apply_filter()
    assert model.rowCount() == 0 and view.table_stack.currentIndex() == 1
    assert f"they hide {open_leads} open leads" in view.empty_note.text()
    assert view.clear_filters_button.isVisibleTo(view)
    assert view.count_label.text() == "0 leads, 0 overdue"
    view.set_offline(True)
    assert "Offline" in view.empty_note.text()
    view.set_offline(False)
    qtbot.mouseClick(view.clear_filters_button, Qt.MouseButton.LeftButton)
    assert model.filter == QueueFilter() and view.table_stack.currentWidget() is view.table
    assert not [r for r in queue.page(ws, QueueFilter(owner="lead1"))]
    lead_view = QueueView(QueueModel(ws, me="lead1"), "lead1")
    qtbot.addWidget(lead_view)
    lead_view.mine_button.setChecked(True)  # holds nothing: says how to get a lead
    assert "F5" in lead_view.empty_note.text()


def test_nothing_waiting_is_said_as_such(tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from workstation.bootstrap import bootstrap
    from workstation.settings import Settings

    empty = bootstrap(Settings(data_dir=tmp_path / "empty", desk_id="empty"))
    try:
        model = QueueModel(empty, me="officer1")
        view = QueueView(model, "officer1")
        qtbot.addWidget(view)
        model.reload()
        assert "Nothing is waiting" in view.empty_note.text()
        assert not view.clear_filters_button.isVisibleTo(view)
    finally:
        empty.close()


def test_one_lead_is_one_lead(ws: Workstation, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = QueueModel(ws, me="officer1")
    view = QueueView(model, "officer1")
    qtbot.addWidget(view)
    target = queue.page(ws, QueueFilter(), limit=1)[0]
    view.search_edit.setText(target.ref)
    view.apply_filter()
    assert view.count_label.text().startswith("1 lead,")


def test_the_lead_header_counts_down_as_the_queue_does(qtbot: QtBot) -> None:
    """The header said "Overdue by 178:07:33" where the queue said "overdue 7d 10h"."""
    from ui.widgets import Countdown

    now = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)
    header = Countdown(FixedClock(now))
    qtbot.addWidget(header)
    for due in (now - timedelta(hours=178, minutes=7, seconds=33), now + timedelta(minutes=5, seconds=3),
                now - timedelta(hours=7, minutes=14, seconds=12)):
        header.set_due(due)
        shown = countdown_text(due, now).removeprefix("overdue ")
        assert header.text().endswith(shown), (header.text(), shown)
    header.set_due(now - timedelta(hours=178, minutes=7, seconds=33))
    assert header.text() == "Overdue by 7d 10h"
