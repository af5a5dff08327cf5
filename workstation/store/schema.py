"""Every table of the schema, for Alembic and for tests: import this, not the single model modules."""

from workstation.store.models import Base, Call, Draft, Event, Lead, Officer
from workstation.store.models_documents import Document, DocumentSerial  # noqa: F401  (registers the tables)
from workstation.store.models_scripts import ScriptVersion  # noqa: F401  (registers the table)

__all__ = ["Base", "Call", "Draft", "Event", "Lead", "Officer"]
