"""CLI: ``hw``, ``hw stats`` and ``models ...``.

None of these need the vault: they work on the models folder, the settings and the cache,
through ``MemshadowService.models_at`` and ``MemshadowService.hardware_at``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from memshadow_desktop.cli.common import cli, command, common_options, emit, state
from memshadow_desktop.cli.notices import describe_notice
from memshadow_desktop.core.api import (
    GenModelInfo,
    HardwareReport,
    InvalidInputError,
    ModelInfo,
    ModelVariants,
    NotFoundError,
    Notice,
    ProviderInfo,
)
from memshadow_desktop.core.service import HardwareApi, MemshadowService, ModelsApi


# ------------------------------------------------------------------ helpers
def models() -> ModelsApi:
    return MemshadowService.models_at(state().paths)


def hardware() -> HardwareApi:
    return MemshadowService.hardware_at(state().paths)


def say_step(step: Notice) -> None:
    """A step of a long model operation, on stderr (not with --json)."""
    if not state().json:
        click.echo(describe_notice(step), err=True)


def download_progress(path: str, done: int, total: int | None) -> None:
    if state().json or not sys.stderr.isatty():
        return
    if total:
        pct = 100 * done / total
        click.echo(
            f"\r  {path}: {pct:5.1f}% ({done / 1e6:.1f}/{total / 1e6:.1f} MB)", err=True, nl=False
        )
        if done >= total:
            click.echo("", err=True)
    else:
        click.echo(f"\r  {path}: {done / 1e6:.1f} MB", err=True, nl=False)


def precision_list(value: str | None) -> list[str] | None:
    if not value:
        return None
    return [p.strip().lower() for p in value.split(",") if p.strip()]


def _model_or_none() -> ModelInfo | None:
    try:
        return models().current()
    except (NotFoundError, InvalidInputError):
        return None


# ------------------------------------------------------------------ hw
@cli.group(name="hw", invoke_without_command=True)
@common_options
@click.pass_context
def hw_group(ctx: click.Context) -> None:
    """This machine's hardware and which execution providers really work (--json)."""
    if ctx.invoked_subcommand is not None:
        return
    report = hardware().probe()
    statuses = hardware().providers()
    engine = models().open_engine(log=say_step) if _model_or_none() is not None else None
    generation = hardware().generator()
    data = {
        "hardware": report.to_json(),
        "providers": [s.to_json() for s in statuses],
        "used_provider": engine.provider if engine else "cpu",
        "model": engine.to_json() if engine else None,
        "generation": generation.to_json(),
    }

    def text() -> str:
        lines = [format_report(report), "", "Execution providers:"]
        lines += [f"  {s.short:<10} {_provider_state(s)}" for s in statuses]
        lines += ["", "Generation backends:"]
        for b in generation.backends:
            where = f"{b.version}, devices: {', '.join(b.devices) or 'none'}" if b.installed else ""
            why = f" ({describe_notice(b.reason)})" if b.reason else ""
            lines.append(f"  {b.name:<18} {where or 'not installed'}{why}")
        if generation.model:
            rate = (
                f"{generation.tokens_per_s} tokens/s over {generation.answers} answers"
                if generation.tokens_per_s
                else "not measured yet"
            )
            on = f" on {generation.backend}/{generation.device}" if generation.backend else ""
            lines.append(f"  asking with {generation.model}{on}: {rate}")
        if engine is None:
            lines.append("\nNo model installed; inference would run on: cpu")
            return "\n".join(lines)
        fallback = f" (fallback: {describe_notice(engine.fallback)})" if engine.fallback else ""
        choice = f"; {describe_notice(engine.choice)}" if engine.choice else ""
        lines.append(
            f"\nModel {engine.model} runs {engine.precision} on {engine.provider}{fallback}{choice}"
        )
        return "\n".join(lines)

    emit(data, text)


def _provider_state(s: ProviderInfo) -> str:
    reason = describe_notice(s.reason) if s.reason else ""
    if s.usable:
        return "usable"
    if s.installed:
        return f"installed, NOT usable: {reason}"
    return f"not installed: {reason}"


def format_report(report: HardwareReport) -> str:
    def unk(v: object) -> str:
        return "unknown" if v is None else str(v)

    feats = ", ".join(
        f"{k}" if v else f"no {k}" for k, v in report.cpu_features.items() if v is not None
    )
    lines = [
        f"OS:      {report.os} {report.os_version} ({report.arch}), Python {report.python}",
        f"CPU:     {unk(report.cpu_model)}; {unk(report.physical_cores)} cores "
        f"({unk(report.logical_cores)} threads)",
        f"ISA:     {feats or 'unknown'}",
        f"RAM:     {unk(report.ram_total_mb)} MB ({unk(report.ram_available_mb)} MB free)",
    ]
    if report.gpus:
        for gpu in report.gpus:
            mem = f", {gpu.memory_mb} MB" if gpu.memory_mb else ""
            lines.append(f"GPU:     {gpu.name} [{gpu.vendor}{mem}] via {gpu.source}")
    else:
        lines.append("GPU:     none detected")
    if report.npus:
        lines += [f"NPU:     {n.name} via {n.source}" for n in report.npus]
    else:
        lines.append("NPU:     none detected")
    battery = "" if report.battery_percent is None else f", battery {report.battery_percent}%"
    lines.append(f"Power:   {unk(report.power_source)}{battery}")
    lines += [f"  note: {describe_notice(n)}" for n in report.notes]
    return "\n".join(lines)


