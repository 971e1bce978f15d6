"""A sentence-transformers BERT-family folder, read and checked before anything is built.

``config.json`` must describe a BERT encoder this project can convert (absolute positions, one of
:data:`SUPPORTED_ACTIVATIONS`), ``model.safetensors`` must hold every weight in the shape the
config gives, and the pooling comes from ``modules.json`` / ``1_Pooling/config.json``. Reading
needs numpy and safetensors only; :mod:`memshadow_desktop.core.inference.convert` builds the
ONNX graphs from what is read here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from memshadow_desktop.core.errors import InvalidInputError

Pooling = Literal["mean", "cls", "max"]

SUPPORTED_ACTIVATIONS = ("gelu", "gelu_new", "gelu_pytorch_tanh", "relu")


@dataclass(frozen=True)
class BertConfig:
    vocab_size: int
    hidden_size: int
    num_layers: int
    num_heads: int
    intermediate_size: int
    max_position: int
    type_vocab_size: int = 2
    layer_norm_eps: float = 1e-12
    hidden_act: str = "gelu"

    @property
    def head_size(self) -> int:
        return self.hidden_size // self.num_heads

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> BertConfig:
        model_type = str(raw.get("model_type", ""))
        if model_type != "bert":
            archs = ",".join(raw.get("architectures") or []) or "unknown"
            raise InvalidInputError(
                f"unsupported model architecture {model_type or '?'} ({archs}); "
                "only BERT-family sentence-transformers models can be imported"
            )
        if raw.get("position_embedding_type", "absolute") != "absolute":
            raise InvalidInputError(
                f"unsupported position embedding {raw.get('position_embedding_type')!r}"
            )
        act = str(raw.get("hidden_act", "gelu"))
        if act not in SUPPORTED_ACTIVATIONS:
            raise InvalidInputError(f"unsupported activation {act!r}")
        try:
            cfg = cls(
                vocab_size=int(raw["vocab_size"]),
                hidden_size=int(raw["hidden_size"]),
                num_layers=int(raw["num_hidden_layers"]),
                num_heads=int(raw["num_attention_heads"]),
                intermediate_size=int(raw["intermediate_size"]),
                max_position=int(raw.get("max_position_embeddings", 512)),
                type_vocab_size=int(raw.get("type_vocab_size", 2)),
                layer_norm_eps=float(raw.get("layer_norm_eps", 1e-12)),
                hidden_act=act,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInputError(f"config.json lacks a valid BERT field: {exc}") from exc
        if cfg.hidden_size % cfg.num_heads:
            raise InvalidInputError("config.json: hidden_size is not a multiple of the head count")
        return cfg

    def to_dict(self) -> dict[str, Any]:
        return {
            "model_type": "bert",
            "vocab_size": self.vocab_size,
            "hidden_size": self.hidden_size,
            "num_hidden_layers": self.num_layers,
            "num_attention_heads": self.num_heads,
            "intermediate_size": self.intermediate_size,
            "max_position_embeddings": self.max_position,
            "type_vocab_size": self.type_vocab_size,
            "layer_norm_eps": self.layer_norm_eps,
            "hidden_act": self.hidden_act,
        }


@dataclass
class SourceModel:
    """A sentence-transformers folder, read and checked."""

    folder: Path
    config: BertConfig
    weights: dict[str, np.ndarray]
    tokenizer_file: Path
    pooling: Pooling
    max_seq_length: int


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise InvalidInputError(f"{path.name} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise InvalidInputError(f"{path.name} is not a JSON object")
    return data


def _pooling_of(folder: Path) -> Pooling:
    modules = folder / "modules.json"
    pool_dir = folder / "1_Pooling"
    if modules.is_file():
        try:
            entries = json.loads(modules.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InvalidInputError(f"modules.json is not valid JSON: {exc}") from exc
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and str(entry.get("type", "")).endswith("Pooling"):
                pool_dir = folder / str(entry.get("path", "1_Pooling"))
    cfg = _read_json(pool_dir / "config.json")
    if not cfg or cfg.get("pooling_mode_mean_tokens"):
        return "mean"
    if cfg.get("pooling_mode_cls_token"):
        return "cls"
    if cfg.get("pooling_mode_max_tokens"):
        return "max"
    modes = [k for k, v in cfg.items() if k.startswith("pooling_mode") and v]
    raise InvalidInputError(f"unsupported pooling {','.join(modes) or '?'}")


def _load_weights(path: Path) -> dict[str, np.ndarray]:
    from safetensors import SafetensorError
    from safetensors.numpy import load_file

    try:
        raw = load_file(str(path))
    except (SafetensorError, OSError, ValueError) as exc:
        raise InvalidInputError(f"model.safetensors cannot be read: {exc}") from exc
    out: dict[str, np.ndarray] = {}
    for name, value in raw.items():
        key = name.removeprefix("bert.").removeprefix("model.")
        out[key] = np.asarray(value, dtype=np.float32) if value.dtype != np.int64 else value
    return out


def load_source(folder: Path) -> SourceModel:
    """Read a sentence-transformers folder; raise :class:`InvalidInputError` if it is not one."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidInputError(f"{folder} is not a folder")
    missing = [n for n in ("config.json", "tokenizer.json") if not (folder / n).is_file()]
    weights_file = folder / "model.safetensors"
    if not weights_file.is_file():
        if (folder / "pytorch_model.bin").is_file():
            raise InvalidInputError(
                f"{folder} has only pytorch_model.bin; a model.safetensors file is needed"
            )
        missing.append("model.safetensors")
    if missing:
        raise InvalidInputError(
            f"{folder} is not a sentence-transformers model folder (missing {', '.join(missing)})"
        )
    config = BertConfig.from_dict(_read_json(folder / "config.json"))
    st_cfg = _read_json(folder / "sentence_bert_config.json")
    max_len = int(st_cfg.get("max_seq_length") or config.max_position)
    max_len = min(max_len, config.max_position)
    pooling = _pooling_of(folder)
    weights = _load_weights(weights_file)
    check_weights(config, weights)
    return SourceModel(folder, config, weights, folder / "tokenizer.json", pooling, max_len)


