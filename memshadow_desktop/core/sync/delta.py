"""Differential payloads: a revision as a zstd delta against its parent, or a keyframe.

A delta is zstd with the base revision's view (see :mod:`codec`) as a raw-content dictionary, so
whatever the two share costs almost nothing; its frame carries zstd's content checksum, so a
delta decoded against the wrong base is refused instead of yielding garbage. A keyframe is sent
for a memory's first revision, after ``max_chain`` deltas in a row, when the deltas since the
last keyframe add up to more than a fresh keyframe would cost, and whenever a delta is not
clearly smaller than a keyframe.
"""

from __future__ import annotations

from dataclasses import dataclass

import zstandard

from memshadow_desktop.core.sync.codec import (
    FMT_DELTA,
    FMT_RAW,
    FMT_ZSTD,
    RevisionData,
    assemble,
    decode_stamps,
    encode_stamps,
    pack_record,
    unpack_record,
    view,
)
from memshadow_desktop.core.sync.errors import RecordRejectedError

MAX_PLAINTEXT = 64 * 1024 * 1024
_MAGICLESS = zstandard.FORMAT_ZSTD1_MAGICLESS
_SMALL = 256 * 1024  # below this (dictionary + data) the strongest level costs little


@dataclass(frozen=True)
class DeltaPolicy:
    deltas: bool = True  # False: every record is a keyframe
    compress: bool = True  # False: keyframes go uncompressed (the "whole record" baseline)
    max_chain: int = 32  # deltas in a row before a keyframe
    max_ratio: float = 0.5  # a delta must be at most this fraction of a keyframe
    level: int = 9  # keyframes; deltas of small texts use the strongest level


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
    total = len(data) + (len(dictionary) if dictionary else 0)
    params = zstandard.ZstdCompressionParameters.from_level(
        level,
        window_log=_window_log(total),
        source_size=len(data),
        format=_MAGICLESS,
        write_content_size=1,
        write_checksum=int(dictionary is not None),
        write_dict_id=0,
    )
    if dictionary is None:
        return zstandard.ZstdCompressor(compression_params=params).compress(data)
    d = zstandard.ZstdCompressionDict(dictionary, dict_type=zstandard.DICT_TYPE_RAWCONTENT)
    return zstandard.ZstdCompressor(dict_data=d, compression_params=params).compress(data)


def _unzstd(data: bytes, dictionary: bytes | None = None) -> bytes:
    try:
        if dictionary is None:
            dec = zstandard.ZstdDecompressor(format=_MAGICLESS)
        else:
            d = zstandard.ZstdCompressionDict(dictionary, dict_type=zstandard.DICT_TYPE_RAWCONTENT)
            dec = zstandard.ZstdDecompressor(dict_data=d, format=_MAGICLESS)
        return dec.decompress(data, max_output_size=MAX_PLAINTEXT)
    except zstandard.ZstdError:
        raise RecordRejectedError("bad_compression") from None


def encode(
    rev: RevisionData,
    *,
    server_parent: str | None,
    author: str,
    base: RevisionData | None,
    chain: ChainInfo,
    policy: DeltaPolicy,
) -> Encoded:
    """The plaintext for one record; ``base`` is the stored revision ``server_parent``."""
    content = view(rev)
    key_stamps = encode_stamps(
        rev, server_parent=server_parent, author=author, base_hlc=None, with_created=True
    )
    raw = len(content)
    if not policy.compress:
        return Encoded(bytes([FMT_RAW]) + pack_record(key_stamps, content), None, raw)
    key = bytes([FMT_ZSTD]) + pack_record(key_stamps, _zstd(content, policy.level))
    if (
        policy.deltas
        and base is not None
        and server_parent is not None
        and base.rev_id == server_parent
        and chain.depth < policy.max_chain
    ):
        base_view = view(base)
        level = 19 if len(base_view) + raw < _SMALL else policy.level
        stamps = encode_stamps(
            rev, server_parent=server_parent, author=author, base_hlc=base.hlc, with_created=False
        )
        delta = bytes([FMT_DELTA]) + pack_record(stamps, _zstd(content, level, base_view))
        budget = max(chain.key_bytes, len(key))
        if len(delta) <= policy.max_ratio * len(key) and chain.chain_bytes + len(delta) <= budget:
            return Encoded(delta, server_parent, raw)
    return Encoded(key, None, raw)


def decode(
    plaintext: bytes,
    *,
    memory_id: str,
    rev_id: str,
    server_parent: str | None,
    author: str,
    delta_base: str | None,
    base: RevisionData | None,
    envelope: int = 2,
) -> RevisionData:
    """Rebuild a revision from a record's plaintext (``base``: the stored ``delta_base``).
    ``envelope`` 1: a protocol v1 record, whose content must hash to its revision id."""
    if not plaintext:
        raise RecordRejectedError("empty_payload")
    fmt = plaintext[0]
    stamps, payload = unpack_record(plaintext[1:])
    if (fmt == FMT_DELTA) != (delta_base is not None):
        raise RecordRejectedError("delta_base_mismatch")
    if fmt == FMT_RAW:
        content = payload
    elif fmt == FMT_ZSTD:
        content = _unzstd(payload)
    elif fmt == FMT_DELTA:
        if base is None or base.rev_id != delta_base:
            raise RecordRejectedError("missing_delta_base")
        content = _unzstd(payload, view(base))
    else:
        raise RecordRejectedError("unknown_format")
    decoded = decode_stamps(
        stamps,
        server_parent=server_parent,
        author=author,
        base_hlc=base.hlc if fmt == FMT_DELTA and base is not None else None,
    )
    rev = assemble(memory_id, rev_id, decoded, content)
    if envelope == 1:
        rev.verify_v1()
    return rev
