"""The history pane names devices ("Phone", not an id), also when the server is gone."""

from __future__ import annotations

from typing import Any

from tests.qt.shells import (  # noqa: F401  (fixtures)
    WAIT_MS,
    Homes,
    Shells,
    homes,
    loopback,
    shells,
    wait_synced,
)
from tests.support.loopback import RestartableServer


def revision_lines(shell: Any) -> list[str]:
    history = shell.window.history
    return [history.list.item(i).text() for i in range(history.list.count())]


def test_history_names_the_devices_and_works_offline(
    qtbot: Any,
    homes: Homes,  # noqa: F811
    shells: Shells,  # noqa: F811
    loopback: RestartableServer,  # noqa: F811
) -> None:
    laptop = homes.device("Work laptop")
    phone = homes.device("Phone")
    memory = laptop.memories.add("first text", title="Shared")
    homes.call(laptop.sync.now)
    homes.call(phone.sync.now)
    phone.memories.edit(memory.id, body="edited on the phone")
    homes.call(phone.sync.now)
    homes.call(laptop.sync.now)
    phone_id = phone.vault.info().device_id

    shell = shells.open(laptop)
    wait_synced(qtbot, shell)
    shell.window.list_pane.select(memory.id)
    qtbot.waitUntil(lambda: len(revision_lines(shell)) == 2, timeout=WAIT_MS)
    # The laptop never listed the devices: the window asks the server once.
    qtbot.waitUntil(lambda: "Phone" in revision_lines(shell)[0], timeout=WAIT_MS)
    lines = revision_lines(shell)
    assert lines[0].endswith("· Phone") and lines[1].endswith("· Work laptop")
    mine = shell.window.history.list.item(1).toolTip()
    assert "this device" in mine
    assert all(phone_id[:8] not in line for line in lines)

    loopback.stop()  # offline: the names were kept in the vault
    shell.window.close_for_good()
    again = shells.open(laptop, tray=False)
    again.window.list_pane.select(memory.id)
    qtbot.waitUntil(lambda: len(revision_lines(again)) == 2, timeout=WAIT_MS)
    assert revision_lines(again)[0].endswith("· Phone")
