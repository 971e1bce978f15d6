"""Profiles and plans from measured capabilities: simulated machines fed to the planner."""

from __future__ import annotations

import json
from typing import Any

import pytest

from memshadow_desktop.cli.edge_words import describe_reason, plan_text
from memshadow_desktop.core.api import (
    Capabilities,
    EdgePlan,
    GpuInfo,
    InvalidInputError,
    ModelVariants,
    Notice,
    PlanReason,
    Profile,
)
from memshadow_desktop.core.edge.installed import Generator
from memshadow_desktop.core.edge.profiles import make_plan, profile_for_ram
from memshadow_desktop.core.sync.engine import deadlines_from
from tests.core.edge.conftest import machine, minilm

RTX = GpuInfo("NVIDIA GeForce RTX 4070 Laptop GPU", "NVIDIA", 8188, "550.54", "nvml")


def plan(caps: Capabilities, **kw: Any) -> EdgePlan:
    kw.setdefault("variants", minilm())
    variants = kw["variants"]
    kw.setdefault("chosen_precision", variants.precision_in_use if variants else None)
    return make_plan(caps, deadlines=deadlines_from(None), **kw)


def codes(p: EdgePlan) -> dict[str, str]:
    return {k: str(v.code) for k, v in p.reasons.items()}


@pytest.mark.parametrize(
    ("ram", "profile"),
    [
        (300, Profile.MINIMAL),
        (511, Profile.MINIMAL),
        (512, Profile.LIGHT),
        (1900, Profile.LIGHT),
        (2048, Profile.STANDARD),
        (3796, Profile.STANDARD),  # a 4 GB Raspberry Pi: what Linux reports of 4 GB
        (4096, Profile.STANDARD),
        (4097, Profile.PERFORMANCE),
        (32_000, Profile.PERFORMANCE),
        (None, Profile.LIGHT),  # unknown RAM: careful
    ],
)
def test_the_profile_follows_the_ram(ram: int | None, profile: Profile) -> None:
    assert profile_for_ram(ram) == profile


def test_400_mb_on_battery_syncs_and_searches_by_words() -> None:
    caps = machine(400, cores=1, on_battery=True, percent=35.0)
    p = plan(caps)
    assert p.profile is Profile.MINIMAL
    assert not p.embedding and p.search == "fts" and p.precision is None and p.compute == "none"
    assert codes(p)["embedding"] == PlanReason.EMBED_NONE_FITS
    assert p.reasons["embedding"].params == {"budget_mb": 16, "smallest_mb": 58.6}
    # On battery NORMAL and LOW wait four times longer; CRITICAL and HIGH do not.
    assert p.sync.deadlines_s == {"CRITICAL": 0.0, "HIGH": 60.0, "NORMAL": 1200.0, "LOW": 7200.0}
    assert not p.sync.eager and p.sync.poll_s == 900.0
    assert codes(p)["sync"] == PlanReason.SYNC_BATTERY and p.conditions == ["battery"]
    assert codes(p)["indexing"] == PlanReason.INDEX_OFF and not p.indexing_paused
    assert p.memory_max_mb == 256 and p.cache.l1_mb == 8 and not p.cache.prefetch
    assert not p.generation and p.threads == 1


def test_a_minimal_device_embeds_when_a_small_validated_variant_fits() -> None:
    caps = machine(400, cores=1, on_battery=True, percent=35.0)
    # all-MiniLM's own INT8 (24 MB) would take a MINIMAL agent past its 256 MB: a smaller one.
    assert not plan(caps, variants=minilm(int8_mb=23.6)).embedding
    p = plan(caps, variants=minilm(int8_mb=12.0))
    assert p.embedding and p.precision == "int8" and p.compute == "cpu"
    assert codes(p)["embedding"] == PlanReason.EMBED_SMALL_VARIANT
    # 35% is below the MINIMAL floor of 50%: indexing waits now.
    assert p.indexing_paused and p.index_pause_below == 50
    assert p.reasons["indexing"].params == {"percent": 35, "floor": 50}


