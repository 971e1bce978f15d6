"""Sync protocol v2: the wire format shared by the sync server and the client engine.

The server imports this package and nothing else of the app: :mod:`.wire` (records and
batches) and :mod:`.api` (paths, signatures, error codes, events) are re-exported here.

Control endpoints speak JSON. Record batches (push request, pull, snapshot and chain responses)
are msgpack maps compressed with zstd (level 3, content size in the frame header, no frame
checksum), sent as ``Content-Type: application/vnd.memshadow.batch``.

A record is what the server stores for one revision of one memory. The server sees only routing
metadata (ids, parent, delta base, priority, author device, size, checksum) and opaque
ciphertext. Memory ids are random (UUIDv4) and revision ids are 16 random bytes: neither tells
the server a time or anything about the text. The ciphertext starts with its envelope version
and, from v2, the account key version it is sealed under (:func:`envelope_key_version`); the
associated data binds it to the memory, revision, parent, delta base and author.

In memory (:class:`PushRecord`, :class:`StoredRecord`) ids are strings: a memory id is a
canonical lowercase UUID, a revision id is lowercase hex of 16 to 64 whole bytes (32 to 128
digits, an even number; 32-byte ids are protocol v1's). On the wire they travel as raw bytes
under one-letter keys, so that a batch of one record costs little more than its ciphertext.

Push body (msgpack map, then zstd)::

    {"v": 2, "r": [<record>, ...]}

    <record> = {
        "m": bin 16,        memory id: the UUID's 16 bytes
        "r": bin 16..64,    revision id: bytes.fromhex(revision_id)
        "p": bin 16..64,    parent revision (omitted for a memory's first revision)
        "b": bin 16..64,    delta base (omitted for a keyframe)
        "y": 0..3,          priority (omitted for NORMAL = 2)
        "c": bin,           ciphertext (at most MAX_RECORD_BYTES)
        "k": bin 32,        checksum: SHA-256 of the ciphertext
    }

``p`` is the head this revision was made on: the server accepts the record only if it is still
the current head (compare-and-swap). ``b`` is the revision the ciphertext is a delta against; a
record is never its own delta base. An omitted key means the default above; a present key must
hold a value of its type (nil is not "absent"); unknown keys are ignored. Anything else (a wrong
type or length, a missing required key, another version) is a :class:`ProtocolError`, which the
server answers with HTTP 400 (413 for :class:`BatchTooLargeError`).

Pull / snapshot / chain body (msgpack map, then zstd)::

    {"v": 2, "r": [<stored record>, ...], "n": next_cursor, "h": head_seq, "x": true,
     "c": bin 16..64}

    <stored record> = <record> + {
        "s": int >= 1,      sequence number
        "a": bin | str,     author device id: bytes.fromhex(id) when the id is lowercase hex of
                            even length (a vault's device id is 32 hex digits), else the string
    }

``n`` (next cursor) and ``h`` (the account's head sequence number) are ints >= 0, omitted when 0;
``x`` (more records follow) is present, and true, only when there are more. ``c`` is the
revision id of the record at sequence number ``after`` (the cursor the pull asked from), when
it is still stored: a device compares it with the revision it saw there, so a server restored
from an older copy, which hands the same sequence numbers to other records, is noticed.

In a pull the puller's own records come as *stubs*: without ``c`` and ``k`` (it has their
text). A stub confirms that the server holds the record at that sequence number; a device
drops a change from its outbox only once it has seen it so, never on the push answer alone.
"""

from memshadow_desktop.core.sync.protocol.api import *  # noqa: F403
from memshadow_desktop.core.sync.protocol.wire import *  # noqa: F403
