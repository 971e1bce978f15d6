"""What the hardware dashboard shows, put in words: the machine's facts, the provider table
and the variant table, from the public types of ``service.hardware`` and ``service.models``.
Texts keep the dashboard's translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from memshadow_desktop.core.api import HardwareReport, ProviderInfo, VariantInfo
from memshadow_desktop.qt.count_words import count_words
from memshadow_desktop.qt.dashboard_widgets import (
    FEATURE_ORDER,
    fit_height,
    fmt_bytes,
    fmt_mb,
    ms,
    num,
    provider_name,
)
from memshadow_desktop.qt.messages import describe_notice
from memshadow_desktop.qt.style import muted_color


def system_texts(hw: HardwareReport | None) -> dict[str, str]:
    """The text of each row of "This machine" (features as rich text)."""
    keys = ("os", "cpu", "features", "ram", "gpus", "npus", "power")
    if hw is None:
        return dict.fromkeys(keys, QCoreApplication.translate("HardwareDashboard", "unknown"))
    words, unknown = count_words(), QCoreApplication.translate("HardwareDashboard", "unknown")
    cores = QCoreApplication.translate("HardwareDashboard", "{0}, {1}").format(
        words.cores(hw.physical_cores) if hw.physical_cores is not None else unknown,
        words.threads(hw.logical_cores) if hw.logical_cores is not None else unknown,
    )
    model = hw.cpu_model or QCoreApplication.translate("HardwareDashboard", "unknown model")
    none = QCoreApplication.translate("HardwareDashboard", "none detected")
    gpus = [
        f"{g.name} ({g.vendor}{', ' + fmt_mb(g.memory_mb) if g.memory_mb else ''})" for g in hw.gpus
    ]
    npus = [f"{n.name} ({n.vendor})" for n in hw.npus]
    return {
        "os": f"{hw.os} {hw.os_version} · {hw.arch} · Python {hw.python}",
        "cpu": f"{model} · {cores}",
        "features": _features_html(hw.cpu_features or {}),
        "ram": QCoreApplication.translate("HardwareDashboard", "{0} total, {1} available").format(
            fmt_mb(hw.ram_total_mb), fmt_mb(hw.ram_available_mb)
        ),
        "gpus": "\n".join(gpus) if gpus else none,
        "npus": "\n".join(npus) if npus else none,
        "power": _power(hw),
    }


def _features_html(features: dict[str, bool | None]) -> str:
    ordered = sorted(
        features.items(),
        key=lambda kv: FEATURE_ORDER.index(kv[0]) if kv[0] in FEATURE_ORDER else 99,
    )
    parts = []
    for name, present in ordered:
        shown = name.upper().replace("_", "\u2011")  # a hyphen that does not break
        if present is None:
            parts.append(f"<span style='color:gray'>{shown}&nbsp;?</span>")
        elif present:
            parts.append(f"<b>{shown}</b>&nbsp;✓")
        else:
            parts.append(f"<span style='color:gray'>{shown}&nbsp;✗</span>")
    return "&nbsp;&nbsp; ".join(parts) or QCoreApplication.translate("HardwareDashboard", "unknown")


def _power(hw: HardwareReport) -> str:
    if hw.power_source == "battery":
        return QCoreApplication.translate("HardwareDashboard", "on battery, {0}%").format(
            round(hw.battery_percent) if hw.battery_percent is not None else "?"
        )
    if hw.power_source == "ac":
        power = QCoreApplication.translate("HardwareDashboard", "mains power")
        if hw.battery_percent is not None:
            power += QCoreApplication.translate("HardwareDashboard", ", battery {0}%").format(
                round(hw.battery_percent)
            )
        return power
    return QCoreApplication.translate("HardwareDashboard", "unknown (no power sensor readable)")


def fill_providers(table: QTableWidget, providers: list[ProviderInfo]) -> None:
    """One row per provider: installed, usable, in use, speed, and why not (with its notes
    as a tooltip); the one in use in bold, the unusable ones muted."""
    table.setRowCount(len(providers))
    yes = QCoreApplication.translate("HardwareDashboard", "yes")
    no = QCoreApplication.translate("HardwareDashboard", "no")
    unchecked = QCoreApplication.translate("HardwareDashboard", "not checked")
    for r, p in enumerate(providers):
        usable = unchecked if p.usable is None else (yes if p.usable else no)
        why_not = describe_notice(p.reason) if p.reason and not p.usable else ""
        notes = [describe_notice(n) for n in p.notes]
        cells = [
            provider_name(p.name) or p.name,
            yes if p.installed else no,
            usable if p.installed else "—",
            "●" if p.in_use else "",
            num(p.items_per_s),
            ms(p.latency_ms),
            why_not,
        ]
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c == 6 or notes:
                item.setToolTip("\n".join(filter(None, [why_not, *notes])))
            if p.in_use:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            elif not (p.installed and p.usable):
                item.setForeground(muted_color(table.palette(), QPalette.ColorRole.Text))
            table.setItem(r, c, item)
    table.resizeRowsToContents()
    fit_height(table)


def fill_variants(table: QTableWidget, model: str, variants: list[VariantInfo]) -> None:
    """One row per precision: size, accuracy against FP32, speed, and whether it is offered
    (why not, as a tooltip); the one in use in bold."""
    table.setRowCount(len(variants))
    for r, v in enumerate(variants):
        accuracy = (
            QCoreApplication.translate("HardwareDashboard", "min {0} · mean {1}").format(
                num(v.min_cosine, "{:.4f}"), num(v.mean_cosine, "{:.4f}")
            )
            if v.min_cosine is not None
            else "—"
        )
        speed = num(v.items_per_s, "{:.0f}/s")
        if v.speedup is not None:
            speed += f" ({v.speedup:.2f}×)"
        if v.in_use:
            status = QCoreApplication.translate("HardwareDashboard", "in use")
        elif v.offered:
            status = QCoreApplication.translate("HardwareDashboard", "offered")
        else:
            status = QCoreApplication.translate("HardwareDashboard", "not offered")
        cells = [model, v.precision.upper(), fmt_bytes(v.size_bytes), accuracy, speed, status]
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if v.reason is not None:
                item.setToolTip(describe_notice(v.reason))
            if v.in_use:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(r, c, item)
