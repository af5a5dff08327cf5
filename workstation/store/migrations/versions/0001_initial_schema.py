"""initial schema: officers, leads, events, calls, drafts

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('calls',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('lead_id', sa.String(length=36), nullable=False),
    sa.Column('officer', sa.String(length=32), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('outcome', sa.String(length=32), nullable=False),
    sa.Column('contacted_party', sa.String(length=16), nullable=False),
    sa.Column('relation', sa.String(length=32), nullable=False),
    sa.Column('amount_protected', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('amount_lost', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('script_id', sa.String(length=32), nullable=True),
    sa.Column('script_version', sa.Integer(), nullable=True),
    sa.Column('checkpoints', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('event_id', name=op.f('pk_calls'))
    )
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_calls_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index('ix_calls_officer_started', ['officer', 'started_at'], unique=False)
        batch_op.create_index('ix_calls_started', ['started_at'], unique=False)

    op.create_table('drafts',
    sa.Column('lead_id', sa.String(length=36), nullable=False),
    sa.Column('officer', sa.String(length=32), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('lead_id', 'officer', name=op.f('pk_drafts'))
    )
    op.create_table('events',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('lead_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('officer', sa.String(length=32), nullable=True),
    sa.Column('desk', sa.String(length=64), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('amends', sa.String(length=36), nullable=True),
    sa.Column('claim_token', sa.String(length=36), nullable=True),
    sa.Column('server_seq', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index('ix_events_lead_time', ['lead_id', 'occurred_at', 'id'], unique=False)

    op.create_table('officers',
    sa.Column('username', sa.String(length=32), nullable=False),
    sa.Column('display_name', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=256), nullable=False),
    sa.Column('badge_no', sa.String(length=16), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('username', name=op.f('pk_officers'))
    )
    op.create_table('leads',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=24), nullable=False),
    sa.Column('person_name', sa.String(length=64), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=True),
    sa.Column('city', sa.String(length=32), nullable=False),
    sa.Column('district', sa.String(length=32), nullable=False),
    sa.Column('scam_type', sa.String(length=32), nullable=False),
    sa.Column('level', sa.String(length=8), nullable=False),
    sa.Column('trigger_kind', sa.String(length=16), nullable=False),
    sa.Column('trigger_detail', sa.String(length=256), nullable=False),
    sa.Column('triggered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deadline_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('amount_at_risk', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('source', sa.String(length=64), nullable=False),
    sa.Column('external_id', sa.String(length=64), nullable=True),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('owner', sa.String(length=32), nullable=True),
    sa.Column('claim_token', sa.String(length=36), nullable=True),
    sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('lease_expires_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_due_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('rank_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_outcome', sa.String(length=32), nullable=True),
    sa.Column('last_event_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('amount_protected', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('amount_lost', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.ForeignKeyConstraint(['owner'], ['officers.username'], name=op.f('fk_leads_owner_officers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leads')),
    sa.UniqueConstraint('ref', name=op.f('uq_leads_ref'))
    )
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.create_index('ix_leads_owner', ['owner', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_leads_phone'), ['phone'], unique=False)
        batch_op.create_index('ix_leads_queue', ['status', 'rank_at', 'id'], unique=False)
        batch_op.create_index('ix_leads_rank', ['rank_at', 'id'], unique=False)
        claimable = sa.text("owner IS NULL AND status IN ('new', 'callback', 'stop_payment')")
        batch_op.create_index('ix_leads_claimable', ['rank_at', 'id'], unique=False,
                              sqlite_where=claimable, postgresql_where=claimable)



def downgrade() -> None:
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.drop_index('ix_leads_claimable')
        batch_op.drop_index('ix_leads_rank')
        batch_op.drop_index('ix_leads_queue')
        batch_op.drop_index(batch_op.f('ix_leads_phone'))
        batch_op.drop_index('ix_leads_owner')

    op.drop_table('leads')
    op.drop_table('officers')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_lead_time')
        batch_op.drop_index(batch_op.f('ix_events_lead_id'))

    op.drop_table('events')
    op.drop_table('drafts')
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.drop_index('ix_calls_started')
        batch_op.drop_index('ix_calls_officer_started')
        batch_op.drop_index(batch_op.f('ix_calls_lead_id'))

    op.drop_table('calls')
