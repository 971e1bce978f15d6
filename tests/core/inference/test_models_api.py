"""``service.models`` and ``service.hardware``: the typed door to models, the engine search runs
and the machine, with every reason and piece of advice a code (a tiny real ONNX model)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from memshadow_desktop.core.api import (
    MODEL_NOTICE,
    Advice,
    BenchmarkCancelled,
    ChoiceReason,
    EngineSnapshot,
    Event,
    GpuInfo,
    HardwareReport,
    InvalidInputError,
    ModelStep,
    ModelVariants,
    NotFoundError,
    Notice,
    ProviderInfo,
    ProviderReason,
    VariantInfo,
    VariantReason,
)
from memshadow_desktop.core.inference.models import InstalledModel
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
from tests.conftest import FAST_KDF, PASSPHRASE, REPO


def _home_with(tmp_path: Path, model: InstalledModel) -> AppPaths:
    paths = AppPaths.resolve(tmp_path / "home")
    paths.ensure()
    paths.models_dir.symlink_to(model.folder.parent, target_is_directory=True)
    return paths


@pytest.fixture
def home(tmp_path: Path, tiny_installed: InstalledModel) -> AppPaths:
    return _home_with(tmp_path, tiny_installed)


@pytest.fixture
def service(home: AppPaths) -> Iterator[MemshadowService]:
    svc = MemshadowService.create(home, passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF)
    try:
        yield svc
    finally:
        svc.close()


def test_models_without_a_vault(home: AppPaths, tiny_installed: InstalledModel) -> None:
    models = MemshadowService.models_at(home)
    assert [m.name for m in models.list()] == ["tiny"]
    assert models.selected() is None  # nothing chosen: the only model installed is used
    current = models.current()
    assert current.name == "tiny" and current.dim == tiny_installed.dim
    assert current.to_json() == tiny_installed.summary()
    with pytest.raises(NotFoundError):
        models.current("nope")

    variants = models.variants()
    assert variants.precision_in_use == tiny_installed.default_precision
    assert {v.key for v in variants.variants} >= {"fp32", "fp32-portable", "int8"}
    assert "fp32-portable" not in {v.key for v in variants.distinct()}
    for v in variants.variants:
        assert v.offered == (v.reason is None)
        assert v.reason is None or v.reason.code in set(VariantReason)
    assert [v.in_use for v in variants.distinct()].count(True) == 1

    choice = models.use("tiny", precision="fp32", provider="cpu")
    assert (choice.model, choice.precision, choice.provider) == ("tiny", "fp32", "cpu")
    assert models.selected() == "tiny"
    assert models.variants().precision_in_use == "fp32"
    with pytest.raises(InvalidInputError, match="does not offer"):
        models.use("tiny", precision="fp16")
    assert models.set_precision("INT8").precision == "int8"
    assert models.variants().precision_in_use == "int8"


def test_embed_and_engine_facts_are_codes(home: AppPaths) -> None:
    models = MemshadowService.models_at(home)
    out = models.embed(["git stash", "garden"], precision="fp32", provider="cuda")
    assert out.vectors.shape == (2, out.engine.dim)
    engine = out.engine
    assert engine.precision == "fp32" and engine.requested_provider == "cuda"
    import onnxruntime as ort

    if "CUDAExecutionProvider" not in ort.get_available_providers():
        assert engine.provider == "cpu" and engine.fallback is not None
        assert engine.fallback.code == ProviderReason.NOT_INSTALLED
        assert engine.to_json()["fallback_reason"]["params"]["provider"] == "cuda"
    auto = models.open_engine(precision="fp32")
    assert auto.choice is not None and auto.choice.code in set(ChoiceReason)
    # Embedding added to this machine's statistics.
    lanes = MemshadowService.hardware_at(home).stats()
    assert any(lane.lane.endswith("/fp32") and lane.items >= 2 for lane in lanes)
    with pytest.raises(InvalidInputError):
        models.embed([])


def test_install_use_and_remove(tmp_path: Path, tiny_folder: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "home")
    models = MemshadowService.models_at(paths)
    steps: list[Notice] = []
    info = models.import_folder(tiny_folder, name="t2", precisions=["fp32"], log=steps.append)
    assert info.name == "t2" and info.precisions == ["fp32"]
    # Building says what it does, as codes.
    assert [str(s.code) for s in steps[:2]] == [
        ModelStep.CONVERTING,
        ModelStep.VALIDATING_REFERENCE,
    ]
    assert models.selected() == "t2"  # the first model installed becomes the one in use
    assert models.remove("t2") == "t2"
    assert models.list() == [] and models.selected() is None
    with pytest.raises(NotFoundError):
        models.current()


def test_hardware_and_providers_without_a_vault(home: AppPaths) -> None:
    hardware = MemshadowService.hardware_at(home)
    report = hardware.probe()
    assert report.logical_cores and report.logical_cores >= 1
    assert json.loads(json.dumps(report.to_json()))["cpu_features"] == report.cpu_features
    providers = {p.short: p for p in hardware.providers()}
    assert providers["cpu"].usable is True and providers["cpu"].notes
    for p in providers.values():
        assert p.usable or (p.reason is not None and p.reason.code in set(ProviderReason))
        assert not p.in_use  # no engine is loaded here
        json.dumps(p.to_json())


def test_search_engine_snapshot_benchmark_and_precision_switch(
    service: MemshadowService, tiny_installed: InstalledModel
) -> None:
    assert service.models.engine() is None  # search not loaded yet
    service.memories.add("the tomatoes in the garden need water", title="garden")
    assert service.search.load()
    snap = service.models.engine()
    assert isinstance(snap, EngineSnapshot) and snap.engine is not None
    assert snap.model == "tiny" and snap.precision == tiny_installed.default_precision
    assert snap.fingerprint == snap.engine.fingerprint
    service.search.index_now()
    snap = service.models.engine()
    assert snap is not None and snap.stats is not None and snap.stats.items >= 1

    providers = {p.short: p for p in service.hardware.providers()}
    assert providers["cpu"].in_use and providers["cpu"].items_per_s is not None

    seen: list[tuple[int, int]] = []
    result = service.models.benchmark(lambda d, t: seen.append((d, t)), texts=["a b c"] * 20)
    assert result.items == 20 and result.items_per_s > 0 and result.precision == snap.precision
    assert seen[-1][0] == seen[-1][1] > 0
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(BenchmarkCancelled):
        service.models.benchmark(cancel=cancel)

    other = "fp32" if snap.precision != "fp32" else "int8"
    service.runtime.start("window")
    service.models.set_precision(other)
    assert service.models.engine() is None  # closed: search reopens with the new precision
    assert service.search.load()
    reopened = service.models.engine()
    assert reopened is not None and reopened.precision == other
    assert service.models.variants().precision_in_use == other


def test_advice_rules() -> None:
    """One copy of the rules, in core: codes, each once, in order."""
    from memshadow_desktop.core.inference.advice import recommend

    def hw(**kw: object) -> HardwareReport:
        base: dict[str, object] = dict(
            os="Linux",
            os_version="6",
            arch="x86_64",
            python="3.11",
            cpu_model="x",
            physical_cores=2,
            logical_cores=2,
            cpu_features={},
            ram_total_mb=1,
            ram_available_mb=1,
        )
        return HardwareReport(**{**base, **kw})  # type: ignore[arg-type]

    def variant(precision: str, speedup: float, offered: bool, in_use: bool) -> VariantInfo:
        notice = None if offered else Notice(VariantReason.BELOW_BAR, {"min_cosine": 0.9})
        return VariantInfo(
            precision, precision, "fused", offered, 1, 0.998, 0.999, 100.0, speedup, None,
            notice, False, in_use,
        )  # fmt: skip

    cpu = ProviderInfo("CPUExecutionProvider", "cpu", True, True, True, None)
    fp32 = variant("fp32", 1.0, True, True)
    int8 = variant("int8", 2.5, True, False)
    int4 = variant("int4", 0.8, False, False)
    variants = ModelVariants("m", "int8", 52, "fp32", [fp32, int8, int4])
    nvidia = hw(
        gpus=[GpuInfo("RTX", "NVIDIA")], cpu_features={"avx512_vnni": True}, power_source="battery"
    )
    tips = recommend(hardware=nvidia, providers=[cpu], variants=variants)
    codes = [t.code for t in tips]
    assert codes == [
        Advice.CONSIDER_VARIANT,  # INT8, 2.5x, not in use
        Advice.VARIANT_NOT_OFFERED,  # INT4, with why as a code
        Advice.DEFAULT_PRECISION,
        Advice.INT8_CPU,
        Advice.INSTALL_CUDA,
        Advice.ON_BATTERY,
    ]
    assert tips[0].params["precision"] == "int8" and tips[0].params["speedup"] == 2.5
    assert tips[1].params["why"]["code"] == VariantReason.BELOW_BAR
    assert tips[4].params["gpu"] == "RTX"

    # No model; no accelerator: install one, and the CPU is fine.
    tips = recommend(hardware=hw(), providers=[cpu], variants=None)
    assert [t.code for t in tips] == [Advice.INSTALL_MODEL, Advice.CPU_ONLY]
    # INT8 already in use: no switch to suggest, no "prefer INT8".
    in_use = ModelVariants("m", "int8", 52, "int8", [fp32, variant("int8", 2.5, True, True)])
    tips = recommend(hardware=hw(cpu_features={"amx": True}), providers=[cpu], variants=in_use)
    assert [t.code for t in tips] == [
        Advice.VARIANT_SPEED,
        Advice.DEFAULT_PRECISION,
        Advice.CPU_ONLY,
    ]
    # An engine without an installed model (a test embedder) needs no model installed.
    snap = EngineSnapshot("hash", "hash", None, None)
    assert Advice.INSTALL_MODEL not in [t.code for t in recommend(
        hardware=None, providers=None, variants=None, engine=snap
    )]  # fmt: skip


def test_legacy_manifest_reasons_become_codes(tmp_path: Path) -> None:
    """Earlier versions wrote English reasons into the manifest: they are read as codes."""
    manifest = {
        "fingerprint": "f" * 16,
        "dim": 8,
        "max_seq_length": 16,
        "variants": {
            "fp32": {
                "key": "fp32", "precision": "fp32", "flavour": "fused", "file": None,
                "sha256": None, "size": 0, "offered": False,
                "validation": {"min_cosine": 0.9, "items_per_s": 10.0},
                "reason": "fused graph differs from reference",
            },
            "int4": {
                "key": "int4", "precision": "int4", "flavour": "fused", "file": None,
                "sha256": None, "size": 0, "offered": False,
                "validation": {"min_cosine": 0.94, "items_per_s": 10.0},
                "reason": "min cosine 0.9400 to FP32 is below 0.99",
            },
            "int8": {
                "key": "int8", "precision": "int8", "flavour": "fused", "file": None,
                "sha256": None, "size": 0, "offered": False, "validation": None,
                "reason": "per-channel could not be built or loaded: boom",
            },
        },
    }  # fmt: skip
    variants = InstalledModel("old", tmp_path, manifest).variants
    fp32, int4, int8 = variants["fp32"].reason, variants["int4"].reason, variants["int8"].reason
    assert fp32 is not None and fp32.code == VariantReason.FUSED_DIFFERS
    assert int4 is not None and int4.code == VariantReason.BELOW_BAR
    assert int4.params == {"min_cosine": 0.94, "bar": 0.99}
    assert int8 is not None and int8.code == VariantReason.NOT_BUILT
    assert "boom" in int8.params["error"]


def test_legacy_provider_choice_cache_is_read(tmp_path: Path) -> None:
    from memshadow_desktop.core.inference.providers import ProviderChooser

    cache = tmp_path / "choice.json"
    old = {"provider": "A", "measured": {"A": 2.0, "B": 1.0}, "reason": "words", "measured_at": 1}
    cache.write_text(json.dumps({"m:int8": old}))
    choice = ProviderChooser(cache).cached("m:int8")
    assert choice is not None and choice.reason.code == ChoiceReason.FASTEST
    assert choice.reason.params == {"items_per_s": 2.0}


def test_model_notice_event_is_a_code(tmp_path: Path, tiny_folder: Path) -> None:
    """Opening a model an older version built rebuilds it; the event says so as a code."""
    paths = AppPaths.resolve(tmp_path / "home")
    MemshadowService.models_at(paths).import_folder(tiny_folder, name="t", precisions=["fp32"])
    manifest_file = paths.models_dir / "t" / "manifest.json"
    manifest = json.loads(manifest_file.read_text())
    manifest["build"] = 1
    manifest_file.write_text(json.dumps(manifest))
    seen: list[Event] = []
    with MemshadowService.create(
        paths, passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF
    ) as svc:
        svc.events.subscribe(seen.append)
        assert svc.search.load()
    notices = [e.data for e in seen if e.kind == MODEL_NOTICE]
    assert notices and set(notices[0]) == {"code", "params"}
    assert notices[0]["code"] == ModelStep.REBUILD_OUTDATED
    assert notices[0]["params"]["model"] == "t" and notices[0]["params"]["build"] == 1
    assert all("message" not in n for n in notices)


def test_public_types_import_no_inference_library() -> None:
    program = (
        "import sys, memshadow_desktop.core.api\n"
        "print([m for m in ('numpy', 'onnx', 'onnxruntime', 'faiss', 'psutil') "
        "if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", program], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
