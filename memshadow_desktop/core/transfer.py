"""Import a folder of notes, and export the vault as markdown files plus a JSON manifest."""

from __future__ import annotations

import json
import os
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from memshadow_desktop.core.errors import InvalidInputError, NotFoundError
from memshadow_desktop.core.store.models import Fields, Memory, normalize_tags

NOTE_SUFFIXES = (".md", ".markdown", ".txt")
MANIFEST_NAME = "memshadow-export.json"
MANIFEST_FORMAT = "memshadow-export"
MANIFEST_VERSION = 1
MAX_NOTE_BYTES = 16 * 1024 * 1024

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")


@dataclass(frozen=True)
class NoteFile:
    path: Path
    source: str
    memory_id: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    manifest_id: str | None = None  # the manifest's id when it was not a valid one


@dataclass(frozen=True)
class ParsedNote:
    memory_id: str | None
    fields: Fields
    created_at: str | None


@dataclass
class ImportReport:
    scanned: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    # (source, the id in the manifest): not a UUID, so the memory got a new one
    new_ids: list[tuple[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "scanned": self.scanned,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": [{"source": s, "reason": r} for s, r in self.skipped],
            "new_ids": [{"source": s, "manifest_id": i} for s, i in self.new_ids],
        }


def valid_memory_id(value: object) -> str | None:
    """The canonical form of a memory id (a UUID), or None for anything else: such an id would
    be refused by every sync server, and the memory could never be pushed."""
    text = str(value).strip()
    try:
        canonical = str(uuid.UUID(text))
    except ValueError:
        return None
    return canonical if canonical == text.lower() else None


ProgressFn = Callable[[int, int], None]


# --- reading notes --------------------------------------------------------------------------


def scan(root: Path) -> list[NoteFile]:
    """Every note under ``root`` (recursive), or the entries of an export manifest."""
    if not root.exists():
        raise NotFoundError(str(root))
    if root.is_file():
        return [NoteFile(root, root.name)]
    manifest = root / MANIFEST_NAME
    if manifest.is_file():
        return list(_from_manifest(root, manifest))
    files: list[NoteFile] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(NOTE_SUFFIXES):
                continue
            path = Path(dirpath) / name
            files.append(NoteFile(path, path.relative_to(root).as_posix()))
    return files


def _from_manifest(root: Path, manifest: Path) -> Iterator[NoteFile]:
    try:
        raw = json.loads(manifest.read_text(encoding="utf-8"))
        if raw.get("format") != MANIFEST_FORMAT or raw.get("version") != MANIFEST_VERSION:
            raise ValueError("unknown manifest format")
        entries = list(raw["memories"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InvalidInputError(f"{manifest}: not a valid export manifest ({exc})") from None
    for entry in entries:
        rel = PurePosixPath(str(entry["file"]))
        if rel.is_absolute() or ".." in rel.parts:
            raise InvalidInputError(f"{manifest}: unsafe file path {rel}")
        raw_id = str(entry["id"])
        memory_id = valid_memory_id(raw_id)
        yield NoteFile(
            root / rel,
            str(entry.get("source") or rel),
            memory_id,
            entry,
            None if memory_id else raw_id[:80],
        )


def read_note(note: NoteFile) -> ParsedNote:
    """Parse one file; raises InvalidInputError for empty, binary or oversized files."""
    try:
        size = note.path.stat().st_size
        if size > MAX_NOTE_BYTES:
            raise InvalidInputError("file too large")
        data = note.path.read_bytes()
    except FileNotFoundError:
        raise InvalidInputError("file is missing") from None
    except OSError as exc:
        raise InvalidInputError(f"cannot read file ({exc.strerror})") from None
    if b"\x00" in data:
        raise InvalidInputError("binary file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInputError("binary file (not UTF-8 text)") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if note.meta:
        return _from_meta(note, text)
    if not text.strip():
        raise InvalidInputError("empty file")
    parts = PurePosixPath(note.source).parts[:-1]
    return ParsedNote(
        None,
        Fields(title_of(text, note.path), text, normalize_tags(list(parts)), note.source),
        None,
    )


def _from_meta(note: NoteFile, text: str) -> ParsedNote:
    meta = note.meta
    fields = Fields(
        str(meta.get("title") or ""),
        text,
        normalize_tags([str(t) for t in meta.get("tags") or []]),
        meta.get("source"),
        bool(meta.get("pinned", False)),
    )
    if not fields.title.strip() and not text.strip():
        raise InvalidInputError("empty memory")
    return ParsedNote(note.memory_id, fields, meta.get("created_at"))


def title_of(text: str, path: Path) -> str:
    """The first markdown heading, else the file name without its extension."""
    for line in text.splitlines()[:50]:
        match = _HEADING.match(line)
        if match:
            return match.group(1).strip()
    return path.stem.replace("_", " ").replace("-", " ").strip() or path.name


# --- export ---------------------------------------------------------------------------------

_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


def export_file_name(memory: Memory, taken: set[str]) -> str:
    """A relative path inside the export folder: the source path when safe, else a slug."""
    candidate = ""
    if memory.source:
        rel = PurePosixPath(memory.source)
        if not rel.is_absolute() and ".." not in rel.parts and rel.parts:
            candidate = "/".join(_UNSAFE.sub("_", p) for p in rel.parts)
            if not candidate.lower().endswith(NOTE_SUFFIXES):
                candidate += ".md"
    if not candidate:
        slug = _UNSAFE.sub("_", memory.title)[:60].strip(" ._") or "memory"
        candidate = f"{slug}.md"
    name = candidate
    if name.lower() in taken:
        stem, dot, ext = candidate.rpartition(".")
        name = f"{stem}-{memory.id[-12:]}.{ext}" if dot else f"{candidate}-{memory.id[-12:]}"
    taken.add(name.lower())
    return name


def manifest_entry(memory: Memory, file_name: str) -> dict[str, Any]:
    return {
        "id": memory.id,
        "file": file_name,
        "title": memory.title,
        "tags": memory.tags,
        "source": memory.source,
        "pinned": memory.fields.pinned,
        "created_at": memory.created_at,
        "updated_at": memory.updated_at,
    }


def _private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)


def _write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read (whatever the umask), replacing it atomically."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def write_export(target: Path, memories: list[Memory]) -> int:
    """Write each memory's body byte-for-byte, then the manifest (last, atomically). The
    export is plaintext: its folders are 0700 and its files 0600, whatever the umask."""
    if target.exists() and not target.is_dir():
        raise InvalidInputError(f"{target} exists and is not a folder")
    _private_dir(target)
    taken: set[str] = set()
    entries = []
    for memory in memories:
        name = export_file_name(memory, taken)
        path = target / name
        for parent in reversed(path.relative_to(target).parents[:-1]):
            _private_dir(target / parent)
        _write_private(path, memory.body)
        entries.append(manifest_entry(memory, name))
    manifest = {"format": MANIFEST_FORMAT, "version": MANIFEST_VERSION, "memories": entries}
    _write_private(target / MANIFEST_NAME, json.dumps(manifest, ensure_ascii=False, indent=1))
    return len(entries)
