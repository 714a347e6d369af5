//! Clients: the businesses an agency install helps (a business install has
//! exactly one, itself). Names are unique regardless of case and spacing;
//! archiving keeps everything and remembers the status to restore.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use crate::enums::Language;
use crate::error::{Error, ErrorCode, Result};
use crate::ids::ClientId;
use crate::questionnaire::{self, Completion};
use crate::store::Store;
use crate::text::{self, MAX_SHORT};
use crate::{text_enum, time};

text_enum!(
    /// Where the shared project stands: the agency leads at start-up, the
    /// business takes over towards autonomy.
    Phase { Startup = "startup", Growth = "growth", Autonomy = "autonomy" }
);

text_enum!(
    ClientStatus {
        Onboarding = "onboarding",
        Active = "active",
        Paused = "paused",
        Archived = "archived",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Client {
    pub id: ClientId,
    pub name: String,
    pub sector: String,
    pub place: String,
    pub website: String,
    pub timezone: String,
    pub language: Language,
    pub phase: Phase,
    pub status: ClientStatus,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What the client form sends. Validated here, not trusted.
#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ClientInput {
    pub name: String,
    pub sector: String,
    pub place: String,
    pub website: String,
    pub timezone: String,
    pub language: Language,
    pub phase: Phase,
    pub status: ClientStatus,
}

impl ClientInput {
    /// A new client with sensible Italian defaults.
    pub fn named(name: &str, language: Language) -> Self {
        Self {
            name: name.to_owned(),
            sector: String::new(),
            place: String::new(),
            website: String::new(),
            timezone: "Europe/Rome".to_owned(),
            language,
            phase: Phase::Startup,
            status: ClientStatus::Onboarding,
        }
    }

    fn validated(&self) -> Result<Self> {
        Ok(Self {
            name: text::name("name", &self.name)?,
            sector: text::optional("sector", &self.sector, MAX_SHORT)?,
            place: text::optional("place", &self.place, MAX_SHORT)?,
            website: text::web_address("website", &self.website)?,
            timezone: text::timezone("timezone", &self.timezone)?,
            ..self.clone()
        })
    }
}

/// A row of the clients list, with how far the questionnaire has come.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ClientSummary {
    pub id: ClientId,
    pub name: String,
    pub sector: String,
    pub place: String,
    pub phase: Phase,
    pub status: ClientStatus,
    pub questionnaire: Completion,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Default, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ClientQuery {
    /// Words that must all appear in the name, sector or place (any case).
    pub search: String,
    pub include_archived: bool,
}

const COLUMNS: &str =
    "id, name, sector, place, website, timezone, language, phase, status, created_at, updated_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Client> {
    Ok(Client {
        id: row.get(0)?,
        name: row.get(1)?,
        sector: row.get(2)?,
        place: row.get(3)?,
        website: row.get(4)?,
        timezone: row.get(5)?,
        language: row.get(6)?,
        phase: row.get(7)?,
        status: row.get(8)?,
        created_at: time::column(row, 9)?,
        updated_at: time::column(row, 10)?,
    })
}

pub fn list(store: &Store, query: &ClientQuery) -> Result<Vec<ClientSummary>> {
    let words: Vec<String> = query
        .search
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    store.read(|conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT c.id, c.name, c.sector, c.place, c.phase, c.status, c.updated_at,
                    (SELECT count(*) FROM questionnaire_questions q WHERE q.client_id = c.id),
                    (SELECT count(*) FROM questionnaire_answers a
                       JOIN questionnaire_questions q ON q.id = a.question_id
                      WHERE q.client_id = c.id)
               FROM clients c
              WHERE ?1 OR c.status <> 'archived'
              ORDER BY c.name_key",
        )?;
        let rows = stmt.query_map([query.include_archived], |row| {
            Ok(ClientSummary {
                id: row.get(0)?,
                name: row.get(1)?,
                sector: row.get(2)?,
                place: row.get(3)?,
                phase: row.get(4)?,
                status: row.get(5)?,
                updated_at: time::column(row, 6)?,
                questionnaire: Completion::new(row.get(8)?, row.get(7)?),
            })
        })?;
        let mut clients = Vec::new();
        for row in rows {
            let client = row?;
            let haystack =
                format!("{} {} {}", client.name, client.sector, client.place).to_lowercase();
            if words.iter().all(|w| haystack.contains(w.as_str())) {
                clients.push(client);
            }
        }
        Ok(clients)
    })
}

