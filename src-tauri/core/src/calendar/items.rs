//! Content items: create (one per channel, linked as variants), edit, move,
//! duplicate, delete with undo. The status workflow is in [`super::workflow`],
//! wall-clock time in [`super::wallclock`].

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use super::ItemStatus;
use super::wallclock::{
    DEFAULT_TIME, Gap, LOCAL_FORMAT, check_year, local_column, planned, resolve,
};
use crate::decisions::ApprovalVia;
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{
    ActivityId, ClientId, CommentId, ItemGroupId, ItemId, ObjectiveId, PersonId, PillarId, SlotId,
};
use crate::store::Store;
use crate::text::{self, MAX_LONG, MAX_SHORT};
use crate::{channels, clients, enums::Side, time};

/// Longest caption Regia keeps; channels have lower limits, warned about.
pub const MAX_CAPTION: usize = 70_000;

/// What the editor shows and edits.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CalendarItem {
    pub id: ItemId,
    pub client_id: ClientId,
    pub group_id: ItemGroupId,
    pub channel: String,
    pub title: String,
    pub caption: String,
    pub planned_at: Option<DateTime<Utc>>,
    pub planned_local: Option<NaiveDateTime>,
    pub status: ItemStatus,
    pub pillar_id: Option<PillarId>,
    pub objective_id: Option<ObjectiveId>,
    pub occasion: Option<String>,
    pub owner_id: Option<PersonId>,
    pub slot_id: Option<SlotId>,
    /// The split activity the item belongs to (a review's "stop" cancels by it).
    pub activity_id: Option<ActivityId>,
    pub notes: String,
    pub sequence: u32,
    pub decided_at: Option<DateTime<Utc>>,
    pub decided_by: Option<String>,
    pub decided_via: Option<ApprovalVia>,
    /// The channel's caption limit when the caption is over it.
    pub caption_over: Option<u32>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Comment {
    pub id: CommentId,
    pub author: String,
    pub side: Side,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

/// An item with its variants on other channels and its comment thread.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ItemDetail {
    pub item: CalendarItem,
    pub variants: Vec<CalendarItem>,
    pub comments: Vec<Comment>,
}

/// What the editor sends. Date and time come as typed.
#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ItemInput {
    /// On create, one item per channel (linked variants); on edit, ignored.
    pub channels: Vec<String>,
    pub title: String,
    pub caption: String,
    /// Empty for an idea not placed on a day yet.
    pub date: String,
    /// Empty means 10:00.
    pub time: String,
    pub status: ItemStatus,
    pub pillar_id: Option<PillarId>,
    pub objective_id: Option<ObjectiveId>,
    pub occasion: Option<String>,
    pub owner_id: Option<PersonId>,
    /// The split activity it belongs to.
    #[serde(default)]
    pub activity_id: Option<ActivityId>,
    pub notes: String,
}

const COLUMNS: &str = "i.id, i.client_id, i.group_id, i.channel, i.title, i.caption, i.planned_at,
    i.planned_local, i.status, i.pillar_id, i.objective_id, i.occasion, i.owner_id, i.slot_id,
    i.notes, i.sequence, i.decided_at, i.decided_by, i.decided_via, i.created_at, i.updated_at,
    i.activity_id";

fn from_row(row: &Row<'_>) -> rusqlite::Result<CalendarItem> {
    let channel: String = row.get(3)?;
    let caption: String = row.get(5)?;
    let caption_over = channels::caption_limit(&channel)
        .filter(|limit| caption.chars().count() > *limit)
        .and_then(|limit| u32::try_from(limit).ok());
    Ok(CalendarItem {
        id: row.get(0)?,
        client_id: row.get(1)?,
        group_id: row.get(2)?,
        channel,
        title: row.get(4)?,
        caption,
        planned_at: time::optional_column(row, 6)?,
        planned_local: local_column(row, 7)?,
        status: row.get(8)?,
        pillar_id: row.get(9)?,
        objective_id: row.get(10)?,
        occasion: row.get(11)?,
        owner_id: row.get(12)?,
        slot_id: row.get(13)?,
        activity_id: row.get(21)?,
        notes: row.get(14)?,
        sequence: row.get(15)?,
        decided_at: time::optional_column(row, 16)?,
        decided_by: row.get(17)?,
        decided_via: row.get(18)?,
        caption_over,
        created_at: time::column(row, 19)?,
        updated_at: time::column(row, 20)?,
    })
}