@command(group=hw_group, name="stats")
def hw_stats() -> None:
    """Inference statistics per provider and precision, and recommendations."""
    lanes = hardware().stats()
    model = _model_or_none()
    variants = models().variants(model.name) if model is not None else None
    tips = hardware().advice(hardware=hardware().probe(), variants=variants)
    data = {
        "lanes": {s.lane: s.to_json() for s in lanes},
        "recommendations": [t.to_json() for t in tips],
        "model": model.name if model else None,
    }

    def text() -> str:
        lines = []
        if not lanes:
            lines.append("no inference recorded yet")
        for s in lanes:
            lines.append(
                f"{s.lane:<14} {s.inferences} inferences, {s.items} items, "
                f"{s.items_per_s} items/s, latency avg {s.latency_ms_avg} ms "
                f"p50 {s.latency_ms_p50} ms p95 {s.latency_ms_p95} ms"
            )
        lines += [f"- {describe_notice(t)}" for t in tips]
        return "\n".join(lines)

    emit(data, text)


# ------------------------------------------------------------------ models
@cli.group(name="models", invoke_without_command=True)
@common_options
@click.pass_context
def models_group(ctx: click.Context) -> None:
    """Embedding and generation models: import, download, list, use, remove, variants.

    Without a subcommand: both kinds of installed models (as `models list`)."""
    if ctx.invoked_subcommand is None:
        _list_models()


def _model_line(m: ModelInfo, current: str | None) -> str:
    mark = "*" if m.name == current else " "
    return (
        f"{mark} {m.name:<24} {m.dim}-d  {m.fingerprint}  default {m.default_precision}"
        f"  precisions {','.join(m.precisions)}  {m.size_bytes / 1e6:.0f} MB"
        + ("  (older build: rebuilt when next used)" if m.outdated else "")
    )


def _is_generation(name: str) -> bool:
    """NAME is an installed generation model and no embedding model has that name."""
    generation = {g.name.lower() for g in models().generation.list()}
    embedding = {m.name.lower() for m in models().list()}
    return name.lower() in generation and name.lower() not in embedding


def _installed(verb: str, model: ModelInfo) -> None:
    emit(model.to_json(), lambda: f"{verb}\n" + _model_line(model, models().selected()))


@command(group=models_group, name="import")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--name", help="Name to install the model under (default: from the folder).")
@click.option("--precisions", help="Variants to build, e.g. fp32,int8,int4,fp16.")
def models_import(folder: Path, name: str | None, precisions: str | None) -> None:
    """Convert a sentence-transformers folder to ONNX (no PyTorch) and install it.

    A folder with model.onnx + tokenizer.json (and no model.safetensors) is installed as a
    published ONNX model (mean pooling over its first output unless it already pools).
    A .gguf file (or a folder with genai_config.json) is installed as a generation model
    for `memshadow ask`.
    """
    if folder.is_file() or (folder / "genai_config.json").is_file():
        gen = models().generation.import_file(folder, name=name, log=say_step)
        emit(gen.to_json(), lambda: "installed generation model\n" + _gen_line(gen))
        return
    model = models().import_folder(
        folder, name=name, precisions=precision_list(precisions), log=say_step
    )
    _installed("installed", model)


@command(group=models_group, name="download")
@click.argument("name")
@click.option(
    "--catalog",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A JSON catalog of extra models (or set MEMSHADOW_MODEL_CATALOG).",
)
@click.option("--precisions", help="Variants to build, e.g. fp32,int8,int4,fp16.")
@click.option(
    "--allow-metered", is_flag=True, help="Download even on a metered network (`edge plan`)."
)
def models_download(
    name: str, catalog: Path | None, precisions: str | None, allow_metered: bool
) -> None:
    """Download a published model (pinned SHA-256, resumable) and install it.

    Generation models of the catalogue (`memshadow models catalog`) are downloaded the same
    way; `generation` picks the one for this machine's memory."""
    gen_api = models().generation
    if name == "generation" or gen_api.knows(name, catalog):
        gen = gen_api.download(
            None if name == "generation" else name,
            catalog=catalog,
            progress=download_progress,
            log=say_step,
            allow_metered=allow_metered,
        )
        emit(gen.to_json(), lambda: "installed generation model\n" + _gen_line(gen))
        return
    model = models().download(
        name,
        catalog=catalog,
        precisions=precision_list(precisions),
        progress=download_progress,
        log=say_step,
        allow_metered=allow_metered,
    )
    _installed("installed", model)


