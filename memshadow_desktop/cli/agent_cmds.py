"""``memshadow agent``: the vault's background work, headless, until SIGTERM.

It runs under the device's plan (``--profile``, else the ``edge_profile`` setting, else the
profile the RAM measured here makes): a MINIMAL device without room for the model syncs and
searches by words, without loading the inference stack at all. Started by systemd
(``Type=notify``) it says when it is ready and pings the watchdog.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
import time
from typing import Any

import click

from memshadow_desktop.cli.common import command, state
from memshadow_desktop.cli.session import open_service
from memshadow_desktop.cli.sync_cmds import friendly
from memshadow_desktop.core.api import (
    MEMORY_CHANGED,
    PROFILE_CHOICES,
    SYNC_CONFLICT,
    SYNC_REJECTED,
    SYNC_STATUS,
    DeviceRevokedError,
    EdgePlan,
    Event,
    OwnerKind,
    Role,
)
from memshadow_desktop.core.service import MemshadowService

METRICS_DEFAULT = "127.0.0.1:9464"  # loopback: what --metrics alone serves on


@command(name="agent")
@click.option(
    "--poll",
    type=click.FloatRange(min=1),
    default=None,
    help="Pull at least this often (seconds), even without server events "
    "[default: the plan's, 300 on mains power, 900 on battery or a metered network].",
)
@click.option(
    "--profile",
    type=click.Choice(PROFILE_CHOICES, case_sensitive=False),
    default=None,
    help="The device profile to run under (default: the edge_profile setting, else auto).",
)
@click.option(
    "--metrics",
    "metrics",
    is_flag=False,
    flag_value=METRICS_DEFAULT,
    default=None,
    metavar="[HOST:PORT]",
    help=f"Serve Prometheus metrics at http://HOST:PORT/metrics (alone: {METRICS_DEFAULT}).",
)
@friendly
def agent(poll: float | None, profile: str | None, metrics: str | None) -> None:
    """Run the vault's background work headless until SIGTERM or Ctrl-C: sync (when set up)
    and embedding for search by meaning (when a model is installed and the profile has room)."""
    stop = threading.Event()
    outcome: dict[str, Any] = {}

    def on_signal(_sig: int, _frame: Any) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    def on_event(event: Event) -> None:
        line = _agent_line(event)
        if line is None:
            return
        if event.kind == SYNC_STATUS and event.data.get("state") == "revoked":
            outcome["revoked"] = True
            stop.set()
        _say(line)

    # Planned before unlocking: a device without room for the model never loads it.
    edge = MemshadowService.edge_at(state().paths)
    metrics = edge.metrics_address(metrics) if metrics else None
    before = edge.use_profile(profile)
    with open_service(for_search=before.embedding) as svc:
        plan = svc.edge.use_profile(profile)
        svc.events.subscribe(on_event)
        svc.runtime.start(OwnerKind.AGENT, require_owner=True, poll_s=poll or plan.sync.poll_s)
        served = svc.edge.serve_metrics(metrics) if metrics else None
        try:
            _say(_plan_line(plan))
            if served is not None:
                _say({"event": "metrics", "url": f"http://{served.address}/metrics"})
            if not state().json:
                click.echo(f"memshadow agent: running {svc.paths.data_dir} (SIGTERM stops it)")
                sys.stdout.flush()
            svc.edge.notify(READY=1, STATUS=f"running, profile {plan.profile}")
            _run_until(stop, svc)
            svc.edge.notify(STOPPING=1, STATUS="stopping")
        finally:
            if served is not None:
                served.close()
    if outcome.get("revoked"):
        raise DeviceRevokedError("revoked")
    if not state().json:
        click.echo("memshadow agent: stopped")


def _run_until(stop: threading.Event, svc: MemshadowService) -> None:
    """Wait for a signal, pinging systemd's watchdog (when one watches) while the runtime
    lives: a wedged vault or a dead sync engine stops the pings, and systemd restarts it."""
    interval = svc.edge.watchdog_interval()
    next_ping = time.monotonic()
    while not stop.wait(0.5):
        if interval is not None and time.monotonic() >= next_ping:
            if _healthy(svc):
                svc.edge.notify(WATCHDOG=1)
            next_ping = time.monotonic() + interval


def _healthy(svc: MemshadowService) -> bool:
    """The agent still owns the vault, the vault answers, and the sync engine runs if sync is
    set up."""
    runtime = svc.runtime.state()
    if runtime.role is not Role.OWNER:
        return False
    status = svc.sync.status(remote=False)
    return not status.configured or status.revoked or runtime.syncing


def _say(line: dict[str, Any]) -> None:
    if state().json:
        click.echo(json.dumps(line), nl=True)
    else:
        click.echo(" ".join(f"{k}={v}" for k, v in line.items() if v not in ("", None)))
    sys.stdout.flush()


def _plan_line(plan: EdgePlan) -> dict[str, Any]:
    """The plan the agent runs under, in one line (choices, no content)."""
    return {
        "event": "plan",
        "profile": str(plan.profile),
        "search": plan.search,
        "precision": plan.precision,
        "memory_max_mb": plan.memory_max_mb,
        "saving": ",".join(plan.conditions) or None,
    }


def _agent_line(event: Event) -> dict[str, Any] | None:
    """What the agent prints for an event (ids and states, never content)."""
    if event.kind == SYNC_STATUS:
        return {"event": "status", **event.data}
    if event.kind in (SYNC_CONFLICT, SYNC_REJECTED):
        return {"event": event.kind.split(".")[1], **event.data}
    if event.kind == MEMORY_CHANGED and event.data.get("action") in ("synced", "external"):
        return {"event": "changed", "id": event.data.get("id"), "by": event.data.get("action")}
    return None
