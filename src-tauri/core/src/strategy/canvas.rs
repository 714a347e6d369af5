//! The business canvas: mission, audience segments and the cards of every
//! block. Each save returns the whole strategy, so the screen redraws from
//! one source of truth.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Deserialize;

use super::{Block, Strategy, editable, ensure_row, next_position, read};
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{CardId, ClientId, QuestionId, SegmentId};
use crate::store::Store;
use crate::text;
use crate::time;

/// Longest card, in characters: a card is a sentence, not an essay.
pub const MAX_CARD: usize = 500;
/// Longest mission or description.
pub const MAX_MISSION: usize = 2_000;

pub fn set_mission(
    store: &Store,
    client_id: ClientId,
    mission: &str,
    now: DateTime<Utc>,
) -> Result<Strategy> {
    let mission = text::optional("mission", mission, MAX_MISSION)?;
    store.write(|tx| {
        editable(tx, client_id, now)?;
        write_mission(tx, client_id, &mission, now)?;
        read(tx, client_id)
    })
}

pub(crate) fn write_mission(
    conn: &Connection,
    client_id: ClientId,
    mission: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    ensure_row(conn, client_id, now)?;
    conn.prepare_cached(
        "UPDATE strategies SET mission = ?2, updated_at = ?3 WHERE client_id = ?1 AND mission IS NOT ?2",
    )?
    .execute(params![client_id, mission, time::to_text(now)])?;
    Ok(())
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SegmentInput {
    /// `None` adds a segment at the end.
    pub id: Option<SegmentId>,
    pub name: String,
    pub description: String,
}

pub fn save_segment(
    store: &Store,
    client_id: ClientId,
    input: &SegmentInput,
    now: DateTime<Utc>,
) -> Result<Strategy> {
    let name = text::name("name", &input.name)?;
    let description = text::optional("description", &input.description, MAX_MISSION)?;
    store.write(|tx| {
        editable(tx, client_id, now)?;
        let now_text = time::to_text(now);
        match input.id {
            Some(id) => {
                let changed = tx
                    .prepare_cached(
                        "UPDATE strategy_segments SET name = ?3, description = ?4, updated_at = ?5
                          WHERE id = ?1 AND client_id = ?2",
                    )?
                    .execute(params![id, client_id, name, description, now_text])?;
                if changed == 0 {
                    return Err(Error::not_found("segment", id));
                }
            }
            None => {
                insert_segment(tx, client_id, &name, &description, now)?;
            }
        }
        read(tx, client_id)
    })
}

pub(crate) fn insert_segment(
    conn: &Connection,
    client_id: ClientId,
    name: &str,
    description: &str,
    now: DateTime<Utc>,
) -> Result<SegmentId> {
    let id = SegmentId::new();
    let position = next_position(
        conn,
        "strategy_segments WHERE client_id = ?1",
        &[&client_id],
    )?;
    conn.prepare_cached(
        "INSERT INTO strategy_segments (id, client_id, name, description, position, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
    )?
    .execute(params![id, client_id, name, description, position, time::to_text(now)])?;
    Ok(id)
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CardInput {
    /// `None` adds a card at the end of its block.
    pub id: Option<CardId>,
    /// Required for the blocks of a segment, absent for the others.
    pub segment_id: Option<SegmentId>,
    pub block: Block,
    pub text: String,
    pub rank: u8,
}

pub fn save_card(
    store: &Store,
    client_id: ClientId,
    input: &CardInput,
    now: DateTime<Utc>,
) -> Result<Strategy> {
    let text = text::required("text", &input.text, MAX_CARD)?;
    if input.rank > 3 {
        return Err(
            Error::invalid("rank", ErrorCode::OutOfRange, "rank goes from 0 to 3")
                .with_param("min", 0)
                .with_param("max", 3),
        );
    }
    store.write(|tx| {
        editable(tx, client_id, now)?;
        match input.id {
            Some(id) => {
                let changed = tx
                    .prepare_cached(
                        "UPDATE strategy_cards SET text = ?3, rank = ?4, updated_at = ?5
                          WHERE id = ?1 AND client_id = ?2",
                    )?
                    .execute(params![id, client_id, text, input.rank, time::to_text(now)])?;
                if changed == 0 {
                    return Err(Error::not_found("card", id));
                }
            }
            None => {
                insert_card(
                    tx,
                    client_id,
                    input.segment_id,
                    input.block,
                    &text,
                    input.rank,
                    None,
                    now,
                )?;
            }
        }
        read(tx, client_id)
    })
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn insert_card(
    conn: &Connection,
    client_id: ClientId,
    segment_id: Option<SegmentId>,
    block: Block,
    text: &str,
    rank: u8,
    source: Option<QuestionId>,
    now: DateTime<Utc>,
) -> Result<CardId> {
    match (block.per_segment(), segment_id) {
        (true, None) => {
            return Err(Error::invalid(
                "segmentId",
                ErrorCode::Required,
                "this block belongs to an audience segment",
            ));
        }
        (false, Some(_)) => {
            return Err(Error::invalid(
                "segmentId",
                ErrorCode::InvalidChoice,
                "this block belongs to the business, not to a segment",
            ));
        }
        (true, Some(segment)) => {
            let owner: Option<ClientId> = conn
                .prepare_cached("SELECT client_id FROM strategy_segments WHERE id = ?1")?
                .query_row([segment], |row| row.get(0))
                .optional()?;
            if owner != Some(client_id) {
                return Err(Error::not_found("segment", segment));
            }
        }
        (false, None) => {}
    }
    let id = CardId::new();
    let position = next_position(
        conn,
        "strategy_cards WHERE client_id = ?1 AND segment_id IS ?2 AND block = ?3",
        &[&client_id, &segment_id, &block],
    )?;
    conn.prepare_cached(
        "INSERT INTO strategy_cards
                (id, client_id, segment_id, block, text, rank, position, source_question_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
    )?
    .execute(params![
        id,
        client_id,
        segment_id,
        block,
        text,
        rank,
        position,
        source,
        time::to_text(now)
    ])?;
    Ok(id)
}

/// Whether two card texts say the same thing (for hiding accepted suggestions).
pub(crate) fn same_text(a: &str, b: &str) -> bool {
    text::name_key(a) == text::name_key(b)
}
