"""The FastAPI application: routes of sync protocol v2 (accounts and devices in
routes_accounts.py; records, events and operations here)."""

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy.exc import DBAPIError, OperationalError
from starlette.concurrency import run_in_threadpool

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server import models as m
from memshadow_desktop.server.config import ServerConfig
from memshadow_desktop.server.db import Database, libpq_dsn
from memshadow_desktop.server.errors import ApiError
from memshadow_desktop.server.events import NOTIFY_CHANNEL, Hub, listen_postgres
from memshadow_desktop.server.identity import Principal
from memshadow_desktop.server.maintenance import Maintenance
from memshadow_desktop.server.metrics import Metrics
from memshadow_desktop.server.middleware import BodyLimit, RequestMetrics
from memshadow_desktop.server.repo import Repo
from memshadow_desktop.server.routes_accounts import ERRORS as _ERR
from memshadow_desktop.server.routes_accounts import add_account_routes
from memshadow_desktop.server.security import install_log_redaction, is_loopback, same_hash
from memshadow_desktop.server.tokens import Tokens, unauthorized

log = logging.getLogger("memshadow.server")

_BINARY = {"schema": {"type": "string", "format": "binary"}}
_bearer = HTTPBearer(auto_error=False, description="Device token from /v2/session")

DESCRIPTION = """Zero-knowledge sync server of MEMSHADOW (protocol v2).

Control endpoints speak JSON. Record batches (`POST /v1/push` body, `GET /v1/pull` and
`GET /v1/memories/{memory_id}/chain` answers) are msgpack maps compressed with zstd, media type
`application/vnd.memshadow.batch`; `memshadow_desktop.core.sync.protocol` documents and codes them.
Errors are JSON `{"error": CODE, "detail": ...}` with stable codes.
"""


