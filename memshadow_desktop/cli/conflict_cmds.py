"""Conflicts and automatic merges: ``memshadow conflicts [show|resolve]``, ``memshadow merges
[undo]``. The window's merge dialog and these commands share the core's MergeDocument."""

from __future__ import annotations

from pathlib import Path

import click

from memshadow_desktop.cli.common import cli, command, common_options, emit
from memshadow_desktop.cli.session import open_service
from memshadow_desktop.core.api import (
    CHOICES,
    HUNK_DELETED,
    HUNK_TAG,
    HUNK_TITLE,
    AutoMerge,
    Conflict,
    Hunk,
    InvalidInputError,
    MergeDocument,
    MergeSide,
)


def _when(iso: str) -> str:
    return iso[:16].replace("T", " ")


def _who(side: MergeSide) -> str:
    name = side.device_name or f"device {side.device_id[:8]}"
    here = " (this device)" if side.this_device else ""
    return f"{name}{here}, {_when(side.at)}"


def _what(c: Conflict) -> str:
    return "edit vs delete" if c.kind == "edit_delete" else ", ".join(c.fields) or "content"


def _conflict_line(c: Conflict, doc: MergeDocument | None = None) -> str:
    line = f"{c.id:>4}  {_when(c.created_at)}  {_what(c)}"
    if doc is None:
        return f"{line}  {c.memory_id}"
    title = doc.mine.title or doc.theirs.title or "(untitled)"
    return f"{line}  {title!r}: {_who(doc.mine)} / {_who(doc.theirs)}"


@cli.group(name="conflicts", invoke_without_command=True)
@common_options
@click.pass_context
def conflicts_group(ctx: click.Context) -> None:
    """List open conflicts (or show / resolve one)."""
    if ctx.invoked_subcommand is not None:
        return
    with open_service() as svc:
        items = svc.conflicts.list()
        docs = {c.id: svc.conflicts.document(c.id) for c in items}
    emit(
        [
            {
                **c.to_json(),
                "title": docs[c.id].mine.title,
                "mine": docs[c.id].mine.to_json(),
                "theirs": docs[c.id].theirs.to_json(),
                "hunks": len(docs[c.id].hunks),
            }
            for c in items
        ],
        lambda: "\n".join(_conflict_line(c, docs[c.id]) for c in items) or "No conflicts.",
    )


def _indent(text: str, mark: str = "  | ") -> str:
    if not text:
        return f"{mark}(nothing)"
    return "\n".join(mark + line for line in text.splitlines())


def _hunk_text(h: Hunk, doc: MergeDocument) -> list[str]:
    if h.kind == HUNK_TAG:
        keep = doc.mine if h.mine else doc.theirs
        drop = doc.theirs if h.mine else doc.mine
        return [
            f"--- hunk {h.number}: tag {h.tag!r}, kept by {_who(keep)}, removed by {_who(drop)}"
            " (kept unless you choose the side that removed it)"
        ]
    if h.kind == HUNK_DELETED:
        return [
            f"--- hunk {h.number}: deleted or kept",
            f"  mine:   {h.mine}",
            f"  theirs: {h.theirs}",
            "  (the side that is kept restores the memory with its edit)",
        ]
    what = "title" if h.kind == HUNK_TITLE else "text"
    return [
        f"--- hunk {h.number} ({what})",
        "  ancestor:",
        _indent(h.base),
        f"  mine ({_who(doc.mine)}):",
        _indent(h.mine),
        f"  theirs ({_who(doc.theirs)}):",
        _indent(h.theirs),
    ]


def _show_text(doc: MergeDocument, c: Conflict) -> str:
    base = doc.base
    lines = [
        f"conflict {c.id} on {c.memory_id}: {_what(c)}",
        f"mine:     {_who(doc.mine)}",
        f"theirs:   {_who(doc.theirs)}",
        f"ancestor: {_who(base) if base else 'none (no common version)'}",
        "",
        "=== ancestor",
        base.body if base else "(none)",
        f"=== mine ({_who(doc.mine)})",
        doc.mine.body + ("\n(in trash)" if doc.mine.deleted else ""),
        f"=== theirs ({_who(doc.theirs)})",
        doc.theirs.body + ("\n(in trash)" if doc.theirs.deleted else ""),
        "=== merged text, hunks marked [n]",
    ]
    lines.append("".join(p if isinstance(p, str) else f"[{p}]\n" for p in doc.pieces))
    lines.append(f"=== {len(doc.hunks)} hunk(s)")
    for h in doc.hunks:
        lines.extend(_hunk_text(h, doc))
    lines += [
        "",
        f"Resolve with: memshadow conflicts resolve {c.id} --use mine|theirs|both, "
        f"--hunks 1=mine,2=theirs,... ({'|'.join(CHOICES)}), or --file RESULT",
    ]
    return "\n".join(lines)


