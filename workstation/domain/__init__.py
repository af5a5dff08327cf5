"""Plain-Python domain: leads, events, outcomes, priorities. No I/O here."""
