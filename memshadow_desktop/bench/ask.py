"""``memshadow bench ask``: answers from the TIL notes, timed and scored.

For each installed generation model (or those asked for), in a throw-away vault holding the
corpus and its vectors:

* **ours**: ``service.ask.answer`` end to end (hybrid search, context budget, prompt,
  streamed generation, citations): time to first token, prompt and generation tokens per
  second, RSS;
* **direct**: the same model loaded a second time through the backend's own API in the same
  process (``xllamacpp.Server.handle_chat_completions`` for GGUF, an ``onnxruntime_genai``
  generator loop for ONNX GenAI), fed the very same messages: our overhead as ratios;
* **quality**: the share of questions whose answer cites (``[n]``) the note the question was
  written from, beside the share where that note was among those retrieval put in the
  prompt (retrieval alone), and how many questions the notes cannot answer were refused.

The runs alternate question by question, so a busy machine slows both sides alike.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import psutil

from memshadow_desktop.core.api.ask import AskState
from memshadow_desktop.core.ask import answer as ask
from memshadow_desktop.core.paths import AppPaths

Say = Callable[[str], None]
# Questions the TIL notes (programming tips) cannot answer: the answer must be "not found".
UNANSWERABLE = (
    "what is my sister's birthday",
    "which dentist did I book for next month",
    "how much did the new kitchen table cost",
    "what is the wifi password at my parents' house",
    "when does my passport expire",
)
PASSPHRASE = "bench ask " + "x" * 12


def _rss_mb() -> float:
    return round(psutil.Process().memory_info().rss / 1e6, 1)


def _median(values: Sequence[float | None]) -> float | None:
    real = [v for v in values if v is not None]
    return round(statistics.median(real), 3) if real else None


def _link_models(src: AppPaths, dst: AppPaths) -> None:
    dst.ensure()
    if src.models_dir.exists() and not dst.models_dir.exists():
        dst.models_dir.parent.mkdir(parents=True, exist_ok=True)
        dst.models_dir.symlink_to(src.models_dir, target_is_directory=True)
    if src.settings_file.exists():
        dst.settings_file.write_bytes(src.settings_file.read_bytes())


class _Direct:
    """The model through its backend's own API, nothing of ours around it."""

    def __init__(self, path: Path, fmt: str, threads: int, context: int) -> None:
        self.fmt = fmt
        start = time.perf_counter()
        if fmt == "gguf":
            import xllamacpp

            p = xllamacpp.CommonParams()
            p.model.path = str(path)
            p.n_ctx = context
            p.n_parallel = 1
            p.cpuparams.n_threads = threads
            p.cpuparams_batch.n_threads = threads
            p.verbosity = -1
            p.warmup = False
            self.server: Any = xllamacpp.Server(p)
        else:
            import onnxruntime_genai as og

            og.disable_telemetry_events()
            self.og = og
            self.model = og.Model(str(path))
            self.tokenizer = og.Tokenizer(self.model)
        self.load_s = time.perf_counter() - start

    def run(self, msgs: list[dict[str, str]], max_tokens: int) -> dict[str, Any]:
        start = time.perf_counter()
        first: list[float] = []
        if self.fmt == "gguf":
            last: dict[str, Any] = {}

            def chunk(data: dict[str, Any]) -> bool:
                for c in data.get("choices") or []:
                    if (c.get("delta") or {}).get("content") and not first:
                        first.append(time.perf_counter())
                if data.get("timings"):
                    last.update(data["timings"])
                return False

            request = {
                "messages": msgs,
                "stream": True,
                "max_tokens": max_tokens,
                "temperature": 0.0,
                "repeat_penalty": 1.1,
            }
            self.server.handle_chat_completions(request, chunk)
            return {
                "first_token_s": (first[0] if first else time.perf_counter()) - start,
                "prompt_tps": last.get("prompt_per_second"),
                "gen_tps": last.get("predicted_per_second"),
                "generated": last.get("predicted_n"),
                "cached": last.get("cache_n"),
                "total_s": time.perf_counter() - start,
            }
        og = self.og
        import json

        prompt = self.tokenizer.encode(self.tokenizer.apply_chat_template(json.dumps(msgs)))
        params = og.GeneratorParams(self.model)
        params.set_search_options(max_length=len(prompt) + max_tokens, do_sample=False)
        gen = og.Generator(self.model, params)
        gen.append_tokens(prompt)
        prompt_s = time.perf_counter() - start
        n = 0
        while not gen.is_done() and n < max_tokens:
            gen.generate_next_token()
            n += 1
            if not first:
                first.append(time.perf_counter())
        end = time.perf_counter()
        return {
            "first_token_s": (first[0] if first else end) - start,
            "prompt_tps": len(prompt) / prompt_s if prompt_s else None,
            "gen_tps": (n - 1) / (end - first[0]) if first and n > 1 else None,
            "generated": n,
            "cached": 0,
            "total_s": end - start,
        }


