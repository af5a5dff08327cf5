"""Alembic environment: the engine comes from workstation.store.migrate, never from a config file.

On SQLite a run is one transaction, the version row with it: pysqlite begins a transaction only before a write,
so each migration's DDL used to commit on its own, and a run that failed half-way left a schema newer than its
version row (the next start failed on an index that already existed). Foreign keys are off for the run, as
SQLite's own way of rebuilding a table asks (a table copied row for row is checked against rows as they are,
and a lead whose officer is gone would stop the desk from opening); they are on again afterwards.
"""

from __future__ import annotations

from alembic import context

from workstation.store.schema import Base

config = context.config
engine = config.attributes["engine"]

with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # no effect inside a transaction: before it
        connection.commit()
    try:
        with connection.begin():
            if sqlite:
                connection.exec_driver_sql("BEGIN")
            context.configure(
                connection=connection,
                target_metadata=Base.metadata,
                render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
                compare_type=True,
            )
            with context.begin_transaction():
                context.run_migrations()
    finally:
        if sqlite:
            connection.rollback()  # nothing left open after a failure, or PRAGMA below would do nothing
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
