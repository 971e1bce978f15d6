"""Routes of accounts, logins, keys and devices (protocol v2).

No ``from __future__ import annotations`` here: FastAPI resolves the route signatures' local
``Annotated`` aliases at definition time.
"""

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request, Response

from memshadow_desktop.core.sync import protocol as p
from memshadow_desktop.server import models as m
from memshadow_desktop.server.config import ServerConfig
from memshadow_desktop.server.errors import ApiError
from memshadow_desktop.server.events import Hub
from memshadow_desktop.server.identity import DeviceReg, Principal, Session
from memshadow_desktop.server.metrics import Metrics
from memshadow_desktop.server.repo import Repo
from memshadow_desktop.server.security import client_address

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": m.ErrorOut} for code in (400, 401, 403, 404, 409, 410, 413, 415, 429, 507)
}


def _bytes(text: str, what: str, low: int, high: int) -> bytes:
    try:
        raw = p.b64d(text)
    except p.ProtocolError:
        raise ApiError(400, p.ERR_MALFORMED, f"{what} is not base64url") from None
    if not low <= len(raw) <= high:
        raise ApiError(400, p.ERR_MALFORMED, f"{what} must be {low}-{high} bytes")
    return raw


def _name(account: str) -> str:
    try:
        return p.normalize_account(account)
    except p.ProtocolError as exc:
        raise ApiError(400, p.ERR_MALFORMED, exc.detail) from None


def _device(d: m.DeviceIn) -> DeviceReg:
    return DeviceReg(
        d.id,
        _bytes(d.key, "device key", p.PUBLIC_KEY_BYTES, p.PUBLIC_KEY_BYTES),
        _bytes(d.wrapped_kek, "wrapped_kek", 16, 128) if d.wrapped_kek else None,
        _bytes(d.details, "details", 16, 9000) if d.details else None,
        d.model_dump(exclude_unset=True),
    )


def _kdf(kdf: dict[str, int]) -> dict[str, int]:
    ok = (
        set(kdf) == {"t", "m", "p"}
        and 1 <= kdf["t"] <= 20
        and 1024 <= kdf["m"] <= 4 * 1024 * 1024
        and 1 <= kdf["p"] <= 16
    )
    if not ok:
        raise ApiError(400, p.ERR_MALFORMED, "kdf: t 1-20, m 1024-4194304 KiB, p 1-16")
    return kdf


def _session_out(sess: Session) -> m.SessionOut:
    return m.SessionOut(
        token=sess.token,
        expires_at=sess.expires_at,
        account=sess.account,
        account_id=sess.account_id,
        device_id=sess.device_id,
        wrapped_key=p.b64e(sess.wrapped_key),
        key_version=sess.key_version,
        key_history=p.b64e(sess.key_history) if sess.key_history else None,
    )


