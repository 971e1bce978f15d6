"""`python -m memshadow_desktop` starts the desktop app (the same as `memshadow-desktop`)."""

from __future__ import annotations

import sys

from memshadow_desktop.qt.app import main

if __name__ == "__main__":
    sys.exit(main())