@command(group=models_group, name="list")
def models_list() -> None:
    """Installed models of both kinds (* marks the ones in use)."""
    _list_models()


def _list_models() -> None:
    installed = models().list()
    current = models().selected()
    generation = models().generation.list()
    in_use = next((g.name for g in generation if g.in_use), None)

    def text() -> str:
        lines = ["Embedding models (search):"]
        lines += [_model_line(m, current) for m in installed] or ["  none installed"]
        lines.append("Generation models (ask):")
        lines += [_gen_line(g) for g in generation] or [
            "  none installed (`memshadow models download generation`, or "
            "`memshadow models import FILE.gguf`)"
        ]
        return "\n".join(lines)

    emit(
        {
            "current": current,
            "models": [m.to_json() for m in installed],
            "generation": {"current": in_use, "models": [g.to_json() for g in generation]},
        },
        text,
    )


def _gen_line(g: GenModelInfo) -> str:
    mark = "*" if g.in_use else " "
    facts = " ".join(x for x in (g.parameters, g.quantization) if x)
    return f"{mark} {g.name:<24} {g.format:<10} {facts:<12} {g.size_bytes / 1e6:.0f} MB"


@command(group=models_group, name="catalog")
@click.option(
    "--catalog",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A JSON catalog of extra generation models (or set MEMSHADOW_GEN_CATALOG).",
)
def models_catalog(catalog: Path | None) -> None:
    """Generation models `models download` knows (> marks the default for this machine)."""
    entries = models().generation.catalog(catalog)
    emit(
        [e.to_json() for e in entries],
        lambda: "\n".join(
            f"{'>' if e.default_here else ' '} {e.name:<24} {e.parameters:>5} {e.quantization:<7}"
            f" {e.size_bytes / 1e6:>6.0f} MB  from {e.min_ram_mb // 1024} GB RAM"
            f"{'  installed' if e.installed else ''}  {e.description}"
            for e in entries
        ),
    )


@command(group=models_group, name="use")
@click.argument("name")
@click.option("--precision", help="Precision to use (default: the model's default).")
@click.option("--provider", help="Execution provider (auto, cpu, cuda, coreml, directml, ...).")
def models_use(name: str, precision: str | None, provider: str | None) -> None:
    """Make NAME the model in use, optionally with a precision and provider."""
    if _is_generation(name):
        gen = models().generation.use(name)
        emit(gen.to_json(), f"asking with {gen.name}")
        return
    choice = models().use(name, precision=precision, provider=provider)
    emit(
        choice.to_json(),
        f"using {choice.model} ({choice.precision}, provider {choice.provider})",
    )


@command(group=models_group, name="remove")
@click.argument("name")
def models_remove(name: str) -> None:
    """Uninstall a model."""
    if _is_generation(name):
        gone = models().generation.remove(name)
        emit({"removed": gone, "kind": "generation"}, f"removed generation model {gone}")
        return
    removed = models().remove(name)
    emit({"removed": removed}, f"removed {removed}")


@command(group=models_group, name="rebuild")
@click.argument("name", required=False)
def models_rebuild(name: str | None) -> None:
    """Convert and validate a model again from its source folder (default: the one in use).

    Models built by an older version are rebuilt on their own when next used for embedding.
    """
    _installed("rebuilt", models().rebuild(name, log=say_step))


@command(group=models_group, name="variants")
@click.argument("name", required=False)
def models_variants(name: str | None) -> None:
    """Precision variants: size, accuracy vs FP32 on the probe set, speed, offered or not."""
    variants = models().variants(name)
    emit(variants.to_json(), lambda: _variants_text(variants))


def _variants_text(variants: ModelVariants) -> str:
    def f(x: Any, spec: str) -> str:
        return format(x, spec) if isinstance(x, int | float) else "-"

    lines = [
        f"{variants.model}: default {variants.default_precision}, "
        f"validated on {variants.probe_size} probe texts",
        f"  {'variant':<15}{'size':>8}{'min cos':>10}{'mean cos':>10}{'items/s':>9}"
        f"{'vs fp32':>9}  status",
    ]
    for v in variants.variants:
        reason = describe_notice(v.reason) if v.reason else ""
        status = "offered" if v.offered else f"rejected: {reason}"
        lines.append(
            f"  {v.key:<15}{v.size_bytes / 1e6:>6.1f}MB{f(v.min_cosine, '10.5f')}"
            f"{f(v.mean_cosine, '10.5f')}{f(v.items_per_s, '9.1f')}"
            f"{f(v.speedup, '8.2f')}x  {status}"
        )
    return "\n".join(lines)
