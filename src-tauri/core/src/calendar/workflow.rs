//! The life of a content item: which status may follow which, the business's
//! answer to an item in review (approved, or changes requested with a
//! comment), and the comment thread.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

use super::ItemStatus;
use super::items::{ItemDetail, detail, find};
use crate::decisions::{self, ApprovalInput};
use crate::enums::Side;
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{CommentId, ItemId};
use crate::store::Store;
use crate::text::{self, MAX_LONG};
use crate::{profile, time};

/// Whether an item may go from one status to another.
pub fn allowed(from: ItemStatus, to: ItemStatus) -> bool {
    use ItemStatus::{
        Approved, Cancelled, ChangesRequested, Draft, Idea, InReview, Published, Scheduled,
    };
    matches!(
        (from, to),
        (Idea, Draft | InReview | Cancelled)
            | (Draft, Idea | InReview | Cancelled)
            | (InReview, Approved | ChangesRequested | Draft | Cancelled)
            | (ChangesRequested, Draft | InReview | Cancelled)
            | (Approved, Scheduled | Published | Draft | Cancelled)
            | (Scheduled, Published | Approved | Cancelled)
            | (Cancelled, Idea | Draft)
    )
}

/// Moves an item along the workflow. Approving and asking for changes are
/// the business's answer: in an agency install it is recorded with how and
/// when (see [`decisions`]); asking for changes needs a comment, which joins
/// the item's thread.
pub fn set_status(
    store: &Store,
    id: ItemId,
    to: ItemStatus,
    approval: Option<&ApprovalInput>,
    comment: &str,
    now: DateTime<Utc>,
) -> Result<ItemDetail> {
    store.write(|tx| {
        let item = find(tx, id)?;
        if !allowed(item.status, to) {
            return Err(Error::conflict(
                Some("status"),
                ErrorCode::IllegalTransition,
                format!(
                    "an item {} cannot become {}",
                    item.status.as_str(),
                    to.as_str()
                ),
            )
            .with_param("from", item.status.as_str())
            .with_param("to", to.as_str()));
        }
        let answer = matches!(to, ItemStatus::Approved | ItemStatus::ChangesRequested)
            && item.status == ItemStatus::InReview;
        let decided = if answer {
            let input = approval.ok_or_else(|| {
                Error::invalid(
                    "by",
                    ErrorCode::Required,
                    "say who answered for the business",
                )
            })?;
            if to == ItemStatus::ChangesRequested && comment.trim().is_empty() {
                return Err(Error::invalid(
                    "comment",
                    ErrorCode::Required,
                    "say what to change",
                ));
            }
            Some(decisions::approval(tx, input, Some(item.updated_at), now)?)
        } else {
            None
        };
        tx.prepare_cached(
            "UPDATE content_items
                SET status = ?2, sequence = sequence + 1, updated_at = ?3,
                    decided_at = coalesce(?4, decided_at), decided_by = coalesce(?5, decided_by),
                    decided_via = coalesce(?6, decided_via)
              WHERE id = ?1",
        )?
        .execute(params![
            id,
            to,
            time::to_text(now),
            decided.as_ref().map(|a| time::to_text(a.at)),
            decided.as_ref().map(|a| &a.by),
            decided.as_ref().map(|a| a.via),
        ])?;
        if !comment.trim().is_empty() {
            let author = decided.as_ref().map_or_else(
                || profile::require(tx).map(|p| p.name),
                |a| Ok(a.by.clone()),
            )?;
            let side = if answer {
                Side::Business
            } else {
                profile::kind(tx)?
            };
            insert_comment(tx, id, &author, side, comment, now)?;
        }
        detail(tx, id)
    })
}

fn insert_comment(
    conn: &Connection,
    item: ItemId,
    author: &str,
    side: Side,
    body: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let body = text::required("comment", body, MAX_LONG)?;
    conn.prepare_cached(
        "INSERT INTO item_comments (id, item_id, author, side, body, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
    )?
    .execute(params![
        CommentId::new(),
        item,
        author,
        side,
        body,
        time::to_text(now)
    ])?;
    Ok(())
}

/// Adds a comment by this install's side, signed with `author`.
pub fn add_comment(
    store: &Store,
    item: ItemId,
    author: &str,
    body: &str,
    now: DateTime<Utc>,
) -> Result<ItemDetail> {
    let author = text::name("author", author)?;
    store.write(|tx| {
        find(tx, item)?;
        let side = profile::kind(tx)?;
        insert_comment(tx, item, &author, side, body, now)?;
        detail(tx, item)
    })
}