def create_app(config: ServerConfig) -> FastAPI:
    db = Database(config.db_url)
    if config.migrate:
        db.migrate()
    repo = Repo(db, config)
    hub = Hub()
    metrics = Metrics(repo.devices.devices_online)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        hub.bind(asyncio.get_running_loop())
        install_log_redaction()
        tasks: list[asyncio.Task[None]] = []
        if not db.is_sqlite:
            ready = asyncio.Event()
            tasks.append(
                asyncio.create_task(listen_postgres(libpq_dsn(db.url), NOTIFY_CHANNEL, hub, ready))
            )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(ready.wait(), 10)
        if config.compact_every_s > 0:
            tasks.append(
                asyncio.create_task(_compact_forever(repo.maintenance, config.compact_every_s))
            )
        try:
            yield
        finally:
            for t in tasks:
                t.cancel()
            for t in tasks:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await t
            db.dispose()

    app = FastAPI(
        title="MEMSHADOW sync server",
        version=f"{p.PROTOCOL_VERSION}",
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.repo = repo
    app.state.hub = hub
    app.state.metrics = metrics
    app.add_middleware(BodyLimit)
    app.add_middleware(RequestMetrics, metrics=metrics)

    # ------------------------------------------------------------------ errors

    @app.exception_handler(ApiError)
    async def _api_error(_r: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_r: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", ""))} for e in exc.errors()
        ]
        return JSONResponse({"error": "invalid_request", "detail": errors}, status_code=422)

    @app.exception_handler(OperationalError)
    async def _db_down(_r: Request, exc: OperationalError) -> JSONResponse:
        log.error("database unavailable: %s", type(exc.orig).__name__)
        return JSONResponse({"error": "unavailable", "detail": "database"}, status_code=503)

    @app.exception_handler(DBAPIError)
    async def _db_error(_r: Request, exc: DBAPIError) -> JSONResponse:
        log.error("database error: %s", type(exc.orig).__name__)
        return JSONResponse({"error": "internal", "detail": "database"}, status_code=500)

    # ------------------------------------------------------------------ auth

    def principal(
        creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> Principal:
        if creds is None or not creds.credentials or len(creds.credentials) > 256:
            raise unauthorized("missing bearer token")
        return repo.tokens.authenticate(creds.credentials)

    Who = Annotated[Principal, Depends(principal)]
    add_account_routes(app, repo, hub, metrics, config, principal, db.is_sqlite)

    @app.api_route(
        p.LEGACY_PREFIX + "/{rest:path}",
        methods=["GET", "POST", "PUT", "DELETE"],
        include_in_schema=False,
    )
    def legacy(rest: str) -> Response:
        raise ApiError(
            426, p.ERR_UPGRADE_REQUIRED, f"this server speaks protocol v{p.PROTOCOL_VERSION}"
        )

    def _batch_out(op: str, who: Principal, after: int, batch: p.RecordBatch) -> Response:
        """Encode a pulled batch, count it for the device and the metrics, send it."""
        body = p.encode_records(batch)
        repo.records.record_pull(who, after, len(batch.records), len(body))
        metrics.operations.labels(op, "ok").inc()
        metrics.records.labels("out").inc(len(batch.records))
        metrics.bytes.labels("out").inc(len(body))
        return Response(body, media_type=p.BATCH_MEDIA_TYPE)

    # ------------------------------------------------------------------ records

    @app.post(
        p.PATH_PUSH,
        response_model=m.PushOut,
        responses=_ERR,
        tags=["sync"],
        summary="Push a batch of records (compare-and-swap per memory)",
        openapi_extra={"requestBody": {"required": True, "content": {p.BATCH_MEDIA_TYPE: _BINARY}}},
    )
    async def push(request: Request, who: Who) -> m.PushOut:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != p.BATCH_MEDIA_TYPE:
            raise ApiError(415, "unsupported_media_type", f"send {p.BATCH_MEDIA_TYPE}")
        body = await request.body()
        try:
            records = await run_in_threadpool(p.decode_push, body)
        except p.BatchTooLargeError as exc:
            metrics.operations.labels("push", "too_large").inc()
            raise ApiError(413, p.ERR_TOO_LARGE, exc.detail) from None
        except p.ProtocolError as exc:
            metrics.operations.labels("push", "malformed").inc()
            raise ApiError(400, p.ERR_MALFORMED, exc.detail) from None
        out = await run_in_threadpool(repo.records.push, who, records, len(body))
        if out.newest_seq and db.is_sqlite:
            hub.publish(who.account_id, out.newest_seq, who.device_id)
        metrics.operations.labels("push", "ok").inc()
        metrics.records.labels("in").inc(out.accepted)
        metrics.bytes.labels("in").inc(len(body))
        if out.conflicts:
            metrics.conflicts.inc(out.conflicts)
        return m.PushOut(
            results=[m.PushResultOut(**r) for r in out.results],
            head_seq=out.head_seq,
            accepted=out.accepted,
            duplicates=out.duplicates,
            conflicts=out.conflicts,
            rejected=out.rejected,
        )

    _batch_responses: dict[int | str, dict[str, Any]] = {
        **_ERR,
        200: {
            "description": "zstd-compressed msgpack record batch",
            "content": {p.BATCH_MEDIA_TYPE: _BINARY},
        },
    }

    @app.get(
        p.PATH_PULL,
        response_class=Response,
        responses=_batch_responses,
        tags=["sync"],
        summary="Records after a cursor; 410 resync_required for an unknown or compacted cursor",
    )
    def pull(
        who: Who,
        after: Annotated[
            int, Query(ge=0, le=m.MAX_SEQ, description="cursor (0: from the start)")
        ] = 0,
        limit: Annotated[int, Query(ge=1, le=p.MAX_PULL_LIMIT)] = p.DEFAULT_PULL_LIMIT,
    ) -> Response:
        try:
            batch = repo.records.pull(who, after, limit)
        except ApiError as exc:
            metrics.operations.labels("pull", exc.code).inc()
            raise
        return _batch_out("pull", who, after, batch)

    @app.get(
        p.PATH_SNAPSHOT,
        response_class=Response,
        responses=_batch_responses,
        tags=["sync"],
        summary="Bootstrap a new device: every memory's chain from its last keyframe to its head",
    )
    def snapshot(
        who: Who,
        after: Annotated[int, Query(ge=0, le=m.MAX_SEQ)] = 0,
        upto: Annotated[
            int, Query(ge=0, le=m.MAX_SEQ, description="head_seq of the first page (0: now)")
        ] = 0,
        limit: Annotated[int, Query(ge=1, le=p.MAX_PULL_LIMIT)] = p.DEFAULT_PULL_LIMIT,
    ) -> Response:
        return _batch_out("snapshot", who, 0, repo.records.snapshot(who, after, upto, limit))

    @app.get(
        p.PATH_CHAIN,
        response_class=Response,
        responses=_batch_responses,
        tags=["sync"],
        summary="A memory's records from its last keyframe up to a revision (default: head)",
    )
    def chain(
        who: Who,
        memory_id: Annotated[str, Path(pattern=r"^[0-9a-f-]{36}$")],
        revision: Annotated[str | None, Query(pattern=r"^[0-9a-f]{32,128}$")] = None,
    ) -> Response:
        records = repo.records.chain(who, memory_id, revision)
        cursor = records[-1].seq if records else 0
        body = p.encode_records(p.RecordBatch(records, cursor, False, cursor))
        metrics.operations.labels("chain", "ok").inc()
        metrics.bytes.labels("out").inc(len(body))
        return Response(body, media_type=p.BATCH_MEDIA_TYPE)

    @app.post(
        p.PATH_CHECKPOINT,
        response_model=m.CheckpointOut,
        responses=_ERR,
        tags=["sync"],
        summary="Tell the server this device has durably applied everything up to a cursor",
    )
    def checkpoint(body: m.CheckpointIn, who: Who) -> m.CheckpointOut:
        return m.CheckpointOut(pulled_seq=repo.records.checkpoint(who, body.cursor))

    @app.post(
        p.PATH_COMPACT,
        response_model=m.CompactOut,
        responses=_ERR,
        tags=["sync"],
        summary="Prune superseded records every active device has pulled past",
    )
    def compact(who: Who) -> dict[str, int]:
        out = repo.maintenance.compact(who.account_id)
        metrics.operations.labels("compact", "ok").inc()
        return out

    @app.get(p.PATH_STATS, response_model=m.StatsOut, responses=_ERR, tags=["sync"])
    def stats(who: Who) -> dict[str, Any]:
        return repo.maintenance.stats(who)

    @app.get(
        p.PATH_EVENTS,
        response_class=StreamingResponse,
        responses={
            **_ERR,
            200: {
                "description": "Server-sent events: hello {seq}, seq {seq, device}, revoked",
                "content": {"text/event-stream": {"schema": {"type": "string"}}},
            },
        },
        tags=["sync"],
        summary="Server-sent events announcing new sequence numbers to this device",
    )
    async def events(who: Who) -> StreamingResponse:
        head = await run_in_threadpool(repo.tokens.head_seq, who)
        return StreamingResponse(
            _event_stream(
                repo.tokens, hub, who, head, config.heartbeat_s, config.max_streams_per_device
            ),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    # ------------------------------------------------------------------ ops

    @app.get("/healthz", response_model=m.HealthOut, tags=["ops"])
    def healthz() -> JSONResponse:
        ok = repo.maintenance.ping()
        body = {
            "status": "ok" if ok else "degraded",
            "database": db.dialect,
            "protocol": p.PROTOCOL_VERSION,
        }
        return JSONResponse(body, status_code=200 if ok else 503)

    @app.get("/metrics", response_class=PlainTextResponse, tags=["ops"])
    def prometheus(
        request: Request,
        creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> Response:
        """With a metrics token: only with it. Without one: only to a client on loopback that
        no proxy forwards (the figures span every account)."""
        if config.metrics_token:
            given = creds.credentials.encode() if creds else b""
            if not same_hash(given, config.metrics_token.encode()):
                raise unauthorized("metrics need their token")
        else:
            peer = request.client.host if request.client else ""
            forwarded = "x-forwarded-for" in request.headers
            if not is_loopback(peer) or forwarded:
                raise ApiError(403, "forbidden", "metrics answer loopback clients only")
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    return app


def _sse(event: str, data: dict[str, Any], event_id: int | None = None) -> str:
    head = f"id: {event_id}\n" if event_id is not None else ""
    return f"{head}event: {event}\ndata: {json.dumps(data)}\n\n"


async def _event_stream(
    tokens: Tokens, hub: Hub, who: Principal, head: int, heartbeat_s: float, max_streams: int
) -> AsyncIterator[str]:
    with hub.subscribe(who.account_id, who.device_id, head, max_streams) as sub:
        yield _sse(p.EVENT_HELLO, {"seq": head}, head)
        while True:
            try:
                await asyncio.wait_for(sub.wake.wait(), heartbeat_s)
            except TimeoutError:
                # Keep-alive; also re-check the token and catch up on anything missed.
                status, current = await run_in_threadpool(tokens.heartbeat, who)
                if status == "revoked":
                    yield _sse(p.EVENT_REVOKED, {})
                    return
                if status != "ok":
                    yield _sse(p.EVENT_EXPIRED, {})
                    return
                if current > sub.seq:
                    sub.seq = current
                    yield _sse(p.EVENT_SEQ, {"seq": current, "device": ""}, current)
                else:
                    yield ": ping\n\n"
                continue
            sub.wake.clear()
            if sub.revoked:
                yield _sse(p.EVENT_REVOKED, {})
                return
            if sub.replaced:
                yield _sse(p.EVENT_EXPIRED, {})
                return
            yield _sse(p.EVENT_SEQ, {"seq": sub.seq, "device": sub.by}, sub.seq)


async def _compact_forever(maintenance: Maintenance, every_s: float) -> None:
    while True:
        await asyncio.sleep(every_s)
        try:
            for account_id in await run_in_threadpool(maintenance.all_account_ids):
                await run_in_threadpool(maintenance.compact, account_id)
        except Exception:
            log.exception("background compaction failed")


def create_app_from_env() -> FastAPI:
    """uvicorn factory for ``--workers N`` (the CLI passes its settings in the environment)."""
    return create_app(ServerConfig.from_env())
