//! Review meetings: held every month or quarter, with an agenda Regia builds
//! from the data ([`agenda`]), an outcome for each item — keep, adjust, stop
//! or start — that becomes a decision and changes the plan ([`outcomes`]),
//! and the minutes.
//!
//! Invariants:
//! - the agenda is a snapshot taken when the review is opened: what was on
//!   the table stays on record, even after the plan changes;
//! - an item gets one outcome, once; its decision is recorded as taken in
//!   the meeting (both sides were there);
//! - a closed review changes no more.

mod agenda;
mod outcomes;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

pub use outcomes::{
    CancelledItem, Effects, OutcomeInput, StartInput, StartKind, StopScope, apply_outcome,
    preview_outcome,
};

use crate::enums::Language;
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{ClientId, DecisionId, ReviewId, ReviewItemId};
use crate::monitoring::{self, ReviewCadence};
use crate::questionnaire::parse_date;
use crate::store::Store;
use crate::text::{self, MAX_LONG, MAX_SHORT};
use crate::{clients, text_enum, time};

text_enum!(
    ItemKind {
        /// A micro objective off track or at risk.
        Objective = "objective",
        /// An activity on a channel with no results for N months.
        Activity = "activity",
        /// A decision still waiting for an answer.
        Decision = "decision",
        /// Someone whose hours the split fills past the margin.
        Person = "person",
        /// An occasion coming before the next review.
        Occasion = "occasion",
        /// A topic added by hand.
        Topic = "topic",
    }
);

text_enum!(
    OutcomeKind { Keep = "keep", Adjust = "adjust", Stop = "stop", Start = "start" }
);

