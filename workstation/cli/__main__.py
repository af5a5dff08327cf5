"""`python -m workstation.cli`: the `workstation` command (for a checkout without the installed script)."""

import sys

from workstation.cli.main import run

sys.exit(run())
