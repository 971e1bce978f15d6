"""``memshadow edge ...``: this device's capabilities, its profile and plan, and the systemd
units that run the agent on it. None of these needs the vault unlocked
(``MemshadowService.edge_at``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from memshadow_desktop.cli.common import (
    bench,
    cli,
    command,
    common_options,
    emit,
    is_terminal,
    state,
)
from memshadow_desktop.cli.edge_words import bench_text, capabilities_text, plan_text
from memshadow_desktop.cli.passphrase import current_passphrase
from memshadow_desktop.core.api import (
    PROFILE_CHOICES,
    Capabilities,
    InferenceError,
    InvalidInputError,
    NotFoundError,
)
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


def _scope(user: bool, system: bool) -> str:
    if user == system:
        raise click.UsageError("say --user (a desktop session) or --system (a headless box)")
    return "user" if user else "system"


def _scope_options(f: Any) -> Any:
    f = click.option(
        "--unit-dir",
        type=click.Path(file_okay=False),
        default=None,
        help="Write the unit here instead of the scope's systemd folder (nothing is enabled).",
    )(f)
    f = click.option("--system", is_flag=True, help="A hardened system unit for a headless box.")(f)
    f = click.option("--user", is_flag=True, help="A user unit for a desktop Linux session.")(f)
    return f


@command(group=edge_group, name="install")
@_scope_options
@click.option(
    "--profile",
    type=click.Choice(PROFILE_CHOICES, case_sensitive=False),
    default=None,
    help="The profile the agent runs under (its memory ceiling too) [default: auto].",
)
@click.option(
    "--metrics",
    "metrics",
    default=None,
    metavar="HOST:PORT",
    help="Have the agent serve Prometheus metrics (e.g. 127.0.0.1:9464).",
)
@click.option("--no-enable", is_flag=True, help="Write and verify, but do not start it.")
@click.option("--dry-run", is_flag=True, help="Print the unit; write nothing.")
def edge_install(
    user: bool,
    system: bool,
    unit_dir: str | None,
    profile: str | None,
    metrics: str | None,
    no_enable: bool,
    dry_run: bool,
) -> None:
    """Write, verify, enable and start the agent's systemd unit. A system unit takes the
    vault passphrase (MEMSHADOW_PASSPHRASE, --passphrase-file or a prompt) and seals it into
    an encrypted systemd credential; it never lands on disk in plaintext."""
    scope = _scope(user, system)
    api = edge_api()
    home = _home() if scope == "user" else None
    if dry_run:
        files = api.units(scope, profile=profile, metrics=metrics, unit_dir=unit_dir, home=home)
        emit(
            {
                "scope": files.scope,
                "directory": files.directory,
                "files": files.files,
                "credential": files.credential,
            },
            lambda: "\n".join(f"# {files.directory}/{n}\n{t}" for n, t in files.files.items()),
        )
        return
    result = api.install(
        scope,
        passphrase=current_passphrase,
        profile=profile,
        metrics=metrics,
        unit_dir=unit_dir,
        home=home,
        enable=not no_enable and unit_dir is None,
    )
    emit(result.to_json(), lambda: "\n".join([*result.steps, f"done in {result.seconds:.1f} s"]))


@command(group=edge_group, name="uninstall")
@_scope_options
def edge_uninstall(user: bool, system: bool, unit_dir: str | None) -> None:
    """Stop, disable and remove the agent's unit and its credential (the vault stays)."""
    result = edge_api().uninstall(_scope(user, system), unit_dir=unit_dir)
    emit(result.to_json(), lambda: "\n".join(result.steps))


def _home() -> str | None:
    """The vault's home for a user unit's MEMSHADOW_HOME (None: the platform's folders)."""
    if state().home is None:
        return None
    return str(state().paths.data_dir.parent)


# --- benchmark -------------------------------------------------------------------------------


@command(group=bench, name="edge")
@click.option(
    "--memories",
    type=click.IntRange(min=100),
    default=10_000,
    show_default=True,
    help="Vault size for the agent's RSS (the TIL notes, grown).",
)
@click.option(
    "--profiles",
    default="minimal,light,standard,performance",
    show_default=True,
    help="Profiles to measure the agent's RSS under.",
)
@click.option("--opens", type=click.IntRange(min=10), default=200, show_default=True)
@click.option(
    "--think-ms",
    type=click.IntRange(min=0),
    default=300,
    show_default=True,
    help="Pause between two opens of the replayed session (a reader's).",
)
@click.option("--corpus", type=click.Path(file_okay=False, path_type=Path))
def bench_edge(
    memories: int, profiles: str, opens: int, think_ms: int, corpus: Path | None
) -> None:
    """Agent RSS per profile with N memories, deployment time, and the L1 cache's hit rate and
    open latency with and without prefetch on a replayed browsing session."""
    from memshadow_desktop.bench import edge as edge_bench
    from memshadow_desktop.bench.corpus import default_corpus

    chosen = tuple(p.strip().lower() for p in profiles.split(",") if p.strip())
    unknown = [p for p in chosen if p not in PROFILE_CHOICES or p == "auto"]
    if unknown:
        raise InvalidInputError(
            f"unknown profile {unknown[0]!r} (minimal, light, standard, performance)"
        )
    corpus = corpus or default_corpus()
    if corpus is None:
        raise InvalidInputError("no corpus found (pass --corpus DIR)")
    try:
        MemshadowService.models_at(state().paths).current()
    except NotFoundError as exc:
        raise InferenceError(
            "no embedding model is installed (`memshadow models import DIR`)"
        ) from exc
    say = (lambda m: click.echo(f"  {m}", err=True)) if is_terminal() and not state().json else None
    result = edge_bench.run(
        models=state().paths,
        corpus=corpus,
        memories=memories,
        profiles=chosen,
        steps=opens,
        think_s=think_ms / 1000,
        progress=say,
    )
    emit(result, lambda: bench_text(result))
