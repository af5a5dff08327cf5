"""The archive of printed documents (打印存档) and the per-form serial-number counters."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, LargeBinary, String, text
from sqlalchemy.orm import Mapped, mapped_column

from workstation.store.models import Base
from workstation.store.types import JsonText

ORIGINALS_SQL = text("reprint_of IS NULL")


class Document(Base):
    """A printed or saved PDF, kept byte for byte: form kind, serial, hash, who, when, copies, where to.

    ``lead_id`` is None for a batch; ``lead_ids`` then lists every lead the batch covers. A reprint is a
    new row with the same bytes and serial and ``reprint_of`` pointing at the original.
    """

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    lead_id: Mapped[str | None] = mapped_column(String(36), index=True)
    lead_ids: Mapped[list[str]] = mapped_column(JsonText, default=list)
    form: Mapped[str] = mapped_column(String(16))
    serial_no: Mapped[str] = mapped_column(String(48))
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int]
    pages: Mapped[int]
    printed_by: Mapped[str] = mapped_column(String(32))
    printed_at: Mapped[datetime]
    copies: Mapped[int] = mapped_column(default=1)
    action: Mapped[str] = mapped_column(String(8))
    target: Mapped[str] = mapped_column(String(512), default="")
    reprint_of: Mapped[str | None] = mapped_column(ForeignKey("documents.id"))
    meta: Mapped[dict[str, Any]] = mapped_column(JsonText, default=dict)

    __table_args__ = (
        Index("ix_documents_form_printed", "form", "printed_at"),
        # One original per serial; reprints repeat it.
        Index("ix_documents_serial", "serial_no", unique=True,
              sqlite_where=ORIGINALS_SQL, postgresql_where=ORIGINALS_SQL),
    )


class DocumentSerial(Base):
    """The last serial number handed out for one form kind in one year (a locked counter row)."""

    __tablename__ = "document_serials"

    form: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)
    last_no: Mapped[int] = mapped_column(default=0)
