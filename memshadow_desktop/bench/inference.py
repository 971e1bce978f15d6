"""``memshadow bench embed``: our engine at each precision and provider on the same texts.

Two workloads from the corpus: *notes* (each file's text, truncated at the model's limit) and
*titles* (each file's first line). Every lane runs the same texts; runs are interleaved lane by
lane and the best of ``repeat`` rounds is kept, so a busy machine penalises every lane alike.
With ``compare``, sentence-transformers (not a dependency) runs the same texts in the same
process as the reference: throughput ratios and cosine to it.
"""

from __future__ import annotations

import contextlib
import importlib.util
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from memshadow_desktop.core.api.inference import StepLog
from memshadow_desktop.core.errors import InvalidInputError
from memshadow_desktop.core.inference.engine import Embedder, InferenceStats
from memshadow_desktop.core.inference.hardware import physical_cores
from memshadow_desktop.core.inference.models import InstalledModel
from memshadow_desktop.core.inference.probe import PROBE_QUERY, probe_texts
from memshadow_desktop.core.inference.providers import short
from memshadow_desktop.core.inference.quantize import cosines
from memshadow_desktop.core.paths import AppPaths

QUERY_10_WORDS = "where did I write down the router admin password last year"
Log = Callable[[str], None]


def _noop(_m: str) -> None:
    pass


def corpus_texts(corpus: Path | None, limit: int = 0) -> tuple[list[str], list[str], str]:
    """(notes, titles, description). Without a corpus: the built-in probe set."""
    if corpus is None:
        texts = probe_texts()
        return texts, [*texts[:24], PROBE_QUERY], "built-in probe set"
    corpus = Path(corpus)
    if not corpus.is_dir():
        raise InvalidInputError(f"corpus {corpus} is not a folder")
    files = sorted(
        p for p in corpus.rglob("*") if p.is_file() and p.suffix.lower() in {".md", ".txt"}
    )
    if limit:
        files = files[:limit]
    notes, titles = [], []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        if not text.strip():
            continue
        notes.append(text)
        first = next((ln for ln in text.splitlines() if ln.strip()), "")
        titles.append(first.lstrip("#").strip())
    if not notes:
        raise InvalidInputError(f"corpus {corpus} holds no .md or .txt files")
    return notes, titles, f"{corpus} ({len(notes)} files)"


@dataclass
class Lane:
    name: str
    embed: Callable[[Sequence[str]], np.ndarray]
    load_seconds: float
    info: dict[str, Any] = field(default_factory=dict)
    best: dict[str, float] = field(default_factory=dict)  # workload -> items/s
    vectors: dict[str, np.ndarray] = field(default_factory=dict)
    query_p50_ms: float | None = None


def sentence_transformers_available() -> bool:
    return importlib.util.find_spec("sentence_transformers") is not None


def _reference_lane(folder: Path, max_len: int, threads: int) -> Lane:
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(threads)
    start = time.perf_counter()
    st = SentenceTransformer(str(folder), device="cpu")
    st.max_seq_length = max_len
    load = time.perf_counter() - start

    def embed(texts: Sequence[str]) -> np.ndarray:
        return np.asarray(
            st.encode(list(texts), batch_size=32, normalize_embeddings=True), dtype=np.float32
        )

    return Lane(
        "sentence-transformers", embed, load, {"torch": torch.__version__, "threads": threads}
    )


def _query_p50(embed: Callable[[Sequence[str]], np.ndarray], runs: int = 50) -> float:
    embed([QUERY_10_WORDS])
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        embed([QUERY_10_WORDS])
        times.append((time.perf_counter() - start) * 1000)
    return float(np.percentile(times, 50))


