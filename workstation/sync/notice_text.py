"""What a sync notice tells the officer, kept as a code and its parameters (sync_notices.message holds JSON).

The words are made when the notice is shown, in the language of the face that shows it (workstation/messages.py);
a notice stored before messages had codes is shown as it was written.
"""

from __future__ import annotations

import json
from typing import Any

from workstation.messages import QT_TRANSLATE_NOOP, Msg, Template, message

REASSIGNED = message("sync.notice.reassigned", QT_TRANSLATE_NOOP("Messages", "{by} reassigned the lead to {to}"))
REASSIGNED_BY_LEAD = message("sync.notice.reassigned_by_lead", QT_TRANSLATE_NOOP("Messages", "The team lead reassigned the lead to {to}"))
EXPIRED = message("sync.notice.expired", QT_TRANSLATE_NOOP("Messages", "Your claim on the lead expired; it went back to the queue"))
CALL_KEPT = message("sync.notice.call_kept", QT_TRANSLATE_NOOP("Messages", "{text}; your call record is kept"))

TEMPLATES: dict[str, Template] = {t.code: t for t in (REASSIGNED, REASSIGNED_BY_LEAD, EXPIRED, CALL_KEPT)}


def dumps(msg: Msg) -> str:
    """The notice's message for the sync_notices table."""
    return json.dumps(_plain(msg), ensure_ascii=False)


def loads(stored: str) -> Msg | str:
    """The Msg a stored notice holds; an older notice's own text as it is."""
    try:
        doc = json.loads(stored)
    except ValueError:
        return stored
    found = _msg(doc)
    return stored if found is None else found


def _plain(msg: Msg) -> dict[str, Any]:
    return {"code": msg.code, "params": {k: _plain(v) if isinstance(v, Msg) else v for k, v in msg.params.items()}}


def _msg(doc: Any) -> Msg | None:
    if not isinstance(doc, dict) or not isinstance(doc.get("params"), dict):
        return None
    template = TEMPLATES.get(str(doc.get("code")))
    if template is None:
        return None
    params = {k: (_msg(v) or str(v)) if isinstance(v, dict) else v for k, v in doc["params"].items()}
    return template(**params)
