"""Schema migrations, keyed by ``PRAGMA user_version``."""

from __future__ import annotations

from memshadow_desktop.core.errors import NotAVaultError
from memshadow_desktop.core.store.db import Connection, transaction

# Each entry migrates from version i to i+1. Never edit a released migration: append.
MIGRATIONS: list[str] = [
    # v1: memories, revisions, outbox, sync state, full-text index
    """
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE memories (
        rowid_       INTEGER PRIMARY KEY,
        id           TEXT NOT NULL UNIQUE,
        title        TEXT NOT NULL,
        body         TEXT NOT NULL,
        tags         TEXT NOT NULL DEFAULT '[]',
        source       TEXT,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        pinned       INTEGER NOT NULL DEFAULT 0,
        deleted      INTEGER NOT NULL DEFAULT 0,
        head_rev     TEXT NOT NULL,
        hlc          TEXT NOT NULL,
        content_hash TEXT NOT NULL
    );
    CREATE INDEX memories_source ON memories(source);
    CREATE INDEX memories_updated ON memories(deleted, updated_at);
    CREATE TABLE revisions (
        seq          INTEGER PRIMARY KEY,
        rev_id       TEXT NOT NULL UNIQUE,
        memory_id    TEXT NOT NULL,
        parents      TEXT NOT NULL,
        title        TEXT NOT NULL,
        body         TEXT NOT NULL,
        tags         TEXT NOT NULL,
        source       TEXT,
        pinned       INTEGER NOT NULL,
        deleted      INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        hlc          TEXT NOT NULL,
        device_id    TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        op           TEXT NOT NULL
    );
    CREATE INDEX revisions_memory ON revisions(memory_id, seq);
    CREATE TABLE outbox (
        seq        INTEGER PRIMARY KEY,
        memory_id  TEXT NOT NULL,
        rev_id     TEXT NOT NULL,
        priority   INTEGER NOT NULL DEFAULT 2,
        created_at TEXT NOT NULL,
        attempts   INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX outbox_memory ON outbox(memory_id);
    CREATE TABLE sync_state (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE memories_fts USING fts5(
        title, body, tags,
        content='memories', content_rowid='rowid_',
        tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER memories_ai AFTER INSERT ON memories BEGIN
        INSERT INTO memories_fts(rowid, title, body, tags)
        VALUES (new.rowid_, new.title, new.body, new.tags);
    END;
    CREATE TRIGGER memories_ad AFTER DELETE ON memories BEGIN
        INSERT INTO memories_fts(memories_fts, rowid, title, body, tags)
        VALUES ('delete', old.rowid_, old.title, old.body, old.tags);
    END;
    CREATE TRIGGER memories_au AFTER UPDATE OF title, body, tags ON memories BEGIN
        INSERT INTO memories_fts(memories_fts, rowid, title, body, tags)
        VALUES ('delete', old.rowid_, old.title, old.body, old.tags);
        INSERT INTO memories_fts(rowid, title, body, tags)
        VALUES (new.rowid_, new.title, new.body, new.tags);
    END;
    """,
    # v2: sync: the server head each memory was last synced to, conflicts, rejected records
    """
    CREATE TABLE sync_heads (
        memory_id   TEXT PRIMARY KEY,
        rev_id      TEXT NOT NULL,
        seq         INTEGER NOT NULL,
        depth       INTEGER NOT NULL DEFAULT 0,
        chain_bytes INTEGER NOT NULL DEFAULT 0,
        key_bytes   INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE conflicts (
        id           INTEGER PRIMARY KEY,
        memory_id    TEXT NOT NULL,
        kind         TEXT NOT NULL,
        base_rev     TEXT,
        local_rev    TEXT NOT NULL,
        remote_rev   TEXT NOT NULL,
        merged_rev   TEXT NOT NULL,
        fields       TEXT NOT NULL DEFAULT '[]',
        created_at   TEXT NOT NULL,
        resolved_at  TEXT,
        resolution   TEXT,
        resolved_rev TEXT
    );
    CREATE INDEX conflicts_open ON conflicts(resolved_at, memory_id);
    CREATE TABLE sync_rejects (
        id          INTEGER PRIMARY KEY,
        seq         INTEGER NOT NULL,
        memory_id   TEXT NOT NULL,
        rev_id      TEXT NOT NULL,
        reason      TEXT NOT NULL,
        attempts    INTEGER NOT NULL DEFAULT 1,
        first_at    TEXT NOT NULL,
        last_at     TEXT NOT NULL,
        resolved_at TEXT,
        UNIQUE (memory_id, rev_id)
    );
    """,
    # v3: embedding vectors (inside the encrypted database, never elsewhere)
    """
    CREATE TABLE embeddings (
        memory_id    TEXT NOT NULL,
        model        TEXT NOT NULL,
        chunk        INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        start_char   INTEGER NOT NULL,
        end_char     INTEGER NOT NULL,
        vector       BLOB NOT NULL,
        PRIMARY KEY (memory_id, model, chunk)
    );
    CREATE INDEX embeddings_model ON embeddings(model, memory_id);
    """,
    # v4: a covering index so loading vectors at unlock never reads memory bodies; the FTS
    # vocabulary (document frequency per term) so search can skip words that match everything.
    # memories_updated goes: listing sorts by pinned first, so it never served, and every
    # index is one more encrypted page to write per change.
    """
    DROP INDEX memories_updated;
    CREATE INDEX memories_current ON memories(id, content_hash, deleted);
    CREATE VIRTUAL TABLE memories_vocab USING fts5vocab(memories_fts, 'row');
    INSERT INTO memories_fts(memories_fts, rank) VALUES ('automerge', 8);
    """,
    # v5: vectors as the in-memory index's own 8-bit codes, one row per memory (half the bytes
    # of float16 and a sixth of the rows to decrypt at unlock), each model's code range beside
    # them; the v3 table is emptied into it the first time a model's vectors load. And an
    # index for the newest HLC, which every unlock reads (it was a scan of every revision).
    """
    CREATE TABLE vector_spaces (
        model TEXT PRIMARY KEY,
        dim   INTEGER NOT NULL,
        bound REAL NOT NULL
    );
    CREATE TABLE vectors (
        memory_id    TEXT NOT NULL,
        model        TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        spans        BLOB NOT NULL,
        codes        BLOB NOT NULL,
        PRIMARY KEY (model, memory_id)
    );
    CREATE INDEX revisions_hlc ON revisions(hlc);
    """,
    # v6: a journal of changes, so every process that has the vault open (the window, the
    # agent, a CLI command beside them) learns what another one committed. Triggers write it,
    # so no code path can forget to; ``memshadow_origin()`` names the writing process (each
    # connection registers it, see db.connect) so a process skips its own changes. Only the
    # newest rows are kept (a range delete on the key, every 512 rows): a reader that fell
    # further behind (a bulk import) reloads everything instead.
    """
    CREATE TABLE changes (
        seq       INTEGER PRIMARY KEY AUTOINCREMENT,
        kind      TEXT NOT NULL,
        memory_id TEXT,
        detail    TEXT,
        origin    TEXT NOT NULL
    );
    CREATE TRIGGER changes_prune AFTER INSERT ON changes WHEN new.seq % 512 = 0 BEGIN
        DELETE FROM changes WHERE seq <= new.seq - 20000;
    END;
    CREATE TRIGGER changes_memory_ai AFTER INSERT ON memories BEGIN
        INSERT INTO changes (kind, memory_id, origin)
        VALUES ('memory', new.id, memshadow_origin());
    END;
    CREATE TRIGGER changes_memory_au AFTER UPDATE ON memories BEGIN
        INSERT INTO changes (kind, memory_id, origin)
        VALUES ('memory', new.id, memshadow_origin());
    END;
    CREATE TRIGGER changes_memory_ad AFTER DELETE ON memories BEGIN
        INSERT INTO changes (kind, memory_id, origin)
        VALUES ('memory', old.id, memshadow_origin());
    END;
    CREATE TRIGGER changes_vectors_ai AFTER INSERT ON vectors BEGIN
        INSERT INTO changes (kind, memory_id, detail, origin)
        VALUES ('vectors', new.memory_id, new.model, memshadow_origin());
    END;
    CREATE TRIGGER changes_vectors_au AFTER UPDATE ON vectors BEGIN
        INSERT INTO changes (kind, memory_id, detail, origin)
        VALUES ('vectors', new.memory_id, new.model, memshadow_origin());
    END;
    CREATE TRIGGER changes_vectors_ad AFTER DELETE ON vectors BEGIN
        INSERT INTO changes (kind, memory_id, detail, origin)
        VALUES ('vectors', old.memory_id, old.model, memshadow_origin());
    END;
    CREATE TRIGGER changes_outbox_ai AFTER INSERT ON outbox BEGIN
        INSERT INTO changes (kind, memory_id, origin)
        VALUES ('outbox', new.memory_id, memshadow_origin());
    END;
    CREATE TRIGGER changes_conflicts_ai AFTER INSERT ON conflicts BEGIN
        INSERT INTO changes (kind, memory_id, origin)
        VALUES ('conflict', new.memory_id, memshadow_origin());
    END;
    CREATE TRIGGER changes_conflicts_au AFTER UPDATE ON conflicts BEGIN
        INSERT INTO changes (kind, memory_id, origin)
        VALUES ('conflict', new.memory_id, memshadow_origin());
    END;
    CREATE TRIGGER changes_sync_ai AFTER INSERT ON sync_state
    WHEN new.key IN ('server', 'account', 'token', 'paused', 'revoked', 'blocked') BEGIN
        INSERT INTO changes (kind, detail, origin) VALUES ('sync', new.key, memshadow_origin());
    END;
    CREATE TRIGGER changes_sync_au AFTER UPDATE ON sync_state
    WHEN new.key IN ('server', 'account', 'token', 'paused', 'revoked', 'blocked') BEGIN
        INSERT INTO changes (kind, detail, origin) VALUES ('sync', new.key, memshadow_origin());
    END;
    CREATE TRIGGER changes_sync_ad AFTER DELETE ON sync_state
    WHEN old.key IN ('server', 'account', 'token', 'paused', 'revoked', 'blocked') BEGIN
        INSERT INTO changes (kind, detail, origin) VALUES ('sync', old.key, memshadow_origin());
    END;
    """,
    # v7: sync protocol v2. An outbox row the server says it stored keeps waiting until the
    # device sees the record in the server's log (sent_seq: the sequence number the server
    # claimed); a row that cannot be sent (a memory id no server takes) is set aside with
    # the reason (held), and no longer blocks the rest. Revisions not pushed yet that still
    # have protocol v1 ids (the SHA-256 of their text, 64 hex digits, which a server could
    # guess) get random ids, everywhere they are named, before they ever leave the vault.
    """
    ALTER TABLE outbox ADD COLUMN sent_seq INTEGER;
    ALTER TABLE outbox ADD COLUMN held TEXT;
    CREATE TEMP TABLE v7_rekey AS
        SELECT rev_id AS old, lower(hex(randomblob(16))) AS new
        FROM outbox WHERE length(rev_id) = 64 GROUP BY rev_id;
    CREATE UNIQUE INDEX v7_rekey_old ON v7_rekey(old);
    UPDATE revisions SET rev_id = (SELECT new FROM v7_rekey WHERE old = revisions.rev_id)
        WHERE rev_id IN (SELECT old FROM v7_rekey);
    UPDATE revisions SET parents = (
            SELECT json_group_array(coalesce(k.new, p.value))
            FROM json_each(revisions.parents) AS p LEFT JOIN v7_rekey AS k ON k.old = p.value
        )
        WHERE EXISTS (
            SELECT 1 FROM json_each(revisions.parents) AS p JOIN v7_rekey AS k ON k.old = p.value
        );
    UPDATE memories SET head_rev = (SELECT new FROM v7_rekey WHERE old = memories.head_rev)
        WHERE head_rev IN (SELECT old FROM v7_rekey);
    UPDATE outbox SET rev_id = (SELECT new FROM v7_rekey WHERE old = outbox.rev_id)
        WHERE rev_id IN (SELECT old FROM v7_rekey);
    UPDATE conflicts SET
        local_rev = coalesce((SELECT new FROM v7_rekey WHERE old = local_rev), local_rev),
        remote_rev = coalesce((SELECT new FROM v7_rekey WHERE old = remote_rev), remote_rev),
        merged_rev = coalesce((SELECT new FROM v7_rekey WHERE old = merged_rev), merged_rev),
        base_rev = coalesce((SELECT new FROM v7_rekey WHERE old = base_rev), base_rev),
        resolved_rev = coalesce((SELECT new FROM v7_rekey WHERE old = resolved_rev), resolved_rev);
    DROP TABLE v7_rekey;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: Connection) -> int:
    """Bring the database to :data:`SCHEMA_VERSION`; returns the version found before."""
    found = _version(conn)
    if found > SCHEMA_VERSION:
        raise NotAVaultError(
            f"vault schema {found} is newer than this app ({SCHEMA_VERSION})",
            reason="newer_schema",
            found=found,
            known=SCHEMA_VERSION,
        )
    for version in range(found, SCHEMA_VERSION):
        with transaction(conn):
            # Another process opening the vault at the same moment may have migrated it while
            # this one waited for the write lock.
            if _version(conn) > version:
                continue
            for statement in _split(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
    return found


def _version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _split(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    statements: list[str] = []
    current: list[str] = []
    in_trigger = False
    for line in script.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        current.append(line)
        upper = stripped.upper()
        if upper.startswith("CREATE TRIGGER"):
            in_trigger = True
        if in_trigger:
            if upper == "END;":
                statements.append("\n".join(current))
                current, in_trigger = [], False
        elif stripped.endswith(";"):
            statements.append("\n".join(current))
            current = []
    if current:
        statements.append("\n".join(current))
    return statements
