"""Indexes the team lead's board, reviews and reports need (migration 0005).

Reviews themselves need no table: they are `reviewed` events, read through ix_events_lead_time for a page of
calls and through ix_events_kind_time for a period. Declaring the indexes here keeps the models and the
migrated database identical (tests/core/test_migrations.py compares them).
"""

from __future__ import annotations

from sqlalchemy import Index

from workstation.store.models import Call, Event, Lead

# Warning → first call: MIN(started_at) per lead, read from the index alone.
IX_CALLS_LEAD_STARTED = Index("ix_calls_lead_started", Call.lead_id, Call.started_at)
# Stop-payments, reviews and commended calls of a period: one kind, a time range.
IX_EVENTS_KIND_TIME = Index("ix_events_kind_time", Event.kind, Event.occurred_at)
# Leads received in a period (the report's cohort).
IX_LEADS_TRIGGERED = Index("ix_leads_triggered", Lead.triggered_at, Lead.id)  # (migration 0018)

__all__ = ["IX_CALLS_LEAD_STARTED", "IX_EVENTS_KIND_TIME", "IX_LEADS_TRIGGERED"]
