"""The record of imported files (已导入文件) and the de-duplication index on leads."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from workstation.store.models import Base, Lead


class ImportedFile(Base):
    """One file imported whole: its hash (so the same bytes are never imported twice) and what it gave.

    rows: data rows read; leads_created: new leads; triggers_joined: rows that joined an open lead as a
    new trigger; rows_skipped: invalid rows left out (only with skip-invalid).
    """

    __tablename__ = "imported_files"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(255))
    format: Mapped[str] = mapped_column(String(8))
    rows: Mapped[int]
    leads_created: Mapped[int]
    triggers_joined: Mapped[int]
    rows_skipped: Mapped[int]
    imported_by: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime]


# De-duplication looks up open leads by (phone, scam type). Declared here until models.py carries it in
# Lead.__table_args__; an Index bound to table columns registers itself on the table.
IX_LEADS_PHONE_TYPE = Index("ix_leads_phone_type", Lead.phone, Lead.scam_type)
