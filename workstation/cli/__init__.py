"""The `workstation` command: every desk action, scriptable."""
