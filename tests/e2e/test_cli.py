"""The `memshadow` command as a script would use it: output, --json and exit codes."""

from __future__ import annotations

from pathlib import Path

from memshadow_desktop.core.errors import ExitCode
from tests.conftest import REPO, Cli

SUMMARY_KEYS = {"id", "title", "source", "tags", "updated_at"}


def test_init_info_and_protection(cli: Cli) -> None:
    result = cli("init", "--no-keyring", "--json")
    assert result.code == 0, result.err
    info = cli("info", "--json").json()
    assert info["protection"] == "passphrase"
    assert info["memories"] == 0
    again = cli("init", "--no-keyring")
    assert again.code == ExitCode.NO_VAULT
    assert again.err.count("\n") == 1 and "already exists" in again.err


def test_memory_lifecycle(vault_cli: Cli) -> None:
    cli = vault_cli
    added = cli("add", "--title", "Parking", "--tag", "car", "Level 3, bay 42")
    assert added.code == 0
    mid = added.out.strip()
    assert len(mid) == 36
    from_stdin = cli("add", "--tag", "x", "-", input="# Piped\nfrom stdin\n", env={})
    assert from_stdin.code == 0

    shown = cli("show", mid, "--json").json()
    assert shown.keys() >= SUMMARY_KEYS and shown["body"] == "Level 3, bay 42"

    listed = cli("list", "--json").json()
    assert len(listed) == 2 and all(m.keys() >= SUMMARY_KEYS for m in listed)
    assert [m["title"] for m in cli("list", "--tag", "car", "--json").json()] == ["Parking"]
    assert len(cli("list", "--limit", "1", "--json").json()) == 1

    assert cli("edit", mid, "Level 4, bay 12").code == 0
    history = cli("history", mid, "--json").json()
    assert [h["op"] for h in history] == ["edit", "create"]

    found = cli("search", "bay", "--json").json()
    assert found["mode"] == "fts" and found["hint"] == "no_model"
    hits = found["results"]
    assert [h["id"] for h in hits] == [mid]
    assert hits[0].keys() >= SUMMARY_KEYS and "**bay**" in hits[0]["snippet"]

    assert cli("rm", mid).code == 0
    assert cli("search", "bay", "--json").json()["results"] == []
    assert cli("restore", mid).code == 0
    first_rev = history[-1]["rev"]
    restored = cli("restore", mid, "--rev", first_rev[:10], "--json").json()
    assert restored["body"] == "Level 3, bay 42"


def test_bad_input_gets_one_line_and_exit_code(vault_cli: Cli) -> None:
    cli = vault_cli
    missing = cli("show", "01234567-0000-7000-8000-000000000000")
    assert missing.code == ExitCode.NOT_FOUND and missing.err.count("\n") == 1
    wrong = cli("list", env={"MEMSHADOW_PASSPHRASE": "not the passphrase"})
    assert wrong.code == ExitCode.LOCKED and "wrong passphrase" in wrong.err
    assert wrong.err.count("\n") == 1
    as_json = cli("list", "--json", env={"MEMSHADOW_PASSPHRASE": "not the passphrase"})
    assert as_json.json()["error"]["code"] == "wrong_passphrase"
    nopass = cli("list", env={"MEMSHADOW_PASSPHRASE": ""})
    assert nopass.code == ExitCode.LOCKED and "no passphrase" in nopass.err
    empty = cli("add", "   ")
    assert empty.code == ExitCode.INVALID_INPUT
    binary = cli("add", "-", input=b"\xff\xfe\x00bin")
    assert binary.code == ExitCode.INVALID_INPUT
    usage = cli("list", "--limit", "zero")
    assert usage.code == ExitCode.USAGE


def test_no_vault(cli: Cli) -> None:
    result = cli("list")
    assert result.code == ExitCode.NO_VAULT and "memshadow init" in result.err


def test_passphrase_file_and_passwd(vault_cli: Cli, tmp_path: Path) -> None:
    cli = vault_cli
    mid = cli("add", "secret words").out.strip()
    old_file = tmp_path / "old"
    old_file.write_text("correct horse battery\n")
    new_file = tmp_path / "new"
    new_file.write_text("a brand new passphrase\n")
    no_env = {"MEMSHADOW_PASSPHRASE": ""}
    changed = cli(
        "passwd",
        "--passphrase-file",
        str(old_file),
        "--new-passphrase-file",
        str(new_file),
        env=no_env,
    )
    assert changed.code == 0, changed.err
    assert cli("show", mid, "--passphrase-file", str(old_file), env=no_env).code == ExitCode.LOCKED
    shown = cli("show", mid, "--passphrase-file", str(new_file), "--json", env=no_env)
    assert shown.json()["body"] == "secret words"


def test_keyring_protection(tmp_path: Path) -> None:
    keyring_env = {
        "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.FileKeyring",
        "MEMSHADOW_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
        "MEMSHADOW_PASSPHRASE": "",
        "PYTHONPATH": str(REPO),
    }
    cli = Cli(tmp_path / "home", keyring_env)
    assert cli("init").code == 0
    info = cli("info", "--json").json()
    assert info["protection"] == "keyring"
    assert "FileKeyring" in info["keyring_backend"]
    mid = cli("add", "kept by the keyring").out.strip()
    assert cli("show", mid, "--json").json()["body"] == "kept by the keyring"
    # Moving to a passphrase works, and then the keyring entry alone no longer opens it.
    changed = cli("passwd", env={"MEMSHADOW_NEW_PASSPHRASE": "switch to passphrase"})
    assert changed.code == 0, changed.err
    assert cli("info", "--json").code == ExitCode.LOCKED
    info = cli("info", "--json", env={"MEMSHADOW_PASSPHRASE": "switch to passphrase"}).json()
    assert info["protection"] == "passphrase"


def test_bench_store_prints_figures(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "home")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(30):
        (corpus / f"n{i}.md").write_text(f"# Note {i}\nsome words about topic{i % 3} and more\n")
    result = cli(
        "bench", "store", "--corpus", str(corpus), "--memories", "20", "--rounds", "1", "--json"
    )
    assert result.code == 0, result.err
    figures = result.json()["figures"]
    assert set(figures) == {"insert", "update", "search", "import"}
    for f in figures.values():
        assert f["sqlcipher"] > 0 and f["sqlite"] > 0 and f["cost_ratio"] > 0
