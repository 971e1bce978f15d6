"""CLI: ``hw``, ``hw stats``, ``models ...``, ``embed`` and ``bench embed``.

None of these need the vault: they work on the models folder, the settings and the cache.
"""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import Any

import click
import numpy as np

from memshadow_desktop.cli.common import bench, cli, command, common_options, emit, state
from memshadow_desktop.core.errors import InvalidInputError, NotFoundError, StorageError
from memshadow_desktop.core.inference import active
from memshadow_desktop.core.inference.active import STATS_FILE
from memshadow_desktop.core.settings import Settings


# ------------------------------------------------------------------ helpers
def _manager() -> Any:
    return active.manager(state().paths)


def _settings() -> Settings:
    return Settings.load(state().paths.settings_file)


def _save_settings(settings: Settings) -> None:
    try:
        settings.save(state().paths.settings_file)
    except OSError as exc:
        raise StorageError(f"{state().paths.settings_file}: {exc.strerror or exc}") from exc


def _current_model(name: str | None) -> Any:
    return active.current_model(state().paths, name)


def _log(message: str) -> None:
    if not state().json:
        click.echo(message, err=True)


def _progress(path: str, done: int, total: int | None) -> None:
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


def _embedder(model: Any, precision: str | None, provider: str | None, **kw: Any) -> Any:
    return active.open_embedder(
        state().paths, model, precision=precision, provider=provider, log=_log, **kw
    )


def _save_stats(stats: Any) -> None:
    # Statistics are best effort; never fail a command over them.
    with contextlib.suppress(OSError):
        stats.merge_into(state().paths.cache_dir / STATS_FILE)


def _precision_list(value: str | None) -> list[str] | None:
    if not value:
        return None
    return [p.strip().lower() for p in value.split(",") if p.strip()]


# ------------------------------------------------------------------ hw
def _tiny_probe_model() -> bytes:
    """A small random BERT in the portable flavour: real operators to test a provider with."""
    from memshadow_desktop.core.inference.convert import build_graph
    from memshadow_desktop.core.inference.source import BertConfig
    from memshadow_desktop.core.inference.testing import random_bert_weights

    cfg = BertConfig(
        vocab_size=64,
        hidden_size=32,
        num_layers=1,
        num_heads=2,
        intermediate_size=64,
        max_position=32,
    )
    return build_graph(cfg, random_bert_weights(cfg, seed=0)).SerializeToString()


@cli.group(name="hw", invoke_without_command=True)
@common_options
@click.pass_context
def hw_group(ctx: click.Context) -> None:
    """This machine's hardware and which execution providers really work (--json)."""
    if ctx.invoked_subcommand is not None:
        return
    from memshadow_desktop.core.inference.hardware import format_report, probe
    from memshadow_desktop.core.inference.providers import probe_providers, short

    report = probe()
    statuses = probe_providers(_tiny_probe_model(), cache_dir=state().paths.cache_dir)
    model_info: dict[str, Any] | None = None
    try:
        model = _current_model(None)
    except (NotFoundError, InvalidInputError):
        model = None
    if model is not None:
        emb = _embedder(model, None, None)
        model_info = emb.info()
    data = {
        "hardware": report.to_dict(),
        "providers": [s.to_dict() for s in statuses],
        "used_provider": short(model_info["provider"]) if model_info else "cpu",
        "model": model_info,
    }

    def text() -> str:
        lines = [format_report(report), "", "Execution providers:"]
        for s in statuses:
            if s.usable:
                state_txt = "usable"
            elif s.installed:
                state_txt = f"installed, NOT usable: {s.reason}"
            else:
                state_txt = f"not installed: {s.reason}"
            lines.append(f"  {s.short:<10} {state_txt}")
        if model_info:
            fb = model_info.get("fallback_reason")
            lines.append(
                f"\nModel {model_info['model']} runs {model_info['precision']} on "
                f"{model_info['provider']}"
                + (f" (fallback: {fb})" if fb else "")
                + (f"; {model_info['choice_reason']}" if model_info.get("choice_reason") else "")
            )
        else:
            lines.append("\nNo model installed; inference would run on: cpu")
        return "\n".join(lines)

    emit(data, text)


