"""``memshadow-server``: run the sync server.

Only the standard library, click and platformdirs are imported before the check for the
``[server]`` extra, so a base install gets one line saying what to install, not a traceback.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click
import platformdirs

from memshadow_desktop.server.config import (
    ENV_CONFIG,
    ENV_DB,
    ENV_METRICS_TOKEN,
    REGISTRATION_CLOSED,
    REGISTRATION_INVITE,
    REGISTRATION_OPEN,
    ServerConfig,
)
from memshadow_desktop.server.extra import INSTALL_HINT, missing_extra_message

# The app's folder name and home override: by default the server's database sits in the same
# data folder as the vault (core.paths.AppPaths.data_dir), without importing the app's core.
APP_NAME = "memshadow"
HOME_ENV = "MEMSHADOW_HOME"


def default_data_dir(home: str | None) -> Path:
    chosen = home if home is not None else os.environ.get(HOME_ENV) or None
    if chosen is not None:
        return Path(chosen).expanduser().resolve() / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_url(home: str | None) -> str:
    return f"sqlite:///{default_data_dir(home) / 'server.db'}"


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db_url",
    envvar=ENV_DB,
    help="sqlite:///PATH (default: server.db in the data dir) or postgresql://...; or set "
    f"{ENV_DB}, which keeps a database password out of the process list.",
)
@click.option(
    "--home",
    type=click.Path(file_okay=False),
    envvar=HOME_ENV,
    help="Keep the default database under this folder (or set MEMSHADOW_HOME).",
)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8765, show_default=True, type=int)
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64))
@click.option("--ssl-certfile", type=click.Path(exists=True, dir_okay=False))
@click.option("--ssl-keyfile", type=click.Path(exists=True, dir_okay=False))
@click.option("--ssl-keyfile-password", envvar="MEMSHADOW_SSL_KEY_PASSWORD")
@click.option("--ssl-ca-certs", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--offline-after",
    default=120.0,
    show_default=True,
    type=click.FloatRange(1),
    help="Seconds without contact before a device shows as offline.",
)
@click.option(
    "--active-days",
    default=30.0,
    show_default=True,
    type=click.FloatRange(0.001),
    help="Devices silent for longer stop holding compaction back (they resync later).",
)
@click.option(
    "--compact-every",
    default=3600.0,
    show_default=True,
    type=click.FloatRange(0),
    help="Seconds between background compactions (0: off).",
)
@click.option(
    "--login-rate",
    default=30,
    show_default=True,
    type=click.IntRange(1),
    help="Failed logins per client address per minute (per account and address: 5).",
)
@click.option(
    "--registration",
    type=click.Choice([REGISTRATION_INVITE, REGISTRATION_OPEN, REGISTRATION_CLOSED]),
    default=REGISTRATION_INVITE,
    show_default=True,
    help="Who may create accounts: with a code from `memshadow-server invite`, anyone, or no one.",
)
@click.option(
    "--signups-per-hour",
    default=5,
    show_default=True,
    type=click.IntRange(1),
    help="New accounts per client address per hour.",
)
@click.option(
    "--trusted-proxy",
    "trusted_proxies",
    multiple=True,
    metavar="IP",
    help="A reverse proxy whose X-Forwarded-For names the client (repeatable).",
)
@click.option(
    "--quota-bytes",
    default=1024**3,
    show_default=True,
    type=click.IntRange(1),
    help="Ciphertext bytes one account may store.",
)
@click.option(
    "--quota-records",
    default=1_000_000,
    show_default=True,
    type=click.IntRange(1),
    help="Records one account may store.",
)
@click.option(
    "--token-ttl",
    default=3600.0,
    show_default=True,
    type=click.FloatRange(10),
    help="Seconds a device's token lives (the device logs in again with its key).",
)
@click.option(
    "--max-streams",
    default=3,
    show_default=True,
    type=click.IntRange(1),
    help="Event streams one device may hold open (a newer one ends the oldest).",
)
@click.option("--heartbeat", default=15.0, show_default=True, type=click.FloatRange(0.5))
@click.option("--log-level", default="info", show_default=True)
@click.option("--access-log/--no-access-log", default=True, show_default=True)
def serve(
    db_url: str | None,
    home: str | None,
    host: str,
    port: int,
    workers: int,
    ssl_certfile: str | None,
    ssl_keyfile: str | None,
    ssl_keyfile_password: str | None,
    ssl_ca_certs: str | None,
    offline_after: float,
    active_days: float,
    compact_every: float,
    login_rate: int,
    registration: str,
    signups_per_hour: int,
    trusted_proxies: tuple[str, ...],
    quota_bytes: int,
    quota_records: int,
    token_ttl: float,
    max_streams: int,
    heartbeat: float,
    log_level: str,
    access_log: bool,
) -> None:
    """Run the MEMSHADOW sync server (zero-knowledge: it stores ciphertext only).

    Serve it over TLS (--ssl-certfile/--ssl-keyfile, or behind a reverse proxy with
    --trusted-proxy): clients refuse plain http to anything but loopback. /metrics answers
    loopback clients, or anyone with the token in MEMSHADOW_METRICS_TOKEN."""
    import uvicorn

    from memshadow_desktop.server.app import create_app
    from memshadow_desktop.server.db import Database

    url = db_url or default_db_url(home)
    config = ServerConfig(
        db_url=url,
        offline_after_s=offline_after,
        active_device_days=active_days,
        heartbeat_s=heartbeat,
        compact_every_s=compact_every,
        login_max_attempts_per_ip=login_rate,
        registration=registration,
        signups_per_hour=signups_per_hour,
        trusted_proxies=tuple(trusted_proxies),
        quota_bytes=quota_bytes,
        quota_records=quota_records,
        token_ttl_s=token_ttl,
        max_streams_per_device=max_streams,
        metrics_token=os.environ.get(ENV_METRICS_TOKEN) or None,
    )
    logging.basicConfig(
        level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        db = Database(url)
    except ModuleNotFoundError as exc:  # psycopg, which only a PostgreSQL URL needs
        click.echo(f"memshadow-server: {INSTALL_HINT} (missing: {exc.name})", err=True)
        sys.exit(1)
    except Exception as exc:
        raise click.UsageError(f"--db: {exc}") from None
    if workers > 1 and db.is_sqlite:
        raise click.UsageError("several --workers need PostgreSQL (--db postgresql://...)")
    try:
        db.migrate()
    except Exception as exc:
        click.echo(
            f"memshadow-server: cannot open the database: {type(exc).__name__}: {exc}", err=True
        )
        sys.exit(1)
    finally:
        db.dispose()
    config = ServerConfig(**{**config.__dict__, "migrate": False})
    common = {
        "host": host,
        "port": port,
        "log_level": log_level.lower(),
        "access_log": access_log,
        "ssl_certfile": ssl_certfile,
        "ssl_keyfile": ssl_keyfile,
        "ssl_keyfile_password": ssl_keyfile_password,
        "ssl_ca_certs": ssl_ca_certs,
        "timeout_graceful_shutdown": 2,
        "proxy_headers": False,
    }
    shown = url.split("@")[-1] if "@" in url else url
    click.echo(f"memshadow-server: database {shown}, listening on {host}:{port}", err=True)
    if not ssl_certfile and host not in ("127.0.0.1", "::1", "localhost") and not trusted_proxies:
        click.echo(
            "memshadow-server: WARNING: plain http on a non-loopback address; clients refuse "
            "it unless set up with --insecure. Serve TLS (--ssl-certfile) or run behind a "
            "TLS reverse proxy (--trusted-proxy).",
            err=True,
        )
    if registration == REGISTRATION_OPEN:
        click.echo("memshadow-server: registration is open to anyone who reaches it", err=True)
    if workers > 1:
        os.environ[ENV_CONFIG] = config.to_env()
        uvicorn.run(
            "memshadow_desktop.server.app:create_app_from_env",
            factory=True,
            workers=workers,
            **common,  # type: ignore[arg-type]
        )
    else:
        uvicorn.run(create_app(config), **common)  # type: ignore[arg-type]


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db", "db_url", envvar=ENV_DB, help="As for the server (or set MEMSHADOW_SERVER_DB)."
)
@click.option("--home", type=click.Path(file_okay=False), envvar=HOME_ENV)
@click.option(
    "--uses",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="Accounts the code may create.",
)
@click.option(
    "--days",
    default=7.0,
    show_default=True,
    type=click.FloatRange(0.01),
    help="Days the code stays valid.",
)
def invite(db_url: str | None, home: str | None, uses: int, days: float) -> None:
    """Print an invite code for a new account (`memshadow sync setup --create --invite CODE`)."""
    from memshadow_desktop.server.accounts import Accounts
    from memshadow_desktop.server.db import Database
    from memshadow_desktop.server.tokens import Tokens

    url = db_url or default_db_url(home)
    db = Database(url)
    try:
        db.migrate()
        config = ServerConfig(db_url=url)
        code = Accounts(db, config, Tokens(db, config)).create_invite(uses, days * 86400)
    finally:
        db.dispose()
    click.echo(code)


def main(argv: list[str] | None = None) -> None:
    """Entry point of ``memshadow-server`` (``memshadow-server invite`` prints an invite)."""
    message = missing_extra_message()
    if message:
        click.echo(f"memshadow-server: {message}", err=True)
        sys.exit(1)
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["invite"]:
        invite.main(args=args[1:], prog_name="memshadow-server invite")
    serve.main(args=args, prog_name="memshadow-server")


if __name__ == "__main__":
    main()
