"""Turning pulled records into verified revisions: decrypt, rebuild deltas against their base,
fetch what is missing from the server, and reject (never apply) what does not verify.

A delta whose base the server no longer has (a broken or over-eager compaction) is rejected,
and the memory's current chain (from its last keyframe) is fetched instead: a pull never
aborts on one record.
"""

from __future__ import annotations

from collections.abc import Sequence

from memshadow_desktop.core.api.sync import SyncReport
from memshadow_desktop.core.errors import MemshadowError
from memshadow_desktop.core.store import sync_ops as ops
from memshadow_desktop.core.sync import delta
from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.core.sync.apply import Confirm, Incoming, apply_batch
from memshadow_desktop.core.sync.base import SessionBase, log
from memshadow_desktop.core.sync.client import Wire
from memshadow_desktop.core.sync.codec import RevisionData
from memshadow_desktop.core.sync.errors import RecordRejectedError, ServerError


class Decoding(SessionBase):
    def _open(self, r: p.StoredRecord, base: RevisionData | None) -> RevisionData:
        if not r.verify():
            raise RecordRejectedError("checksum_mismatch")
        plaintext, envelope = self.cipher.open(
            r.ciphertext,
            r.memory_id,
            r.revision_id,
            r.delta_base,
            r.parent_revision,
            r.author_device,
        )
        return delta.decode(
            plaintext,
            memory_id=r.memory_id,
            rev_id=r.revision_id,
            server_parent=r.parent_revision,
            author=r.author_device,
            delta_base=r.delta_base,
            base=base,
            envelope=envelope,
        )

    async def _open_any(self, r: p.StoredRecord, base: RevisionData | None) -> RevisionData:
        """Open, fetching this device's grant once when the record is sealed under a key
        version it does not have yet (another device rotated the key)."""
        try:
            return self._open(r, base)
        except RecordRejectedError as exc:
            if exc.detail != "unknown_key_version" or not await self.refresh_keys():
                raise
            return self._open(r, base)

    async def _fetch_chain(
        self, memory_id: str, revision: str | None, report: SyncReport
    ) -> list[Incoming]:
        """A memory's records from the keyframe before ``revision`` (None: its head) to it."""
        wire = Wire()
        try:
            records = await self.call(lambda: self.api.chain(memory_id, revision, wire))
        except ServerError as exc:
            raise RecordRejectedError("missing_delta_base" if revision else "chain_gone") from exc
        report.down_wire += wire.down
        out: list[Incoming] = []
        base: RevisionData | None = None
        for r in records:
            rev = await self._open_any(r, base if r.delta_base else None)
            base = rev
            out.append(Incoming(rev, r.seq, len(r.ciphertext), r.delta_base))
        if not out or (revision is not None and out[-1].rev.rev_id != revision):
            raise RecordRejectedError("chain_incomplete")
        return out

    async def _fetch_head(self, memory_id: str, report: SyncReport) -> list[Incoming]:
        """The memory's current chain instead of a record that cannot be decoded ([] if the
        server cannot give it either)."""
        try:
            return await self._fetch_chain(memory_id, None, report)
        except RecordRejectedError as exc:
            log.info("no keyframe chain for %s: %s", memory_id, exc.detail)
            return []

    async def _decode(
        self, records: Sequence[p.StoredRecord], report: SyncReport
    ) -> list[Incoming | Confirm]:
        """Decrypt and verify records in server order; deltas find their base in this batch,
        in the store, or in a chain fetched from the server. Stubs of this device's own
        records confirm them (or are fetched whole when this vault does not hold them)."""
        bases: dict[str, RevisionData] = {}
        wanted = {r.delta_base for r in records if r.delta_base}
        stored = await self._read(ops.revisions_by_id, wanted)
        for rid, row in stored.items():
            bases[rid] = RevisionData.from_revision(row)
        mine = await self._read(ops.known_revisions, [r.revision_id for r in records if r.stub])
        out: list[Incoming | Confirm] = []
        for r in records:
            if r.stub and r.revision_id in mine:
                out.append(Confirm(r.memory_id, r.revision_id, r.seq))
                continue
            try:
                if r.stub:
                    chain = await self._fetch_chain(r.memory_id, r.revision_id, report)
                    out.extend(chain[:-1])
                    last = chain[-1]
                    out.append(Incoming(last.rev, r.seq, last.size, last.delta_base))
                    bases[last.rev.rev_id] = last.rev
                    continue
                base = bases.get(r.delta_base) if r.delta_base else None
                if r.delta_base and base is None:
                    chain = await self._fetch_chain(r.memory_id, r.delta_base, report)
                    for item in chain:
                        bases[item.rev.rev_id] = item.rev
                    out.extend(chain)
                    base = bases.get(r.delta_base)
                rev = await self._open_any(r, base)
            except RecordRejectedError as exc:
                await self._reject(r, exc.detail, report)
                if exc.detail in ("missing_delta_base", "chain_gone", "chain_incomplete"):
                    out.extend(await self._fetch_head(r.memory_id, report))
                continue
            bases[rev.rev_id] = rev
            out.append(Incoming(rev, r.seq, len(r.ciphertext), r.delta_base))
        out.sort(key=lambda i: i.seq)
        return out

    async def _decode_bootstrap(
        self, records: Sequence[p.StoredRecord], report: SyncReport
    ) -> list[list[Incoming]]:
        """Memories new to this device: only each head's chain from its last keyframe."""
        by_mem: dict[str, list[p.StoredRecord]] = {}
        for r in records:
            by_mem.setdefault(r.memory_id, []).append(r)
        chains: list[list[Incoming]] = []
        for mid, recs in by_mem.items():
            by_rev = {r.revision_id: r for r in recs}
            path = [recs[-1]]
            while path[-1].delta_base and path[-1].delta_base in by_rev:
                path.append(by_rev[path[-1].delta_base])
            path.reverse()
            try:
                if any(r.stub for r in path):
                    chain = await self._fetch_chain(mid, None, report)
                    chains.append(chain)
                    continue
                if path[0].delta_base:
                    chain = await self._fetch_chain(mid, path[0].delta_base, report)
                else:
                    chain = []
                base = chain[-1].rev if chain else None
                for r in path:
                    rev = await self._open_any(r, base if r.delta_base else None)
                    base = rev
                    chain.append(Incoming(rev, r.seq, len(r.ciphertext), r.delta_base))
            except RecordRejectedError as exc:
                await self._reject(path[-1], exc.detail, report)
                head = await self._fetch_head(mid, report) if exc.detail != "chain_gone" else []
                if head:
                    chains.append(head)
                continue
            chains.append(chain)
        return chains

    async def _retry_rejects(self, report: SyncReport) -> None:
        rejects = await self._read(ops.open_rejects)
        for rej in rejects[: self.options.retry_rejects]:
            try:
                chain = await self._fetch_chain(rej["memory_id"], rej["rev_id"], report)
            except RecordRejectedError as exc:
                await self._write(
                    lambda conn, _ctx, rej=rej, reason=exc.detail: ops.add_reject(
                        conn, rej["seq"], rej["memory_id"], rej["rev_id"], reason
                    )
                )
                continue
            except MemshadowError as exc:  # unreachable, or not allowed: try later
                log.info("retry of rejected record failed: %s", exc.code)
                continue
            outcome = await self._write(apply_batch, chain, policy=self.options.policy)
            await self._write(
                lambda conn, _ctx, rid=rej["rev_id"]: ops.resolve_rejects(conn, [rid])
            )
            report.applied.add(outcome)
