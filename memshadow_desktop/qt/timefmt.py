"""Display of the core's UTC ISO timestamps in local time."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def parse_utc(stamp: str) -> datetime | None:
    try:
        value = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _qdt(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp())).toLocalTime()


def short_time(stamp: str, now: datetime | None = None) -> str:
    """ "14:05" today, "Yesterday", "Mon 3 Jun" this year, "3 Jun 2023" before."""
    value = parse_utc(stamp)
    if value is None:
        return stamp
    local = value.astimezone()
    today = (now or datetime.now(UTC)).astimezone()
    locale = QLocale()
    qdt = _qdt(value)
    if local.date() == today.date():
        return locale.toString(qdt.time(), QLocale.FormatType.ShortFormat)
    if (today.date() - local.date()).days == 1:
        return QCoreApplication.translate("Time", "Yesterday")
    if local.year == today.year:
        return locale.toString(qdt.date(), "d MMM")
    return locale.toString(qdt.date(), "d MMM yyyy")


def long_time(stamp: str, *, seconds: bool = True) -> str:
    value = parse_utc(stamp)
    if value is None:
        return stamp
    pattern = "yyyy-MM-dd HH:mm:ss" if seconds else "yyyy-MM-dd HH:mm"
    return QLocale().toString(_qdt(value), pattern)
