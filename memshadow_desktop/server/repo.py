"""What the server does with its database, in parts that share one :class:`Database`.

Every method is synchronous (the API runs it in a worker thread) and, where it acts for a
device, takes that device's :class:`~memshadow_desktop.server.identity.Principal`, so no query
can reach another account's rows.
"""

from __future__ import annotations

from memshadow_desktop.server.account_keys import AccountKeys
from memshadow_desktop.server.accounts import Accounts
from memshadow_desktop.server.config import ServerConfig
from memshadow_desktop.server.db import Database
from memshadow_desktop.server.devices import Devices
from memshadow_desktop.server.maintenance import Maintenance
from memshadow_desktop.server.records import Records
from memshadow_desktop.server.tokens import Tokens


class Repo:
    def __init__(self, db: Database, config: ServerConfig) -> None:
        self.db = db
        self.config = config
        self.tokens = Tokens(db, config)
        self.accounts = Accounts(db, config, self.tokens)
        self.devices = Devices(db, config)
        self.keys = AccountKeys(db, self.accounts, self.devices, self.tokens)
        self.records = Records(db, config)
        self.maintenance = Maintenance(db, config, self.devices)
