-- The editorial calendar: content items (one per channel; variants of the
-- same content share a group), their comment thread, the business's own
-- occasions and recurring slots.
--
-- Reads are range queries on (client_id, planned_at): an agency holds years
-- of items for 50 clients, and a month view must not scan them all.

CREATE TABLE calendar_slots (
    id         TEXT PRIMARY KEY NOT NULL,
    client_id  TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    channel    TEXT NOT NULL,
    title      TEXT NOT NULL,
    weekday    INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    time       TEXT NOT NULL,
    pillar_id  TEXT REFERENCES strategy_pillars (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE content_items (
    id            TEXT PRIMARY KEY NOT NULL,
    client_id     TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    group_id      TEXT NOT NULL,
    channel       TEXT NOT NULL,
    title         TEXT NOT NULL,
    caption       TEXT NOT NULL DEFAULT '',
    -- The UTC instant, for range reads; NULL for an idea not placed yet.
    planned_at    TEXT,
    -- The wall-clock time it was planned at in the client's zone (YYYY-MM-DDTHH:MM).
    planned_local TEXT,
    status        TEXT NOT NULL CHECK (status IN ('idea', 'draft', 'in_review', 'changes_requested',
                                                  'approved', 'scheduled', 'published', 'cancelled')),
    pillar_id     TEXT REFERENCES strategy_pillars (id) ON DELETE SET NULL,
    objective_id  TEXT REFERENCES strategy_objectives (id) ON DELETE SET NULL,
    occasion      TEXT,
    owner_id      TEXT REFERENCES people (id) ON DELETE SET NULL,
    slot_id       TEXT REFERENCES calendar_slots (id) ON DELETE SET NULL,
    notes         TEXT NOT NULL DEFAULT '',
    sequence      INTEGER NOT NULL DEFAULT 0,
    decided_at    TEXT,
    decided_by    TEXT,
    decided_via   TEXT CHECK (decided_via IN ('in_app', 'meeting', 'email', 'phone', 'other')),
    -- Set when deleted; the row stays until the undo window has passed.
    deleted_at    TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK ((planned_at IS NULL) = (planned_local IS NULL))
) STRICT;

CREATE INDEX content_items_by_client_time ON content_items (client_id, planned_at)
    WHERE deleted_at IS NULL;
CREATE INDEX content_items_by_time ON content_items (planned_at)
    WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX content_items_one_per_channel ON content_items (group_id, channel)
    WHERE deleted_at IS NULL;

CREATE TABLE item_comments (
    id         TEXT PRIMARY KEY NOT NULL,
    item_id    TEXT NOT NULL REFERENCES content_items (id) ON DELETE CASCADE,
    author     TEXT NOT NULL,
    side       TEXT NOT NULL CHECK (side IN ('agency', 'business')),
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX item_comments_by_item ON item_comments (item_id, created_at);

CREATE TABLE occasions (
    id                 TEXT PRIMARY KEY NOT NULL,
    client_id          TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    name               TEXT NOT NULL,
    starts_on          TEXT NOT NULL,
    ends_on            TEXT NOT NULL,
    yearly             INTEGER NOT NULL CHECK (yearly IN (0, 1)),
    source_question_id TEXT REFERENCES questionnaire_questions (id) ON DELETE SET NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CHECK (ends_on >= starts_on)
) STRICT;

CREATE INDEX occasions_by_client ON occasions (client_id, starts_on);
