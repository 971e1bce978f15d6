"""The model in use: which installed model, at which precision, on which provider.

One place for the choice the CLI, search and the window all make: the model named in settings,
else the only one installed; the settings' precision and provider unless overridden.
"""

from __future__ import annotations

import logging
from typing import Any

from memshadow_desktop.core.api.inference import ModelStep, StepLog
from memshadow_desktop.core.api.notice import Notice
from memshadow_desktop.core.errors import InvalidInputError, NotFoundError
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.settings import Settings

_log = logging.getLogger(__name__)

STATS_FILE = "inference-stats.json"
CHOICE_FILE = "provider-choice.json"


def manager(paths: AppPaths) -> Any:
    """The installed models; in an installed app, the bundled model first joins them when
    none is installed yet (core.inference.bundled)."""
    from memshadow_desktop.core.inference.bundled import install_bundled
    from memshadow_desktop.core.inference.models import ModelManager

    install_bundled(paths.models_dir)
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


def _log_step(step: Notice) -> None:
    # No one listens (a library call): the step goes to the developer's log, as codes.
    _log.info("model: %s %s", step.code, step.params)


def up_to_date(paths: AppPaths, model: Any, log: StepLog | None = None) -> Any:
    """``model``, rebuilt from its source first if an older version built it (models.BUILD).

    Its variants then get new checksums, hence new vector fingerprints: what was embedded
    with the old build is embedded again. Without its source the old build keeps working
    (it was validated when it was built) and ``log`` says how to refresh it.
    """
    if not model.outdated:
        return model
    say = log or _log_step
    try:
        return manager(paths).rebuild(model.name, log=say)
    except InvalidInputError as exc:
        say(Notice(ModelStep.KEEPING_OLD_BUILD, {"model": model.name, "error": exc.detail}))
        return model


def chosen_precision(paths: AppPaths, model: Any, precision: str | None = None) -> str:
    """The precision ``model`` runs at: ``precision``, else the settings' (when they are about
    this model), else the model's default."""
    settings = Settings.load(paths.settings_file)
    from_settings = settings.precision if settings.model in ("", model.name) else None
    return str(precision or from_settings or model.default_precision)


def open_embedder(
    paths: AppPaths,
    model: Any = None,
    *,
    precision: str | None = None,
    provider: str | None = None,
    log: StepLog | None = None,
    **kw: Any,
) -> Any:
    """An engine Embedder for ``model`` (default: the current one) with the settings' choices.

    A model built by an older version is rebuilt first (:func:`up_to_date`).
    """
    from memshadow_desktop.core.inference.engine import Embedder
    from memshadow_desktop.core.inference.providers import ProviderChooser

    model = up_to_date(paths, model or current_model(paths), log)
    settings = Settings.load(paths.settings_file)
    use_settings = settings.model in ("", model.name)
    return Embedder(
        model,
        precision=chosen_precision(paths, model, precision),
        provider=provider or (settings.provider if use_settings else None) or None,
        chooser=ProviderChooser(paths.cache_dir / CHOICE_FILE),
        cache_dir=paths.cache_dir,
        **kw,
    )
