"""``memshadow edge ...``: this device's capabilities, its profile and plan, and the systemd
units that run the agent on it. None of these needs the vault unlocked
(``MemshadowService.edge_at``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from memshadow_desktop.cli.common import cli, command, common_options, emit, state
from memshadow_desktop.cli.edge_words import capabilities_text, plan_text
from memshadow_desktop.core.api import PROFILE_CHOICES, Capabilities, InvalidInputError
from memshadow_desktop.core.service import EdgeApi, MemshadowService


def edge_api() -> EdgeApi:
    return MemshadowService.edge_at(state().paths)


@cli.group(name="edge")
@common_options
def edge_group() -> None:
    """Edge and headless devices: capabilities, profile and plan, systemd units."""


@command(group=edge_group, name="detect")
@click.option(
    "--quick",
    is_flag=True,
    help="Leave out GPUs, NPUs and the providers' check (nothing loads ONNX Runtime).",
)
def edge_detect(quick: bool) -> None:
    """RAM, storage, CPU, GPUs/NPUs and usable providers, battery, metered network."""
    caps = edge_api().detect(full=not quick)
    emit(caps.to_json(), lambda: capabilities_text(caps))


@command(group=edge_group, name="plan")
@click.option(
    "--profile",
    type=click.Choice(PROFILE_CHOICES, case_sensitive=False),
    default=None,
    help="auto: from the RAM measured here (default: the edge_profile setting).",
)
@click.option(
    "--from",
    "from_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="Plan for another machine: capabilities as `edge detect --json` writes them.",
)
@click.option("--quick", is_flag=True, help="Measure without the providers' check.")
def edge_plan(profile: str | None, from_file: str | None, quick: bool) -> None:
    """The profile, and what runs here under it: compute, precision, sync deadlines per
    priority, cache budgets, each with its reason."""
    caps = _capabilities_from(from_file) if from_file else None
    plan = edge_api().plan(profile, capabilities=caps, full=not quick)
    emit(plan.to_json(), lambda: plan_text(plan))


def _capabilities_from(path: str) -> Capabilities:
    try:
        data: Any = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidInputError(f"cannot read {path}: {exc.strerror}") from None
    except ValueError:
        raise InvalidInputError(f"{path} is not JSON") from None
    if not isinstance(data, dict):
        raise InvalidInputError(f"{path} does not hold capabilities (a JSON object)")
    try:
        return Capabilities.from_json(data)
    except (TypeError, ValueError) as exc:
        raise InvalidInputError(
            f"{path}: not capabilities as `edge detect --json` writes them ({exc})"
        ) from None
