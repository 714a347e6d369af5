-- Monitoring and reviews: the metrics a client measures (a catalog in code
-- plus the client's own), the measured values per channel, metric and period,
-- the review meetings with their agenda, outcomes and minutes; and the link
-- from a content item to the split activity it belongs to, so that stopping
-- an activity can cancel its future items.

CREATE TABLE monitoring_settings (
    client_id     TEXT PRIMARY KEY NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    cadence       TEXT NOT NULL CHECK (cadence IN ('monthly', 'quarterly')),
    -- An activity with no results for this many months in a row is flagged.
    quiet_periods INTEGER NOT NULL CHECK (quiet_periods BETWEEN 1 AND 24),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;

CREATE TABLE custom_metrics (
    id         TEXT PRIMARY KEY NOT NULL,
    client_id  TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    -- `custom:<name key>`.
    key        TEXT NOT NULL,
    name       TEXT NOT NULL,
    family     TEXT NOT NULL CHECK (family IN ('visits', 'participation', 'contacts', 'opportunities')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (client_id, key)
) STRICT;

CREATE TABLE measurements (
    id         TEXT PRIMARY KEY NOT NULL,
    client_id  TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    -- A channel key of the plan, or '' for the business as a whole (its site).
    channel    TEXT NOT NULL,
    -- A catalog metric key or a custom metric's `custom:<name key>`.
    metric     TEXT NOT NULL,
    period     TEXT NOT NULL CHECK (period IN ('week', 'month')),
    -- The Monday of the week, or the first day of the month.
    starts_on  TEXT NOT NULL,
    value      REAL NOT NULL CHECK (value >= 0),
    source     TEXT NOT NULL CHECK (source IN ('manual', 'import')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (client_id, channel, metric, period, starts_on)
) STRICT;

CREATE INDEX measurements_by_period ON measurements (client_id, starts_on);

ALTER TABLE content_items ADD COLUMN activity_id TEXT REFERENCES split_activities (id) ON DELETE SET NULL;

CREATE TABLE reviews (
    id         TEXT PRIMARY KEY NOT NULL,
    client_id  TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    held_on    TEXT NOT NULL,
    attendees  TEXT NOT NULL DEFAULT '',
    minutes    TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    closed_at  TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((status = 'closed') = (closed_at IS NOT NULL))
) STRICT;

CREATE INDEX reviews_by_client ON reviews (client_id, held_on);

CREATE TABLE review_items (
    id          TEXT PRIMARY KEY NOT NULL,
    review_id   TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('objective', 'activity', 'decision', 'person',
                                              'occasion', 'topic')),
    -- What the item is about (an objective, activity, decision or person id;
    -- an occasion's reference); NULL for a topic added by hand.
    subject_id  TEXT,
    -- For an activity: the channel key it runs on.
    channel     TEXT,
    -- How the subject read when the agenda was made.
    label       TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT '',
    outcome     TEXT CHECK (outcome IN ('keep', 'adjust', 'stop', 'start')),
    note        TEXT NOT NULL DEFAULT '',
    decision_id TEXT REFERENCES decisions (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE INDEX review_items_order ON review_items (review_id, position);
