"""Differential payloads: a revision as a zstd delta against its parent, or a keyframe.

A delta is zstd with the base revision's full encoding as a raw-content dictionary, so whatever
the two share costs almost nothing. A keyframe is sent for a memory's first revision, after
``max_chain`` deltas in a row, when the deltas since the last keyframe add up to more than a fresh
keyframe would cost, and whenever a delta is not clearly smaller than a keyframe.
"""

from __future__ import annotations

from dataclasses import dataclass

import zstandard

from memshadow_desktop.core.sync.codec import (
    FMT_DELTA,
    FMT_RAW,
    FMT_ZSTD,
    RevisionData,
    compact_encoding,
    decode_compact,
)
from memshadow_desktop.core.sync.errors import RecordRejectedError

MAX_PLAINTEXT = 64 * 1024 * 1024


@dataclass(frozen=True)
class DeltaPolicy:
    deltas: bool = True  # False: every record is a keyframe
    compress: bool = True  # False: keyframes go uncompressed (the "whole record" baseline)
    max_chain: int = 32  # deltas in a row before a keyframe
    max_ratio: float = 0.5  # a delta must be at most this fraction of a keyframe
    level: int = 9


@dataclass(frozen=True)
class ChainInfo:
    """Where a memory's server-side delta chain stands (from the sync heads table)."""

    depth: int = 0  # deltas since the last keyframe
    chain_bytes: int = 0  # their sizes added up
    key_bytes: int = 0  # the last keyframe's size


@dataclass(frozen=True)
class Encoded:
    plaintext: bytes
    delta_base: str | None
    raw_size: int  # the whole record, uncompressed (for "bytes saved" figures)


def _window_log(size: int) -> int:
    return min(27, max(17, size.bit_length() + 1))


def _zstd(data: bytes, level: int, dictionary: bytes | None = None) -> bytes:
    if dictionary is None:
        return zstandard.ZstdCompressor(level=level).compress(data)
    params = zstandard.ZstdCompressionParameters.from_level(
        level,
        window_log=_window_log(len(dictionary) + len(data)),
        source_size=len(data),
        write_content_size=1,
        write_checksum=0,
        write_dict_id=0,
    )
    d = zstandard.ZstdCompressionDict(dictionary, dict_type=zstandard.DICT_TYPE_RAWCONTENT)
    return zstandard.ZstdCompressor(dict_data=d, compression_params=params).compress(data)


def _unzstd(data: bytes, dictionary: bytes | None = None) -> bytes:
    try:
        if dictionary is None:
            return zstandard.ZstdDecompressor().decompress(data, max_output_size=MAX_PLAINTEXT)
        d = zstandard.ZstdCompressionDict(dictionary, dict_type=zstandard.DICT_TYPE_RAWCONTENT)
        return zstandard.ZstdDecompressor(dict_data=d).decompress(
            data, max_output_size=MAX_PLAINTEXT
        )
    except zstandard.ZstdError:
        raise RecordRejectedError("bad_compression") from None


def encode(
    rev: RevisionData,
    *,
    server_parent: str | None,
    author: str,
    base: bytes | None,
    chain: ChainInfo,
    policy: DeltaPolicy,
) -> Encoded:
    """The plaintext for one record; ``base`` is the full encoding of ``server_parent``."""
    keyframe = compact_encoding(rev, server_parent=server_parent, author=author, with_created=True)
    raw = len(keyframe)
    if not policy.compress:
        return Encoded(bytes([FMT_RAW]) + keyframe, None, raw)
    key = _zstd(keyframe, policy.level)
    if (
        policy.deltas
        and base is not None
        and server_parent is not None
        and chain.depth < policy.max_chain
    ):
        compact = compact_encoding(
            rev, server_parent=server_parent, author=author, with_created=False
        )
        delta = _zstd(compact, policy.level, base)
        budget = max(chain.key_bytes, len(key))
        if len(delta) <= policy.max_ratio * len(key) and chain.chain_bytes + len(delta) <= budget:
            return Encoded(bytes([FMT_DELTA]) + delta, server_parent, raw)
    return Encoded(bytes([FMT_ZSTD]) + key, None, raw)


def decode(
    plaintext: bytes,
    *,
    memory_id: str,
    rev_id: str,
    server_parent: str | None,
    author: str,
    delta_base: str | None,
    base: bytes | None,
) -> RevisionData:
    """Rebuild a revision from a record's plaintext (``base``: full encoding of delta_base)."""
    if not plaintext:
        raise RecordRejectedError("empty_payload")
    fmt, body = plaintext[0], plaintext[1:]
    if fmt == FMT_RAW:
        compact = body
    elif fmt == FMT_ZSTD:
        compact = _unzstd(body)
    elif fmt == FMT_DELTA:
        if delta_base is None or base is None:
            raise RecordRejectedError("missing_delta_base")
        compact = _unzstd(body, base)
    else:
        raise RecordRejectedError("unknown_format")
    if (fmt == FMT_DELTA) != (delta_base is not None):
        raise RecordRejectedError("delta_base_mismatch")
    rev = decode_compact(
        compact, memory_id=memory_id, rev_id=rev_id, server_parent=server_parent, author=author
    )
    rev.verify()
    return rev
