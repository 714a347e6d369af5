-- Who this install belongs to, its settings, its clients and their people.

CREATE TABLE profile (
    id            TEXT PRIMARY KEY NOT NULL,
    singleton     INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
    kind          TEXT NOT NULL CHECK (kind IN ('agency', 'business')),
    name          TEXT NOT NULL,
    own_client_id TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
    id         TEXT PRIMARY KEY NOT NULL,
    key        TEXT NOT NULL UNIQUE,
    value      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE clients (
    id                    TEXT PRIMARY KEY NOT NULL,
    name                  TEXT NOT NULL,
    name_key              TEXT NOT NULL UNIQUE,
    sector                TEXT NOT NULL DEFAULT '',
    place                 TEXT NOT NULL DEFAULT '',
    website               TEXT NOT NULL DEFAULT '',
    timezone              TEXT NOT NULL,
    language              TEXT NOT NULL CHECK (language IN ('it', 'en')),
    phase                 TEXT NOT NULL CHECK (phase IN ('startup', 'growth', 'autonomy')),
    status                TEXT NOT NULL CHECK (status IN ('onboarding', 'active', 'paused', 'archived')),
    status_before_archive TEXT CHECK (status_before_archive IN ('onboarding', 'active', 'paused')),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
) STRICT;

CREATE TABLE people (
    id                TEXT PRIMARY KEY NOT NULL,
    client_id         TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    name              TEXT NOT NULL,
    side              TEXT NOT NULL CHECK (side IN ('agency', 'business')),
    role              TEXT NOT NULL DEFAULT '',
    weekly_hours      REAL NOT NULL DEFAULT 0 CHECK (weekly_hours >= 0 AND weekly_hours <= 168),
    skill_strategy    INTEGER NOT NULL DEFAULT 0 CHECK (skill_strategy BETWEEN 0 AND 3),
    skill_copywriting INTEGER NOT NULL DEFAULT 0 CHECK (skill_copywriting BETWEEN 0 AND 3),
    skill_photo       INTEGER NOT NULL DEFAULT 0 CHECK (skill_photo BETWEEN 0 AND 3),
    skill_video       INTEGER NOT NULL DEFAULT 0 CHECK (skill_video BETWEEN 0 AND 3),
    skill_graphics    INTEGER NOT NULL DEFAULT 0 CHECK (skill_graphics BETWEEN 0 AND 3),
    skill_community   INTEGER NOT NULL DEFAULT 0 CHECK (skill_community BETWEEN 0 AND 3),
    skill_advertising INTEGER NOT NULL DEFAULT 0 CHECK (skill_advertising BETWEEN 0 AND 3),
    skill_analytics   INTEGER NOT NULL DEFAULT 0 CHECK (skill_analytics BETWEEN 0 AND 3),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
) STRICT;

CREATE INDEX people_by_client ON people (client_id, side, name);
