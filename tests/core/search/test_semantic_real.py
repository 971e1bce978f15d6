"""Search by meaning with the real model: quality on real notes, and the CLI around it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from memshadow_desktop.bench.quality import evaluate
from memshadow_desktop.core.errors import ExitCode
from memshadow_desktop.core.paths import AppPaths
from memshadow_desktop.core.service import MemshadowService
from tests.conftest import FAST_KDF, PASSPHRASE, REPO, Cli, corpus_dir

QUESTIONS = REPO / "tests" / "data" / "til_questions.jsonl"


def _subset(tmp_path: Path, questions: list[dict[str, str]], distractors: int) -> Path:
    """The notes that answer the questions plus some others from the same folders."""
    corpus = corpus_dir()
    wanted = {q["source"] for q in questions}
    folders = {s.split("/")[0] for s in wanted}
    others = sorted(
        p.relative_to(corpus).as_posix()
        for f in folders
        for p in (corpus / f).glob("*.md")
        if p.relative_to(corpus).as_posix() not in wanted
    )[:distractors]
    out = tmp_path / "notes"
    for rel in sorted(wanted) + others:
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(corpus / rel, out / rel)
    return out


@pytest.mark.parametrize("question_set", ["til_questions", "til_questions_paraphrased"])
def test_hybrid_is_at_least_as_good_as_semantic_and_beats_full_text(
    home_with_model: Path, tmp_path: Path, question_set: str
) -> None:
    """Both sets of plain-language questions: the first shares more words with the notes, the
    second (paraphrased, as remembered weeks later) fewer; hybrid must hold on both."""
    file = QUESTIONS.with_name(f"{question_set}.jsonl")
    questions = [json.loads(line) for line in file.read_text().splitlines()]
    notes = _subset(tmp_path, questions, distractors=400)
    paths = AppPaths.resolve(home_with_model)
    with MemshadowService.create(
        paths, passphrase=PASSPHRASE, use_keyring=False, kdf=FAST_KDF
    ) as svc:
        svc.memories.import_path(notes)
        sem = svc._core.semantic()
        assert sem is not None and sem.run_until_done() == svc.vault.counts().memories
        sources = {m.source: m.id for m in svc.memories.list()}
        scores = evaluate(sem, questions, sources)
    assert scores["n"] == len(questions)
    assert scores["hybrid"] >= scores["semantic"], scores
    assert scores["hybrid"] > scores["fts"], scores
    assert scores["semantic"] > 0.6, scores


def test_cli_index_search_related_and_tags(home_with_model: Path, tmp_path: Path) -> None:
    cli = Cli(home_with_model)
    assert cli("init", "--no-keyring").code == 0
    docker = cli(
        "add",
        "--tag",
        "containers",
        "--title",
        "Compose networks",
        "services in one docker compose file share a default network",
    ).out.strip()
    cli(
        "add",
        "--tag",
        "containers",
        "--title",
        "Prune images",
        "remove dangling docker images to free disk space",
    )
    cli("add", "--tag", "cooking", "--title", "Sourdough", "feed the starter flour and water daily")
    cli("add", "--tag", "cooking", "--title", "Pasta", "salt the boiling water generously")
    new = cli("add", "--title", "Volumes", "keep container data in a named docker volume").out
    before = cli("search", "bread starter", "--json").json()
    assert before["mode"] == "hybrid"  # a model is installed: hybrid by default
    # A few new memories: search embeds them itself first, and finds them by meaning.
    assert before["not_embedded"] == 0 and before["hint"] is None
    assert before["results"][0]["title"] == "Sourdough"
    assert before["results"][0]["scores"]["cosine"] is not None
    indexed = cli("index", "--json").json()
    assert indexed["pending"] == 0 and indexed["indexed"] == 5
    hits = cli(
        "search",
        "can my containers reach each other over a shared network",
        "--mode",
        "semantic",
        "--json",
    ).json()
    assert hits["results"][0]["id"] == docker
    assert set(hits["results"][0]) >= {
        "id",
        "title",
        "source",
        "tags",
        "updated_at",
        "score",
        "snippet",
        "chunk",
    }
    related = cli("related", docker, "--json").json()
    assert related[0]["title"] in {"Volumes", "Prune images"}
    tags = cli("suggest-tags", new.strip(), "--json").json()
    assert tags[0]["tag"] == "containers" and tags[0]["confidence"] > 0.5


def test_no_model_falls_back_to_full_text_with_a_hint(vault_cli: Cli) -> None:
    vault_cli("add", "--title", "Kettle", "descale the kettle with vinegar")
    result = vault_cli("search", "kettle")
    assert result.code == 0 and "install a model" in result.err
    assert vault_cli("search", "kettle", "--mode", "semantic").code == ExitCode.INFERENCE
    index = vault_cli("index")
    assert index.code == ExitCode.INFERENCE and "no embedding model" in index.err


def test_locked_vault_cannot_be_searched(vault_cli: Cli) -> None:
    wrong = vault_cli("search", "anything", env={"MEMSHADOW_PASSPHRASE": "not it at all"})
    assert wrong.code == ExitCode.LOCKED
    assert vault_cli("index", env={"MEMSHADOW_PASSPHRASE": ""}).code == ExitCode.LOCKED


def test_vectors_load_for_the_model_that_will_be_used(home_with_model: Path) -> None:
    """Unlock loads the vectors while the model loads, by the fingerprint the model will have:
    the settings' precision included."""
    from memshadow_desktop.core.search.model_link import active_embedder, active_fingerprint
    from memshadow_desktop.core.settings import Settings

    paths = AppPaths.resolve(home_with_model)
    for precision in ("", "fp32"):
        settings = Settings.load(paths.settings_file)
        settings.precision = precision
        settings.save(paths.settings_file)
        embedder = active_embedder(paths)
        assert embedder is not None
        assert active_fingerprint(paths) == embedder.fingerprint
    assert "fp32" in embedder.fingerprint


