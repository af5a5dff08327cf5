"""The bundle's two programs, frozen once by PyInstaller: `workstation-gui` starts the desktop workstation,
`workstation` (any other name) the command line. One analysis and one archive serve both."""

import sys
from pathlib import Path

if __name__ == "__main__":
    if Path(sys.executable).stem == "workstation-gui":
        from ui.app import main

        sys.exit(main())
    from workstation.cli.main import run

    sys.exit(run())
