"""The device's plan on the hardware dashboard (profile, search, compute, sync deadlines,
indexing, downloads, cache, memory; each with its reason), and the window's reading of the
network for the core (Qt's ``QNetworkInformation``, where the OS cannot be asked directly)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from memshadow_desktop.core.api import EdgePlan, Notice, PlanReason
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.count_words import count_words
from memshadow_desktop.qt.style import mute

ROWS = ("profile", "search", "compute", "sync", "indexing", "downloads", "cache", "memory")
REASON_OF = {"search": "embedding"}  # a row's reason, where its key differs


# pyside6-lupdate reads the texts of translate("EdgePlan", "...") calls, never those passed
# through a helper of one argument: each text names its context.
translate = QCoreApplication.translate


def _t(text: str) -> str:
    """A text looked up at run time (a profile's or a priority's name, listed below)."""
    return translate("EdgePlan", text)


# The names the core's plan carries, for lupdate (looked up through _t).
_NAMES = (
    QT_TRANSLATE_NOOP("EdgePlan", "Minimal"),
    QT_TRANSLATE_NOOP("EdgePlan", "Light"),
    QT_TRANSLATE_NOOP("EdgePlan", "Standard"),
    QT_TRANSLATE_NOOP("EdgePlan", "Performance"),
    QT_TRANSLATE_NOOP("EdgePlan", "Critical"),
    QT_TRANSLATE_NOOP("EdgePlan", "High"),
    QT_TRANSLATE_NOOP("EdgePlan", "Normal"),
    QT_TRANSLATE_NOOP("EdgePlan", "Low"),
)


def _words() -> dict[str, Callable[[Mapping[str, Any]], str]]:
    return {
        PlanReason.PROFILE_BY_RAM: lambda p: translate("EdgePlan", "{0} MB of RAM").format(
            p.get("ram_mb")
        ),
        PlanReason.PROFILE_REQUESTED: lambda p: translate(
            "EdgePlan", "chosen in the settings or by the agent"
        ),
        PlanReason.PROFILE_ABOVE_RAM: lambda p: translate(
            "EdgePlan", "chosen, though {0} MB of RAM suits {1}: it may run out of memory"
        ).format(p.get("ram_mb"), p.get("fits")),
        PlanReason.EMBED_NO_MODEL: lambda p: translate("EdgePlan", "no embedding model installed"),
        PlanReason.EMBED_NONE_FITS: lambda p: translate(
            "EdgePlan", "no validated model variant fits in {0} MB"
        ).format(p.get("budget_mb")),
        PlanReason.EMBED_SMALL_VARIANT: lambda p: translate(
            "EdgePlan", "the {0} variant ({1} MB) fits"
        ).format(str(p.get("precision")).upper(), p.get("size_mb")),
        PlanReason.EMBED_PRECISION_CAP: lambda p: translate(
            "EdgePlan", "{0} instead of {1}: this profile allows {2}"
        ).format(
            str(p.get("precision")).upper(),
            str(p.get("wanted")).upper(),
            ", ".join(str(a).upper() for a in p.get("allowed") or []),
        ),
        PlanReason.EMBED_MODEL_CHOICE: lambda p: translate(
            "EdgePlan", "the model's validated choice"
        ),
        PlanReason.EMBED_CAP_UNAVAILABLE: lambda p: translate(
            "EdgePlan", "the model offers no validated variant this profile allows"
        ),
        PlanReason.COMPUTE_ACCELERATOR: lambda p: translate(
            "EdgePlan", "it ran a real session here"
        ),
        PlanReason.COMPUTE_CPU: lambda p: translate("EdgePlan", "no usable accelerator"),
        PlanReason.COMPUTE_CPU_PROFILE: lambda p: translate(
            "EdgePlan", "{0} is usable, but this profile keeps inference on the CPU"
        ).format(p.get("provider")),
        PlanReason.COMPUTE_NONE: lambda p: translate("EdgePlan", "no local embedding"),
        PlanReason.GENERATION_UNAVAILABLE: lambda p: translate(
            "EdgePlan", "{0} is not installed"
        ).format(p.get("backend")),
        PlanReason.GENERATION_NO_MODEL: lambda p: translate(
            "EdgePlan", "no generation model installed"
        ),
        PlanReason.GENERATION_READY: lambda p: translate("EdgePlan", "answers with {0}").format(
            p.get("model")
        ),
        PlanReason.GENERATION_PROFILE: lambda p: translate(
            "EdgePlan", "too small for local generation"
        ),
        PlanReason.SYNC_EAGER: lambda p: translate("EdgePlan", "mains power and a normal network"),
        PlanReason.SYNC_BATTERY: lambda p: translate(
            "EdgePlan", "on battery: Normal and Low wait {0}× longer"
        ).format(p.get("factor")),
        PlanReason.SYNC_SAVER: lambda p: translate(
            "EdgePlan", "battery saver: Normal and Low wait {0}× longer"
        ).format(p.get("factor")),
        PlanReason.SYNC_METERED: lambda p: translate(
            "EdgePlan", "metered network: only Critical and High changes are sent"
        ),
        PlanReason.SYNC_NOT_EAGER: lambda p: translate(
            "EdgePlan", "the settings wait for each deadline"
        ),
        PlanReason.INDEX_PAUSE_BELOW: lambda p: translate(
            "EdgePlan", "waits on battery below {0}%"
        ).format(p.get("floor")),
        PlanReason.INDEX_PAUSED_NOW: lambda p: translate(
            "EdgePlan", "on battery at {0}%, below {1}%"
        ).format(p.get("percent"), p.get("floor")),
        PlanReason.INDEX_OFF: lambda p: translate("EdgePlan", "nothing to index with"),
        PlanReason.DOWNLOADS_ALLOWED: lambda p: translate("EdgePlan", "allowed"),
        PlanReason.DOWNLOADS_METERED: lambda p: translate("EdgePlan", "not on a metered network"),
        PlanReason.DOWNLOADS_STORAGE: lambda p: translate(
            "EdgePlan", "{0} MB free, {1} MB needed"
        ).format(p.get("free_mb"), p.get("needed_mb")),
        PlanReason.CACHE_BUDGET: lambda p: translate("EdgePlan", "at most {0}% of the RAM").format(
            p.get("percent_of_ram")
        ),
        PlanReason.MEMORY_BUDGET: lambda p: translate("EdgePlan", "what the agent stays under"),
    }


def describe_reason(notice: Notice) -> str:
    words = _words().get(str(notice.code))
    if words is None:
        return translate("EdgePlan", "(no description: {0})").format(notice.code)
    return words(notice.params)


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return translate("EdgePlan", "held")
    if seconds == 0:
        return translate("EdgePlan", "at once")
    if seconds < 120:
        return translate("EdgePlan", "{0} s").format(f"{seconds:g}")
    if seconds < 7200:
        return translate("EdgePlan", "{0} min").format(f"{seconds / 60:g}")
    return translate("EdgePlan", "{0} h").format(f"{seconds / 3600:g}")


def row_texts(plan: EdgePlan) -> dict[str, str]:
    """What each row shows (without its reason)."""
    sync = plan.sync
    cache = plan.cache
    prefetch = (
        translate("EdgePlan", "prefetches {0} and {1}").format(
            count_words().related(cache.prefetch_related),
            count_words().neighbours(cache.prefetch_neighbours),
        )
        if cache.prefetch
        else translate("EdgePlan", "no prefetch")
    )
    return {
        "profile": _t(str(plan.profile).capitalize()),
        "search": (
            translate("EdgePlan", "meaning and words, {0}").format(str(plan.precision).upper())
            if plan.embedding
            else translate("EdgePlan", "words only")
        ),
        "compute": (
            translate("EdgePlan", "none")
            if plan.compute == "none"
            else translate("EdgePlan", "{0}, {1}").format(
                plan.compute.upper(), count_words().threads(plan.threads)
            )
        ),
        "sync": ", ".join(
            f"{_t(name.capitalize())} {_duration(s)}" for name, s in sync.deadlines_s.items()
        ),
        "indexing": translate("EdgePlan", "paused")
        if plan.indexing_paused
        else translate("EdgePlan", "runs"),
        "downloads": translate("EdgePlan", "yes")
        if plan.model_downloads
        else translate("EdgePlan", "no"),
        "cache": translate("EdgePlan", "L1 {0} MB in memory, {1}; L2 the encrypted vault").format(
            cache.l1_mb, prefetch
        ),
        "memory": translate("EdgePlan", "{0} MB").format(plan.memory_max_mb),
    }


class EdgePlanView(QFrame):
    """The dashboard's "This device's plan" section: the plan and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardSection")  # styled as the dashboard's other sections
        self.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 10, 12, 12)
        box.setSpacing(8)
        heading = QLabel(translate("EdgePlan", "This device's plan"))
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        heading.setFont(font)
        box.addWidget(heading)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(14)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        names = {
            "profile": translate("EdgePlan", "Profile"),
            "search": translate("EdgePlan", "Search"),
            "compute": translate("EdgePlan", "Compute"),
            "sync": translate("EdgePlan", "Sync deadlines"),
            "indexing": translate("EdgePlan", "Indexing"),
            "downloads": translate("EdgePlan", "Model downloads"),
            "cache": translate("EdgePlan", "Cache"),
            "memory": translate("EdgePlan", "Memory ceiling"),
        }
        self.values: dict[str, QLabel] = {}
        for key in ROWS:
            value = QLabel(translate("EdgePlan", "Probing…"))
            value.setObjectName(f"plan_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name = QLabel(names[key])
            mute(name)
            form.addRow(name, value)
            self.values[key] = value
        box.addLayout(form)

    def show_plan(self, plan: EdgePlan | None) -> None:
        if plan is None:
            for label in self.values.values():
                label.setText("—")
            return
        texts = row_texts(plan)
        for key, label in self.values.items():
            reason = plan.reasons.get(REASON_OF.get(key, key))
            why = f" — {describe_reason(reason)}" if reason is not None else ""
            label.setText(texts[key] + why)


def report_network(service: MemshadowService) -> QObject | None:
    """Tell the core whether the network is metered, as Qt knows it, now and on each change
    (for platforms whose OS the core cannot ask itself). None where Qt cannot tell."""
    from PySide6.QtNetwork import QNetworkInformation

    try:
        if not QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Metered):
            return None
    except Exception:  # no backend plugin here: the core asks the OS or the setting
        return None
    info = QNetworkInformation.instance()
    if info is None or not info.supports(QNetworkInformation.Feature.Metered):
        return None
    service.edge.report_network(info.isMetered())
    info.isMeteredChanged.connect(service.edge.report_network)
    return info
