"""Sync commands: sync setup/now/status/pause/resume, devices, conflicts, bench sync (the
agent is in cli/agent_cmds.py)."""

from __future__ import annotations

import functools
import getpass
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from memshadow_desktop.cli.common import (
    bench,
    cli,
    command,
    common_options,
    emit,
    require_server_extra,
    state,
)
from memshadow_desktop.cli.passphrase import read_passphrase_file
from memshadow_desktop.cli.session import open_service
from memshadow_desktop.core.api import (
    ConfirmationRequiredError,
    Device,
    DeviceType,
    InvalidInputError,
    MemshadowError,
    Priority,
    SyncStatus,
)

F = TypeVar("F", bound=Callable[..., Any])
SYNC_PASSPHRASE_ENV = "MEMSHADOW_SYNC_PASSPHRASE"

_WORDS = {
    "sync_not_configured": "this vault is not set up for sync "
    "(run `memshadow sync setup --server URL --account NAME`)",
    "wrong_sync_passphrase": "wrong sync passphrase for this account, or no such account",
    "insecure_server": "{detail} is plain http to another machine: anyone on the way could "
    "read and change what is sent; use https:// (see the README: the server behind TLS), or "
    "add --insecure if you accept that",
    "quota_exceeded": "the server's storage quota for this account is full ({detail}); "
    "free space on the server (compaction) or ask its operator",
    "registration_closed": "the server does not let this account be created ({detail}); "
    "ask its operator for an invite code (--invite CODE)",
    "device_unknown": "the server does not accept this device's credential ({detail}); set "
    "sync up again: memshadow sync setup --server URL --account NAME",
    "account_exists": "an account with this name already exists on the server "
    "(join it: leave out --create)",
    "device_revoked": "this device was revoked by the account; sync has stopped",
    "server_error": "the sync server refused the request ({detail})",
    "record_rejected": "a record from the server did not verify ({detail})",
}
_CONFIRM = {
    "mass_delete": "sync stopped before applying changes that would move {detail} memories "
    "to the trash; if that is intended run `memshadow sync now --confirm-deletes`",
    "server_empty": "sync stopped: the server holds none of the {detail} memories this vault "
    "synced before (a new or wiped server?); run `memshadow sync now --confirm-deletes` "
    "to upload this vault to it",
    "account_switch": "this vault already syncs with {detail}; add --confirm-switch to move it "
    "to this account (its memories will be uploaded there)",
}


def _words(exc: MemshadowError) -> None:
    """Give the sync errors' codes words (the core carries facts only)."""
    if isinstance(exc, ConfirmationRequiredError):
        detail = exc.detail.split(":", 1)[-1] if exc.reason != "account_switch" else exc.detail
        exc.detail = _CONFIRM.get(exc.reason, "{detail}").format(detail=detail)
    elif exc.code in _WORDS:
        exc.detail = _WORDS[exc.code].format(detail=exc.detail)


def friendly(f: F) -> F:
    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except MemshadowError as exc:
            _words(exc)
            raise

    return wrapper  # type: ignore[return-value]


def _sync_passphrase(file: str | None) -> str:
    value = os.environ.get(SYNC_PASSPHRASE_ENV)
    if value:
        return value
    if file:
        return read_passphrase_file(file)
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("Sync account passphrase: ")
    raise InvalidInputError(
        f"no sync passphrase given (set {SYNC_PASSPHRASE_ENV}, use --sync-passphrase-file, "
        "or run in a terminal)"
    )


def insecure_warning(server: str) -> None:
    if server.strip().lower().startswith("http://"):
        click.echo(
            f"memshadow: WARNING: {server} is plain http. Whoever is on the network path can "
            "read tokens and block, replay or alter what is sent (not the encrypted memories).",
            err=True,
        )


