"""The preview dialog (QtPdf, offscreen): the exact bytes, page count, save, print to a file printer, archive."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from tests.forms.pdftext import assert_prints, text
from tests.forms_integration.conftest import OFFICER, persuaded_lead, thanked_lead
from ui.printing import PdfPreviewDialog, ThanksBatchDialog, print_lead_form, reprint_document
from ui.tasks import TaskRunner
from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.forms import render_batch, samples
from workstation.services import documents


@pytest.fixture
def tasks(tasks: TaskRunner) -> Iterator[TaskRunner]:
    """The shared runner (tests/conftest.py); here no task may fail unhandled."""
    yield tasks
    assert not tasks.errors  # type: ignore[attr-defined]


def test_preview_shows_every_page_and_saves_the_same_bytes(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = render_batch(list(samples.all_kinds().values()))
    dialog = PdfPreviewDialog(pdf, "样张", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_count == documents.page_count(pdf) >= 5
    with qtbot.waitSignal(dialog.saved) as saved:
        assert dialog.save_to(str(tmp_path / "预览.pdf"))
    assert Path(saved.args[0]).read_bytes() == pdf


def test_print_to_a_pdf_file_printer_rasterises_every_page(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = render_batch([samples.thanks(), samples.record()])
    dialog = PdfPreviewDialog(pdf, "打印", None)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(100)  # keep the test quick
    with qtbot.waitSignal(dialog.printed) as printed:
        dialog.print_to(printer)
    assert printed.args == [str(tmp_path / "printed.pdf"), 1]
    assert documents.page_count((tmp_path / "printed.pdf").read_bytes()) == dialog.page_count


def test_print_lead_form_previews_the_made_pdf_and_archives_the_save(
        qtbot: QtBot, desk: Workstation, tasks: TaskRunner, tmp_path: Path) -> None:
    lead_id = persuaded_lead(desk)
    opened: list[PdfPreviewDialog] = []
    print_lead_form(None, desk, OFFICER, tasks, lead_id, "record", on_open=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    dialog = opened[0]
    assert dialog.page_count == 1 and dialog.windowTitle() == "Work record sheet (preview)"
    assert "PREVIEW" in text(dialog.pdf_bytes)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_document(str(tmp_path / "record.pdf"))
    assert dialog.windowTitle() == "Work record sheet JL-2026-00001"
    assert tasks.wait_idle(10.0)
    [info] = documents.history(desk, lead_id)
    assert info.action == "save" and (tmp_path / "record.pdf").read_bytes() == dialog.pdf_bytes
    assert_prints(dialog.pdf_bytes, "编号：JL-2026-00001")

    again: list[PdfPreviewDialog] = []
    reprint_document(None, desk, OFFICER, tasks, info.id, on_open=again.append)
    qtbot.waitUntil(lambda: bool(again), timeout=10_000)
    assert again[0].pdf_bytes == dialog.pdf_bytes and again[0].issuer is None  # a reprint is numbered already
    again[0].save_document(str(tmp_path / "again.pdf"))
    assert tasks.wait_idle(10.0)
    assert [(d.action, d.reprint_of) for d in documents.history(desk, lead_id)] == [
        ("save", None), ("reprint", info.id)]
    for d in (dialog, again[0]):
        d.close()


def _preview(qtbot: QtBot, desk: Workstation, tasks: TaskRunner, lead_id: str, kind: str = "record"
             ) -> PdfPreviewDialog:
    opened: list[PdfPreviewDialog] = []
    print_lead_form(None, desk, OFFICER, tasks, lead_id, kind, on_open=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    return opened[0]


def _file_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(60)  # keep the test quick
    return printer


def test_previews_take_no_serial_and_print_and_save_take_consecutive_ones(
        qtbot: QtBot, desk: Workstation, tasks: TaskRunner, tmp_path: Path) -> None:
    lead_id = persuaded_lead(desk)
    for _ in range(3):  # looked at and closed: no number taken
        closed = _preview(qtbot, desk, tasks, lead_id)
        closed.reject()
    assert tasks.wait_idle(10.0) and documents.history(desk, lead_id) == []

    printed = _preview(qtbot, desk, tasks, lead_id)
    with qtbot.waitSignal(printed.printed, timeout=20_000):
        printed.print_document(_file_printer(tmp_path / "printed.pdf"))
    saved = _preview(qtbot, desk, tasks, lead_id)
    with qtbot.waitSignal(saved.saved, timeout=10_000):
        saved.save_document(str(tmp_path / "saved.pdf"))
    with qtbot.waitSignal(saved.saved, timeout=10_000):  # the same document saved again: the same number
        saved.save_document(str(tmp_path / "saved-again.pdf"))
    assert tasks.wait_idle(10.0)
    assert [(d.serial_no, d.action) for d in documents.history(desk, lead_id)] == [
        ("JL-2026-00001", "print"), ("JL-2026-00002", "save"), ("JL-2026-00002", "save")]
    assert (tmp_path / "saved.pdf").read_bytes() == (tmp_path / "saved-again.pdf").read_bytes() == saved.pdf_bytes
    assert_prints(saved.pdf_bytes, "编号：JL-2026-00002")
    fresh = _preview(qtbot, desk, tasks, lead_id)  # the next document would take 00003
    assert "PREVIEW" in text(fresh.pdf_bytes)
    for d in (printed, saved, fresh):
        d.close()


def test_what_only_a_call_records_is_a_not_yet_not_a_failure(qtbot: QtBot, desk: Workstation,
                                                             tasks: TaskRunner) -> None:
    """A stop-payment request for a lead without one: "not ready to print" and why, not "operation failed"."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    lead_id = persuaded_lead(desk)
    print_lead_form(None, desk, OFFICER, tasks, lead_id, "stop-payment")  # only a call records these facts
    assert tasks.wait_idle(10.0)
    qtbot.waitUntil(lambda: any(w.objectName() == "not_ready_box" for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "not_ready_box")
    assert isinstance(box, QMessageBox) and box.icon() is QMessageBox.Icon.Information
    assert "has no stop-payment request" in box.text() and box.windowTitle() == "Not ready to print"
    assert not tasks.errors  # type: ignore[attr-defined]
    box.close()


def test_batch_dialog_renders_with_progress_and_opens_the_preview(
        qtbot: QtBot, desk: Workstation, tasks: TaskRunner, tmp_path: Path) -> None:
    from PySide6.QtCore import QDate

    for name in ("刘芳同志", "赵师傅"):
        thanked_lead(desk, name)
    dialog = ThanksBatchDialog(desk, "lead1", tasks)  # a batch is a team lead's
    qtbot.addWidget(dialog)
    # This week on the desk's clock (NOW: Wednesday 2026-11-25), not on the wall clock.
    assert (dialog.since.date(), dialog.until.date()) == (QDate(2026, 11, 23), QDate(2026, 11, 29))
    with qtbot.waitSignal(dialog.preview_opened, timeout=20_000) as opened:
        dialog.start_button.click()
    preview = opened.args[0]
    assert preview.page_count == 2 and preview.issuer is not None  # a preview: numbered when printed or saved
    assert text(preview.pdf_bytes).count("PREVIEW") == 2
    with qtbot.waitSignal(preview.saved, timeout=20_000):
        preview.save_document(str(tmp_path / "week.pdf"))
    assert_prints(preview.pdf_bytes, "GX-2026-00001", "GX-2026-00002")
    preview.close()


def test_batch_dialog_takes_this_week_in_the_centres_zone(qtbot: QtBot, desk: Workstation, clock: FixedClock,
                                                          tasks: TaskRunner) -> None:
    from PySide6.QtCore import QDate

    clock.set(datetime(2026, 11, 29, 17, 0, tzinfo=UTC))  # Sunday 17:00 UTC is Monday 01:00 in Asia/Shanghai
    dialog = ThanksBatchDialog(desk, "lead1", tasks)
    qtbot.addWidget(dialog)
    assert (dialog.since.date(), dialog.until.date()) == (QDate(2026, 11, 30), QDate(2026, 12, 6))


def test_batch_dialog_with_no_letters_says_so_without_an_error(qtbot: QtBot, desk: Workstation,
                                                                 tasks: TaskRunner) -> None:
    from PySide6.QtWidgets import QMessageBox

    dialog = ThanksBatchDialog(desk, "lead1", tasks)  # nothing thanked this week
    qtbot.addWidget(dialog)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.notice is not None, timeout=10_000)
    notice = dialog.notice
    assert notice is not None and notice.icon() == QMessageBox.Icon.Information
    assert notice.windowTitle() == "No thank-you letters to print"
    assert notice.text().startswith("No thank-you recipient was recorded from 2026-11-23 to 2026-11-29")
    assert "since" not in notice.text() and dialog.start_button.isEnabled() and dialog.progress is None
    notice.accept()
    qtbot.waitUntil(lambda: dialog.notice is None)


