-- Sharing a client between two installs (an agency's and its business's).
-- These tables are this install's own: they never travel in a file.

-- One row per shared client: the pairing, its secret and where the exchange
-- stands. `side` is this install's side in the pairing.
CREATE TABLE shares (
    client_id          TEXT PRIMARY KEY NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    pairing            TEXT NOT NULL UNIQUE,
    side               TEXT NOT NULL CHECK (side IN ('agency', 'business')),
    secret             BLOB NOT NULL CHECK (length(secret) = 32),
    -- The other install, once known (the agency learns it from the first file).
    peer               TEXT,
    peer_name          TEXT NOT NULL DEFAULT '',
    -- The shared folder, if the exchange goes through one.
    folder             TEXT,
    sent_sequence      INTEGER NOT NULL DEFAULT 0 CHECK (sent_sequence >= 0),
    received_sequence  INTEGER NOT NULL DEFAULT 0 CHECK (received_sequence >= 0),
    last_sent_at       TEXT,
    last_received_at   TEXT,
    -- A later file is there but this one is missing.
    waiting_for        INTEGER,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
) STRICT;

-- Changes recorded since the last file was made, one changeset per write.
CREATE TABLE share_outbox (
    id         INTEGER PRIMARY KEY,
    client_id  TEXT NOT NULL REFERENCES shares (client_id) ON DELETE CASCADE,
    changeset  BLOB NOT NULL
) STRICT;

CREATE INDEX share_outbox_by_client ON share_outbox (client_id, id);

-- Every file made and applied, with what arrived (approvals) as JSON.
CREATE TABLE share_files (
    id         INTEGER PRIMARY KEY,
    client_id  TEXT NOT NULL REFERENCES shares (client_id) ON DELETE CASCADE,
    direction  TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    sequence   INTEGER NOT NULL,
    bytes      INTEGER NOT NULL,
    changes    INTEGER NOT NULL,
    arrivals   TEXT NOT NULL DEFAULT '[]',
    at         TEXT NOT NULL,
    -- A sent file's bytes, so a lost one can be saved again.
    content    BLOB,
    UNIQUE (client_id, direction, sequence)
) STRICT;

-- What the exchange could not settle alone, and how a person settled it.
CREATE TABLE share_conflicts (
    id            TEXT PRIMARY KEY NOT NULL,
    client_id     TEXT NOT NULL REFERENCES shares (client_id) ON DELETE CASCADE,
    sequence      INTEGER NOT NULL,
    -- field: both sides changed it; deleted: the other side deleted a row
    -- changed here; gone: the other side changed a row deleted here;
    -- refused: a change this database cannot take (e.g. a duplicate).
    kind          TEXT NOT NULL CHECK (kind IN ('field', 'deleted', 'gone', 'refused')),
    table_name    TEXT NOT NULL,
    row_key       TEXT NOT NULL,
    column_name   TEXT,
    -- Columns that follow this one's choice (who answered, who approved):
    -- JSON [{column, local, remote}].
    companions    TEXT NOT NULL DEFAULT '[]',
    label         TEXT NOT NULL DEFAULT '',
    local_value   TEXT,
    remote_value  TEXT,
    local_at      TEXT,
    remote_at     TEXT NOT NULL,
    remote_side   TEXT NOT NULL CHECK (remote_side IN ('agency', 'business')),
    suggested     TEXT CHECK (suggested IN ('local', 'remote')),
    status        TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
    choice        TEXT CHECK (choice IN ('local', 'remote', 'acknowledged', 'other_side')),
    resolved_by   TEXT,
    resolved_at   TEXT,
    created_at    TEXT NOT NULL
) STRICT;

CREATE INDEX share_conflicts_open ON share_conflicts (client_id, status, created_at);
