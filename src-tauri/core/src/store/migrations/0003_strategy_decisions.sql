-- The strategy of each client and its decision log.
--
-- The live tables (strategies, strategy_segments, strategy_cards,
-- strategy_objectives, strategy_pillars, strategy_channels) hold the working
-- draft. A version, once submitted, keeps a frozen JSON snapshot of the whole
-- document in strategy_versions.content; the triggers below make that
-- snapshot, and every approved version, impossible to change.

CREATE TABLE strategies (
    id         TEXT PRIMARY KEY NOT NULL,
    client_id  TEXT NOT NULL UNIQUE REFERENCES clients (id) ON DELETE CASCADE,
    mission    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE strategy_segments (
    id          TEXT PRIMARY KEY NOT NULL,
    client_id   TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE INDEX strategy_segments_order ON strategy_segments (client_id, position);

CREATE TABLE strategy_cards (
    id                 TEXT PRIMARY KEY NOT NULL,
    client_id          TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    segment_id         TEXT REFERENCES strategy_segments (id) ON DELETE CASCADE,
    block              TEXT NOT NULL CHECK (block IN ('jobs', 'pains', 'gains', 'products',
                           'pain_relievers', 'gain_creators', 'values', 'differentiators',
                           'tone_adjectives', 'tone_do', 'tone_dont', 'banned_topics', 'key_messages')),
    text               TEXT NOT NULL,
    rank               INTEGER NOT NULL DEFAULT 0 CHECK (rank BETWEEN 0 AND 3),
    position           INTEGER NOT NULL,
    source_question_id TEXT REFERENCES questionnaire_questions (id) ON DELETE SET NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CHECK ((segment_id IS NOT NULL) = (block IN ('jobs', 'pains', 'gains', 'products',
                                                 'pain_relievers', 'gain_creators')))
) STRICT;

CREATE INDEX strategy_cards_order ON strategy_cards (client_id, segment_id, block, position);

CREATE TABLE strategy_objectives (
    id           TEXT PRIMARY KEY NOT NULL,
    client_id    TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    parent_id    TEXT REFERENCES strategy_objectives (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    category     TEXT CHECK (category IN ('awareness', 'community', 'traffic', 'leads', 'sales',
                                          'customer_care', 'reputation', 'specific')),
    channel      TEXT,
    metric       TEXT NOT NULL DEFAULT '',
    baseline     REAL,
    target       REAL,
    frequency    TEXT CHECK (frequency IN ('week', 'month', 'quarter')),
    period_start TEXT,
    deadline     TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    -- A macro objective has a category and no parent; a micro one the reverse.
    CHECK ((parent_id IS NULL) = (category IS NOT NULL))
) STRICT;

CREATE INDEX strategy_objectives_order ON strategy_objectives (client_id, parent_id, position);

CREATE TABLE strategy_pillars (
    id          TEXT PRIMARY KEY NOT NULL,
    client_id   TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    share       INTEGER NOT NULL CHECK (share BETWEEN 0 AND 100),
    position    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE INDEX strategy_pillars_order ON strategy_pillars (client_id, position);

CREATE TABLE strategy_channels (
    id             TEXT PRIMARY KEY NOT NULL,
    client_id      TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    -- A catalog key (instagram, …) or `custom:<name key>`.
    channel        TEXT NOT NULL,
    name           TEXT NOT NULL DEFAULT '',
    role           TEXT NOT NULL DEFAULT '',
    audience       TEXT NOT NULL DEFAULT '',
    importance     INTEGER NOT NULL CHECK (importance BETWEEN 1 AND 5),
    posts_per_week REAL NOT NULL CHECK (posts_per_week >= 0 AND posts_per_week <= 100),
    status         TEXT NOT NULL CHECK (status IN ('planned', 'active', 'paused', 'closed')),
    position       INTEGER NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (client_id, channel)
) STRICT;

CREATE TABLE strategy_dismissed (
    id          TEXT PRIMARY KEY NOT NULL,
    client_id   TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL REFERENCES questionnaire_questions (id) ON DELETE CASCADE,
    target      TEXT NOT NULL,
    value_key   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (client_id, question_id, target, value_key)
) STRICT;

CREATE TABLE strategy_versions (
    id                TEXT PRIMARY KEY NOT NULL,
    client_id         TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    number            INTEGER NOT NULL CHECK (number >= 1),
    status            TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved',
                                                      'changes_requested', 'withdrawn')),
    content           TEXT,
    submitted_at      TEXT,
    submitted_by      TEXT,
    submitted_side    TEXT CHECK (submitted_side IN ('agency', 'business')),
    decided_at        TEXT,
    decided_by        TEXT,
    decided_via       TEXT CHECK (decided_via IN ('in_app', 'meeting', 'email', 'phone', 'other')),
    comment           TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (client_id, number),
    CHECK ((status = 'draft') = (content IS NULL))
) STRICT;

-- At most one open version (a draft, or one waiting for approval) per client.
CREATE UNIQUE INDEX strategy_versions_one_open ON strategy_versions (client_id)
    WHERE status IN ('draft', 'submitted');

CREATE TRIGGER strategy_versions_frozen_content
BEFORE UPDATE ON strategy_versions
WHEN OLD.content IS NOT NULL AND NEW.content IS NOT OLD.content
BEGIN
    SELECT RAISE(ABORT, 'a submitted strategy version cannot change');
END;

CREATE TRIGGER strategy_versions_closed
BEFORE UPDATE ON strategy_versions
WHEN OLD.status IN ('approved', 'changes_requested', 'withdrawn')
BEGIN
    SELECT RAISE(ABORT, 'a closed strategy version cannot change');
END;

CREATE TRIGGER strategy_versions_kept
BEFORE DELETE ON strategy_versions
WHEN OLD.status <> 'draft'
  AND EXISTS (SELECT 1 FROM clients WHERE id = OLD.client_id)
BEGIN
    SELECT RAISE(ABORT, 'a submitted strategy version is kept');
END;

CREATE TABLE decisions (
    id           TEXT PRIMARY KEY NOT NULL,
    client_id    TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    title        TEXT NOT NULL,
    context      TEXT NOT NULL DEFAULT '',
    options      TEXT NOT NULL DEFAULT '[]',
    choice       TEXT NOT NULL DEFAULT '',
    rationale    TEXT NOT NULL DEFAULT '',
    proposed_by  TEXT NOT NULL CHECK (proposed_by IN ('agency', 'business')),
    status       TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected', 'superseded')),
    decided_at   TEXT,
    decided_by   TEXT,
    decided_via  TEXT CHECK (decided_via IN ('in_app', 'meeting', 'email', 'phone', 'other')),
    supersedes   TEXT REFERENCES decisions (id) ON DELETE SET NULL,
    superseded_by TEXT REFERENCES decisions (id) ON DELETE SET NULL,
    subject_kind TEXT CHECK (subject_kind IN ('answer', 'objective', 'channel', 'pillar', 'strategy_version')),
    subject_id   TEXT,
    subject_label TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK ((subject_kind IS NULL) = (subject_id IS NULL)),
    CHECK ((status = 'proposed') = (decided_at IS NULL))
) STRICT;

CREATE INDEX decisions_by_client ON decisions (client_id, status, created_at);

-- What was decided stays as it was decided: only the move to superseded (and
-- the link to the newer decision) may touch a closed decision.
CREATE TRIGGER decisions_closed
BEFORE UPDATE ON decisions
WHEN OLD.status <> 'proposed'
 AND NOT (OLD.status = 'approved' AND NEW.status = 'superseded'
          AND NEW.title IS OLD.title AND NEW.context IS OLD.context
          AND NEW.options IS OLD.options AND NEW.choice IS OLD.choice
          AND NEW.rationale IS OLD.rationale AND NEW.decided_at IS OLD.decided_at
          AND NEW.decided_by IS OLD.decided_by AND NEW.decided_via IS OLD.decided_via)
BEGIN
    SELECT RAISE(ABORT, 'a decided decision cannot change');
END;