@command(group=hw_group, name="stats")
def hw_stats() -> None:
    """Inference statistics per provider and precision, and recommendations."""
    from memshadow_desktop.core.inference.engine import InferenceStats, recommendations
    from memshadow_desktop.core.inference.hardware import probe

    stats = InferenceStats.from_file(state().paths.cache_dir / STATS_FILE).summary()
    try:
        model = _current_model(None)
    except (NotFoundError, InvalidInputError):
        model = None
    tips = (
        recommendations(model, probe())
        if model is not None
        else ["no model installed: import one with `memshadow models import DIR`"]
    )
    data = {"lanes": stats, "recommendations": tips, "model": model.name if model else None}

    def text() -> str:
        lines = []
        if not stats:
            lines.append("no inference recorded yet")
        for lane, s in stats.items():
            lines.append(
                f"{lane:<14} {s['inferences']} inferences, {s['items']} items, "
                f"{s['items_per_s']} items/s, latency avg {s['latency_ms_avg']} ms "
                f"p50 {s['latency_ms_p50']} ms p95 {s['latency_ms_p95']} ms"
            )
        lines += [f"- {t}" for t in tips]
        return "\n".join(lines)

    emit(data, text)


# ------------------------------------------------------------------ models
@cli.group(name="models")
@common_options
def models_group() -> None:
    """Embedding models: import, download, list, use, remove, variants."""


def _model_line(m: Any, current: str) -> str:
    mark = "*" if m.name == current else " "
    s = m.summary()
    return (
        f"{mark} {s['name']:<24} {s['dim']}-d  {s['fingerprint']}  default {s['default_precision']}"
        f"  precisions {','.join(s['precisions'])}  {s['size_bytes'] / 1e6:.0f} MB"
        + ("  (older build: rebuilt when next used)" if s.get("outdated") else "")
    )


def _after_install(model: Any) -> None:
    settings = _settings()
    if not settings.model:
        settings.model = model.name
        _save_settings(settings)


@command(group=models_group, name="import")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--name", help="Name to install the model under (default: from the folder).")
@click.option("--precisions", help="Variants to build, e.g. fp32,int8,int4,fp16.")
def models_import(folder: Path, name: str | None, precisions: str | None) -> None:
    """Convert a sentence-transformers folder to ONNX (no PyTorch) and install it.

    A folder with model.onnx + tokenizer.json (and no model.safetensors) is installed as a
    published ONNX model (mean pooling over its first output unless it already pools).
    """
    from memshadow_desktop.core.inference.models import name_from_folder

    manager = _manager()
    if (folder / "model.onnx").is_file() and not (folder / "model.safetensors").is_file():
        model = manager.import_onnx(
            folder,
            name=name or name_from_folder(folder),
            precisions=_precision_list(precisions),
            log=_log,
        )
    else:
        model = manager.import_folder(
            folder, name=name, precisions=_precision_list(precisions), log=_log
        )
    _after_install(model)
    emit(model.summary(), lambda: "installed\n" + _model_line(model, _settings().model))


@command(group=models_group, name="download")
@click.argument("name")
@click.option(
    "--catalog",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A JSON catalog of extra models (or set MEMSHADOW_MODEL_CATALOG).",
)
@click.option("--precisions", help="Variants to build, e.g. fp32,int8,int4,fp16.")
def models_download(name: str, catalog: Path | None, precisions: str | None) -> None:
    """Download a published model (pinned SHA-256, resumable) and install it."""
    from memshadow_desktop.core.inference.catalog import load_catalog

    entries = load_catalog(catalog)
    entry = entries.get(name.lower())
    if entry is None:
        raise NotFoundError(f"model {name} in the catalog (known: {', '.join(entries)})")
    model = _manager().download(
        entry, progress=_progress, precisions=_precision_list(precisions), log=_log
    )
    _after_install(model)
    emit(model.summary(), lambda: "installed\n" + _model_line(model, _settings().model))


@command(group=models_group, name="list")
def models_list() -> None:
    """Installed models (* marks the one in use)."""
    installed = _manager().list()
    current = _settings().model
    emit(
        {"current": current or None, "models": [m.summary() for m in installed]},
        lambda: "\n".join(_model_line(m, current) for m in installed) or "no model installed",
    )


