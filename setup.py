"""The wheel build compiles the translations: the .ts sources are committed, the .qm files are
built here (Qt's lrelease from PySide6, a build requirement in pyproject.toml) and never committed.
Everything else is in pyproject.toml."""

from __future__ import annotations

import runpy
import subprocess
import tempfile
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
I18N = Path("memshadow_desktop") / "i18n"


def _lrelease() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).is_file():
            return folder / name
    raise RuntimeError(f"Qt's lrelease is not in {folder}")


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        # An editable install loads the package from the checkout: the .qm go beside the .ts.
        target = HERE / I18N if self.editable_mode else Path(self.build_lib) / I18N
        target.mkdir(parents=True, exist_ok=True)
        tool = _lrelease()
        for ts in sorted((HERE / I18N).glob("memshadow_*.ts")):
            qm = target / ts.with_suffix(".qm").name
            subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
        # the pseudo-locale for screenshots (scripts/pseudo_locale.py)
        convert = runpy.run_path(str(HERE / "scripts" / "pseudo_locale.py"))["convert"]
        with tempfile.TemporaryDirectory() as tmp:
            pseudo_ts = Path(tmp) / "memshadow_pseudo.ts"
            convert(HERE / I18N / "memshadow_en.ts", pseudo_ts)
            qm = target / "memshadow_pseudo.qm"
            subprocess.run([str(tool), "-silent", str(pseudo_ts), "-qm", str(qm)], check=True)


setup(cmdclass={"build_py": BuildWithTranslations})
