"""Security of the desk: the audit log, sign-in lockout, the idle lock, roles and database encryption.

- audit.record(session_or_ws, actor, action, target, details) — one hash-chained audit event;
  audit.verify(ws) — finds a changed or removed entry;
- lockout.LockoutPolicy — how many failed sign-ins lock an account, and for how long;
- idle.IdlePolicy — when the desk locks itself (the UI shows the lock screen);
- roles.Permission / roles.ALLOWED — who may do what, checked in the services (services.auth.authorize);
- cipher — opt-in SQLCipher encryption of the local database, its key in the OS keyring.

Nothing here imports Qt. Modules are imported by name; this package imports none of them eagerly.
"""