def run_bench(
    model: InstalledModel,
    *,
    corpus: Path | None = None,
    limit: int = 0,
    precisions: Sequence[str] | None = None,
    providers: Sequence[str] | None = None,
    compare: bool = False,
    reference_folder: Path | None = None,
    repeat: int = 1,
    threads: int | None = None,
    stats: InferenceStats | None = None,
    log: Log = _noop,
) -> dict[str, Any]:
    notes, titles, described = corpus_texts(corpus, limit)
    threads = threads or physical_cores()
    workloads = {"notes": notes, "titles": titles}
    lanes: list[Lane] = []
    skipped: list[dict[str, str]] = []
    for provider in providers or ["auto"]:
        for precision in precisions or model.offered_precisions():
            start = time.perf_counter()
            try:
                emb = Embedder(
                    model, precision=precision, provider=provider, threads=threads, stats=stats
                )
            except InvalidInputError as exc:
                skipped.append({"lane": f"{provider}/{precision}", "reason": exc.detail})
                continue
            load = time.perf_counter() - start
            lanes.append(Lane(emb.lane, emb.embed, load, emb.info().to_json()))
    if not lanes:
        raise InvalidInputError("no precision/provider lane to benchmark")

    reference: Lane | None = None
    compare_note = None
    if compare:
        folder = reference_folder or model.source_folder
        if not sentence_transformers_available():
            compare_note = "sentence-transformers is not installed: no reference run"
        elif folder is None or not Path(folder).is_dir():
            compare_note = "the model's source folder is unknown: pass --reference DIR"
        else:
            log("loading sentence-transformers reference")
            reference = _reference_lane(Path(folder), model.max_seq_length, threads)
    everyone = lanes + ([reference] if reference else [])

    for lane in everyone:  # warm-up: first-run allocations do not count
        lane.embed(notes[:16])
        lane.embed(titles[:64])
    for round_no in range(max(1, repeat)):
        for lane in everyone:
            for name, texts in workloads.items():
                log(f"round {round_no + 1}: {lane.name} on {len(texts)} {name}")
                start = time.perf_counter()
                vectors = lane.embed(texts)
                speed = len(texts) / (time.perf_counter() - start)
                lane.best[name] = max(lane.best.get(name, 0.0), speed)
                lane.vectors[name] = vectors
    for lane in everyone:
        lane.query_p50_ms = _query_p50(lane.embed)

    fp32 = next((ln for ln in lanes if ln.name.endswith("/fp32")), None)
    results = []
    for lane in lanes:
        row: dict[str, Any] = {
            "lane": lane.name,
            "provider": lane.info.get("provider"),
            "precision": lane.info.get("precision"),
            "fallback_reason": lane.info.get("fallback_reason"),
            "load_seconds": round(lane.info.get("load_seconds", lane.load_seconds), 4),
            "query_p50_ms": round(lane.query_p50_ms or 0.0, 3),
        }
        for name in workloads:
            row[f"{name}_per_s"] = round(lane.best[name], 2)
            if fp32 is not None:
                cos = cosines(fp32.vectors[name], lane.vectors[name])
                row[f"{name}_min_cos_fp32"] = round(float(cos.min()), 6)
                row[f"{name}_mean_cos_fp32"] = round(float(cos.mean()), 6)
            if reference is not None:
                cos = cosines(reference.vectors[name], lane.vectors[name])
                row[f"{name}_min_cos_ref"] = round(float(cos.min()), 6)
                row[f"{name}_speedup_vs_ref"] = round(lane.best[name] / reference.best[name], 3)
        results.append(row)
    out: dict[str, Any] = {
        "model": model.name,
        "fingerprint": model.fingerprint,
        "corpus": described,
        "notes": len(notes),
        "titles": len(titles),
        "max_seq_length": model.max_seq_length,
        "threads": threads,
        "repeat": repeat,
        "lanes": results,
        "skipped": skipped,
        "default_precision": model.default_precision,
    }
    if reference is not None:
        out["reference"] = {
            "name": "sentence-transformers",
            **reference.info,
            "load_seconds": round(reference.load_seconds, 4),
            "notes_per_s": round(reference.best["notes"], 2),
            "titles_per_s": round(reference.best["titles"], 2),
            "query_p50_ms": round(reference.query_p50_ms or 0.0, 3),
        }
    elif compare:
        out["reference"] = {"name": "sentence-transformers", "unavailable": compare_note}
    return out


def bench_installed(
    paths: AppPaths,
    model_name: str | None = None,
    *,
    steps: StepLog | None = None,
    **options: Any,
) -> dict[str, Any]:
    """:func:`run_bench` on an installed model (default: the one in use), rebuilt first when
    an older version built it; the lanes' statistics join this machine's (``hw stats``)."""
    from memshadow_desktop.core.inference import active

    model = active.up_to_date(paths, active.current_model(paths, model_name), steps)
    stats = InferenceStats()
    result = run_bench(model, stats=stats, **options)
    with contextlib.suppress(OSError):
        stats.merge_into(paths.cache_dir / active.STATS_FILE)
    return result


def format_bench(result: dict[str, Any], describe: Callable[[Any], str] = str) -> str:
    """The result as a table; ``describe`` puts a lane's fallback reason (a notice) in words."""
    lines = [
        f"model {result['model']} ({result['fingerprint']}), corpus {result['corpus']}, "
        f"{result['threads']} threads, best of {result['repeat']}",
    ]
    ref = result.get("reference")
    header = f"{'lane':<16}{'notes/s':>9}{'titles/s':>10}{'query p50':>11}{'load':>8}"
    header += f"{'min cos fp32 (notes/titles)':>30}"
    if ref and "notes_per_s" in ref:
        header += f"{'vs ST notes':>13}{'vs ST titles':>14}{'min cos ST':>12}"
    lines.append(header)
    for row in result["lanes"]:
        line = (
            f"{row['lane']:<16}{row['notes_per_s']:>9.1f}{row['titles_per_s']:>10.1f}"
            f"{row['query_p50_ms']:>9.2f}ms{row['load_seconds']:>7.2f}s"
        )
        if "notes_min_cos_fp32" in row:
            line += f"{row['notes_min_cos_fp32']:>19.5f} / {row['titles_min_cos_fp32']:.5f}"
        if "notes_speedup_vs_ref" in row:
            line += (
                f"{row['notes_speedup_vs_ref']:>12.2f}x{row['titles_speedup_vs_ref']:>13.2f}x"
                f"{min(row['notes_min_cos_ref'], row['titles_min_cos_ref']):>12.5f}"
            )
        if row.get("fallback_reason"):
            line += f"  (fallback: {describe(row['fallback_reason'])})"
        lines.append(line)
    if ref:
        if "notes_per_s" in ref:
            lines.append(
                f"{'sentence-transformers':<16}{ref['notes_per_s']:>9.1f}{ref['titles_per_s']:>10.1f}"
                f"{ref['query_p50_ms']:>9.2f}ms{ref['load_seconds']:>7.2f}s  "
                f"(torch {ref.get('torch')}, {ref.get('threads')} threads)"
            )
        else:
            lines.append(f"reference: {ref['unavailable']}")
    for s in result.get("skipped", []):
        lines.append(f"skipped {s['lane']}: {s['reason']}")
    lines.append(f"default precision: {result['default_precision']}")
    return "\n".join(lines)


__all__ = [
    "bench_installed",
    "corpus_texts",
    "format_bench",
    "run_bench",
    "sentence_transformers_available",
    "short",
]