@command(group=models_group, name="use")
@click.argument("name")
@click.option("--precision", help="Precision to use (default: the model's default).")
@click.option("--provider", help="Execution provider (auto, cpu, cuda, coreml, directml, ...).")
def models_use(name: str, precision: str | None, provider: str | None) -> None:
    """Make NAME the model in use, optionally with a precision and provider."""
    from memshadow_desktop.core.inference.providers import canonical, short

    model = _manager().get(name)
    if precision and precision not in model.offered_precisions():
        raise InvalidInputError(
            f"model {model.name} does not offer {precision} "
            f"(offered: {', '.join(model.offered_precisions())})"
        )
    prov = canonical(provider) if provider else "auto"
    settings = _settings()
    settings.model = model.name
    settings.precision = precision or ""
    settings.provider = "" if prov == "auto" else short(prov)
    _save_settings(settings)
    data = {
        "model": model.name,
        "precision": precision or model.default_precision,
        "provider": settings.provider or "auto",
    }
    emit(data, f"using {model.name} ({data['precision']}, provider {data['provider']})")


@command(group=models_group, name="remove")
@click.argument("name")
def models_remove(name: str) -> None:
    """Uninstall a model."""
    manager = _manager()
    model = manager.get(name)
    manager.remove(model.name)
    settings = _settings()
    if settings.model == model.name:
        settings.model = settings.precision = settings.provider = ""
        _save_settings(settings)
    emit({"removed": model.name}, f"removed {model.name}")


@command(group=models_group, name="rebuild")
@click.argument("name", required=False)
def models_rebuild(name: str | None) -> None:
    """Convert and validate a model again from its source folder (default: the one in use).

    Models built by an older version are rebuilt on their own when next used for embedding.
    """
    model = _manager().rebuild(_current_model(name).name, log=_log)
    emit(model.summary(), lambda: "rebuilt\n" + _model_line(model, _settings().model))


@command(group=models_group, name="variants")
@click.argument("name", required=False)
def models_variants(name: str | None) -> None:
    """Precision variants: size, accuracy vs FP32 on the probe set, speed, offered or not."""
    model = _current_model(name)
    rows = []
    for v in model.variants.values():
        val = v.validation or {}
        rows.append(
            {
                "variant": v.key,
                "precision": v.precision,
                "graph": v.flavour,
                "offered": v.offered,
                "size_bytes": v.size,
                "min_cosine": val.get("min_cosine"),
                "mean_cosine": val.get("mean_cosine"),
                "items_per_s": val.get("items_per_s"),
                "speedup_vs_fp32": val.get("speedup"),
                "recipe": val.get("recipe") or None,
                "reason": v.reason,
                "default": (
                    v.precision == model.default_precision and v.offered and v.flavour == "fused"
                )
                or (v.key == model.default_precision),
            }
        )
    data = {
        "model": model.name,
        "default_precision": model.default_precision,
        "probe_size": model.manifest.get("probe_size"),
        "variants": rows,
    }

    def text() -> str:
        lines = [
            f"{model.name}: default {model.default_precision}, "
            f"validated on {data['probe_size']} probe texts",
            f"  {'variant':<15}{'size':>8}{'min cos':>10}{'mean cos':>10}{'items/s':>9}"
            f"{'vs fp32':>9}  status",
        ]
        for r in rows:
            status = "offered" if r["offered"] else f"rejected: {r['reason']}"

            def f(x: Any, spec: str) -> str:
                return format(x, spec) if isinstance(x, int | float) else "-"

            lines.append(
                f"  {r['variant']:<15}{r['size_bytes'] / 1e6:>6.1f}MB{f(r['min_cosine'], '10.5f')}"
                f"{f(r['mean_cosine'], '10.5f')}{f(r['items_per_s'], '9.1f')}"
                f"{f(r['speedup_vs_fp32'], '8.2f')}x  {status}"
            )
        return "\n".join(lines)

    emit(data, text)


# ------------------------------------------------------------------ embed
def _read_texts(input_file: Path | None, texts: tuple[str, ...]) -> list[str]:
    if texts and input_file is not None:
        raise InvalidInputError("give texts as arguments or with --input, not both")
    if texts:
        return list(texts)
    if input_file is None or str(input_file) == "-":
        raw = sys.stdin.read()
        jsonl = False
    else:
        try:
            raw = input_file.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise NotFoundError(str(input_file)) from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInputError(f"{input_file} cannot be read as UTF-8 text: {exc}") from exc
        jsonl = input_file.suffix.lower() == ".jsonl"
    lines = raw.splitlines()
    if not jsonl:
        return lines
    out = []
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as exc:
            raise InvalidInputError(f"line {no} of {input_file} is not JSON: {exc}") from exc
        if not isinstance(value, str):
            raise InvalidInputError(f"line {no} of {input_file} is not a JSON string")
        out.append(value)
    return out


