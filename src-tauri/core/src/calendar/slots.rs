//! Recurring slots: "every Tuesday at 12:30, tip of the week on Instagram".
//! Filling a slot places an idea on each of the coming weeks that does not
//! have one yet; an idea the user deleted is not put back.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};

use super::ItemStatus;
use super::items;
use super::wallclock::parse_time;
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{ClientId, PillarId, SlotId};
use crate::store::Store;
use crate::text::{self, MAX_SHORT};
use crate::{channels, clients, time};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Slot {
    pub id: SlotId,
    pub channel: String,
    pub title: String,
    /// 1 Monday … 7 Sunday.
    pub weekday: u8,
    /// `HH:MM`, wall-clock time in the client's zone.
    pub time: String,
    pub pillar_id: Option<PillarId>,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SlotInput {
    pub channel: String,
    pub title: String,
    pub weekday: u8,
    pub time: String,
    pub pillar_id: Option<PillarId>,
}

/// How far ahead a slot may be filled at once.
pub const MAX_WEEKS: u32 = 26;

pub fn list(store: &Store, client_id: ClientId) -> Result<Vec<Slot>> {
    store.read(|conn| {
        clients::find(conn, client_id)?;
        Ok(conn
            .prepare_cached(
                "SELECT id, channel, title, weekday, time, pillar_id FROM calendar_slots
                  WHERE client_id = ?1 ORDER BY weekday, time",
            )?
            .query_map([client_id], |row| {
                Ok(Slot {
                    id: row.get(0)?,
                    channel: row.get(1)?,
                    title: row.get(2)?,
                    weekday: row.get(3)?,
                    time: row.get(4)?,
                    pillar_id: row.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?)
    })
}

pub fn add(
    store: &Store,
    client_id: ClientId,
    input: &SlotInput,
    now: DateTime<Utc>,
) -> Result<Slot> {
    let title = text::required("title", &input.title, MAX_SHORT)?;
    if !(1..=7).contains(&input.weekday) {
        return Err(Error::invalid(
            "weekday",
            ErrorCode::OutOfRange,
            "a weekday goes from 1 to 7",
        )
        .with_param("min", 1)
        .with_param("max", 7));
    }
    let at = parse_time(&input.time).ok_or_else(|| {
        Error::invalid("time", ErrorCode::InvalidTime, "not a time")
            .with_param("value", &input.time)
    })?;
    if !channels::is_known(&input.channel) {
        return Err(
            Error::invalid("channel", ErrorCode::InvalidChoice, "unknown channel")
                .with_param("value", &input.channel),
        );
    }
    store.write(|tx| {
        clients::find(tx, client_id)?;
        let id = SlotId::new();
        tx.prepare_cached(
            "INSERT INTO calendar_slots (id, client_id, channel, title, weekday, time, pillar_id, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        )?
        .execute(params![
            id,
            client_id,
            input.channel,
            title,
            input.weekday,
            at.format("%H:%M").to_string(),
            input.pillar_id,
            time::to_text(now)
        ])?;
        Ok(Slot {
            id,
            channel: input.channel.clone(),
            title,
            weekday: input.weekday,
            time: at.format("%H:%M").to_string(),
            pillar_id: input.pillar_id,
        })
    })
}

pub fn remove(store: &Store, id: SlotId) -> Result<()> {
    store.write(|tx| {
        if tx.execute("DELETE FROM calendar_slots WHERE id = ?1", [id])? == 0 {
            return Err(Error::not_found("slot", id));
        }
        Ok(())
    })
}

/// Places the slots' ideas on the `weeks` weeks from `from`; returns how many were made.
pub fn fill(
    store: &Store,
    client_id: ClientId,
    from: NaiveDate,
    weeks: u32,
    now: DateTime<Utc>,
) -> Result<u32> {
    if !(1..=MAX_WEEKS).contains(&weeks) {
        return Err(
            Error::invalid("weeks", ErrorCode::OutOfRange, "fill 1 to 26 weeks")
                .with_param("min", 1)
                .with_param("max", MAX_WEEKS),
        );
    }
    let slots = list(store, client_id)?;
    store.write(|tx| {
        let zone = items::zone_of(tx, client_id)?;
        let mut made = 0;
        for slot in &slots {
            let Some(at) = parse_time(&slot.time) else { continue };
            let offset = (i64::from(slot.weekday) - 1 - i64::from(from.weekday().num_days_from_monday())).rem_euclid(7);
            let first = from + Duration::days(offset);
            for week in 0..i64::from(weeks) {
                let day = first + Duration::weeks(week);
                let local = day.and_time(at);
                // Deleted placeholders count: the user removed that one on purpose.
                let exists: bool = tx
                    .prepare_cached(
                        "SELECT EXISTS (SELECT 1 FROM content_items
                          WHERE client_id = ?1 AND slot_id = ?2 AND substr(planned_local, 1, 10) = ?3)",
                    )?
                    .query_row(params![client_id, slot.id, day.to_string()], |r| r.get(0))?;
                if !exists {
                    let idea = items::Placed {
                        channel: &slot.channel,
                        title: &slot.title,
                        caption: "",
                        local,
                        status: ItemStatus::Idea,
                        pillar: slot.pillar_id,
                        notes: "",
                        slot: Some(slot.id),
                    };
                    items::insert_placed(tx, client_id, zone, &idea, now)?;
                    made += 1;
                }
            }
        }
        Ok(made)
    })
}