def test_batch_dialog_has_a_cancel_button(qtbot: QtBot, desk: Workstation, tasks: TaskRunner) -> None:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    dialog = ThanksBatchDialog(desk, "lead1", tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.isVisible()
    cancel.click()
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_batch_dialog_speaks_chinese(qtbot: QtBot, qapp: object, desk: Workstation, tasks: TaskRunner) -> None:
    """Its strings reach the catalogue under its own context (lupdate once filed them under none)."""
    from PySide6.QtWidgets import QDialogButtonBox, QLabel

    from ui import i18n

    i18n.install(qapp, "zh_CN")  # type: ignore[arg-type]
    try:
        dialog = ThanksBatchDialog(desk, "lead1", tasks)
        qtbot.addWidget(dialog)
        form = dialog.layout()
        labels = [form.labelForField(edit) for edit in (dialog.since, dialog.until)]  # type: ignore[attr-defined]
        assert [label.text() for label in labels if isinstance(label, QLabel)] == ["起始日期", "截止日期（含）"]
        assert dialog.windowTitle() == "批量打印感谢信" and dialog.start_button.text() == "生成感谢信…"
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
        dialog.start_button.click()
        qtbot.waitUntil(lambda: dialog.notice is not None, timeout=10_000)
        assert dialog.notice is not None and dialog.notice.windowTitle() == "没有需要打印的感谢信"
        dialog.notice.accept()
    finally:
        i18n.install(qapp, "en")  # type: ignore[arg-type]
