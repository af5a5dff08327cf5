"""Printed forms (表单打印): deterministic A4 PDFs with the Chinese font embedded, built from plain facts.

``render(form)`` makes one PDF, ``render_batch(forms, progress, cancel)`` many in one; FORM_KINDS names
the form types. No Qt here: the UI previews and prints the bytes.
"""

from typing import TYPE_CHECKING, Any

from workstation.forms.data import (
    CASE_SOURCES,
    DEFAULT_ZONE,
    FORM_KINDS,
    INTAKE_DECISIONS,
    PREVIEW_SERIAL,
    Account,
    CallEntry,
    CaseIntakeForm,
    Form,
    LeadFacts,
    RecordForm,
    RenderCancelledError,
    StopPaymentForm,
    ThanksLetter,
    Transfer,
    VisitNotice,
    kind_of,
)
from workstation.forms.money import amount_in_words, format_yuan

# The PDF side (reportlab, ~0.15 s to import) loads when first used, not with the facts: the desk's screens name
# forms long before anyone prints one (PEP 562 module __getattr__).
_LAZY = {
    "FontNotFoundError": "workstation.forms.fonts",
    "ensure_font": "workstation.forms.fonts",
    "font_path": "workstation.forms.fonts",
    "unsupported_chars": "workstation.forms.fonts",
    "render": "workstation.forms.pdf",
    "render_batch": "workstation.forms.pdf",
}

if TYPE_CHECKING:
    from workstation.forms.fonts import FontNotFoundError, ensure_font, font_path, unsupported_chars
    from workstation.forms.pdf import render, render_batch


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


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
