"""Printed forms (表单打印): deterministic A4 PDFs with the Chinese font embedded, built from plain facts.

``render(form)`` makes one PDF, ``render_batch(forms, progress, cancel)`` many in one; FORM_KINDS names
the form types. No Qt here: the UI previews and prints the bytes.
"""

from workstation.forms.common import RenderCancelledError
from workstation.forms.data import (
    CASE_SOURCES,
    INTAKE_DECISIONS,
    PREVIEW_SERIAL,
    Account,
    CallEntry,
    CaseIntakeForm,
    Form,
    LeadFacts,
    RecordForm,
    StopPaymentForm,
    ThanksLetter,
    Transfer,
    VisitNotice,
)
from workstation.forms.fonts import FontNotFoundError, ensure_font, font_path, unsupported_chars
from workstation.forms.money import amount_in_words, format_yuan
from workstation.forms.render import DEFAULT_ZONE, FORM_KINDS, kind_of, render, render_batch

__all__ = [
    "CASE_SOURCES",
    "DEFAULT_ZONE",
    "FORM_KINDS",
    "INTAKE_DECISIONS",
    "Account",
    "CallEntry",
    "CaseIntakeForm",
    "FontNotFoundError",
    "Form",
    "LeadFacts",
    "PREVIEW_SERIAL",
    "RecordForm",
    "RenderCancelledError",
    "StopPaymentForm",
    "ThanksLetter",
    "Transfer",
    "VisitNotice",
    "amount_in_words",
    "ensure_font",
    "font_path",
    "format_yuan",
    "kind_of",
    "render",
    "render_batch",
    "unsupported_chars",
]