pub(crate) fn find(conn: &Connection, id: ItemId) -> Result<CalendarItem> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM content_items i WHERE i.id = ?1 AND i.deleted_at IS NULL"
    ))?
    .query_row([id], from_row)
    .optional()?
    .ok_or_else(|| Error::not_found("item", id))
}

pub(crate) fn zone_of(conn: &Connection, client_id: ClientId) -> Result<Tz> {
    let client = clients::find(conn, client_id)?;
    client
        .timezone
        .parse()
        .map_err(|_| Error::invalid("timezone", ErrorCode::InvalidTimezone, "unknown zone"))
}

/// A channel this client can publish on: a catalog channel or one of its plan.
fn check_channel(conn: &Connection, client_id: ClientId, channel: &str) -> Result<()> {
    let in_plan = conn
        .prepare_cached("SELECT 1 FROM strategy_channels WHERE client_id = ?1 AND channel = ?2")?
        .query_row(params![client_id, channel], |_| Ok(()))
        .optional()?
        .is_some();
    if channels::is_known(channel) || in_plan {
        Ok(())
    } else {
        Err(Error::invalid(
            "channels",
            ErrorCode::InvalidChoice,
            format!("unknown channel {channel}"),
        )
        .with_param("value", channel))
    }
}

/// The links of an item must be the same client's.
fn check_links(conn: &Connection, client_id: ClientId, input: &ItemInput) -> Result<()> {
    let owned = |sql: &str, id: String, field: &str| -> Result<()> {
        let owner: Option<ClientId> = conn.query_row(sql, [&id], |r| r.get(0)).optional()?;
        if owner == Some(client_id) {
            Ok(())
        } else {
            Err(Error::invalid(
                field,
                ErrorCode::NotFound,
                "not one of this client's",
            ))
        }
    };
    if let Some(id) = input.pillar_id {
        owned(
            "SELECT client_id FROM strategy_pillars WHERE id = ?1",
            id.to_string(),
            "pillarId",
        )?;
    }
    if let Some(id) = input.objective_id {
        owned(
            "SELECT client_id FROM strategy_objectives WHERE id = ?1",
            id.to_string(),
            "objectiveId",
        )?;
    }
    if let Some(id) = input.owner_id {
        owned(
            "SELECT client_id FROM people WHERE id = ?1",
            id.to_string(),
            "ownerId",
        )?;
    }
    if let Some(id) = input.activity_id {
        owned(
            "SELECT client_id FROM split_activities WHERE id = ?1",
            id.to_string(),
            "activityId",
        )?;
    }
    Ok(())
}

struct Checked {
    title: String,
    caption: String,
    notes: String,
    occasion: Option<String>,
    local: Option<NaiveDateTime>,
}

fn checked(input: &ItemInput) -> Result<Checked> {
    Ok(Checked {
        title: text::required("title", &input.title, MAX_SHORT)?,
        caption: text::bounded("caption", input.caption.trim_end(), MAX_CAPTION)?,
        notes: text::optional("notes", &input.notes, MAX_LONG)?,
        occasion: match input.occasion.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(o) => Some(text::bounded("occasion", o, MAX_SHORT)?),
        },
        local: planned(&input.date, &input.time)?,
    })
}

/// Creates the item on each channel given, as linked variants.
pub fn create(
    store: &Store,
    client_id: ClientId,
    input: &ItemInput,
    now: DateTime<Utc>,
) -> Result<Vec<CalendarItem>> {
    let c = checked(input)?;
    if !matches!(input.status, ItemStatus::Idea | ItemStatus::Draft) {
        return Err(Error::invalid(
            "status",
            ErrorCode::InvalidChoice,
            "a new item is an idea or a draft",
        )
        .with_param("value", input.status.as_str()));
    }
    let mut wanted: Vec<&str> = Vec::new();
    for channel in input.channels.iter().map(|c| c.trim()) {
        if !wanted.contains(&channel) {
            wanted.push(channel);
        }
    }
    if wanted.is_empty() {
        return Err(Error::invalid(
            "channels",
            ErrorCode::Required,
            "choose at least one channel",
        ));
    }
    store.write(|tx| {
        let zone = zone_of(tx, client_id)?;
        for channel in &wanted {
            check_channel(tx, client_id, channel)?;
        }
        check_links(tx, client_id, input)?;
        let at = c.local.map(|l| resolve(zone, l, Gap::Refuse)).transpose()?;
        let group = ItemGroupId::new();
        let mut ids = Vec::new();
        for channel in wanted {
            let id = ItemId::new();
            insert(tx, id, client_id, group, channel, &c, at, input, None, now)?;
            ids.push(id);
        }
        ids.into_iter().map(|id| find(tx, id)).collect()
    })
}

