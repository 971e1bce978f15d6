"""Memory commands: add, show, list, edit, rm, restore, history, search."""

from __future__ import annotations

import sys

import click

from memshadow_desktop.cli.common import command, emit
from memshadow_desktop.cli.session import open_service
from memshadow_desktop.core.api import InvalidInputError, Memory, Priority, Revision


def _text_arg(text: str) -> str:
    """TEXT as given, or standard input for ``-``."""
    if text != "-":
        return text
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInputError("standard input is not UTF-8 text") from None


PRIORITY_OPTION = click.option(
    "--priority",
    type=click.Choice(["critical", "high", "normal", "low"], case_sensitive=False),
    default="normal",
    show_default=True,
    help="How soon other devices must get this change: critical at once, high within a "
    "minute, normal within 5 minutes (seconds on mains power), low within 30.",
)


def _priority(name: str) -> Priority:
    return Priority[name.upper()]


def memory_line(m: Memory) -> str:
    tags = f"  [{', '.join(m.tags)}]" if m.tags else ""
    return f"{m.id}  {m.updated_at[:16].replace('T', ' ')}  {m.title or '(untitled)'}{tags}"


@command()
@click.option("--title", "-t", help="Title (default: the first line of the text).")
@click.option("--tag", "tags", multiple=True, help="A tag (repeatable).")
@click.option("--source", help="Where it came from (a path, a URL).")
@PRIORITY_OPTION
@click.argument("text")
def add(
    title: str | None, tags: tuple[str, ...], source: str | None, priority: str, text: str
) -> None:
    """Add a memory from TEXT, or from standard input with '-'. Prints the new id."""
    body = _text_arg(text)
    with open_service() as svc:
        memory = svc.memories.add(
            body, title=title, tags=list(tags), source=source, priority=_priority(priority)
        )
    emit(memory.to_json(), memory.id)


@command()
@click.argument("memory_id")
def show(memory_id: str) -> None:
    """Show one memory."""
    with open_service() as svc:
        memory = svc.memories.get(memory_id)
    emit(
        memory.to_json(),
        lambda: "\n".join(
            [
                f"id:       {memory.id}",
                f"title:    {memory.title}",
                f"tags:     {', '.join(memory.tags)}",
                f"source:   {memory.source or ''}",
                f"updated:  {memory.updated_at}",
                f"revision: {memory.head_rev[:12]}" + ("  (in trash)" if memory.deleted else ""),
                "",
                memory.body,
            ]
        ),
    )


@command(name="list")
@click.option("--limit", "-n", type=click.IntRange(min=1), help="At most N memories.")
@click.option("--tag", help="Only memories with this tag.")
@click.option("--trash", is_flag=True, help="List the trash instead.")
def list_(limit: int | None, tag: str | None, trash: bool) -> None:
    """List memories, most recently changed first."""
    with open_service() as svc:
        items = svc.memories.list(limit=limit, tag=tag, trashed=trash)
    emit(
        [m.to_json(with_body=False) for m in items],
        lambda: "\n".join(memory_line(m) for m in items) or "No memories.",
    )


@command()
@click.argument("memory_id")
@click.argument("text", required=False)
@click.option("--title", "-t", help="New title.")
@click.option("--tag", "tags", multiple=True, help="Replace the tags (repeatable).")
@PRIORITY_OPTION
def edit(
    memory_id: str, text: str | None, title: str | None, tags: tuple[str, ...], priority: str
) -> None:
    """Change a memory's text (TEXT, or '-' for standard input), title or tags."""
    body = _text_arg(text) if text is not None else None
    with open_service() as svc:
        memory = svc.memories.edit(
            memory_id,
            body=body,
            title=title,
            tags=list(tags) if tags else None,
            priority=_priority(priority),
        )
    emit(memory.to_json(), f"{memory.id}  revision {memory.head_rev[:12]}")


@command()
@click.argument("memory_id")
def rm(memory_id: str) -> None:
    """Move a memory to the trash (restore brings it back)."""
    with open_service() as svc:
        memory = svc.memories.trash(memory_id)
    emit(memory.to_json(with_body=False), f"Moved to trash: {memory.id}")


@command()
@click.argument("memory_id")
@click.option("--rev", help="Go back to this revision (a prefix of its id is enough).")
def restore(memory_id: str, rev: str | None) -> None:
    """Bring a memory back from the trash, or back to an earlier revision."""
    with open_service() as svc:
        memory = svc.memories.restore(memory_id, rev)
    emit(memory.to_json(), f"Restored {memory.id} (now revision {memory.head_rev[:12]})")


def _rev_line(r: Revision) -> str:
    flag = "  (trashed)" if r.fields.deleted else ""
    op = r.op.partition(":")[0]
    return f"{r.rev_id[:12]}  {r.created_at[:19].replace('T', ' ')}  {op:<8} {r.fields.title}{flag}"


@command()
@click.argument("memory_id")
def history(memory_id: str) -> None:
    """List every revision of a memory, newest first."""
    with open_service() as svc:
        revs = svc.memories.history(memory_id)
    emit([r.to_json() for r in revs], lambda: "\n".join(_rev_line(r) for r in revs))