def add_account_routes(
    app: FastAPI,
    repo: Repo,
    hub: Hub,
    metrics: Metrics,
    config: ServerConfig,
    principal: Callable[..., Principal],
    is_sqlite: bool,
) -> None:
    Who = Annotated[Principal, Depends(principal)]

    def client(request: Request) -> str:
        peer = request.client.host if request.client else None
        return client_address(peer, request.headers.get("x-forwarded-for"), config.trusted_proxies)

    def counted(op: str, fn: Callable[[], Any]) -> Any:
        try:
            out = fn()
        except ApiError as exc:
            metrics.operations.labels(op, exc.code).inc()
            raise
        metrics.operations.labels(op, "ok").inc()
        return out

    @app.post(
        p.PATH_HELLO,
        response_model=m.HelloOut,
        responses=ERRORS,
        tags=["accounts"],
        summary="An account's salt and KDF cost, and a one-time challenge to sign",
    )
    def hello(body: m.HelloIn, request: Request) -> dict[str, Any]:
        return repo.accounts.hello(_name(body.account), client(request))

    @app.post(
        p.PATH_ACCOUNTS,
        status_code=201,
        response_model=m.SessionOut,
        responses=ERRORS,
        tags=["accounts"],
        summary="Create an account (as the registration policy allows) and its first device",
    )
    def create_account(body: m.CreateAccountIn, request: Request) -> m.SessionOut:
        sess = counted(
            "create_account",
            lambda: repo.accounts.create_account(
                _name(body.account),
                _bytes(body.salt, "salt", 16, 64),
                _kdf(body.kdf),
                _bytes(body.account_key, "account_key", p.PUBLIC_KEY_BYTES, p.PUBLIC_KEY_BYTES),
                _bytes(body.wrapped_key, "wrapped_key", 16, 1024),
                _device(body.device),
                body.invite,
                client(request),
            ),
        )
        return _session_out(sess)

    @app.post(
        p.PATH_JOIN,
        response_model=m.SessionOut,
        responses=ERRORS,
        tags=["accounts"],
        summary="Register a device with the account's signature (the passphrase)",
    )
    def join(body: m.JoinIn, request: Request) -> m.SessionOut:
        sess = counted(
            "join",
            lambda: repo.accounts.join(
                _name(body.account),
                _bytes(body.challenge, "challenge", p.CHALLENGE_BYTES, p.CHALLENGE_BYTES),
                _bytes(body.signature, "signature", p.SIGNATURE_BYTES, p.SIGNATURE_BYTES),
                _device(body.device),
                client(request),
            ),
        )
        return _session_out(sess)

    @app.post(
        p.PATH_UPGRADE,
        response_model=m.SessionOut,
        responses=ERRORS,
        tags=["accounts"],
        summary="A protocol v1 account proves its auth secret once and gets a public key",
    )
    def upgrade(body: m.UpgradeIn, request: Request) -> m.SessionOut:
        sess = counted(
            "upgrade",
            lambda: repo.accounts.upgrade(
                _name(body.account),
                _bytes(body.auth_secret, "auth_secret", 16, 128),
                _bytes(body.account_key, "account_key", p.PUBLIC_KEY_BYTES, p.PUBLIC_KEY_BYTES),
                _device(body.device),
                client(request),
            ),
        )
        return _session_out(sess)

    @app.post(
        p.PATH_SESSION,
        response_model=m.SessionOut,
        responses=ERRORS,
        tags=["accounts"],
        summary="A device logs in with its own credential; its previous token ends",
    )
    def session(body: m.SessionIn, request: Request) -> m.SessionOut:
        sess = counted(
            "login",
            lambda: repo.accounts.session(
                _name(body.account),
                body.device_id,
                _bytes(body.challenge, "challenge", p.CHALLENGE_BYTES, p.CHALLENGE_BYTES),
                _bytes(body.signature, "signature", p.SIGNATURE_BYTES, p.SIGNATURE_BYTES),
                client(request),
            ),
        )
        return _session_out(sess)

    @app.post(p.PATH_LOGOUT, status_code=204, responses=ERRORS, tags=["accounts"])
    def logout(who: Who) -> Response:
        repo.tokens.logout(who)
        return Response(status_code=204)

    @app.get(p.PATH_KEYS, response_model=m.KeysOut, responses=ERRORS, tags=["accounts"])
    def keys(who: Who) -> dict[str, Any]:
        return repo.keys.grant(who)

    @app.post(
        p.PATH_ROTATE,
        response_model=m.RotateOut,
        responses=ERRORS,
        tags=["accounts"],
        summary="Revoke devices and rotate the data key (signed with the account's key)",
    )
    def rotate(body: m.RotateIn, who: Who, request: Request) -> m.RotateOut:
        fields = body.model_dump(exclude_unset=True, exclude={"challenge", "signature"})
        version = counted(
            "rotate",
            lambda: repo.keys.rotate(
                who,
                fields,
                _bytes(body.challenge, "challenge", p.CHALLENGE_BYTES, p.CHALLENGE_BYTES),
                _bytes(body.signature, "signature", p.SIGNATURE_BYTES, p.SIGNATURE_BYTES),
                client(request),
            ),
        )
        if is_sqlite:
            for device_id in body.revoke:
                hub.publish_threadsafe(who.account_id, 0, device_id, "revoke")
        return m.RotateOut(key_version=version)

    @app.put(
        p.PATH_PASSPHRASE,
        status_code=204,
        responses=ERRORS,
        tags=["accounts"],
        summary="Change the passphrase (signed with the current account key); ends every token",
    )
    def change_passphrase(body: m.PassphraseIn, who: Who, request: Request) -> Response:
        fields = body.model_dump(exclude_unset=True, exclude={"challenge", "signature"})
        _kdf(body.kdf)
        counted(
            "passphrase",
            lambda: repo.keys.change_passphrase(
                who,
                fields,
                _bytes(body.challenge, "challenge", p.CHALLENGE_BYTES, p.CHALLENGE_BYTES),
                _bytes(body.signature, "signature", p.SIGNATURE_BYTES, p.SIGNATURE_BYTES),
                client(request),
            ),
        )
        return Response(status_code=204)

    @app.get(p.PATH_DEVICES, response_model=list[m.DeviceOut], responses=ERRORS, tags=["devices"])
    def list_devices(who: Who) -> list[dict[str, Any]]:
        return repo.devices.list_devices(who)

    @app.put(p.PATH_DEVICE_SELF, response_model=m.DeviceOut, responses=ERRORS, tags=["devices"])
    def update_self(body: m.DeviceUpdateIn, who: Who) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if body.details is not None:
            values["details"] = _bytes(body.details, "details", 16, 9000)
        if body.storage_bytes is not None:
            values["storage_reported"] = body.storage_bytes
        return repo.devices.update_self(who, values)
