"""The frozen app's GUI entry point (build.spec): ``memshadow-desktop``."""

import sys

if sys.platform == "win32":
    # Before PySide6: Qt's folder holds an older msvcp140.dll that breaks ONNX Runtime when it
    # is loaded first; importing ONNX Runtime first binds it to the current VC++ runtime.
    import onnxruntime  # noqa: F401

from memshadow_desktop.qt.app import main

if __name__ == "__main__":
    sys.exit(main())