def test_a_4_gb_pi_runs_everything_on_its_cpu_at_int8() -> None:
    caps = machine(3796, arch="aarch64", cores=4)
    p = plan(caps)
    assert p.profile is Profile.STANDARD
    assert p.embedding and p.search == "hybrid" and p.precision == "int8"
    assert p.compute == "cpu" and p.threads == 4
    assert p.sync.eager and p.sync.push == ["CRITICAL", "HIGH", "NORMAL", "LOW"]
    assert p.sync.deadlines_s["NORMAL"] == 300.0 and p.model_downloads
    assert p.memory_max_mb == 1024 and p.cache.l1_mb == 64 and p.cache.prefetch_related == 5
    assert not p.generation and codes(p)["generation"] == PlanReason.GENERATION_NO_MODEL
    # FP32 chosen in the settings is more than STANDARD allows: capped to INT8.
    capped = plan(caps, chosen_precision="fp32")
    assert (
        capped.precision == "int8" and codes(capped)["embedding"] == PlanReason.EMBED_PRECISION_CAP
    )


def test_a_32_gb_laptop_with_a_gpu_runs_on_it_and_may_use_fp32() -> None:
    caps = machine(32_000, cores=8, usable=("cpu", "cuda"), gpus=(RTX,), percent=100.0)
    p = plan(caps, chosen_precision="fp32")
    assert p.profile is Profile.PERFORMANCE
    assert p.compute == "cuda" and codes(p)["compute"] == PlanReason.COMPUTE_ACCELERATOR
    assert p.precision == "fp32" and codes(p)["embedding"] == PlanReason.EMBED_MODEL_CHOICE
    assert p.memory_max_mb == 2048 and p.cache.l1_mb == 256 and p.threads == 8
    assert p.sync.eager and not p.conditions


def test_on_a_metered_network_only_critical_and_high_push_and_nothing_downloads() -> None:
    caps = machine(32_000, cores=8, usable=("cpu", "cuda"), metered=True)
    p = plan(caps)
    assert p.sync.push == ["CRITICAL", "HIGH"]
    assert p.sync.deadlines_s == {"CRITICAL": 0.0, "HIGH": 60.0, "NORMAL": None, "LOW": None}
    assert not p.sync.eager and not p.model_downloads
    assert codes(p)["sync"] == PlanReason.SYNC_METERED
    assert codes(p)["downloads"] == PlanReason.DOWNLOADS_METERED
    assert p.conditions == ["metered"]


def test_battery_saver_on_mains_stretches_normal_and_low() -> None:
    p = plan(machine(8000, saver=True))
    assert p.sync.deadlines_s["NORMAL"] == 1200.0 and p.sync.deadlines_s["LOW"] == 7200.0
    assert codes(p)["sync"] == PlanReason.SYNC_SAVER and not p.sync.eager


def test_a_small_device_keeps_inference_on_the_cpu_and_little_storage_stops_downloads() -> None:
    p = plan(machine(1500, usable=("cpu", "openvino"), free_mb=600))
    assert p.profile is Profile.LIGHT and p.precision == "int8" and p.compute == "cpu"
    assert codes(p)["compute"] == PlanReason.COMPUTE_CPU_PROFILE
    assert not p.model_downloads and codes(p)["downloads"] == PlanReason.DOWNLOADS_STORAGE
    assert p.threads == 2 and p.cache.prefetch_related == 3


def test_without_a_model_search_is_by_words_and_says_what_it_would_use() -> None:
    p = plan(machine(1500), variants=None)
    assert not p.embedding and p.reasons["embedding"] == Notice(
        PlanReason.EMBED_NO_MODEL, {"precision": "int8"}
    )


def test_a_profile_can_be_asked_for_and_one_above_the_ram_says_so() -> None:
    small = machine(1000)
    asked = plan(small, requested="minimal")
    assert asked.profile is Profile.MINIMAL and codes(asked)["profile"] == "profile_requested"
    above = plan(small, requested="performance")
    assert above.profile is Profile.PERFORMANCE
    assert above.reasons["profile"].params == {
        "profile": "performance",
        "ram_mb": 1000,
        "fits": "light",
    }
    # The ceiling never goes beyond three quarters of the RAM.
    assert above.memory_max_mb == 750
    with pytest.raises(InvalidInputError):
        plan(small, requested="huge")