#[allow(clippy::too_many_arguments)]
fn insert(
    conn: &Connection,
    id: ItemId,
    client_id: ClientId,
    group: ItemGroupId,
    channel: &str,
    c: &Checked,
    at: Option<DateTime<Utc>>,
    input: &ItemInput,
    slot: Option<SlotId>,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO content_items (id, client_id, group_id, channel, title, caption, planned_at,
                planned_local, status, pillar_id, objective_id, occasion, owner_id, slot_id, notes,
                created_at, updated_at, activity_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16, ?17)",
    )?
    .execute(params![
        id,
        client_id,
        group,
        channel,
        c.title,
        c.caption,
        at.map(time::to_text),
        c.local.map(|l| l.format(LOCAL_FORMAT).to_string()),
        input.status,
        input.pillar_id,
        input.objective_id,
        c.occasion,
        input.owner_id,
        slot,
        c.notes,
        time::to_text(now),
        input.activity_id,
    ])?;
    Ok(())
}

/// An item placed by Regia rather than typed in the editor: a slot's idea,
/// or a row of an imported file.
pub(crate) struct Placed<'a> {
    pub channel: &'a str,
    pub title: &'a str,
    pub caption: &'a str,
    pub local: NaiveDateTime,
    pub status: ItemStatus,
    pub pillar: Option<PillarId>,
    pub notes: &'a str,
    pub slot: Option<SlotId>,
}

/// The title, caption and notes of a placed item, checked as they are
/// stored; an import's preview checks its rows with this too.
pub(crate) fn placed_words(
    title: &str,
    caption: &str,
    notes: &str,
) -> Result<(String, String, String)> {
    Ok((
        text::required("title", title, MAX_SHORT)?,
        text::bounded("caption", caption, MAX_CAPTION)?,
        text::optional("notes", notes, MAX_LONG)?,
    ))
}

/// Inserts a placed item: any status (history may be imported); a time in
/// the spring-forward gap moves forward (an import's preview refused those
/// already), and the wall-clock time stored is the one the instant has.
pub(crate) fn insert_placed(
    conn: &Connection,
    client_id: ClientId,
    zone: Tz,
    placed: &Placed<'_>,
    now: DateTime<Utc>,
) -> Result<ItemId> {
    let at = resolve(zone, placed.local, Gap::MoveForward)?;
    let input = ItemInput {
        channels: Vec::new(),
        title: placed.title.to_owned(),
        caption: placed.caption.to_owned(),
        date: String::new(),
        time: String::new(),
        status: placed.status,
        pillar_id: placed.pillar,
        objective_id: None,
        occasion: None,
        owner_id: None,
        activity_id: None,
        notes: placed.notes.to_owned(),
    };
    let (title, caption, notes) = placed_words(placed.title, placed.caption, placed.notes)?;
    let c = Checked {
        title,
        caption,
        notes,
        occasion: None,
        local: Some(at.with_timezone(&zone).naive_local()),
    };
    let id = ItemId::new();
    insert(
        conn,
        id,
        client_id,
        ItemGroupId::new(),
        placed.channel,
        &c,
        Some(at),
        &input,
        placed.slot,
        now,
    )?;
    Ok(id)
}

