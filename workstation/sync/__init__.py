"""Centre mode (中心模式): the desk's SQLite <-> the centre's PostgreSQL.

push/pull of events (outbox, cursor), claims with leases on the server, wake-ups by LISTEN/NOTIFY, the
background worker, and connecting a desk (credentials in the OS keyring). Nothing here imports Qt.
"""