def test_bench_search_reports_latency_quality_and_unlock(
    home_with_model: Path, tmp_path: Path
) -> None:
    """`memshadow bench search` end to end at a tiny size: real embedding, a vault grown from
    it, every mode timed, quality on the questions, unlock to first result in new processes."""
    questions = [json.loads(line) for line in QUESTIONS.read_text().splitlines()][:6]
    notes = _subset(tmp_path, questions, distractors=20)
    qfile = tmp_path / "questions.jsonl"
    qfile.write_text("\n".join(json.dumps(q) for q in questions))
    cli = Cli(home_with_model)
    r = cli(
        "bench", "search", "--corpus", str(notes), "--questions", str(qfile),
        "--memories", "60", "--no-gui", "--json",
    )  # fmt: skip
    assert r.code == 0, r.err
    result = r.json()
    timed = result["sizes"]["60"]
    assert timed["memories"] == 60 and timed["vectors"] >= 60
    for mode in ("fts", "semantic", "hybrid"):
        assert timed[mode]["queries"] == len(questions) and timed[mode]["p50_ms"] > 0
    assert result["quality"]["questions"]["n"] == len(questions)
    assert 0 < result["quality"]["questions"]["semantic"] <= 1
    unlock = result["unlock_to_first_result"]
    assert len(unlock["runs_s"]) == 3 and unlock["hits"] == 10 and unlock["vectors"] >= 60
    assert unlock["total_s"] == sorted(unlock["runs_s"])[1]


def test_search_with_many_memories_not_embedded_says_so_and_still_finds_words(
    home_with_model: Path, tmp_path: Path
) -> None:
    """Right after importing more than `search` embeds by itself: the hint says how many wait
    for `memshadow index`, and the best keyword match is listed even without vectors."""
    cli = Cli(home_with_model)
    assert cli("init", "--no-keyring").code == 0
    notes = tmp_path / "notes"
    notes.mkdir()
    for i in range(40):
        (notes / f"n{i}.md").write_text(f"# Note {i}\n\nroutine entry number {i} about chores\n")
    (notes / "wifi.md").write_text("# Router\n\nthe guest wifi password rotates monthly\n")
    assert cli("import", str(notes)).code == 0
    r = cli("search", "guest wifi password", "--json")
    assert r.code == 0, r.err
    data = r.json()
    assert data["hint"] == "not_embedded" and data["not_embedded"] == 41
    assert "Router" in [h["title"] for h in data["results"]]
    assert "41 memories are not embedded yet" in cli("search", "guest wifi password").err
    assert cli("index").code == 0
    after = cli("search", "guest wifi password", "--json").json()
    assert after["hint"] is None and after["results"][0]["title"] == "Router"
