"""Helpers for Qt tests that work a lead through the lead panel."""

from __future__ import annotations

from typing import Any


def tick_required(panel: Any) -> None:
    """Tick the script's required checkpoints (*), as an officer does during the call, so that saving an outcome
    in which the person was reached is not stopped by the "required checkpoints not ticked" question."""
    script = panel.script
    if script.script is None:
        return
    for checkpoint in script.script.required_checkpoints:
        script._boxes[checkpoint.id].setChecked(True)  # noqa: SLF001
