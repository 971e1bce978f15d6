"""Tiny random BERT models and a numpy reference forward pass.

Used by the tests (to check the converter) and by ``memshadow hw`` (a small real network to
find out whether a provider works, without any model installed).
"""

from __future__ import annotations

import json
from math import erf, sqrt
from pathlib import Path

import numpy as np

from memshadow_desktop.core.inference.source import BertConfig


def random_bert_weights(cfg: BertConfig, seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    h, i = cfg.hidden_size, cfg.intermediate_size

    def w(*shape: int, scale: float = 0.2) -> np.ndarray:
        return (rng.standard_normal(shape) * scale).astype(np.float32)

    out = {
        "embeddings.word_embeddings.weight": w(cfg.vocab_size, h, scale=1.0),
        "embeddings.position_embeddings.weight": w(cfg.max_position, h, scale=0.5),
        "embeddings.token_type_embeddings.weight": w(cfg.type_vocab_size, h, scale=0.5),
        "embeddings.LayerNorm.weight": 1.0 + w(h, scale=0.1),
        "embeddings.LayerNorm.bias": w(h, scale=0.1),
    }
    for n in range(cfg.num_layers):
        p = f"encoder.layer.{n}."
        for part in ("query", "key", "value"):
            out[f"{p}attention.self.{part}.weight"] = w(h, h)
            out[f"{p}attention.self.{part}.bias"] = w(h, scale=0.1)
        out[f"{p}attention.output.dense.weight"] = w(h, h)
        out[f"{p}attention.output.dense.bias"] = w(h, scale=0.1)
        out[f"{p}attention.output.LayerNorm.weight"] = 1.0 + w(h, scale=0.1)
        out[f"{p}attention.output.LayerNorm.bias"] = w(h, scale=0.1)
        out[f"{p}intermediate.dense.weight"] = w(i, h)
        out[f"{p}intermediate.dense.bias"] = w(i, scale=0.1)
        out[f"{p}output.dense.weight"] = w(h, i, scale=0.1)
        out[f"{p}output.dense.bias"] = w(h, scale=0.1)
        out[f"{p}output.LayerNorm.weight"] = 1.0 + w(h, scale=0.1)
        out[f"{p}output.LayerNorm.bias"] = w(h, scale=0.1)
    return out


def _ln(x: np.ndarray, g: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * g + b


_erf = np.vectorize(erf)


def _act(x: np.ndarray, name: str) -> np.ndarray:
    if name == "relu":
        return np.maximum(x, 0)
    if name == "gelu":
        return 0.5 * x * (1.0 + _erf(x / sqrt(2.0)))
    return 0.5 * x * (1 + np.tanh(sqrt(2 / np.pi) * (x + 0.044715 * x**3)))


def reference_forward(
    cfg: BertConfig,
    w: dict[str, np.ndarray],
    input_ids: np.ndarray,
    attention_mask: np.ndarray,
    pooling: str = "mean",
) -> np.ndarray:
    """BERT + pooling + L2 normalisation in float64 numpy, the textbook way."""
    f = {k: v.astype(np.float64) for k, v in w.items() if v.dtype != np.int64}
    b, s = input_ids.shape
    nh, hd = cfg.num_heads, cfg.head_size
    x = (
        f["embeddings.word_embeddings.weight"][input_ids]
        + f["embeddings.position_embeddings.weight"][:s][None]
        + f["embeddings.token_type_embeddings.weight"][0][None, None]
    )
    x = _ln(x, f["embeddings.LayerNorm.weight"], f["embeddings.LayerNorm.bias"], cfg.layer_norm_eps)
    mask = attention_mask.astype(np.float64)
    bias = (1.0 - mask)[:, None, None, :] * -10000.0
    for n in range(cfg.num_layers):
        p = f"encoder.layer.{n}."

        def lin(t: np.ndarray, name: str, p: str = p) -> np.ndarray:
            return t @ f[f"{p}{name}.weight"].T + f[f"{p}{name}.bias"]

        def heads(t: np.ndarray) -> np.ndarray:
            return t.reshape(b, s, nh, hd).transpose(0, 2, 1, 3)

        q = heads(lin(x, "attention.self.query"))
        k = heads(lin(x, "attention.self.key"))
        v = heads(lin(x, "attention.self.value"))
        scores = q @ k.transpose(0, 1, 3, 2) / sqrt(hd) + bias
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        probs = scores / scores.sum(-1, keepdims=True)
        ctx = (probs @ v).transpose(0, 2, 1, 3).reshape(b, s, nh * hd)
        x = _ln(
            lin(ctx, "attention.output.dense") + x,
            f[f"{p}attention.output.LayerNorm.weight"],
            f[f"{p}attention.output.LayerNorm.bias"],
            cfg.layer_norm_eps,
        )
        inter = _act(lin(x, "intermediate.dense"), cfg.hidden_act)
        x = _ln(
            lin(inter, "output.dense") + x,
            f[f"{p}output.LayerNorm.weight"],
            f[f"{p}output.LayerNorm.bias"],
            cfg.layer_norm_eps,
        )
    if pooling == "cls":
        pooled = x[:, 0]
    elif pooling == "max":
        pooled = np.where(mask[..., None] > 0, x, -1e9).max(1)
    else:
        pooled = (x * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
    return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


def write_tiny_tokenizer(path: Path, vocab_size: int) -> None:
    """A WordPiece tokenizer.json over a made-up vocabulary of ``vocab_size`` entries."""
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors

    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    letters = list("abcdefghijklmnopqrstuvwxyz0123456789.,!?")
    words = ["the", "a", "note", "memory", "git", "python", "vault", "search", "model", "text"]
    vocab_list = specials + letters + words
    vocab_list += [f"##{c}" for c in letters]
    vocab_list = vocab_list[:vocab_size]
    while len(vocab_list) < vocab_size:
        vocab_list.append(f"tok{len(vocab_list)}")
    vocab = {t: i for i, t in enumerate(vocab_list)}
    tok = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]", max_input_chars_per_word=100))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", 2), ("[SEP]", 3)]
    )
    tok.save(str(path))