def _expected_shapes(cfg: BertConfig) -> dict[str, tuple[int, ...]]:
    h, i = cfg.hidden_size, cfg.intermediate_size
    shapes: dict[str, tuple[int, ...]] = {
        "embeddings.word_embeddings.weight": (cfg.vocab_size, h),
        "embeddings.position_embeddings.weight": (cfg.max_position, h),
        "embeddings.token_type_embeddings.weight": (cfg.type_vocab_size, h),
        "embeddings.LayerNorm.weight": (h,),
        "embeddings.LayerNorm.bias": (h,),
    }
    for n in range(cfg.num_layers):
        p = f"encoder.layer.{n}."
        for part in ("query", "key", "value"):
            shapes[f"{p}attention.self.{part}.weight"] = (h, h)
            shapes[f"{p}attention.self.{part}.bias"] = (h,)
        shapes[f"{p}attention.output.dense.weight"] = (h, h)
        shapes[f"{p}attention.output.dense.bias"] = (h,)
        shapes[f"{p}attention.output.LayerNorm.weight"] = (h,)
        shapes[f"{p}attention.output.LayerNorm.bias"] = (h,)
        shapes[f"{p}intermediate.dense.weight"] = (i, h)
        shapes[f"{p}intermediate.dense.bias"] = (i,)
        shapes[f"{p}output.dense.weight"] = (h, i)
        shapes[f"{p}output.dense.bias"] = (h,)
        shapes[f"{p}output.LayerNorm.weight"] = (h,)
        shapes[f"{p}output.LayerNorm.bias"] = (h,)
    return shapes


def check_weights(cfg: BertConfig, weights: dict[str, np.ndarray]) -> None:
    for name, shape in _expected_shapes(cfg).items():
        if name not in weights:
            raise InvalidInputError(f"model.safetensors lacks the weight {name}")
        if tuple(weights[name].shape) != shape:
            raise InvalidInputError(
                f"weight {name} has shape {tuple(weights[name].shape)}, config says {shape}"
            )
