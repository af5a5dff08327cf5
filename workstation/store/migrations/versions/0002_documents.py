"""documents: the archive of printed PDFs, and per-form serial counters

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("lead_id", sa.String(length=36), nullable=True),
        sa.Column("lead_ids", sa.Text(), nullable=False),
        sa.Column("form", sa.String(length=16), nullable=False),
        sa.Column("serial_no", sa.String(length=48), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("printed_by", sa.String(length=32), nullable=False),
        sa.Column("printed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("target", sa.String(length=512), nullable=False),
        sa.Column("reprint_of", sa.String(length=36), nullable=True),
        sa.Column("meta", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["reprint_of"], ["documents.id"], name=op.f("fk_documents_reprint_of_documents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    originals = sa.text("reprint_of IS NULL")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_lead_id"), ["lead_id"], unique=False)
        batch_op.create_index("ix_documents_form_printed", ["form", "printed_at"], unique=False)
        batch_op.create_index("ix_documents_serial", ["serial_no"], unique=True,
                              sqlite_where=originals, postgresql_where=originals)

    op.create_table(
        "document_serials",
        sa.Column("form", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_no", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("form", "year", name=op.f("pk_document_serials")),
    )


def downgrade() -> None:
    op.drop_table("document_serials")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index("ix_documents_serial")
        batch_op.drop_index("ix_documents_form_printed")
        batch_op.drop_index(batch_op.f("ix_documents_lead_id"))
    op.drop_table("documents")
