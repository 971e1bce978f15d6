#!/usr/bin/env bash
# Build the tests' ONNX Runtime GenAI model folder from the tiny GGUF (scripts/make_genai_model.py)
# in a throw-away venv of its own: PyTorch (the CPU build, `torch==2.13.0` from this machine's
# wheel folder; an unpinned `torch` would be a CUDA build of several GB), transformers, gguf and
# onnxruntime-genai's model builder, at the version the app's .venv runs. None of them is a
# dependency of the app.
#   scripts/make_genai_model.sh GGUF OUT     (idempotent; prints the folder)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$#" -ne 2 ]; then
  echo "usage: scripts/make_genai_model.sh GGUF OUT" >&2
  exit 2
fi
VENV=.cache/genai-build-venv
GENAI_VERSION=$(.venv/bin/python -c 'import importlib.metadata as m; print(m.version("onnxruntime-genai"))' 2>/dev/null) || {
  echo "make_genai_model: onnxruntime-genai is not installed in .venv (pip install -e '.[dev]')" >&2
  exit 1
}
REQS="torch==2.13.0 transformers==5.24.0 gguf==0.19.0 accelerate==1.15.0 onnx==1.23.2 onnx-ir==1.1.0 onnxruntime-genai==$GENAI_VERSION"
if [ "$(cat "$VENV/requirements.txt" 2>/dev/null)" != "$REQS" ]; then
  rm -rf "$VENV"
  mkdir -p .cache
  "${PYTHON:-python3}" -m venv "$VENV"  # as scripts/test.sh makes .venv: the CPU torch file is for 3.11
  log=.cache/genai-build-venv.log
  # shellcheck disable=SC2086  # REQS is a list of requirements
  if ! "$VENV/bin/python" -m pip install -q $REQS >"$log" 2>&1; then
    echo "make_genai_model: installing the build tools failed: $(grep -v '^WARNING' "$log" | tail -n1) (see $log)" >&2
    rm -rf "$VENV"
    exit 1
  fi
  echo "$REQS" >"$VENV/requirements.txt"
fi
exec "$VENV/bin/python" scripts/make_genai_model.py "$1" "$2"
