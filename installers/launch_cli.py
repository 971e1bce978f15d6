"""The frozen app's command line entry point (build.spec): ``memshadow``."""

import sys

if sys.platform == "win32":
    # See launch_gui.py: ONNX Runtime before anything that may load Qt's runtime DLLs.
    import onnxruntime  # noqa: F401

from memshadow_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