pub fn get(store: &Store, id: ClientId) -> Result<Client> {
    store.read(|conn| find(conn, id))
}

pub(crate) fn find(conn: &Connection, id: ClientId) -> Result<Client> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM clients WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found("client", id))
}

pub fn create(store: &Store, input: &ClientInput, now: DateTime<Utc>) -> Result<Client> {
    store.write(|tx| insert(tx, input, now))
}

/// Inserts a client and its copy of the questionnaire, inside the caller's transaction.
pub(crate) fn insert(conn: &Connection, input: &ClientInput, now: DateTime<Utc>) -> Result<Client> {
    let input = input.validated()?;
    let id = ClientId::new();
    ensure_unique_name(conn, &input.name, None)?;
    let status = if input.status == ClientStatus::Archived {
        ClientStatus::Onboarding
    } else {
        input.status
    };
    conn.prepare_cached(
        "INSERT INTO clients (id, name, name_key, sector, place, website, timezone, language,
                              phase, status, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
    )?
    .execute(params![
        id,
        input.name,
        text::name_key(&input.name),
        input.sector,
        input.place,
        input.website,
        input.timezone,
        input.language,
        input.phase,
        status,
        time::to_text(now),
    ])?;
    questionnaire::instantiate(conn, id, now)?;
    find(conn, id)
}

pub fn update(
    store: &Store,
    id: ClientId,
    input: &ClientInput,
    now: DateTime<Utc>,
) -> Result<Client> {
    let input = input.validated()?;
    store.write(|tx| {
        let current = find(tx, id)?;
        ensure_unique_name(tx, &input.name, Some(id))?;
        let before_archive = match (current.status, input.status) {
            (ClientStatus::Archived, ClientStatus::Archived) => None,
            (status, ClientStatus::Archived) => Some(status),
            _ => None,
        };
        tx.prepare_cached(
            "UPDATE clients SET name = ?2, name_key = ?3, sector = ?4, place = ?5, website = ?6,
                    timezone = ?7, language = ?8, phase = ?9, status = ?10,
                    status_before_archive = coalesce(?11, status_before_archive), updated_at = ?12
              WHERE id = ?1",
        )?
        .execute(params![
            id,
            input.name,
            text::name_key(&input.name),
            input.sector,
            input.place,
            input.website,
            input.timezone,
            input.language,
            input.phase,
            input.status,
            before_archive,
            time::to_text(now),
        ])?;
        find(tx, id)
    })
}

/// Hides a client from everyday lists; nothing of it is deleted.
pub fn archive(store: &Store, id: ClientId, now: DateTime<Utc>) -> Result<Client> {
    store.write(|tx| {
        let current = find(tx, id)?;
        if current.status != ClientStatus::Archived {
            tx.prepare_cached(
                "UPDATE clients SET status = 'archived', status_before_archive = ?2, updated_at = ?3
                  WHERE id = ?1",
            )?
            .execute(params![id, current.status, time::to_text(now)])?;
        }
        find(tx, id)
    })
}

/// Brings an archived client back with the status it had before.
pub fn restore(store: &Store, id: ClientId, now: DateTime<Utc>) -> Result<Client> {
    store.write(|tx| {
        let current = find(tx, id)?;
        if current.status == ClientStatus::Archived {
            tx.prepare_cached(
                "UPDATE clients SET status = coalesce(status_before_archive, 'active'),
                        status_before_archive = NULL, updated_at = ?2
                  WHERE id = ?1",
            )?
            .execute(params![id, time::to_text(now)])?;
        }
        find(tx, id)
    })
}

fn ensure_unique_name(conn: &Connection, name: &str, except: Option<ClientId>) -> Result<()> {
    let existing: Option<(ClientId, String)> = conn
        .prepare_cached("SELECT id, name FROM clients WHERE name_key = ?1")?
        .query_row([text::name_key(name)], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    match existing {
        Some((other, other_name)) if Some(other) != except => Err(Error::conflict(
            Some("name"),
            ErrorCode::DuplicateName,
            format!("a client named \"{other_name}\" already exists"),
        )
        .with_param("name", other_name)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests;
