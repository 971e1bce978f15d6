"""The installers' sources: the bundled model's install, the self-test, and the files the build
scripts and CI read (spec, nfpm, desktop entry, metainfo, NSIS, Info.plist, dmgbuild settings).
The build itself runs in CI (scripts/ci_package.sh)."""

from __future__ import annotations

import json
import plistlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from memshadow_desktop.core.inference import bundled
from memshadow_desktop.core.inference.active import manager
from memshadow_desktop.core.paths import AppPaths
from tests.conftest import REPO


def _fake_bundle(root: Path) -> Path:
    model = root / "bundled" / "tiny"
    model.mkdir(parents=True)
    (model / "manifest.json").write_text(json.dumps({"name": "tiny"}), encoding="utf-8")
    (model / "int8.onnx").write_bytes(b"onnx")
    return root / "bundled"


def test_the_bundled_model_joins_the_users_models_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(bundled.BUNDLED_ENV, str(_fake_bundle(tmp_path)))
    paths = AppPaths.resolve(tmp_path / "home")
    manager(paths)
    copied = paths.models_dir / "tiny"
    assert (copied / "int8.onnx").read_bytes() == b"onnx"
    assert not list(paths.models_dir.glob(".staging-*"))
    shutil.rmtree(copied)  # the user removed it: it stays away
    manager(paths)
    assert not copied.exists()


def test_no_bundled_model_outside_an_installed_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(bundled.BUNDLED_ENV, raising=False)
    assert not getattr(sys, "frozen", False)
    assert bundled.bundled_dir() is None
    assert bundled.install_bundled(Path("/nonexistent")) == []


def test_an_installed_model_is_never_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(bundled.BUNDLED_ENV, str(_fake_bundle(tmp_path)))
    models = tmp_path / "models"
    (models / "mine").mkdir(parents=True)
    (models / "mine" / "manifest.json").write_text("{}", encoding="utf-8")
    assert bundled.install_bundled(models) == []
    assert not (models / "tiny").exists()


def test_self_test_reports_every_part_as_json(qapp: object, capsys: pytest.CaptureFixture) -> None:
    from memshadow_desktop.qt.app import main

    code = main(["--self-test", "--json"])
    report = json.loads(capsys.readouterr().out)
    names = {c["name"]: c for c in report["checks"]}
    for part in ("sqlcipher", "vault-without-keyring", "keyring", "onnxruntime", "faiss"):
        assert names[part]["ok"], names[part]
    assert {"bundled-model", "qt-application", "tray", "translations"} <= set(names)
    assert not names["bundled-model"]["required"]  # a Python install bundles no model
    assert report["frozen"] is False
    assert code == (0 if report["ok"] else 1)
    assert report["ok"]


def test_the_spec_is_python_and_names_both_programs() -> None:
    source = (REPO / "build.spec").read_text(encoding="utf-8")
    compile(source, "build.spec", "exec")
    assert '"memshadow-desktop"' in source and '"memshadow"' in source
    assert "copy_metadata" in source and "BUNDLE(" in source


def test_the_deb_declares_what_qt_xcb_needs() -> None:
    import yaml

    config = yaml.safe_load((REPO / "installers/linux/nfpm.yaml").read_text(encoding="utf-8"))
    for need in ("libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libegl1"):
        assert need in config["depends"]
    for item in config["contents"]:
        if item.get("type") != "symlink":
            assert item["src"].startswith(("dist/", "build/")) or (REPO / item["src"]).exists()


def _spec_pattern(name: str) -> re.Pattern[str]:
    """A module-level ``NAME = re.compile(...)`` of build.spec, evaluated on its own."""
    source = (REPO / "build.spec").read_text(encoding="utf-8")
    start = source.index(f"{name} = re.compile(")
    end = source.index("\n)\n", start) + 3
    scope: dict[str, object] = {"re": re}
    exec(source[start:end], scope)
    pattern = scope[name]
    assert isinstance(pattern, re.Pattern)
    return pattern


def test_host_libraries_come_from_the_system_and_the_deb_declares_them() -> None:
    import yaml

    host = _spec_pattern("HOST_LIB")
    depends = yaml.safe_load((REPO / "installers/linux/nfpm.yaml").read_text(encoding="utf-8"))[
        "depends"
    ]
    # Left out of the bundle, each with the package that brings it.
    for lib, package in (
        ("libstdc++.so.6", "libstdc++6"),
        ("libgcc_s.so.1", "libgcc-s1"),
        ("libgomp.so.1", "libgomp1"),
        ("libssl.so.3", "libssl3 | libssl3t64"),
        ("libcrypto.so.3", "libssl3 | libssl3t64"),
        ("libzstd.so.1", "libzstd1"),
        ("libgssapi_krb5.so.2", "libgssapi-krb5-2"),
        ("libbrotlidec.so.1", "libbrotli1"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("libgthread-2.0.so.0", "libglib2.0-0"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libfontconfig.so.1", "libfontconfig1"),
        ("libfreetype.so.6", "libfreetype6"),
        ("libX11.so.6", "libx11-6"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libxcb-glx.so.0", "libxcb-glx0"),
        ("libxcb-shm.so.0", "libxcb-shm0"),
        ("libxcb-sync.so.1", "libxcb-sync1"),
        ("libxcb-render.so.0", "libxcb-render0"),
        ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ):
        assert host.fullmatch(lib), lib
        assert package in depends, package
    # The GTK theme's stack goes too (its plugin is not bundled).
    for lib in (
        "libgtk-3.so.0",
        "libgdk-3.so.0",
        "libcairo.so.2",
        "libpango-1.0.so.0",
        "libatk-1.0.so.0",
        "libgdk_pixbuf-2.0.so.0",
        "libepoxy.so.0",
        "libXi.so.6",
    ):
        assert host.fullmatch(lib), lib
    # Python's own libraries, the wheels' vendored ones and the xcb-util family stay bundled.
    for lib in (
        "libpython3.11.so.1.0",
        "libsqlite3.so.0",
        "libffi.so.8",
        "liblzma.so.5",
        "libz.so.1",
        "libgomp-e985bcbb.so.1.0.0",
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libxkbcommon-x11.so.0",
        "libQt6Core.so.6",
    ):
        assert not host.fullmatch(lib), lib


def test_macos_plist_and_dmg_settings_load() -> None:
    with (REPO / "installers/macos/Info.plist").open("rb") as f:
        info = plistlib.load(f)
    assert info["NSHighResolutionCapable"] is True
    result = subprocess.run(
        [sys.executable, str(REPO / "installers/macos/check_macos.py")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("tool", "args"),
    [
        ("desktop-file-validate", ["resources/linux/memshadow-desktop.desktop"]),
        (
            "appstreamcli",
            ["validate", "--no-net", "resources/linux/io.github.memshadow.Desktop.metainfo.xml"],
        ),
        ("makensis", []),
    ],
)
def test_desktop_files_and_the_installer_script_validate(tool: str, args: list[str]) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (CI installs it: scripts/ci_package.sh)")
    cmd = ["bash", "installers/windows/check_nsis.sh"] if tool == "makensis" else [tool, *args]
    result = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_app_icons_are_generated_from_the_svg() -> None:
    icons = REPO / "resources" / "icons"
    assert (icons / "memshadow.svg").is_file()
    assert (icons / "memshadow.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (icons / "memshadow.icns").read_bytes()[:4] == b"icns"
    assert (icons / "png" / "256.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