def _bench_model(
    svc: Any,
    name: str,
    questions: list[dict[str, str]],
    sources: dict[str, str],
    *,
    max_tokens: int,
    direct_runs: int,
    say: Say,
) -> dict[str, Any]:
    rss_before = _rss_mb()
    gen = svc.ask.generator(name)
    info = gen.info
    rss_loaded = _rss_mb()
    model_info = svc.models.generation.current(name)
    direct = None
    if direct_runs:
        say(f"{name}: loading it again through {info.backend}'s own API")
        direct = _Direct(
            svc.models.generation.path(model_info),
            model_info.format,
            info.threads or 1,
            info.context_tokens,
        )
    ours: list[dict[str, Any]] = []
    theirs: list[dict[str, Any]] = []
    quality = {"questions": 0, "retrieved": 0, "cited": 0, "cited_any": 0, "refused": 0}
    for i, q in enumerate(questions):
        say(f"{name}: question {i + 1}/{len(questions)}")
        target = sources.get(q["source"])
        result = svc.ask.answer(q["q"], model=name, max_tokens=max_tokens)
        quality["questions"] += 1
        ids = [s.memory_id for s in result.sources]
        cited = [s.memory_id for s in result.sources if s.cited]
        quality["retrieved"] += int(target in ids)
        quality["cited"] += int(target in cited)
        quality["cited_any"] += int(bool(cited))
        quality["refused"] += int(result.state == AskState.NOT_FOUND)
        st = result.stats
        if st is not None:
            ours.append(
                {
                    "first_token_s": result.retrieval_s + st.first_token_s,
                    "retrieval_s": result.retrieval_s,
                    "prompt_tps": st.prompt_tokens_per_s,
                    "gen_tps": st.tokens_per_s,
                    "prompt_tokens": st.prompt_tokens,
                    "cached": st.cached_tokens,
                    "generated": st.generated_tokens,
                    "total_s": result.retrieval_s + st.total_s,
                }
            )
        if direct is not None and i < direct_runs and result.sources:
            hits = ask.relevant(svc.search.find(q["q"], limit=ask.CANDIDATES).hits)
            context = ask.build_context(hits, result.budget_tokens, gen.count_tokens)
            theirs.append(direct.run(ask.messages(q["q"], context), max_tokens))
    refused = 0
    for off_topic in UNANSWERABLE:
        reply = svc.ask.answer(off_topic, model=name, max_tokens=max_tokens)
        refused += int(reply.state == AskState.NOT_FOUND)
    n = max(1, quality["questions"])
    row: dict[str, Any] = {
        "model": name,
        "backend": info.backend,
        "device": info.device,
        "threads": info.threads,
        "load_s": info.load_seconds,
        "rss_mb": {"before": rss_before, "loaded": rss_loaded, "after": _rss_mb()},
        "ours": _summary(ours),
        "quality": {
            **quality,
            "retrieval_rate": round(quality["retrieved"] / n, 3),
            "cited_rate": round(quality["cited"] / n, 3),
            "any_citation_rate": round(quality["cited_any"] / n, 3),
            "unanswerable": len(UNANSWERABLE),
            "unanswerable_refused": refused,
        },
    }
    if direct is not None:
        row["direct"] = {"load_s": round(direct.load_s, 3), **_summary(theirs)}
        row["overhead"] = _ratios(_summary(ours[: len(theirs)]), row["direct"])
        del direct
    svc.ask.close()
    return row


def _summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    keys = ("first_token_s", "prompt_tps", "gen_tps", "total_s", "generated", "cached")
    out: dict[str, Any] = {"runs": len(runs)}
    for key in keys:
        out[key] = _median([r.get(key) for r in runs])
    if runs and "retrieval_s" in runs[0]:
        out["retrieval_s"] = _median([r["retrieval_s"] for r in runs])
        out["prompt_tokens"] = _median([r["prompt_tokens"] for r in runs])
    return out


def _ratios(ours: dict[str, Any], direct: dict[str, Any]) -> dict[str, float | None]:
    def ratio(key: str) -> float | None:
        a, b = ours.get(key), direct.get(key)
        return round(a / b, 3) if a and b else None

    return {
        "first_token": ratio("first_token_s"),
        "total": ratio("total_s"),
        "gen_tps": ratio("gen_tps"),
        "prompt_tps": ratio("prompt_tps"),
    }