def _priority(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(Priority[value.upper()])
    except KeyError:
        raise InvalidInputError(f"unknown priority {value!r}") from None


PRIORITIES = click.Choice(["critical", "high", "normal", "low"], case_sensitive=False)


# --- sync ------------------------------------------------------------------------------------


@cli.group(name="sync")
@common_options
def sync_group() -> None:
    """End-to-end encrypted sync with a MEMSHADOW server."""


@command(group=sync_group, name="setup")
@click.option("--server", required=True, help="Server URL, e.g. http://127.0.0.1:8750")
@click.option("--account", required=True, help="Account name.")
@click.option("--create", is_flag=True, help="Create the account (first device).")
@click.option("--device-name", help="This device's name (default: the host name).")
@click.option(
    "--device-type",
    type=click.Choice([t.value for t in DeviceType]),
    default="desktop",
    show_default=True,
)
@click.option("--sync-passphrase-file", type=click.Path(dir_okay=False), help="Account passphrase.")
@click.option("--confirm-switch", is_flag=True, help="Move a vault to a different account.")
@click.option("--invite", help="Invite code for a new account (`memshadow-server invite`).")
@click.option(
    "--insecure",
    is_flag=True,
    help="Allow plain http:// to another machine (anyone on the way can read and alter it).",
)
@friendly
def sync_setup(
    server: str,
    account: str,
    create: bool,
    device_name: str | None,
    device_type: str,
    sync_passphrase_file: str | None,
    confirm_switch: bool,
    invite: str | None,
    insecure: bool,
) -> None:
    """Join this vault to a sync account (the passphrase derives the keys; it never leaves,
    and is not kept: this device gets a credential of its own)."""
    passphrase = _sync_passphrase(sync_passphrase_file)
    if create and len(passphrase) < 8:
        raise InvalidInputError("the sync passphrase is too short (at least 8 characters)")
    if insecure:
        insecure_warning(server)
    with open_service() as svc:
        out = svc.sync.setup(
            server,
            account,
            passphrase,
            create=create,
            device_name=device_name,
            device_type=device_type,
            confirm_switch=confirm_switch,
            invite=invite,
            insecure=insecure,
        )
    verb = "Created account" if create else "Joined account"
    emit(
        out.to_json(),
        f"{verb} {out.account} on {out.server} as device {out.device.id} ({out.device.name})",
    )


def _report_text(r: dict[str, Any]) -> str:
    parts = [f"pulled {r['pulled']}", f"pushed {r['pushed']}"]
    if r["merged"]:
        parts.append(f"merged {r['merged']}")
    if r["conflicts"]:
        parts.append(f"{r['conflicts']} new conflict(s): see `memshadow conflicts`")
    if r["rejected"]:
        parts.append(f"{r['rejected']} record(s) rejected (did not verify)")
    b = r["bytes"]
    parts.append(f"{b['up_wire']:,} B up, {b['down_wire']:,} B down")
    return "Synced: " + ", ".join(parts)


@command(group=sync_group, name="now")
@click.option("--priority", type=PRIORITIES, help="Only push changes at least this urgent.")
@click.option("--confirm-deletes", is_flag=True, help="Apply a pull a fail-safe stopped.")
@friendly
def sync_now(priority: str | None, confirm_deletes: bool) -> None:
    """Pull, merge and push now."""
    with open_service() as svc:
        report = svc.sync.now(max_priority=_priority(priority), confirm=confirm_deletes)
    out = report.to_json()
    emit(out, lambda: _report_text(out))


def _engine_text(status: SyncStatus) -> str:
    """Whose engine, in what state: `sync status` beside the window shows the window's."""
    engine = status.engine
    if engine.state == "not running":
        return "not running (the window or `memshadow agent` runs it)"
    state = engine.state + (f" ({engine.detail})" if engine.detail else "")
    return f"{state} in process {engine.owner_pid}" if engine.owner_pid else state


def _status_text(status: SyncStatus) -> str:
    s = status.to_json()
    if not s["configured"]:
        return "Sync is not set up (memshadow sync setup --server URL --account NAME)."
    pend = ", ".join(f"{k} {v}" for k, v in s["pending"].items())
    b = s["bytes"]
    ops = s["operations"]
    rate = f"{ops['success_rate'] * 100:.1f}%" if ops["success_rate"] is not None else "-"
    flags = []
    if s.get("insecure"):
        flags.append("INSECURE (plain http)")
    if s["paused"]:
        flags.append("PAUSED")
    if s["revoked"]:
        flags.append("REVOKED")
    if s["blocked"]:
        flags.append(f"WAITING FOR CONFIRMATION ({s['blocked']})")
    online = s["devices_online"]
    lines = [
        f"account:    {s['account']} on {s['server']}"
        + (f"  [{' '.join(flags)}]" if flags else ""),
        f"device:     {s['device_id']}",
        f"last sync:  {s['last_sync'] or 'never'}",
        f"engine:     {_engine_text(status)}",
        f"pending:    {s['pending_total']} ({pend})",
        f"up:         {b['up_raw']:,} B raw, {b['up_wire']:,} B on the wire",
        f"down:       {b['down_raw']:,} B raw, {b['down_wire']:,} B on the wire",
        f"operations: {ops['ok']} ok, {ops['failed']} failed (success {rate})",
        f"conflicts:  {s['conflicts_open']} open ({s['conflicts_seen']} seen)",
        f"rejected:   {s['rejected_open']} record(s) awaiting retry",
        f"set aside:  {s.get('held', 0)} memory(ies) no server takes (see the log)",
        "devices:    "
        + (
            f"{online} online of {s.get('devices')}" if online is not None else "server unreachable"
        ),
    ]
    if s["last_error"]:
        lines.append(f"last error: {s['last_error']}")
    return "\n".join(lines)


@command(group=sync_group, name="status")
@friendly
def sync_status() -> None:
    """Last sync, pending changes per priority, bytes, operations, conflicts, devices online."""
    with open_service() as svc:
        s = svc.sync.status()
    emit(s.to_json(), lambda: _status_text(s))


@command(group=sync_group, name="pause")
def sync_pause() -> None:
    """Stop syncing (changes keep queueing locally)."""
    with open_service() as svc:
        svc.sync.pause(True)
    emit({"paused": True}, "Sync paused.")


@command(group=sync_group, name="resume")
def sync_resume() -> None:
    """Sync again."""
    with open_service() as svc:
        svc.sync.pause(False)
    emit({"paused": False}, "Sync resumed.")


# --- devices ---------------------------------------------------------------------------------


def _device_line(d: Device) -> str:
    flag = "revoked" if d.revoked else ("online" if d.online else "offline")
    me = " (this device)" if d.current else ""
    return f"{d.id}  {d.type:<8} {flag:<8} {d.name}{me}"


@cli.group(name="devices", invoke_without_command=True)
@common_options
@click.pass_context
@friendly
def devices_group(ctx: click.Context) -> None:
    """List the account's devices (or revoke one)."""
    if ctx.invoked_subcommand is not None:
        return
    with open_service() as svc:
        devs = svc.devices.list()
    emit(
        [d.to_json() for d in devs],
        lambda: "\n".join(_device_line(d) for d in devs) or "No devices.",
    )


# --- benchmark -------------------------------------------------------------------------------


@command(group=bench, name="sync")
@click.option(
    "--memories",
    "count",
    type=click.IntRange(min=10),
    default=10_000,
    show_default=True,
    help="Memories for the first-sync figure (the corpus, multiplied).",
)
@click.option("--latency-rounds", type=click.IntRange(min=3), default=30, show_default=True)
@friendly
def bench_sync(count: int, latency_rounds: int) -> None:
    """Differential bytes against whole records, first sync of N memories, CRITICAL latency."""
    require_server_extra()
    from memshadow_desktop.bench import sync as sync_bench

    show = sys.stderr.isatty() and not state().json
    result = sync_bench.run(
        count=count,
        latency_rounds=latency_rounds,
        progress=(lambda msg: click.echo(f"  {msg}", err=True)) if show else None,
    )
    emit(result, lambda: _bench_sync_text(result))


def _bench_sync_text(r: dict[str, Any]) -> str:
    lines = ["sync benchmark (loopback server, SQLite; bytes = request and response bodies)"]
    for name, d in r.get("differential", {}).items():
        for mode in ("per_edit", "batched"):
            if mode not in d:
                continue
            m = d[mode]
            diff, whole = m["differential"], m["whole_records"]
            how = "one sync per edit" if mode == "per_edit" else "edits batched per round"
            lines.append(
                f"{name} ({d['edits']} edits, {d['streams']} stream(s), {how}): "
                f"up {diff['edit_up']:,} B vs {whole['edit_up']:,} B whole = "
                f"{m['edit_ratio_up'] * 100:.1f}%, down {m['edit_ratio_down'] * 100:.1f}% "
                f"(target <= {d['target'] * 100:.0f}%: {'ok' if m['ok'] else 'MISSED'}); "
                f"incl. first versions {m['total_ratio_up'] * 100:.1f}%"
            )
    lat = r["latency"]
    lines.append(
        f"CRITICAL latency: p50 {lat['p50_ms']} ms, p95 {lat['p95_ms']} ms over {lat['rounds']} "
        f"changes (target p50 <= 300 ms: {'ok' if lat['ok'] else 'MISSED'})"
    )
    owner = r.get("beside_owner")
    if owner:
        lines.append(
            "`memshadow add` beside a running agent, from its start until the other device "
            "has it: "
            + ", ".join(
                f"{name} p50 {o['p50_ms']} ms (max {o['max_ms']}; the command itself "
                f"{o['command_p50_ms']} ms)"
                for name, o in owner.items()
            )
        )
    fs = r["first_sync"]
    lines.append(
        f"first sync: {fs['received']:,} memories in {fs['seconds']} s "
        f"({fs['memories_per_s']:,}/s, {fs['bytes_down_wire']:,} B down; "
        f"target <= 10 s: {'ok' if fs['ok'] else 'MISSED'}); the push took {fs['push_seconds']} s"
    )
    return "\n".join(lines)
