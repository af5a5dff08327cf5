"""Reports for the team lead (带班领导): the live board, outcome review lists, figures, the weekly analysis.

Every aggregate runs in SQL on SQLite and PostgreSQL; Python only receives one row per group (or, for
percentiles, at most four rows per group). Period bounds are computed here in Python from the centre's zone
and handed to SQL as UTC instants.
"""