@command(name="embed")
@click.argument("texts", nargs=-1)
@click.option(
    "--input",
    "input_file",
    type=click.Path(path_type=Path),
    help="Texts one per line (.jsonl: one JSON string per line); '-' for stdin.",
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the vectors to this .npy file (float32, input order).",
)
@click.option("--model", "model_name", help="Installed model (default: the one in use).")
@click.option("--precision", help="fp32, int8, int4, fp16 (default: the model's default).")
@click.option("--provider", help="auto, cpu, cuda, coreml, directml, ...")
def embed_cmd(
    texts: tuple[str, ...],
    input_file: Path | None,
    output: Path | None,
    model_name: str | None,
    precision: str | None,
    provider: str | None,
) -> None:
    """Embed texts into L2-normalised float32 vectors."""
    from memshadow_desktop.core.inference.engine import InferenceStats

    if output is not None and output.suffix.lower() != ".npy":
        raise InvalidInputError(f"{output}: the output file must end in .npy")
    items = _read_texts(input_file, texts)
    if not items:
        raise InvalidInputError("no text to embed")
    model = _current_model(model_name)
    stats = InferenceStats()
    emb = _embedder(model, precision, provider, stats=stats)
    vectors = emb.embed(items)
    _save_stats(stats)
    info = emb.info() | {"count": len(items)}
    if output is not None:
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            tmp = output.with_name(output.name + ".tmp.npy")
            np.save(tmp, vectors.astype(np.float32))
            tmp.replace(output)
        except OSError as exc:
            raise StorageError(f"{output}: {exc.strerror or exc}") from exc
        fb = f" (fallback: {info['fallback_reason']})" if info["fallback_reason"] else ""
        emit(
            info | {"output": str(output)},
            f"wrote {len(items)} x {vectors.shape[1]} vectors to {output} "
            f"[{info['model']} {info['precision']} on {info['provider']}{fb}]",
        )
        return
    emit(
        info | {"vectors": [[round(float(x), 7) for x in row] for row in vectors]},
        lambda: "\n".join(" ".join(f"{x:.6f}" for x in row) for row in vectors),
    )


# ------------------------------------------------------------------ bench
@command(group=bench, name="embed")
@click.option(
    "--corpus",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of .md/.txt notes (default: the built-in probe set).",
)
@click.option("--compare", is_flag=True, help="Run sentence-transformers on the same texts.")
@click.option(
    "--reference",
    type=click.Path(file_okay=False, path_type=Path),
    help="sentence-transformers folder for --compare (default: the import source).",
)
@click.option("--model", "model_name", help="Installed model (default: the one in use).")
@click.option("--precision", "precisions", help="Comma list (default: every offered one).")
@click.option("--provider", "providers", help="Comma list (default: auto).")
@click.option("--limit", type=int, default=0, help="Use only the first N corpus files.")
@click.option("--repeat", type=int, default=1, help="Rounds; the best of them is kept.")
@click.option("--threads", type=int, help="Threads (default: physical cores).")
def bench_embed(
    corpus: Path | None,
    compare: bool,
    reference: Path | None,
    model_name: str | None,
    precisions: str | None,
    providers: str | None,
    limit: int,
    repeat: int,
    threads: int | None,
) -> None:
    """Embedding throughput and accuracy per precision and provider."""
    from memshadow_desktop.bench.inference import format_bench, run_bench
    from memshadow_desktop.core.inference.engine import InferenceStats

    model = active.up_to_date(state().paths, _current_model(model_name), _log)
    stats = InferenceStats()
    result = run_bench(
        model,
        corpus=corpus,
        limit=limit,
        precisions=_precision_list(precisions),
        providers=_precision_list(providers),
        compare=compare,
        reference_folder=reference,
        repeat=repeat,
        threads=threads,
        stats=stats,
        log=_log,
    )
    _save_stats(stats)
    emit(result, lambda: format_bench(result))