def write_tiny_st_folder(
    folder: Path, cfg: BertConfig, seed: int = 0, pooling: str = "mean"
) -> dict[str, np.ndarray]:
    """A complete tiny sentence-transformers folder (safetensors + tokenizer + pooling)."""
    from safetensors.numpy import save_file

    folder.mkdir(parents=True, exist_ok=True)
    weights = random_bert_weights(cfg, seed)
    save_file(weights, str(folder / "model.safetensors"))
    (folder / "config.json").write_text(
        json.dumps(cfg.to_dict() | {"architectures": ["BertModel"]}), encoding="utf-8"
    )
    write_tiny_tokenizer(folder / "tokenizer.json", cfg.vocab_size)
    (folder / "modules.json").write_text(
        json.dumps(
            [
                {
                    "idx": 0,
                    "name": "0",
                    "path": "",
                    "type": "sentence_transformers.models.Transformer",
                },
                {
                    "idx": 1,
                    "name": "1",
                    "path": "1_Pooling",
                    "type": "sentence_transformers.models.Pooling",
                },
                {
                    "idx": 2,
                    "name": "2",
                    "path": "2_Normalize",
                    "type": "sentence_transformers.models.Normalize",
                },
            ]
        ),
        encoding="utf-8",
    )
    (folder / "1_Pooling").mkdir(exist_ok=True)
    (folder / "1_Pooling" / "config.json").write_text(
        json.dumps(
            {
                "word_embedding_dimension": cfg.hidden_size,
                "pooling_mode_cls_token": pooling == "cls",
                "pooling_mode_mean_tokens": pooling == "mean",
                "pooling_mode_max_tokens": pooling == "max",
            }
        ),
        encoding="utf-8",
    )
    (folder / "sentence_bert_config.json").write_text(
        json.dumps({"max_seq_length": min(cfg.max_position, 64)}), encoding="utf-8"
    )
    return weights
