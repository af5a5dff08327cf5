"""Every table of the schema, for Alembic and for tests: import this, not the single model modules."""

from workstation.store.models import Base, Call, Draft, Event, Lead, Officer

__all__ = ["Base", "Call", "Draft", "Event", "Lead", "Officer"]
