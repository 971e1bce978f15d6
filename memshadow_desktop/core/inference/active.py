"""The model in use: which installed model, at which precision, on which provider.

One place for the choice the CLI, search and the window all make: the model named in settings,
else the only one installed; the settings' precision and provider unless overridden.
"""

from __future__ import annotations

from typing import Any

from memshadow_desktop.core.errors import InvalidInputError, NotFoundError
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.settings import Settings

STATS_FILE = "inference-stats.json"
CHOICE_FILE = "provider-choice.json"


def manager(paths: AppPaths) -> Any:
    from memshadow_desktop.core.inference.models import ModelManager

    return ModelManager(paths.models_dir, paths.cache_dir)


def current_model(paths: AppPaths, name: str | None = None) -> Any:
    """The installed model to use; NotFoundError when none is installed."""
    models = manager(paths)
    if name:
        return models.get(name)
    chosen = Settings.load(paths.settings_file).model
    if chosen:
        return models.get(chosen)
    installed = models.list()
    if len(installed) == 1:
        return installed[0]
    if not installed:
        raise NotFoundError(
            "no embedding model installed (add one with `memshadow models import DIR` "
            "or `memshadow models download NAME`)"
        )
    raise InvalidInputError(
        "several models are installed; pick one with `memshadow models use NAME` or --model"
    )


def open_embedder(
    paths: AppPaths,
    model: Any = None,
    *,
    precision: str | None = None,
    provider: str | None = None,
    **kw: Any,
) -> Any:
    """An engine Embedder for ``model`` (default: the current one) with the settings' choices."""
    from memshadow_desktop.core.inference.engine import Embedder
    from memshadow_desktop.core.inference.providers import ProviderChooser

    model = model or current_model(paths)
    settings = Settings.load(paths.settings_file)
    use_settings = settings.model in ("", model.name)
    return Embedder(
        model,
        precision=precision or (settings.precision if use_settings else None) or None,
        provider=provider or (settings.provider if use_settings else None) or None,
        chooser=ProviderChooser(paths.cache_dir / CHOICE_FILE),
        cache_dir=paths.cache_dir,
        **kw,
    )
