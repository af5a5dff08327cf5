"""Every version of every call script that was shipped, edited or imported (话术版本), kept for the records."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workstation.store.models import Base


class ScriptVersion(Base):
    """One version of one scam type's script: its TOML text, sha256 digest, who added it, when and how.

    Rows are never updated or deleted: a call record's (script_id, script_version) keeps pointing at the text
    the officer followed. `origin` is "file" (a shipped file, recorded when first seen), "edit" or "import";
    `added_by` is None for shipped files.
    """

    __tablename__ = "script_versions"

    scam_type: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    source_text: Mapped[str] = mapped_column(Text)
    digest: Mapped[str] = mapped_column(String(64))
    added_by: Mapped[str | None] = mapped_column(String(32))
    added_at: Mapped[datetime]
    origin: Mapped[str] = mapped_column(String(8))
