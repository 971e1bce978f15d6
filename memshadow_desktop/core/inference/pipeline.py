"""The embedding pipeline: tokenize, sort by length, batch by a token budget, run, unsort.

Sorting by length and cutting batches by a token budget (batch rows x padded length) keeps
padding, the work wasted on ``[PAD]`` tokens, near zero; short texts travel in large batches
and long ones in small batches of similar size.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

from memshadow_desktop.core.errors import InferenceError, InvalidInputError

# Measured on the TIL notes (2 cores, AVX-512 VNNI): smaller batches stay in cache. With the
# INT8 graph that keeps every MatMul in INT8, 512 tokens (two 256-token notes) beat 1536 by
# 6-10% on notes and 4% on titles (1024 in between), and FP32 by 2-5%; 1536 had beaten
# 4096 by about 7% on notes.
DEFAULT_TOKEN_BUDGET = 512
# Accelerators (GPU, NPU) want larger batches; not re-measured since the CPU change.
ACCELERATOR_TOKEN_BUDGET = 1536
DEFAULT_MAX_BATCH = 256

# Called after each session run: (items, tokens incl. padding, seconds).
RunHook = Callable[[int, int, float], None]


def load_tokenizer(path: Path, max_length: int) -> Tokenizer:
    try:
        tok = Tokenizer.from_file(str(path))
    except Exception as exc:  # tokenizers raises plain Exception subclasses
        raise InvalidInputError(f"{path.name} is not a usable tokenizer: {exc}") from exc
    tok.no_padding()
    tok.enable_truncation(max_length)
    return tok


def plan_batches(
    lengths: Sequence[int],
    token_budget: int = DEFAULT_TOKEN_BUDGET,
    max_batch: int = DEFAULT_MAX_BATCH,
) -> list[list[int]]:
    """Indices grouped into batches: sorted by length, each batch rows x longest <= budget.

    A single item longer than the budget gets a batch of its own.
    """
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], i))
    batches: list[list[int]] = []
    current: list[int] = []
    for idx in order:
        longest = lengths[idx]  # ascending order: the newcomer is the longest
        if current and ((len(current) + 1) * longest > token_budget or len(current) >= max_batch):
            batches.append(current)
            current = []
        current.append(idx)
    if current:
        batches.append(current)
    return batches


@dataclass
class FeedSpec:
    names: list[str]
    dtypes: dict[str, Any]

    @classmethod
    def of(cls, session: ort.InferenceSession) -> FeedSpec:
        names, dtypes = [], {}
        for inp in session.get_inputs():
            names.append(inp.name)
            dtypes[inp.name] = np.int32 if "int32" in inp.type else np.int64
        missing = {"input_ids", "attention_mask"} - set(names)
        if missing:
            raise InvalidInputError(f"the ONNX model lacks the inputs {sorted(missing)}")
        return cls(names, dtypes)


class EmbeddingPipeline:
    """One tokenizer and one session; thread-compatible (ONNX Runtime releases the GIL)."""

    def __init__(
        self,
        session: ort.InferenceSession,
        tokenizer: Tokenizer,
        *,
        token_budget: int = DEFAULT_TOKEN_BUDGET,
        max_batch: int = DEFAULT_MAX_BATCH,
        output: str | None = None,
    ) -> None:
        self.session = session
        self.tokenizer = tokenizer
        self.token_budget = token_budget
        self.max_batch = max_batch
        self.feed = FeedSpec.of(session)
        outputs = [o.name for o in session.get_outputs()]
        self.output = output or outputs[0]
        shape = session.get_outputs()[0].shape
        self.dim = int(shape[-1]) if isinstance(shape[-1], int) else None

    def tokenize(self, texts: Sequence[str]) -> list[list[int]]:
        if any(not isinstance(t, str) for t in texts):
            raise InvalidInputError("every text to embed must be a string")
        return [e.ids for e in self.tokenizer.encode_batch(list(texts))]

    def run_batch(self, ids: Sequence[Sequence[int]]) -> np.ndarray:
        longest = max(len(x) for x in ids)
        n = len(ids)
        input_ids = np.zeros((n, longest), dtype=np.int64)
        mask = np.zeros((n, longest), dtype=np.int64)
        for row, seq in enumerate(ids):
            input_ids[row, : len(seq)] = seq
            mask[row, : len(seq)] = 1
        feed: dict[str, np.ndarray] = {}
        for name in self.feed.names:
            if name == "input_ids":
                arr = input_ids
            elif name == "attention_mask":
                arr = mask
            else:  # token_type_ids and the like: zeros for single texts
                arr = np.zeros_like(input_ids)
            feed[name] = arr.astype(self.feed.dtypes[name], copy=False)
        try:
            out = self.session.run([self.output], feed)[0]
        except Exception as exc:  # onnxruntime raises its own Fail/RuntimeException types
            raise InferenceError(
                f"inference failed: {' '.join(str(exc).split())[:300]}", reason="inference_failed"
            ) from exc
        return np.asarray(out, dtype=np.float32)

    def embed(self, texts: Sequence[str], on_run: RunHook | None = None) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim or 0), dtype=np.float32)
        ids = self.tokenize(texts)
        out: np.ndarray | None = None
        for batch in plan_batches([len(x) for x in ids], self.token_budget, self.max_batch):
            start = time.perf_counter()
            vectors = self.run_batch([ids[i] for i in batch])
            elapsed = time.perf_counter() - start
            if out is None:
                out = np.empty((len(texts), vectors.shape[-1]), dtype=np.float32)
            out[batch] = vectors
            if on_run is not None:
                on_run(len(batch), len(batch) * max(len(ids[i]) for i in batch), elapsed)
        assert out is not None
        return out
