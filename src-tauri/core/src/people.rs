//! People of a client, on both sides: who they are, the weekly hours they can
//! give to social media, and their skill levels (0 none … 3 expert). Later
//! capabilities (who does what, skill transfer) read these.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use crate::clients;
use crate::enums::Side;
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{ClientId, PersonId};
use crate::store::Store;
use crate::text::{self, MAX_SHORT};
use crate::{text_enum, time};

/// Hours in a week: nobody can give more.
pub const MAX_WEEKLY_HOURS: f64 = 168.0;
pub const MAX_SKILL: u8 = 3;

/// Skill levels, 0 (none) to 3 (expert), one per skill the work needs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Skills {
    pub strategy: u8,
    pub copywriting: u8,
    pub photo: u8,
    pub video: u8,
    pub graphics: u8,
    pub community: u8,
    pub advertising: u8,
    pub analytics: u8,
}

text_enum!(
    /// One of the skills the work needs (a column of [`Skills`]).
    Skill {
        Strategy = "strategy",
        Copywriting = "copywriting",
        Photo = "photo",
        Video = "video",
        Graphics = "graphics",
        Community = "community",
        Advertising = "advertising",
        Analytics = "analytics",
    }
);

impl Skills {
    pub fn get(&self, skill: Skill) -> u8 {
        match skill {
            Skill::Strategy => self.strategy,
            Skill::Copywriting => self.copywriting,
            Skill::Photo => self.photo,
            Skill::Video => self.video,
            Skill::Graphics => self.graphics,
            Skill::Community => self.community,
            Skill::Advertising => self.advertising,
            Skill::Analytics => self.analytics,
        }
    }

    /// (field name, level) for each skill, in display order.
    pub fn levels(&self) -> [(&'static str, u8); 8] {
        [
            ("strategy", self.strategy),
            ("copywriting", self.copywriting),
            ("photo", self.photo),
            ("video", self.video),
            ("graphics", self.graphics),
            ("community", self.community),
            ("advertising", self.advertising),
            ("analytics", self.analytics),
        ]
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    pub id: PersonId,
    pub client_id: ClientId,
    pub name: String,
    pub side: Side,
    pub role: String,
    pub weekly_hours: f64,
    pub skills: Skills,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PersonInput {
    pub name: String,
    pub side: Side,
    pub role: String,
    pub weekly_hours: f64,
    pub skills: Skills,
}

impl PersonInput {
    fn validated(&self) -> Result<Self> {
        let hours = self.weekly_hours;
        if !hours.is_finite() || !(0.0..=MAX_WEEKLY_HOURS).contains(&hours) {
            return Err(Error::invalid(
                "weeklyHours",
                ErrorCode::OutOfRange,
                format!("weekly hours must be between 0 and {MAX_WEEKLY_HOURS}"),
            )
            .with_param("min", 0)
            .with_param("max", MAX_WEEKLY_HOURS));
        }
        for (skill, level) in self.skills.levels() {
            if level > MAX_SKILL {
                return Err(Error::invalid(
                    format!("skills.{skill}"),
                    ErrorCode::OutOfRange,
                    format!("skill levels go from 0 to {MAX_SKILL}"),
                )
                .with_param("min", 0)
                .with_param("max", MAX_SKILL));
            }
        }
        Ok(Self {
            name: text::name("name", &self.name)?,
            role: text::optional("role", &self.role, MAX_SHORT)?,
            weekly_hours: (hours * 4.0).round() / 4.0,
            ..self.clone()
        })
    }
}

const COLUMNS: &str =
    "id, client_id, name, side, role, weekly_hours, skill_strategy, skill_copywriting,
     skill_photo, skill_video, skill_graphics, skill_community, skill_advertising, skill_analytics,
     created_at, updated_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Person> {
    Ok(Person {
        id: row.get(0)?,
        client_id: row.get(1)?,
        name: row.get(2)?,
        side: row.get(3)?,
        role: row.get(4)?,
        weekly_hours: row.get(5)?,
        skills: Skills {
            strategy: row.get(6)?,
            copywriting: row.get(7)?,
            photo: row.get(8)?,
            video: row.get(9)?,
            graphics: row.get(10)?,
            community: row.get(11)?,
            advertising: row.get(12)?,
            analytics: row.get(13)?,
        },
        created_at: time::column(row, 14)?,
        updated_at: time::column(row, 15)?,
    })
}

/// The client's people, agency side first, then by name.
pub fn list(store: &Store, client_id: ClientId) -> Result<Vec<Person>> {
    store.read(|conn| {
        clients::find(conn, client_id)?;
        of_client(conn, client_id)
    })
}

pub(crate) fn of_client(conn: &Connection, client_id: ClientId) -> Result<Vec<Person>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM people WHERE client_id = ?1 ORDER BY side, name COLLATE NOCASE"
    ))?;
    let people = stmt
        .query_map([client_id], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(people)
}

pub(crate) fn find(conn: &Connection, id: PersonId) -> Result<Person> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM people WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found("person", id))
}

pub fn create(
    store: &Store,
    client_id: ClientId,
    input: &PersonInput,
    now: DateTime<Utc>,
) -> Result<Person> {
    let input = input.validated()?;
    store.write(|tx| {
        clients::find(tx, client_id)?;
        let id = PersonId::new();
        tx.prepare_cached(&format!(
            "INSERT INTO people ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)"
        ))?
        .execute(params![
            id,
            client_id,
            input.name,
            input.side,
            input.role,
            input.weekly_hours,
            input.skills.strategy,
            input.skills.copywriting,
            input.skills.photo,
            input.skills.video,
            input.skills.graphics,
            input.skills.community,
            input.skills.advertising,
            input.skills.analytics,
            time::to_text(now),
        ])?;
        find(tx, id)
    })
}

pub fn update(
    store: &Store,
    id: PersonId,
    input: &PersonInput,
    now: DateTime<Utc>,
) -> Result<Person> {
    let input = input.validated()?;
    store.write(|tx| {
        find(tx, id)?;
        tx.prepare_cached(
            "UPDATE people SET name = ?2, side = ?3, role = ?4, weekly_hours = ?5,
                    skill_strategy = ?6, skill_copywriting = ?7, skill_photo = ?8, skill_video = ?9,
                    skill_graphics = ?10, skill_community = ?11, skill_advertising = ?12,
                    skill_analytics = ?13, updated_at = ?14
              WHERE id = ?1",
        )?
        .execute(params![
            id,
            input.name,
            input.side,
            input.role,
            input.weekly_hours,
            input.skills.strategy,
            input.skills.copywriting,
            input.skills.photo,
            input.skills.video,
            input.skills.graphics,
            input.skills.community,
            input.skills.advertising,
            input.skills.analytics,
            time::to_text(now),
        ])?;
        find(tx, id)
    })
}

/// Removes a person; refused while they are the Accountable of a row of the
/// split (someone else must answer for it first).
pub fn delete(store: &Store, id: PersonId) -> Result<()> {
    store.write(|tx| {
        let accountable: i64 = tx
            .prepare_cached(
                "SELECT count(*) FROM split_raci WHERE person_id = ?1 AND role = 'accountable'",
            )?
            .query_row([id], |row| row.get(0))?;
        if accountable > 0 {
            return Err(Error::conflict(
                None,
                ErrorCode::StillAccountable,
                "this person is accountable for part of the split",
            )
            .with_param("count", accountable));
        }
        let deleted = tx
            .prepare_cached("DELETE FROM people WHERE id = ?1")?
            .execute([id])?;
        if deleted == 0 {
            return Err(Error::not_found("person", id));
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests;