@command(group=conflicts_group, name="show")
@click.argument("conflict_id", type=int)
def conflicts_show(conflict_id: int) -> None:
    """Show the ancestor, both sides (device and time) and the numbered hunks."""
    with open_service() as svc:
        c = svc.conflicts.get(conflict_id).conflict
        doc = svc.conflicts.document(conflict_id)
    emit({**c.to_json(), "document": doc.to_json()}, lambda: _show_text(doc, c))


def parse_hunks(spec: str) -> dict[int, str]:
    """``1=mine,2=theirs,3=both-mine-first`` -> {1: "mine", ...}."""
    out: dict[int, str] = {}
    for part in spec.split(","):
        number, sep, choice = part.strip().partition("=")
        if not sep or not number.strip().isdigit() or choice.strip() not in CHOICES:
            raise InvalidInputError(
                f"cannot read {part.strip()!r}: give NUMBER=CHOICE, CHOICE one of "
                f"{', '.join(CHOICES)}",
                reason="bad_hunks",
            )
        out[int(number)] = choice.strip()
    return out


@command(group=conflicts_group, name="resolve")
@click.argument("conflict_id", type=int)
@click.option(
    "--use",
    type=click.Choice(["mine", "theirs", "both"]),
    help="Keep one side (both: theirs becomes a memory of its own).",
)
@click.option("--hunks", help="One choice per hunk: 1=mine,2=theirs,3=both-mine-first.")
@click.option(
    "--file",
    "merged",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A file with the merged text.",
)
def conflicts_resolve(
    conflict_id: int, use: str | None, hunks: str | None, merged: Path | None
) -> None:
    """Resolve a conflict (a new revision: undo it from history)."""
    if sum(x is not None for x in (use, hunks, merged)) != 1:
        raise InvalidInputError("give exactly one of --use, --hunks or --file")
    body = None
    if merged is not None:
        try:
            body = merged.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInputError(f"cannot read {merged}: {exc}") from None
    choices = parse_hunks(hunks) if hunks is not None else None
    with open_service() as svc:
        if choices is not None:
            out = svc.conflicts.resolve(conflict_id, "hunks", hunks=choices)
        else:
            out = svc.conflicts.resolve(conflict_id, use or "file", body)
    extra = f"; theirs kept as {out.copy_id}" if out.copy_id else ""
    emit(
        out.to_json(),
        f"Resolved conflict {conflict_id} ({out.resolution}): "
        f"{out.memory_id} at revision {out.revision[:12]}{extra}",
    )


# --- automatic merges ------------------------------------------------------------------------


def _merge_lines(m: AutoMerge) -> str:
    who = m.device_name or f"device {m.device_id[:8]}"
    head = f"{m.rev_id[:12]}  {_when(m.at)}  {m.title or '(untitled)'!r} merged by {who}"
    if not m.undoable:
        head += "  (changed since)"
    lines = [head]
    for side, count, added in (
        (m.mine, m.from_mine, m.mine_lines),
        (m.theirs, m.from_theirs, m.theirs_lines),
    ):
        lines.append(f"    {_who(side)}: {count} line(s) changed")
        lines.extend(f"      + {line}" for line in added)
    return "\n".join(lines)


@cli.group(name="merges", invoke_without_command=True)
@common_options
@click.option("--days", type=click.IntRange(min=1), default=30, show_default=True)
@click.pass_context
def merges_group(ctx: click.Context, days: int) -> None:
    """Memories merged automatically (non-overlapping edits of two devices) lately."""
    if ctx.invoked_subcommand is not None:
        return
    with open_service() as svc:
        items = svc.conflicts.merges(days=days)
    emit(
        [m.to_json() for m in items],
        lambda: (
            "\n".join(_merge_lines(m) for m in items)
            or f"No automatic merges in the last {days} days."
        ),
    )


@command(group=merges_group, name="undo")
@click.argument("merge_id")
def merges_undo(merge_id: str) -> None:
    """Put this device's side of a merge back (a new revision; the other stays in history)."""
    with open_service() as svc:
        memory = svc.conflicts.undo_merge(merge_id)
    emit(
        memory.to_json(with_body=False),
        f"Undid merge {merge_id}: {memory.id} at revision {memory.head_rev[:12]}",
    )