def run(
    paths: AppPaths,
    *,
    corpus: Path,
    questions: list[dict[str, str]],
    question_set: str,
    models: list[str] | None,
    limit: int,
    max_tokens: int,
    device: str,
    direct_runs: int = 5,
    progress: Say | None = None,
) -> dict[str, Any]:
    from memshadow_desktop.core.service import MemshadowService

    say = progress or (lambda _m: None)
    names = models or [m.name for m in MemshadowService.models_at(paths).generation.list()]
    if not names:
        MemshadowService.models_at(paths).generation.current()  # raises: none installed
    qs = questions[:limit]
    out: dict[str, Any] = {
        "question_set": question_set,
        "questions": len(qs),
        "max_tokens": max_tokens,
        "cpu_count": os.cpu_count(),
        "models": [],
    }
    with tempfile.TemporaryDirectory(prefix="memshadow-bench-ask-") as tmp:
        home = AppPaths.resolve(Path(tmp) / "home")
        _link_models(paths, home)
        svc = MemshadowService.create(home, passphrase=PASSPHRASE, use_keyring=False)
        try:
            say(f"importing {corpus}")
            svc.memories.import_path(corpus)
            say("embedding the corpus (search by meaning)")
            start = time.perf_counter()
            svc.search.index_now()
            out["corpus"] = {
                "memories": svc.vault.counts().memories,
                "embed_s": round(time.perf_counter() - start, 1),
            }
            sources = {m.source: m.id for m in svc.memories.list() if m.source}
            svc.ask.device = device
            for name in names:
                out["models"].append(
                    _bench_model(
                        svc,
                        name,
                        qs,
                        sources,
                        max_tokens=max_tokens,
                        direct_runs=min(direct_runs, len(qs)),
                        say=say,
                    )
                )
        finally:
            svc.close()
    return out


def format_result(r: dict[str, Any], describe: Callable[[Any], str] = str) -> str:
    lines = [
        f"{r['questions']} questions of {r['question_set']} on {r['corpus']['memories']} notes "
        f"({r['cpu_count']} CPUs), answers up to {r['max_tokens']} tokens",
    ]
    for m in r["models"]:
        o, d, q = m["ours"], m.get("direct"), m["quality"]
        threads = f"{m['threads']} threads" if m["threads"] else "the library's threads"
        lines.append(
            f"\n{m['model']} on {m['backend']}/{m['device']} ({threads}), "
            f"loaded in {m['load_s']:.2f} s; RSS {m['rss_mb']['before']:.0f} -> "
            f"{m['rss_mb']['loaded']:.0f} MB loaded, {m['rss_mb']['after']:.0f} MB after"
        )
        lines.append(
            f"  {'median':<8}{'first token':>12}{'prompt t/s':>12}{'gen t/s':>9}"
            f"{'total':>8}{'cached':>8}"
        )
        rows = [("ours", o)] + ([("direct", d)] if d else [])
        for label, s in rows:
            lines.append(
                f"  {label:<8}{_f(s.get('first_token_s'), '.2f', 's'):>12}"
                f"{_f(s.get('prompt_tps'), '.0f'):>12}{_f(s.get('gen_tps'), '.1f'):>9}"
                f"{_f(s.get('total_s'), '.2f', 's'):>8}{_f(s.get('cached'), '.0f'):>8}"
            )
        if "overhead" in m:
            ov = m["overhead"]
            lines.append(
                f"  ours/direct: first token {_f(ov['first_token'], '.2f', 'x')}, total "
                f"{_f(ov['total'], '.2f', 'x')}, generation speed {_f(ov['gen_tps'], '.2f', 'x')}"
                f" (ours includes retrieval, median {_f(o.get('retrieval_s'), '.3f', 's')})"
            )
        lines.append(
            f"  quality: right note cited {q['cited']}/{q['questions']} "
            f"({q['cited_rate']:.0%}); right note retrieved into the prompt {q['retrieved']}/"
            f"{q['questions']} ({q['retrieval_rate']:.0%}); any citation "
            f"{q['any_citation_rate']:.0%}; refused {q['refused']} answerable, "
            f"{q['unanswerable_refused']}/{q['unanswerable']} unanswerable"
        )
    return "\n".join(lines)


def _f(value: Any, spec: str, unit: str = "") -> str:
    return f"{format(value, spec)}{unit}" if isinstance(value, int | float) else "-"


__all__ = ["UNANSWERABLE", "format_result", "run"]
