"""The model in use and its validated variants, read from the installed manifests without
loading ONNX Runtime (core.inference.models imports it): a MINIMAL agent plans before it knows
whether it will embed at all, and must not pay for the inference stack to find out."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from memshadow_desktop.core.api.inference import ModelVariants, VariantInfo
from memshadow_desktop.core.api.notice import Notice
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.settings import Settings

MANIFEST = "manifest.json"  # core.inference.models.MANIFEST
GENERATION = "generation"  # core.inference.gen_models: models_dir/generation/NAME/manifest.json
GEN_USE_FILE = "use.json"  # core.inference.gen_models.USE_FILE


@dataclass(frozen=True)
class Generator:
    """The generation model `ask` would use, and whether the library that runs it is here."""

    model: str
    backend: str
    backend_installed: bool


def generator(paths: AppPaths) -> Generator | None:
    """The chosen generation model, else the first installed one; None without any. Reads the
    manifests only: the plan must not load llama.cpp to find out."""
    from memshadow_desktop.core.inference import generator as gen

    root = paths.models_dir / GENERATION
    formats: dict[str, str] = {}
    if root.is_dir():
        for folder in sorted(root.iterdir()):
            try:
                manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(manifest, dict) and not folder.name.startswith("."):
                formats[folder.name] = str(manifest.get("format") or gen.GGUF)
    if not formats:
        return None
    chosen = _chosen_generation(root)
    name = chosen if chosen in formats else next(iter(formats))
    backend = gen.LLAMA if formats[name] == gen.GGUF else gen.GENAI
    return Generator(name, backend, gen.installed(backend))


def _chosen_generation(root: Path) -> str | None:
    try:
        raw = json.loads((root / GEN_USE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return str(raw.get("model")) if isinstance(raw, dict) and raw.get("model") else None


def model_variants(paths: AppPaths) -> ModelVariants | None:
    """The variants of the model search would use (the settings' model, else the only one
    installed) with the precision it would run at; None without one (or with several and none
    chosen: search cannot pick either)."""
    settings = Settings.load(paths.settings_file)
    manifests = _manifests(paths.models_dir)
    if settings.model:
        manifest = next((m for m in manifests if m.get("name") == settings.model), None)
    else:
        manifest = manifests[0] if len(manifests) == 1 else None
    if manifest is None:
        return None
    default = str(manifest.get("default_precision") or "fp32")
    use_settings = settings.model in ("", manifest.get("name"))
    in_use = (settings.precision if use_settings else "") or default
    return ModelVariants(
        model=str(manifest.get("name", "")),
        default_precision=default,
        probe_size=manifest.get("probe_size"),
        precision_in_use=in_use,
        variants=[_variant(k, v, default, in_use) for k, v in manifest["variants"].items()],
    )


def _manifests(root: Path) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if not root.is_dir():
        return out
    for folder in sorted(root.iterdir()):
        if folder.name.startswith("."):
            continue
        try:
            manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(manifest, dict) and isinstance(manifest.get("variants"), dict):
            out.append(manifest)
    return out


def _variant(key: str, raw: dict[str, Any], default: str, in_use: str) -> VariantInfo:
    val = raw.get("validation") or {}
    precision = str(raw.get("precision", key))
    return VariantInfo(
        key=key,
        precision=precision,
        flavour=str(raw.get("flavour", "")),
        offered=bool(raw.get("offered")),
        size_bytes=int(raw.get("size") or 0),
        min_cosine=val.get("min_cosine"),
        mean_cosine=val.get("mean_cosine"),
        items_per_s=val.get("items_per_s"),
        speedup=val.get("speedup"),
        recipe=val.get("recipe"),
        reason=_reason(raw.get("reason")),
        default=precision == default,
        in_use=precision == in_use,
    )


def _reason(stored: Any) -> Notice | None:
    """Why a variant is not offered, as the manifest stored it (a code and its params)."""
    if isinstance(stored, dict) and "code" in stored:
        return Notice(str(stored["code"]), dict(stored.get("params") or {}))
    return None
