-- The in-house / agency split: per client, which activities exist, who does
-- each activity on each channel in each phase (agency, business or shared),
-- with a RACI and the hours it takes; the money side; the skill-transfer plan.

CREATE TABLE split_settings (
    client_id       TEXT PRIMARY KEY NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    -- The agency's hourly rate, in euro.
    hourly_rate     REAL NOT NULL DEFAULT 0 CHECK (hourly_rate >= 0),
    -- What the business can spend on the agency each month; NULL: not said yet.
    monthly_budget  REAL CHECK (monthly_budget IS NULL OR monthly_budget >= 0),
    -- Above this share of their hours, a person's time is no longer protected.
    capacity_margin INTEGER NOT NULL DEFAULT 80 CHECK (capacity_margin BETWEEN 10 AND 100),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;

CREATE TABLE split_activities (
    id         TEXT PRIMARY KEY NOT NULL,
    client_id  TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    -- A catalog key (copywriting, …) or `custom:<name key>`.
    key        TEXT NOT NULL,
    -- The name of a custom activity; '' for a catalog one (the UI names it).
    name       TEXT NOT NULL DEFAULT '',
    -- JSON array of the skills the activity needs (people.skill_* names).
    skills     TEXT NOT NULL DEFAULT '[]',
    -- How much it needs the business's own voice: 0 none, 1 some, 2 a lot.
    voice      INTEGER NOT NULL CHECK (voice BETWEEN 0 AND 2),
    -- What it usually takes on one channel, in hours a month.
    hours      REAL NOT NULL CHECK (hours >= 0 AND hours <= 744),
    position   INTEGER NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('active', 'closed')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (client_id, key)
) STRICT;

CREATE TABLE split_cells (
    id             TEXT PRIMARY KEY NOT NULL,
    client_id      TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    phase          TEXT NOT NULL CHECK (phase IN ('startup', 'growth', 'autonomy')),
    activity_id    TEXT NOT NULL REFERENCES split_activities (id) ON DELETE CASCADE,
    channel_id     TEXT NOT NULL REFERENCES strategy_channels (id) ON DELETE CASCADE,
    side           TEXT NOT NULL CHECK (side IN ('agency', 'business', 'shared')),
    -- Hours a month (a month has at most 744).
    business_hours REAL NOT NULL DEFAULT 0 CHECK (business_hours BETWEEN 0 AND 744),
    agency_hours   REAL NOT NULL DEFAULT 0 CHECK (agency_hours BETWEEN 0 AND 744),
    -- The decision that set the side.
    decision_id    TEXT REFERENCES decisions (id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (activity_id, channel_id, phase)
) STRICT;

CREATE INDEX split_cells_by_client ON split_cells (client_id, phase);

CREATE TABLE split_raci (
    cell_id   TEXT NOT NULL REFERENCES split_cells (id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('responsible', 'accountable', 'consulted', 'informed')),
    PRIMARY KEY (cell_id, person_id)
) STRICT, WITHOUT ROWID;

-- At most one Accountable per row (the core refuses a row with none).
CREATE UNIQUE INDEX split_raci_one_accountable ON split_raci (cell_id) WHERE role = 'accountable';
CREATE INDEX split_raci_by_person ON split_raci (person_id);

-- Nobody leaves a row without its Accountable (a whole client may go).
CREATE TRIGGER people_still_accountable
BEFORE DELETE ON people
WHEN EXISTS (SELECT 1 FROM split_raci WHERE person_id = OLD.id AND role = 'accountable')
 AND EXISTS (SELECT 1 FROM clients WHERE id = OLD.client_id)
BEGIN
    SELECT RAISE(ABORT, 'this person is accountable for part of the split');
END;

CREATE TABLE skill_transfers (
    id           TEXT PRIMARY KEY NOT NULL,
    client_id    TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    person_id    TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    skill        TEXT NOT NULL CHECK (skill IN ('strategy', 'copywriting', 'photo', 'video',
                                                'graphics', 'community', 'advertising', 'analytics')),
    from_level   INTEGER NOT NULL CHECK (from_level BETWEEN 0 AND 3),
    to_level     INTEGER NOT NULL CHECK (to_level BETWEEN 1 AND 3 AND to_level > from_level),
    sessions     INTEGER NOT NULL CHECK (sessions BETWEEN 1 AND 100),
    due_date     TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
    notes        TEXT NOT NULL DEFAULT '',
    completed_at TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK ((status = 'done') = (completed_at IS NOT NULL))
) STRICT;

CREATE INDEX skill_transfers_by_client ON skill_transfers (client_id, status, due_date);
