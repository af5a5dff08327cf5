"""Every table of the schema, for Alembic and for tests: import this, not the single model modules."""

from workstation.store.models import Base, Call, Draft, Event, Lead, Officer
from workstation.store.models_audit import AuditEntry, SignInState  # noqa: F401  (registers the tables)
from workstation.store.models_documents import Document, DocumentSerial  # noqa: F401  (registers the tables)
from workstation.store.models_intake import ImportedFile  # noqa: F401  (registers the table and ix_leads_phone_type)
from workstation.store.models_review import IX_CALLS_LEAD_STARTED  # noqa: F401  (registers the report indexes)
from workstation.store.models_scripts import ScriptVersion  # noqa: F401  (registers the table)
from workstation.store.models_sync import OutboxEntry  # noqa: F401  (registers the sync tables and indexes)

__all__ = ["Base", "Call", "Draft", "Event", "Lead", "Officer"]
