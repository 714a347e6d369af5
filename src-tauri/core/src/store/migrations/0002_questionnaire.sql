-- Each client's own copy of the onboarding questionnaire, and its answers.
-- Template questions keep their `template_key` and take their wording from the
-- built-in template; custom questions carry their own wording.

CREATE TABLE questionnaire_questions (
    id           TEXT PRIMARY KEY NOT NULL,
    client_id    TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    section      TEXT NOT NULL,
    template_key TEXT,
    position     INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('short_text', 'long_text', 'single_choice',
                     'multiple_choice', 'scale', 'number', 'date', 'url', 'channels')),
    audience     TEXT NOT NULL CHECK (audience IN ('business', 'agency', 'together')),
    prompt       TEXT NOT NULL DEFAULT '',
    help         TEXT NOT NULL DEFAULT '',
    options      TEXT NOT NULL DEFAULT '[]',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (client_id, template_key)
) STRICT;

CREATE INDEX questionnaire_questions_order ON questionnaire_questions (client_id, section, position);

CREATE TABLE questionnaire_answers (
    id          TEXT PRIMARY KEY NOT NULL,
    question_id TEXT NOT NULL UNIQUE REFERENCES questionnaire_questions (id) ON DELETE CASCADE,
    value       TEXT NOT NULL,
    answered_by TEXT NOT NULL CHECK (answered_by IN ('agency', 'business')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