/// Edits an item. A change to the words of an approved or scheduled item
/// sends it back to draft: the business approved other words.
pub fn update(
    store: &Store,
    id: ItemId,
    input: &ItemInput,
    now: DateTime<Utc>,
) -> Result<ItemDetail> {
    let c = checked(input)?;
    store.write(|tx| {
        let item = find(tx, id)?;
        // Published and cancelled items keep their words; notes may still change.
        // (The status itself moves only through the workflow.)
        if matches!(item.status, ItemStatus::Published | ItemStatus::Cancelled)
            && (c.title != item.title || c.caption != item.caption)
        {
            return Err(Error::conflict(
                Some("status"),
                ErrorCode::IllegalTransition,
                "a published or cancelled item keeps its words",
            )
            .with_param("from", item.status.as_str())
            .with_param("to", item.status.as_str()));
        }
        check_links(tx, item.client_id, input)?;
        let zone = zone_of(tx, item.client_id)?;
        let at = c.local.map(|l| resolve(zone, l, Gap::Refuse)).transpose()?;
        let words_changed = c.title != item.title || c.caption != item.caption;
        let status = if words_changed
            && matches!(item.status, ItemStatus::Approved | ItemStatus::Scheduled)
        {
            ItemStatus::Draft
        } else {
            item.status
        };
        tx.prepare_cached(
            "UPDATE content_items
                SET title = ?2, caption = ?3, planned_at = ?4, planned_local = ?5, status = ?6,
                    pillar_id = ?7, objective_id = ?8, occasion = ?9, owner_id = ?10, notes = ?11,
                    sequence = sequence + 1, updated_at = ?12, activity_id = ?13
              WHERE id = ?1",
        )?
        .execute(params![
            id,
            c.title,
            c.caption,
            at.map(time::to_text),
            c.local.map(|l| l.format(LOCAL_FORMAT).to_string()),
            status,
            input.pillar_id,
            input.objective_id,
            c.occasion,
            input.owner_id,
            c.notes,
            time::to_text(now),
            input.activity_id,
        ])?;
        detail(tx, id)
    })
}

/// Moves an item to another day (and time, if given), as a drag does. Returns
/// the item; moving it back to its old day and time undoes it.
pub fn reschedule(
    store: &Store,
    id: ItemId,
    day: NaiveDate,
    at: Option<NaiveTime>,
    now: DateTime<Utc>,
) -> Result<CalendarItem> {
    check_year(day)?;
    store.write(|tx| {
        let item = find(tx, id)?;
        if item.status == ItemStatus::Published {
            return Err(Error::conflict(
                Some("status"),
                ErrorCode::IllegalTransition,
                "a published item stays where it was published",
            )
            .with_param("from", "published")
            .with_param("to", "published"));
        }
        let zone = zone_of(tx, item.client_id)?;
        let wall = at
            .or(item.planned_local.map(|l| l.time()))
            .unwrap_or(DEFAULT_TIME);
        let local = day.and_time(wall);
        let instant = resolve(zone, local, Gap::MoveForward)?;
        // Store the wall-clock time the instant really has (a gap moves it).
        let stored_local = instant.with_timezone(&zone).naive_local();
        tx.prepare_cached(
            "UPDATE content_items SET planned_at = ?2, planned_local = ?3, sequence = sequence + 1,
                    updated_at = ?4 WHERE id = ?1",
        )?
        .execute(params![
            id,
            time::to_text(instant),
            stored_local.format(LOCAL_FORMAT).to_string(),
            time::to_text(now)
        ])?;
        find(tx, id)
    })
}

/// A copy of an item (and only that channel), as a new draft or idea.
pub fn duplicate(store: &Store, id: ItemId, now: DateTime<Utc>) -> Result<CalendarItem> {
    store.write(|tx| {
        let item = find(tx, id)?;
        let copy = ItemId::new();
        let status = if item.planned_at.is_some() { ItemStatus::Draft } else { ItemStatus::Idea };
        tx.prepare_cached(
            "INSERT INTO content_items (id, client_id, group_id, channel, title, caption, planned_at,
                    planned_local, status, pillar_id, objective_id, occasion, owner_id, slot_id, notes,
                    created_at, updated_at, activity_id)
             SELECT ?2, client_id, ?3, channel, title, caption, planned_at, planned_local, ?4,
                    pillar_id, objective_id, occasion, owner_id, NULL, notes, ?5, ?5, activity_id
               FROM content_items WHERE id = ?1",
        )?
        .execute(params![id, copy, ItemGroupId::new(), status, time::to_text(now)])?;
        find(tx, copy)
    })
}

