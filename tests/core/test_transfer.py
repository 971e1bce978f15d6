"""Importing folders of notes and exporting them back, losslessly."""

from __future__ import annotations

from pathlib import Path

from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
from tests.conftest import FAST_KDF, PASSPHRASE, corpus_dir


def _write(root: Path, rel: str, data: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_import_titles_sources_tags_and_reimport(service: MemshadowService, tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    _write(notes, "python/venv.md", "Intro line\n\n# Virtual environments\n\nUse venv.\n")
    _write(notes, "python/tips/no_heading_here.txt", "just text")
    _write(notes, "top.md", "# Top\nbody")
    _write(notes, "image.png", b"\x89PNG")  # not a note: ignored, not an error
    report = service.memories.import_path(notes)
    assert (report.scanned, report.created, report.skipped) == (3, 3, [])
    by_source = {m.source: m for m in service.memories.list()}
    assert by_source["python/venv.md"].title == "Virtual environments"
    assert by_source["python/venv.md"].tags == ["python"]
    assert by_source["python/tips/no_heading_here.txt"].title == "no heading here"
    assert by_source["python/tips/no_heading_here.txt"].tags == ["python", "tips"]
    assert by_source["top.md"].tags == []

    again = service.memories.import_path(notes)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    revisions = service.vault.counts().revisions

    _write(notes, "top.md", "# Top\nbody, changed")
    third = service.memories.import_path(notes)
    assert (third.created, third.updated, third.unchanged) == (0, 1, 2)
    assert service.vault.counts().revisions == revisions + 1
    top = by_source["top.md"].id
    assert [r.fields.body for r in service.memories.history(top)] == [
        "# Top\nbody, changed",
        "# Top\nbody",
    ]


def test_empty_and_binary_files_are_skipped_with_reasons(
    service: MemshadowService, tmp_path: Path
) -> None:
    notes = tmp_path / "notes"
    _write(notes, "good.md", "# Good\ntext")
    _write(notes, "empty.md", "  \n")
    _write(notes, "binary.md", b"\x00\x01\x02binary")
    _write(notes, "latin1.txt", "caf\xe9".encode("latin-1"))
    report = service.memories.import_path(notes)
    assert report.created == 1
    reasons = dict(report.skipped)
    assert reasons["empty.md"] == "empty file"
    assert reasons["binary.md"].startswith("binary file")
    assert reasons["latin1.txt"].startswith("binary file")


def test_export_then_import_into_new_vault_is_lossless(
    service: MemshadowService, tmp_path: Path
) -> None:
    notes = tmp_path / "notes"
    _write(notes, "a/one.md", "# One\r\nwindows line endings\r\n")
    _write(notes, "a/one copy.md", "# One copy\n\ttabs and trailing spaces   \n")
    service.memories.import_path(notes)
    service.memories.add("no source, unicode ✓ — “quotes”", title="Loose: a/b?", tags=["x y", "z"])
    pinned = service.memories.add("pinned body", title="Pinned")
    service.memories.edit(pinned.id, pinned=True)
    out = tmp_path / "export"
    assert service.memories.export(out) == 4

    other = AppPaths.resolve(tmp_path / "other")
    with MemshadowService.create(
        other, passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF
    ) as svc2:
        report = svc2.memories.import_path(out)
        assert report.created == 4 and not report.skipped

        def key(m):  # type: ignore[no-untyped-def]
            return m.id

        before = sorted(service.memories.list(), key=key)
        after = sorted(svc2.memories.list(), key=key)
        assert [m.id for m in before] == [m.id for m in after]
        for a, b in zip(before, after, strict=True):
            assert a.fields == b.fields
            assert a.created_at == b.created_at
        # Importing the same export again changes nothing.
        assert svc2.memories.import_path(out).unchanged == 4
    # And into the vault it came from: nothing changes either.
    assert service.memories.import_path(out).unchanged == 4


def test_import_real_corpus(service: MemshadowService) -> None:
    corpus = corpus_dir()
    report = service.memories.import_path(corpus)
    assert report.created == 1871 and not report.skipped
    assert service.vault.counts().memories == 1871
    sources = {m.source for m in service.memories.list()}
    expected = {p.relative_to(corpus).as_posix() for p in corpus.rglob("*.md")}
    assert sources == expected
    assert service.memories.import_path(corpus).unchanged == 1871
    assert service.vault.counts().revisions == 1871
