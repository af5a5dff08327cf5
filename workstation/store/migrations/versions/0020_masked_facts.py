"""a desk keeps each lead's name, phone and ID number masked beside them, as SQLite computes them on every write

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-04

SQLite only. The queue shows personal data masked (workstation.domain.masking: 邵*宁, 182****1687). Masking the
200 rows of a page in Python cost a seventh of a millisecond, a third of what an index-walk page's statement
itself costs (the amount order: 0.5 ms at 200,000 leads), and the same rows were masked again at every refresh.
Now `masked_name`, `masked_phone` and `masked_id_number` are STORED generated columns: SQLite masks a lead once,
when its facts are written (any writer, any path: intake, a pull, a claim's copy), and a page reads the masked
text as it reads any other column. They are not in the models: nothing writes them, and the centre has none
(PostgreSQL pages mask in Python).

The expressions are the masking rules in SQL; tests/core/test_masked_facts.py holds them to the Python ones on
generated values. SQLite cannot add a STORED column to a table, so the table is rebuilt in one transaction: its
CREATE TABLE gets the columns (SQLite's own ADD COLUMN places them, as VIRTUAL, then STORED is written in), the
rows are copied with their rowids, its indexes are made again from their own text, and the planner's statistics
for it are kept. The run is one transaction, with foreign keys off (migrations/env.py). No table refers to leads
and leads has no triggers (checked below, so a later migration that adds either must come back here).
"""

from alembic import op
from sqlalchemy.engine import Connection

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def _stars(count: str) -> str:
    return f"replace(hex(zeroblob({count})), '00', '*')"  # `count` asterisks; none when it is 0 or less


NAME = ("CASE WHEN length(person_name) <= 1 THEN person_name"
        " WHEN length(person_name) = 2 THEN substr(person_name, 1, 1) || '*'"
        f" ELSE substr(person_name, 1, 1) || {_stars('length(person_name) - 2')} || substr(person_name, -1) END")
PHONE = ("CASE WHEN instr(phone, '-') > 0 THEN substr(phone, 1, instr(phone, '-'))"  # a landline: its area code …
         f" || {_stars('length(phone) - instr(phone, ' + chr(39) + '-' + chr(39) + ') - 4')}"
         " || substr(substr(phone, instr(phone, '-') + 1), -4)"  # … and the last four digits of the number
         f" WHEN length(phone) <= 7 THEN {_stars('length(phone)')}"
         f" ELSE substr(phone, 1, 3) || {_stars('length(phone) - 7')} || substr(phone, -4) END")
ID_NUMBER = ("CASE WHEN id_number IS NULL OR id_number = '' THEN ''"
             f" WHEN length(id_number) < 10 THEN {_stars('length(id_number)')}"
             f" ELSE substr(id_number, 1, 6) || {_stars('length(id_number) - 10')} || substr(id_number, -4) END")
MASKED = {"masked_name": NAME, "masked_phone": PHONE, "masked_id_number": ID_NUMBER}


def _definition(name: str, kind: str) -> str:
    return f"{name} TEXT GENERATED ALWAYS AS ({MASKED[name]}) {kind}"


def _check_nothing_refers_to_leads(conn: Connection) -> None:
    triggers = list(conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type IN ('trigger', 'view') AND (tbl_name = 'leads' OR sql LIKE "
        "'%leads%')").scalars())
    tables = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars().all()
    referring = [t for t in tables
                 if any(fk[2] == "leads" for fk in conn.exec_driver_sql(f'PRAGMA foreign_key_list("{t}")'))]
    if triggers or referring:
        raise RuntimeError(f"migration 0020 rebuilds leads; it must also rebuild {triggers + referring}")


def _rebuild(conn: Connection, create: str) -> None:
    """leads made again from `create` (its CREATE TABLE … with the table named leads_rebuilt), rows, rowids
    and indexes kept, in the migration's transaction."""
    _check_nothing_refers_to_leads(conn)
    indexes = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'leads' AND sql IS NOT NULL"
    ).scalars().all()
    stored = [row[1] for row in conn.exec_driver_sql("PRAGMA table_xinfo(leads)") if row[6] == 0]  # not generated
    columns = ", ".join(f'"{c}"' for c in stored)
    conn.exec_driver_sql("DROP TABLE IF EXISTS leads_rebuilt")
    conn.exec_driver_sql(create)
    conn.exec_driver_sql(f"INSERT INTO leads_rebuilt (rowid, {columns}) SELECT rowid, {columns} FROM leads "
                         "ORDER BY rowid")
    has_stats = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'").first() is not None
    stats = conn.exec_driver_sql("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'leads'").all() if has_stats else []
    conn.exec_driver_sql("DROP TABLE leads")  # and its statistics: the same rows, kept below
    conn.exec_driver_sql("ALTER TABLE leads_rebuilt RENAME TO leads")
    for sql in indexes:
        conn.exec_driver_sql(sql)
    if stats:
        conn.exec_driver_sql("DELETE FROM sqlite_stat1 WHERE tbl = 'leads'")
        conn.exec_driver_sql("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('leads', ?, ?)",
                             [tuple(row) for row in stats])


def _create_sql(conn: Connection) -> str:
    return str(conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'leads'").scalar())


def _renamed(create: str) -> str:
    head, sep, rest = create.partition("(")
    if not sep or head.split()[:2] != ["CREATE", "TABLE"]:
        raise RuntimeError(f"unexpected definition of leads: {create[:80]}")
    return "CREATE TABLE leads_rebuilt (" + rest


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    for name in MASKED:  # SQLite writes each column into the table's text where a column belongs
        conn.exec_driver_sql(f"ALTER TABLE leads ADD COLUMN {_definition(name, 'VIRTUAL')}")
    create = _create_sql(conn)
    for name in MASKED:  # each on a line of its own: SQLAlchemy reads a generated column's expression to the
        virtual = ", " + _definition(name, "VIRTUAL")  # line's last ')', and Alembic's batch mode copies what it read
        if virtual not in create:
            raise RuntimeError(f"SQLite did not keep the column as written: {virtual}")
        create = create.replace(virtual, ",\n\t" + _definition(name, "STORED"))
    _rebuild(conn, _renamed(create))


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    create = _create_sql(conn)
    for name in MASKED:
        stored = ",\n\t" + _definition(name, "STORED")
        if stored not in create:
            raise RuntimeError(f"leads has not the column 0020 made: {stored}")
        create = create.replace(stored, "")
    _rebuild(conn, _renamed(create))
