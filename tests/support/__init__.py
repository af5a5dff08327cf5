"""Test helpers shared by the test suite (PostgreSQL server/databases, in-memory keyring)."""