text_enum!(
    ReviewStatus { Open = "open", Closed = "closed" }
);

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReviewItem {
    pub id: ReviewItemId,
    pub kind: ItemKind,
    pub subject_id: Option<String>,
    /// For an activity: the channel key it runs on.
    pub channel: Option<String>,
    pub label: String,
    /// Figures behind the item (status, ratio, months, percent…), for the screen to word.
    pub detail: BTreeMap<String, String>,
    pub outcome: Option<OutcomeKind>,
    pub note: String,
    pub decision_id: Option<DecisionId>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Review {
    pub id: ReviewId,
    pub client_id: ClientId,
    pub language: Language,
    pub held_on: NaiveDate,
    pub attendees: String,
    pub minutes: String,
    pub status: ReviewStatus,
    pub closed_at: Option<DateTime<Utc>>,
    pub items: Vec<ReviewItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReviewSummary {
    pub id: ReviewId,
    pub held_on: NaiveDate,
    pub status: ReviewStatus,
    pub items: u32,
    pub decided: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Reviews {
    pub client_id: ClientId,
    pub cadence: ReviewCadence,
    /// When the next review is due: a cadence after the last one held, or today.
    pub next_due: NaiveDate,
    pub reviews: Vec<ReviewSummary>,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ReviewInput {
    /// ISO or Italian; empty means today.
    pub held_on: String,
    pub attendees: String,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MinutesInput {
    pub attendees: String,
    pub minutes: String,
}

pub fn list(store: &Store, client_id: ClientId, now: DateTime<Utc>) -> Result<Reviews> {
    store.read(|conn| {
        let client = clients::find(conn, client_id)?;
        let today = monitoring::today(&client.timezone, now);
        let cadence = monitoring::settings(conn, client_id)?.cadence;
        let reviews = conn
            .prepare_cached(
                "SELECT r.id, r.held_on, r.status,
                        (SELECT count(*) FROM review_items i WHERE i.review_id = r.id),
                        (SELECT count(*) FROM review_items i WHERE i.review_id = r.id
                                                               AND i.outcome IS NOT NULL)
                   FROM reviews r WHERE r.client_id = ?1 ORDER BY r.held_on DESC, r.created_at DESC",
            )?
            .query_map([client_id], |row| {
                Ok(ReviewSummary {
                    id: row.get(0)?,
                    held_on: row.get(1)?,
                    status: row.get(2)?,
                    items: row.get(3)?,
                    decided: row.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let months = match cadence {
            ReviewCadence::Monthly => 1,
            ReviewCadence::Quarterly => 3,
        };
        let next_due = reviews.first().map_or(today, |last| {
            last.held_on
                .checked_add_months(chrono::Months::new(months))
                .unwrap_or(last.held_on)
        });
        Ok(Reviews {
            client_id,
            cadence,
            next_due,
            reviews,
        })
    })
}

fn item_row(row: &Row<'_>) -> rusqlite::Result<ReviewItem> {
    let detail: String = row.get(5)?;
    Ok(ReviewItem {
        id: row.get(0)?,
        kind: row.get(1)?,
        subject_id: row.get(2)?,
        channel: row.get(3)?,
        label: row.get(4)?,
        detail: serde_json::from_str(&detail).unwrap_or_default(),
        outcome: row.get(6)?,
        note: row.get(7)?,
        decision_id: row.get(8)?,
    })
}

pub(crate) fn read(conn: &Connection, id: ReviewId) -> Result<Review> {
    let mut review = conn
        .prepare_cached(
            "SELECT r.id, r.client_id, c.language, r.held_on, r.attendees, r.minutes, r.status,
                    r.closed_at
               FROM reviews r JOIN clients c ON c.id = r.client_id WHERE r.id = ?1",
        )?
        .query_row([id], |row| {
            Ok(Review {
                id: row.get(0)?,
                client_id: row.get(1)?,
                language: row.get(2)?,
                held_on: row.get(3)?,
                attendees: row.get(4)?,
                minutes: row.get(5)?,
                status: row.get(6)?,
                closed_at: time::optional_column(row, 7)?,
                items: Vec::new(),
            })
        })
        .optional()?
        .ok_or_else(|| Error::not_found("review", id))?;
    review.items = conn
        .prepare_cached(
            "SELECT id, kind, subject_id, channel, label, detail, outcome, note, decision_id
               FROM review_items WHERE review_id = ?1 ORDER BY position",
        )?
        .query_map([id], item_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(review)
}

pub fn get(store: &Store, id: ReviewId) -> Result<Review> {
    store.read(|conn| read(conn, id))
}

/// A review that may still change.
pub(crate) fn open(conn: &Connection, id: ReviewId) -> Result<Review> {
    let review = read(conn, id)?;
    if review.status == ReviewStatus::Closed {
        return Err(Error::conflict(
            None,
            ErrorCode::ReviewClosed,
            "this review is closed",
        ));
    }
    Ok(review)
}

/// Opens a review with its agenda built from the data as it is now.
pub fn create(
    store: &Store,
    client_id: ClientId,
    input: &ReviewInput,
    now: DateTime<Utc>,
) -> Result<Review> {
    let attendees = text::optional("attendees", &input.attendees, MAX_SHORT)?;
    store.write(|tx| {
        let client = clients::find(tx, client_id)?;
        let today = monitoring::today(&client.timezone, now);
        let held_on = match input.held_on.trim() {
            "" => today,
            typed => parse_date(typed).ok_or_else(|| {
                Error::invalid(
                    "heldOn",
                    ErrorCode::InvalidDate,
                    format!("\"{typed}\" is not a date"),
                )
                .with_param("value", typed)
            })?,
        };
        let id = ReviewId::new();
        let now_text = time::to_text(now);
        tx.prepare_cached(
            "INSERT INTO reviews (id, client_id, held_on, attendees, status, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, 'open', ?5, ?5)",
        )?
        .execute(params![id, client_id, held_on, attendees, now_text])?;
        for (position, item) in (0_i64..).zip(agenda::build(tx, &client, held_on, now)?) {
            insert_item(tx, id, position, &item, &now_text)?;
        }
        read(tx, id)
    })
}

/// An agenda item before it is stored.
pub(crate) struct NewItem {
    pub kind: ItemKind,
    pub subject_id: Option<String>,
    pub channel: Option<String>,
    pub label: String,
    pub detail: BTreeMap<String, String>,
}

fn insert_item(
    conn: &Connection,
    review: ReviewId,
    position: i64,
    item: &NewItem,
    now: &str,
) -> Result<()> {
    let label: String = item.label.chars().take(MAX_SHORT).collect();
    conn.prepare_cached(
        "INSERT INTO review_items (id, review_id, position, kind, subject_id, channel, label, detail,
                created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
    )?
    .execute(params![
        ReviewItemId::new(),
        review,
        position,
        item.kind,
        item.subject_id,
        item.channel,
        label,
        serde_json::to_string(&item.detail)?,
        now
    ])?;
    Ok(())
}

/// Adds a topic of the user's own to the agenda.
pub fn add_topic(store: &Store, id: ReviewId, label: &str, now: DateTime<Utc>) -> Result<Review> {
    let label = text::required("label", label, MAX_SHORT)?;
    store.write(|tx| {
        open(tx, id)?;
        let position: i64 = tx.query_row(
            "SELECT coalesce(max(position) + 1, 0) FROM review_items WHERE review_id = ?1",
            [id],
            |row| row.get(0),
        )?;
        let item = NewItem {
            kind: ItemKind::Topic,
            subject_id: None,
            channel: None,
            label,
            detail: BTreeMap::new(),
        };
        insert_item(tx, id, position, &item, &time::to_text(now))?;
        read(tx, id)
    })
}

pub fn save_minutes(
    store: &Store,
    id: ReviewId,
    input: &MinutesInput,
    now: DateTime<Utc>,
) -> Result<Review> {
    let attendees = text::optional("attendees", &input.attendees, MAX_SHORT)?;
    let minutes = text::bounded("minutes", &input.minutes, MAX_LONG)?;
    store.write(|tx| {
        open(tx, id)?;
        tx.prepare_cached(
            "UPDATE reviews SET attendees = ?2, minutes = ?3, updated_at = ?4 WHERE id = ?1",
        )?
        .execute(params![id, attendees, minutes, time::to_text(now)])?;
        read(tx, id)
    })
}

/// Closes the review: its record is final.
pub fn close(store: &Store, id: ReviewId, now: DateTime<Utc>) -> Result<Review> {
    store.write(|tx| {
        open(tx, id)?;
        let now = time::to_text(now);
        tx.prepare_cached(
            "UPDATE reviews SET status = 'closed', closed_at = ?2, updated_at = ?2 WHERE id = ?1",
        )?
        .execute(params![id, now])?;
        read(tx, id)
    })
}

/// Removes a review nothing was decided in yet.
pub fn delete(store: &Store, id: ReviewId) -> Result<()> {
    store.write(|tx| {
        let review = open(tx, id)?;
        if review.items.iter().any(|i| i.outcome.is_some()) {
            return Err(Error::conflict(
                None,
                ErrorCode::ReviewClosed,
                "outcomes were decided in this review: it stays on record",
            ));
        }
        tx.execute("DELETE FROM reviews WHERE id = ?1", [id])?;
        Ok(())
    })
}

#[cfg(test)]
mod tests;