def test_capabilities_and_plans_round_trip_through_json() -> None:
    caps = machine(3796, arch="aarch64", usable=("cpu", "cuda"), gpus=(RTX,), percent=50.0)
    again = Capabilities.from_json(json.loads(json.dumps(caps.to_json())))
    assert again == caps
    out = json.loads(json.dumps(plan(caps).to_json()))
    assert out["profile"] == "standard" and out["reasons"]["profile"]["code"] == "profile_by_ram"


def test_every_reason_has_words_and_the_plan_reads_as_text() -> None:
    params: dict[str, Any] = {
        "ram_mb": 400,
        "profile": "minimal",
        "fits": "light",
        "precision": "int8",
        "wanted": "fp32",
        "allowed": ["int8"],
        "offered": ["fp32"],
        "budget_mb": 32,
        "smallest_mb": 55.9,
        "size_mb": 22.0,
        "provider": "cuda",
        "cores": 4,
        "debounce_s": 2.0,
        "factor": 4.0,
        "percent": 35,
        "source": "networkmanager",
        "floor": 50,
        "free_mb": 600,
        "needed_mb": 1024,
        "l1_mb": 8,
        "percent_of_ram": 5,
        "backend": "llama.cpp",
        "model": "smollm2-135m-instruct",
        "memory_max_mb": 256,
    }
    for code in PlanReason:
        words = describe_reason(Notice(code, params))
        assert words and str(code) not in words and "{" not in words and "?" not in words, code
    text = plan_text(plan(machine(400, on_battery=True, percent=35.0)))
    assert "words only" in text and "NORMAL 20 min" in text and "256 MB" in text


def test_the_installed_models_manifest_is_read_without_onnx_runtime(tmp_path: Any) -> None:
    import subprocess
    import sys

    from memshadow_desktop.core.paths import AppPaths

    paths = AppPaths.resolve(tmp_path / "home")
    folder = paths.models_dir / "tiny"
    folder.mkdir(parents=True)
    manifest = {
        "name": "tiny",
        "default_precision": "int8",
        "variants": {
            "fp32": {"precision": "fp32", "size": 4 * 1024 * 1024, "offered": True},
            "int8": {
                "precision": "int8",
                "size": 1024 * 1024,
                "offered": True,
                "validation": {"min_cosine": 0.999},
            },
        },
    }
    (folder / "manifest.json").write_text(json.dumps(manifest))
    code = (
        "import sys; from memshadow_desktop.core.edge import installed, profiles;"
        "from memshadow_desktop.core.paths import AppPaths;"
        f"v = installed.model_variants(AppPaths.resolve({str(paths.config_dir.parent)!r}));"
        "assert v.model == 'tiny' and v.precision_in_use == 'int8', v;"
        "assert 'onnxruntime' not in sys.modules and 'numpy' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    variants = __import__("memshadow_desktop.core.edge.installed", fromlist=["x"]).model_variants(
        paths
    )
    assert isinstance(variants, ModelVariants)
    p = plan(machine(400), variants=variants)
    assert p.embedding and p.precision == "int8"  # 1 MB fits a MINIMAL device


def test_generation_is_planned_where_the_profile_a_model_and_its_library_allow_it() -> None:
    smol = Generator("smollm2-135m-instruct", "llama.cpp", backend_installed=True)
    ready = plan(machine(3796, cores=4), generator=smol)
    assert ready.generation and codes(ready)["generation"] == PlanReason.GENERATION_READY
    assert "smollm2-135m-instruct" in describe_reason(ready.reasons["generation"])
    missing = Generator("phi", "onnxruntime-genai", backend_installed=False)
    no_lib = plan(machine(32_000, cores=8), generator=missing)
    assert not no_lib.generation
    assert codes(no_lib)["generation"] == PlanReason.GENERATION_UNAVAILABLE
    assert "onnxruntime-genai" in describe_reason(no_lib.reasons["generation"])
    small = plan(machine(1900, cores=2), generator=smol)
    assert not small.generation and codes(small)["generation"] == PlanReason.GENERATION_PROFILE
