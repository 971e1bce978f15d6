"""The hardware dashboard's Generation section: the backends that answer questions (installed,
their devices, why not), the model in use and where it runs, and its speed measured by
earlier answers (``service.hardware.generator``)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel

from memshadow_desktop.core.api import GeneratorStatus
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.qt.ask_words import ask_words
from memshadow_desktop.qt.bridge import TaskRunner
from memshadow_desktop.qt.count_words import count_words
from memshadow_desktop.qt.dashboard_widgets import make_section


class GenerationSection(QObject):
    def __init__(self, service: MemshadowService, tasks: TaskRunner) -> None:
        super().__init__()
        self.service = service
        self.tasks = tasks
        self.status: GeneratorStatus | None = None
        self.frame, box = make_section(self.tr("Generation (Ask)"))
        self.label = QLabel(self.tr("Probing…"))
        self.label.setObjectName("generationStatus")
        self.label.setWordWrap(True)
        box.addWidget(self.label)

    def refresh(self) -> None:
        self.tasks.spawn(self._refresh(), key="generation")

    async def _refresh(self) -> None:
        self.status = await self.tasks.call(self.service.hardware.generator)
        self.label.setText(generation_html(self.status))


def generation_html(status: GeneratorStatus) -> str:
    rows = []
    for b in status.backends:
        if b.installed:
            devices = ", ".join(b.devices) or QCoreApplication.translate(
                "GenerationSection", "none"
            )
            state = QCoreApplication.translate("GenerationSection", "{0}; devices: {1}").format(
                b.version or "?", devices
            )
        else:
            why = ask_words(b.reason) if b.reason else None
            state = why or QCoreApplication.translate("GenerationSection", "not installed")
        rows.append(f"<b>{html.escape(b.name)}</b>: {html.escape(state or '')}")
    if status.model:
        where = f"{status.backend}/{status.device}" if status.backend else "?"
        rows.append(
            html.escape(
                QCoreApplication.translate("GenerationSection", "Model {0} on {1}").format(
                    status.model, where
                )
            )
        )
        if status.tokens_per_s:
            rows.append(
                html.escape(
                    QCoreApplication.translate(
                        "GenerationSection",
                        "{0} tokens/s generating, {1} tokens/s reading the prompt {2}",
                    ).format(
                        status.tokens_per_s,
                        status.prompt_tokens_per_s or "?",
                        count_words().answers(status.answers),
                    )
                )
            )
        else:
            rows.append(
                html.escape(
                    QCoreApplication.translate("GenerationSection", "No answer measured yet.")
                )
            )
    else:
        rows.append(
            html.escape(
                QCoreApplication.translate("GenerationSection", "No generation model is installed.")
            )
        )
    return "<br>".join(rows)
