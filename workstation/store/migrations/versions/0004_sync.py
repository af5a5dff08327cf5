"""sync: desk outbox/cursor/dead letters/notices; on PostgreSQL the centre's sequence, triggers, NOTIFY, roles

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27

SQLite (a desk): a trigger puts every event written without a server number into `sync_outbox`, in the same
transaction, whatever code wrote it. PostgreSQL (the centre): every accepted event gets the next value of
`events_server_seq`; events can be neither updated nor deleted (trigger, for every role, even the owner);
only members of `ws_team_lead` may insert `lead_reassigned`; a statement-level trigger NOTIFYs channel
`ws_events` with the highest new sequence number (no data). Roles: `ws_desk` (read + insert events, keep the
projection) and `ws_team_lead` (a ws_desk that may reassign). Creating roles needs CREATEROLE.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NOTIFY_KINDS = ("lead_received", "lead_claimed", "lead_released", "lease_expired", "lead_reassigned",
                "outcome_recorded")

PG_UP = [
    "CREATE SEQUENCE IF NOT EXISTS events_server_seq AS bigint",
    # Events accepted before this revision get numbers in their own order.
    """UPDATE events SET server_seq = numbered.n FROM (
           SELECT id, nextval('events_server_seq') AS n FROM (
               SELECT id FROM events WHERE server_seq IS NULL ORDER BY occurred_at, id) AS ordered) AS numbered
       WHERE events.id = numbered.id""",
    """CREATE OR REPLACE FUNCTION ws_events_accept() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
           IF NEW.kind = 'lead_reassigned' AND NOT pg_has_role(current_user, 'ws_team_lead', 'MEMBER') THEN
               RAISE EXCEPTION '只有组长可以改派线索 (only a team lead may reassign a lead)'
                   USING ERRCODE = 'insufficient_privilege';
           END IF;
           NEW.server_seq := nextval('events_server_seq');
           RETURN NEW;
       END $$""",
    """CREATE OR REPLACE FUNCTION ws_events_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
           RAISE EXCEPTION '事件不可修改或删除 (events are append-only: % refused)', TG_OP
               USING ERRCODE = 'insufficient_privilege';
       END $$""",
    f"""CREATE OR REPLACE FUNCTION ws_events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE top bigint;
       BEGIN
           SELECT max(server_seq) INTO top FROM new_rows WHERE kind IN {NOTIFY_KINDS!r};
           IF top IS NOT NULL THEN
               PERFORM pg_notify('ws_events', top::text);
           END IF;
           RETURN NULL;
       END $$""",
    "CREATE TRIGGER events_accept BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION ws_events_accept()",
    "CREATE TRIGGER events_immutable BEFORE UPDATE OR DELETE ON events"
    " FOR EACH ROW EXECUTE FUNCTION ws_events_immutable()",
    "CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events"
    " FOR EACH STATEMENT EXECUTE FUNCTION ws_events_immutable()",
    "CREATE TRIGGER events_notify AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows"
    " FOR EACH STATEMENT EXECUTE FUNCTION ws_events_notify()",
    # Roles are cluster-wide: another database on the same server migrating at this moment may be creating
    # them too. Its CREATE ROLE is not visible yet, so ours waits on pg_authid's unique index until it commits
    # and then fails with unique_violation: the role exists, which is all this wanted.
    """DO $$ BEGIN
           IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ws_desk') THEN
               BEGIN CREATE ROLE ws_desk NOLOGIN;
               EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
           END IF;
           IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ws_team_lead') THEN
               BEGIN CREATE ROLE ws_team_lead NOLOGIN IN ROLE ws_desk;
               EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
           END IF;
       END $$""",
    "GRANT SELECT, INSERT ON events TO ws_desk",
    "GRANT SELECT, INSERT, UPDATE ON leads TO ws_desk",
    "GRANT SELECT, INSERT, DELETE ON calls TO ws_desk",
    "GRANT SELECT, INSERT ON officers TO ws_desk",
    "GRANT SELECT ON alembic_version TO ws_desk",
    "GRANT USAGE, SELECT ON SEQUENCE events_server_seq TO ws_desk",
]

PG_DOWN = [
    "REVOKE ALL ON events, leads, calls, officers, alembic_version FROM ws_desk",
    "DROP TRIGGER IF EXISTS events_notify ON events",
    "DROP TRIGGER IF EXISTS events_no_truncate ON events",
    "DROP TRIGGER IF EXISTS events_immutable ON events",
    "DROP TRIGGER IF EXISTS events_accept ON events",
    "DROP FUNCTION IF EXISTS ws_events_notify()",
    "DROP FUNCTION IF EXISTS ws_events_immutable()",
    "DROP FUNCTION IF EXISTS ws_events_accept()",
    "DROP SEQUENCE IF EXISTS events_server_seq",
]

SQLITE_UP = [
    """CREATE TRIGGER sync_outbox_on_event AFTER INSERT ON events WHEN NEW.server_seq IS NULL
       BEGIN INSERT OR IGNORE INTO sync_outbox (event_id, attempts) VALUES (NEW.id, 0); END""",
    """INSERT OR IGNORE INTO sync_outbox (event_id, attempts)
       SELECT id, 0 FROM events WHERE server_seq IS NULL ORDER BY occurred_at, id""",
]


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("event_id", name=op.f("uq_sync_outbox_event_id")),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_dead_letters",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_sync_dead_letters")),
    )
    op.create_table(
        "sync_notices",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("officer", sa.String(length=32), nullable=False),
        sa.Column("lead_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_notices")),
    )
    op.create_index("ix_sync_notices_officer", "sync_notices", ["officer", "seen_at"], unique=False)
    op.create_index("ix_events_server_seq", "events", ["server_seq"], unique=True)
    held = sa.text("owner IS NOT NULL")
    op.create_index("ix_leads_lease", "leads", ["lease_expires_at"], unique=False,
                    sqlite_where=held, postgresql_where=held)
    dialect = op.get_bind().dialect.name
    for stmt in PG_UP if dialect == "postgresql" else SQLITE_UP if dialect == "sqlite" else []:
        op.execute(stmt)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        for stmt in PG_DOWN:
            op.execute(stmt)
    elif dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS sync_outbox_on_event")
    op.drop_index("ix_leads_lease", table_name="leads")
    op.drop_index("ix_events_server_seq", table_name="events")
    op.drop_index("ix_sync_notices_officer", table_name="sync_notices")
    op.drop_table("sync_notices")
    op.drop_table("sync_dead_letters")
    op.drop_table("sync_state")
    op.drop_table("sync_outbox")
