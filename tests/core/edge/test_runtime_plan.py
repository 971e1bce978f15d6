"""The runtime under the device's plan: a MINIMAL device without room for the model searches by
words without loading it; a LIGHT one embeds at INT8 whatever precision the settings name."""

from __future__ import annotations

from pathlib import Path

from memshadow_desktop.core.api import AppPaths, Profile
from memshadow_desktop.core.service import MemshadowService
from memshadow_desktop.core.settings import Settings
from tests.conftest import FAST_KDF, PASSPHRASE


def open_vault(home: Path) -> MemshadowService:
    return MemshadowService.create(
        AppPaths.resolve(home), passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF
    )


def test_minimal_searches_by_words_and_light_embeds_at_int8(home_with_model: Path) -> None:
    paths = AppPaths.resolve(home_with_model)
    settings = Settings.load(paths.settings_file)
    settings.precision = "fp32"  # what the user chose; LIGHT allows only INT8
    settings.save(paths.settings_file)
    with open_vault(home_with_model) as svc:
        svc.memories.add("undo the last commit but keep the changes: git reset --soft HEAD~1\n")
        plan = svc.edge.use_profile("minimal")
        assert plan.profile is Profile.MINIMAL and not plan.embedding
        result = svc.search.find("git undo commit")
        assert result.mode == "fts" and len(result.hits) == 1
        assert svc.models.engine() is None  # the model never loaded

        plan = svc.edge.use_profile("light")
        assert plan.precision == "int8" and plan.index_pause_below == 40
        assert svc.edge.running_plan() == plan
        result = svc.search.find("how do I take back a commit", embed_pending=10)
        assert result.mode == "hybrid" and result.hits
        snapshot = svc.models.engine()
        assert snapshot is not None and snapshot.engine is not None
        assert snapshot.engine.precision == "int8"