/// The same content on one more channel: a linked variant with its own
/// caption (a copy to start from), as an idea or draft.
pub fn add_variant(
    store: &Store,
    id: ItemId,
    channel: &str,
    now: DateTime<Utc>,
) -> Result<ItemDetail> {
    store.write(|tx| {
        let item = find(tx, id)?;
        check_channel(tx, item.client_id, channel.trim())?;
        let copy = ItemId::new();
        tx.prepare_cached(
            "INSERT INTO content_items (id, client_id, group_id, channel, title, caption, planned_at,
                    planned_local, status, pillar_id, objective_id, occasion, owner_id, slot_id, notes,
                    created_at, updated_at, activity_id)
             SELECT ?2, client_id, group_id, ?3, title, caption, planned_at, planned_local,
                    CASE WHEN status = 'idea' THEN 'idea' ELSE 'draft' END,
                    pillar_id, objective_id, occasion, owner_id, NULL, notes, ?4, ?4, activity_id
               FROM content_items WHERE id = ?1",
        )?
        .execute(params![id, copy, channel.trim(), time::to_text(now)])
        .map_err(|e| match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::ConstraintViolation) => Error::invalid(
                "channels",
                ErrorCode::DuplicateChannel,
                "this content already has an item on that channel",
            ),
            _ => Error::Sqlite(e),
        })?;
        detail(tx, copy)
    })
}

/// Deletes an item; it can be restored with [`restore`] until it is purged.
pub fn delete(store: &Store, id: ItemId, now: DateTime<Utc>) -> Result<()> {
    store.write(|tx| {
        find(tx, id)?;
        tx.prepare_cached(
            "UPDATE content_items SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1",
        )?
        .execute(params![id, time::to_text(now)])?;
        Ok(())
    })
}

/// Undoes a delete. Refused if another item took its channel in the group.
pub fn restore(store: &Store, id: ItemId, now: DateTime<Utc>) -> Result<CalendarItem> {
    store.write(|tx| {
        let changed = tx
            .prepare_cached(
                "UPDATE content_items SET deleted_at = NULL, updated_at = ?2
                  WHERE id = ?1 AND deleted_at IS NOT NULL",
            )?
            .execute(params![id, time::to_text(now)])
            .map_err(|e| match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::ConstraintViolation) => Error::conflict(
                    Some("channels"),
                    ErrorCode::DuplicateChannel,
                    "this content already has an item on that channel",
                ),
                _ => Error::Sqlite(e),
            })?;
        if changed == 0 {
            return Err(Error::not_found("item", id));
        }
        find(tx, id)
    })
}

/// Deleted items older than `keep` are gone for good.
///
/// One write per client: a shared client's deletions are recorded for its
/// paired install, and one write never mixes two clients (see `sharing`).
pub fn purge_deleted(store: &Store, keep: Duration, now: DateTime<Utc>) -> Result<usize> {
    let before = time::to_text(now - keep);
    let clients: Vec<ClientId> = store.read(|conn| {
        Ok(conn
            .prepare_cached(
                "SELECT DISTINCT client_id FROM content_items
                  WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
            )?
            .query_map([&before], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    })?;
    let mut purged = 0;
    for client in clients {
        purged += store.write(|tx| {
            Ok(tx
                .prepare_cached(
                    "DELETE FROM content_items
                      WHERE client_id = ?1 AND deleted_at IS NOT NULL AND deleted_at < ?2",
                )?
                .execute(params![client, before])?)
        })?;
    }
    Ok(purged)
}

pub fn get(store: &Store, id: ItemId) -> Result<ItemDetail> {
    store.read(|conn| detail(conn, id))
}

pub(crate) fn detail(conn: &Connection, id: ItemId) -> Result<ItemDetail> {
    let item = find(conn, id)?;
    let variants = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM content_items i
              WHERE i.group_id = ?1 AND i.id <> ?2 AND i.deleted_at IS NULL ORDER BY i.channel"
        ))?
        .query_map(params![item.group_id, id], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let comments = conn
        .prepare_cached(
            "SELECT id, author, side, body, created_at FROM item_comments
              WHERE item_id = ?1 ORDER BY created_at, id",
        )?
        .query_map([id], |row| {
            Ok(Comment {
                id: row.get(0)?,
                author: row.get(1)?,
                side: row.get(2)?,
                body: row.get(3)?,
                created_at: time::column(row, 4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ItemDetail {
        item,
        variants,
        comments,
    })
}
