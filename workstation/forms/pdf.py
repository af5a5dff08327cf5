"""Turning form facts into PDF bytes: one form, or a batch in one document (imported when first used: see
__init__)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from workstation.forms import case_intake, record, stop_payment, thanks, visit_notice
from workstation.forms.common import Ctx, FormStory, build_pdf
from workstation.forms.data import (
    DEFAULT_ZONE,
    CaseIntakeForm,
    Form,
    RecordForm,
    StopPaymentForm,
    ThanksLetter,
    VisitNotice,
)

_BUILDERS: dict[type, Callable[[Any, Ctx], FormStory]] = {
    RecordForm: record.story,
    CaseIntakeForm: case_intake.story,
    StopPaymentForm: stop_payment.story,
    ThanksLetter: thanks.story,
    VisitNotice: visit_notice.story,
}


def _story(form: Form, ctx: Ctx) -> FormStory:
    builder = _BUILDERS.get(type(form))
    if builder is None:
        raise TypeError(f"not a printable form: {type(form).__name__}")
    return builder(form, ctx)


def render(form: Form, zone: str = DEFAULT_ZONE) -> bytes:
    """One form as a PDF; the same facts (and zone) always give the same bytes."""
    story = _story(form, Ctx(ZoneInfo(zone)))
    return build_pdf([story], 1, title=story.title)


def render_batch(
    forms: Sequence[Form],
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    zone: str = DEFAULT_ZONE,
) -> bytes:
    """Many forms in one PDF, each starting on a new page with its own page numbering.

    progress(done, total) is called as each form is laid out; cancel() is polled before each form and,
    when it returns True, RenderCancelledError is raised. Call from a worker thread, not the GUI thread.
    """
    ctx = Ctx(ZoneInfo(zone))

    def stories() -> Iterator[FormStory]:
        for form in forms:
            yield _story(form, ctx)

    return build_pdf(stories(), len(forms), progress, cancel)
