"""Words for a TrayState: the one line the tray menu and the window's status area show, what
to do about a problem, and the tray's tooltip. Everything through tr() (context "Sync")."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from memshadow_desktop.qt.count_words import count_words
from memshadow_desktop.qt.sync_monitor import TrayKind, TrayState
from memshadow_desktop.qt.timefmt import parse_utc, short_time

# lupdate finds the texts of translate("Sync", "...") calls (not those of a helper's).
translate = QCoreApplication.translate


def changes(n: int) -> str:
    """ "1 change", "2 changes": a plural entry of its own (see count_words)."""
    return count_words().changes(n)


def conflicts(n: int) -> str:
    return count_words().conflicts(n)


def until(stamp: str, now: datetime | None = None) -> str:
    """ "15:30" today, "tomorrow 08:00", else a date and time."""
    value = parse_utc(stamp)
    if value is None:
        return stamp
    local = value.astimezone()
    today = (now or datetime.now(UTC)).astimezone().date()
    when = QDateTime.fromSecsSinceEpoch(int(value.timestamp())).toLocalTime()
    clock = QLocale().toString(when.time(), QLocale.FormatType.ShortFormat)
    if local.date() == today:
        return clock
    if (local.date() - today).days == 1:
        return translate("Sync", "tomorrow {0}").format(clock)
    return f"{short_time(stamp)} {clock}"


def status_line(state: TrayState) -> str:
    kind = state.kind
    if kind is TrayKind.LOCKED:
        return translate("Sync", "Vault locked")
    if kind is TrayKind.IDLE:
        return translate("Sync", "Sync is not set up")
    if kind is TrayKind.SYNCED:
        if state.last_sync:
            return translate("Sync", "Synced · last sync {0}").format(short_time(state.last_sync))
        return translate("Sync", "Synced")
    if kind is TrayKind.SYNCING:
        if state.sync_total > 0 and state.sync_phase in ("pull", "apply"):
            return translate("Sync", "Receiving changes: {0} of {1}").format(
                f"{state.sync_done:,}", f"{state.sync_total:,}"
            )
        if state.pending > 0:
            return translate("Sync", "Syncing {0}…").format(changes(state.pending))
        return translate("Sync", "Syncing…")
    if kind is TrayKind.PAUSED:
        if state.paused_until:
            return translate("Sync", "Sync paused until {0}").format(until(state.paused_until))
        return translate("Sync", "Sync paused")
    if kind is TrayKind.OFFLINE:
        if state.pending > 0:
            return translate("Sync", "Offline · {0} waiting").format(changes(state.pending))
        return translate("Sync", "Offline")
    if kind is TrayKind.INDEXING:
        return translate("Sync", "Indexing for search: {0} of {1}").format(
            f"{state.index_done:,}", f"{state.index_total:,}"
        )
    return problem_line(state.problem)


def problem_line(problem: str) -> str:
    """What happened, in one line."""
    if problem == "revoked":
        return translate("Sync", "Sync stopped: this device was removed from the account")
    if problem.startswith("blocked:mass_delete"):
        return translate("Sync", "Sync stopped before deleting many memories")
    if problem.startswith("blocked:server_empty"):
        return translate("Sync", "Sync stopped: the server holds nothing of this account")
    if problem.startswith("blocked"):
        return translate("Sync", "Sync waits for your confirmation")
    if problem in ("unauthorized", "server_error", "wrong_sync_passphrase"):
        return translate("Sync", "Sync stopped: the server refused this device")
    if problem in ("storage_full", "storage_error"):
        return translate("Sync", "Sync stopped: the vault could not be written")
    if problem == "crashed":
        return translate("Sync", "Sync stopped unexpectedly")
    return translate("Sync", "Sync failed ({0})").format(problem or "error")


def advice(state: TrayState) -> str:
    """What to do about it (empty when nothing is needed)."""
    kind, problem = state.kind, state.problem
    if kind is TrayKind.LOCKED:
        return translate("Sync", "Unlock it to see your memories; sync waits until then.")
    if kind is TrayKind.OFFLINE:
        return translate("Sync", "They go out by themselves when the server can be reached.")
    if kind is TrayKind.IDLE:
        return translate("Sync", "Set it up in Preferences to keep your devices in step.")
    if kind is not TrayKind.ERROR:
        return ""
    if problem == "revoked":
        return translate("Sync", "To sync again, sign out and set up sync in Preferences.")
    if problem.startswith("blocked:mass_delete"):
        return translate("Sync", "Check the trash; then choose Sync now to confirm the deletions.")
    if problem.startswith("blocked"):
        return translate("Sync", "Choose Sync now to confirm.")
    if problem in ("unauthorized", "server_error", "wrong_sync_passphrase"):
        return translate("Sync", "Check the account in Preferences › Sync, or set sync up again.")
    if problem in ("storage_full", "storage_error"):
        return translate("Sync", "Free some disk space; sync tries again by itself.")
    if problem == "crashed":
        return translate("Sync", "Quit MEMSHADOW and start it again.")
    return translate("Sync", "Sync tries again by itself.")


def tooltip(state: TrayState) -> str:
    lines = ["MEMSHADOW", status_line(state)]
    tip = advice(state)
    if tip and state.kind is not TrayKind.IDLE:
        lines.append(tip)
    if state.conflicts and state.kind is not TrayKind.LOCKED:
        lines.append(count_words().conflicts_need_you(state.conflicts))
    return "\n".join(lines)
