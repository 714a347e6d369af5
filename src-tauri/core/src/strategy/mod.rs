//! The strategy of a client: the business canvas (value proposition per
//! segment, mission, values, differentiators, tone of voice, key messages) and
//! the social strategy (objectives tree, content pillars, channel plan).
//!
//! Invariants:
//! - the live tables are the working draft; every edit goes through
//!   [`editable`], which refuses while a version waits for approval and
//!   otherwise makes sure one draft version is open;
//! - a submitted version keeps a JSON snapshot of the whole document; the
//!   database's triggers refuse any change to it, and any change at all to an
//!   approved version;
//! - at most one open version (draft or submitted) per client (a partial
//!   unique index).

mod canvas;
mod diff;
mod document;
mod social;
mod suggestions;
mod versions;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

pub use canvas::{CardInput, SegmentInput, save_card, save_segment, set_mission};
pub use diff::{Change, ChangeKind, DiffArea, VersionRef, diff};
pub use document::{
    Card, MacroObjective, MicroObjective, Pillar, PlanChannel, Segment, StrategyDocument,
};
pub use social::{
    ObjectiveInput, PillarInput, PlanChannelInput, save_objective, save_pillar, save_plan_channel,
};
pub(crate) use social::{write_objective, write_plan_channel};
pub use suggestions::{
    Feed, Suggestion, SuggestionRef, Target, accept_suggestion, dismiss_suggestion,
};
pub use versions::{
    StrategyVersion, VersionSummary, approve_version, get_version, request_changes,
    submit_strategy, withdraw_version,
};

use crate::clients;
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{CardId, ClientId, ObjectiveId, PillarId, PlanChannelId, SegmentId, VersionId};
use crate::questionnaire::Direction;
use crate::store::Store;
use crate::{text_enum, time};

text_enum!(
    /// A block of the business canvas. The first six belong to a segment's
    /// value proposition canvas; the others to the business as a whole.
    Block {
        Jobs = "jobs",
        Pains = "pains",
        Gains = "gains",
        Products = "products",
        PainRelievers = "pain_relievers",
        GainCreators = "gain_creators",
        Values = "values",
        Differentiators = "differentiators",
        ToneAdjectives = "tone_adjectives",
        ToneDo = "tone_do",
        ToneDont = "tone_dont",
        BannedTopics = "banned_topics",
        KeyMessages = "key_messages",
    }
);

impl Block {
    /// Whether cards of this block belong to an audience segment.
    pub fn per_segment(self) -> bool {
        matches!(
            self,
            Self::Jobs
                | Self::Pains
                | Self::Gains
                | Self::Products
                | Self::PainRelievers
                | Self::GainCreators
        )
    }
}

text_enum!(
    /// A macro objective's category: the platform-standard ones, or specific
    /// to this business.
    ObjectiveCategory {
        Awareness = "awareness",
        Community = "community",
        Traffic = "traffic",
        Leads = "leads",
        Sales = "sales",
        CustomerCare = "customer_care",
        Reputation = "reputation",
        Specific = "specific",
    }
);

text_enum!(
    /// How often a micro objective's KPI is measured.
    Frequency { Week = "week", Month = "month", Quarter = "quarter" }
);

text_enum!(
    PlanChannelStatus { Planned = "planned", Active = "active", Paused = "paused", Closed = "closed" }
);

text_enum!(
    /// What a micro objective still lacks to be SMART.
    SmartGap {
        /// No channel: the objective does not say where.
        Channel = "channel",
        /// No KPI metric: nothing to measure.
        Metric = "metric",
        /// No target value.
        Target = "target",
        /// No baseline: nobody can tell whether the target is achievable.
        Baseline = "baseline",
        /// The target does not move away from the baseline.
        TargetNotBeyondBaseline = "target_not_beyond_baseline",
        /// The channel is not in the channel plan, or the plan closed it.
        ChannelNotInPlan = "channel_not_in_plan",
        /// No deadline.
        Deadline = "deadline",
    }
);

/// Something in the strategy that can be removed or moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum ItemRef {
    Segment(SegmentId),
    Card(CardId),
    Objective(ObjectiveId),
    Pillar(PillarId),
    Channel(PlanChannelId),
}

impl ItemRef {
    fn table(self) -> &'static str {
        match self {
            Self::Segment(_) => "strategy_segments",
            Self::Card(_) => "strategy_cards",
            Self::Objective(_) => "strategy_objectives",
            Self::Pillar(_) => "strategy_pillars",
            Self::Channel(_) => "strategy_channels",
        }
    }

    fn entity(self) -> &'static str {
        match self {
            Self::Segment(_) => "segment",
            Self::Card(_) => "card",
            Self::Objective(_) => "objective",
            Self::Pillar(_) => "pillar",
            Self::Channel(_) => "channel",
        }
    }

    fn id(self) -> String {
        match self {
            Self::Segment(id) => id.to_string(),
            Self::Card(id) => id.to_string(),
            Self::Objective(id) => id.to_string(),
            Self::Pillar(id) => id.to_string(),
            Self::Channel(id) => id.to_string(),
        }
    }

    /// The columns that, with the client, pick this item's siblings.
    fn sibling_columns(self) -> &'static [&'static str] {
        match self {
            Self::Card(_) => &["segment_id", "block"],
            Self::Objective(_) => &["parent_id"],
            _ => &[],
        }
    }
}

/// What the strategy screen shows: the working document and where it stands.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Strategy {
    pub client_id: ClientId,
    pub document: StrategyDocument,
    /// The draft being edited, or the version waiting for approval.
    pub open_version: Option<VersionSummary>,
    /// False while a version waits for approval.
    pub editable: bool,
    /// Every version but the draft, newest first.
    pub versions: Vec<VersionSummary>,
    /// The pillars' target mix; must be 100 to submit.
    pub mix_total: u32,
    pub suggestions: Vec<Suggestion>,
}

/// The client's strategy as it stands.
pub fn load(store: &Store, client_id: ClientId) -> Result<Strategy> {
    store.read(|conn| read(conn, client_id))
}

pub(crate) fn read(conn: &Connection, client_id: ClientId) -> Result<Strategy> {
    clients::find(conn, client_id)?;
    let document = document::read(conn, client_id)?;
    let all = versions::list(conn, client_id)?;
    let (open, closed): (Vec<_>, Vec<_>) = all.into_iter().partition(|v| v.status.is_open());
    let open_version = open.into_iter().next();
    let suggestions = suggestions::list(conn, client_id, &document)?;
    Ok(Strategy {
        client_id,
        mix_total: document.pillars.iter().map(|p| u32::from(p.share)).sum(),
        editable: open_version
            .as_ref()
            .is_none_or(|v| v.status == VersionStatus::Draft),
        versions: open_version
            .iter()
            .filter(|v| v.status == VersionStatus::Submitted)
            .cloned()
            .chain(closed)
            .collect(),
        open_version,
        document,
        suggestions,
    })
}

text_enum!(
    VersionStatus {
        Draft = "draft",
        Submitted = "submitted",
        Approved = "approved",
        ChangesRequested = "changes_requested",
        Withdrawn = "withdrawn",
    }
);

impl VersionStatus {
    pub fn is_open(self) -> bool {
        matches!(self, Self::Draft | Self::Submitted)
    }
}

/// Checks the strategy may be edited now and returns the open draft,
/// opening one if the last version was closed (approved, sent back, withdrawn).
pub(crate) fn editable(
    conn: &Connection,
    client_id: ClientId,
    now: DateTime<Utc>,
) -> Result<VersionId> {
    clients::find(conn, client_id)?;
    let open: Option<(VersionId, VersionStatus, i64)> = conn
        .prepare_cached(
            "SELECT id, status, number FROM strategy_versions
              WHERE client_id = ?1 AND status IN ('draft', 'submitted')",
        )?
        .query_row([client_id], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .optional()?;
    match open {
        Some((id, VersionStatus::Draft, _)) => Ok(id),
        Some((_, _, number)) => Err(Error::conflict(
            Some("strategy"),
            ErrorCode::InReview,
            format!("version {number} waits for approval: withdraw it to edit"),
        )
        .with_param("number", number)),
        None => versions::open_draft(conn, client_id, now),
    }
}

/// Ensures the strategy row exists (it holds the mission).
pub(crate) fn ensure_row(conn: &Connection, client_id: ClientId, now: DateTime<Utc>) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO strategies (id, client_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)
         ON CONFLICT (client_id) DO NOTHING",
    )?
    .execute(params![
        crate::ids::derived_uuid(&["strategy", &client_id.to_string()]).to_string(),
        client_id,
        time::to_text(now)
    ])?;
    Ok(())
}

/// The client an item belongs to, or not found.
fn owner(conn: &Connection, item: ItemRef) -> Result<ClientId> {
    conn.query_row(
        &format!("SELECT client_id FROM {} WHERE id = ?1", item.table()),
        [item.id()],
        |row| row.get(0),
    )
    .optional()?
    .ok_or_else(|| Error::not_found(item.entity(), item.id()))
}

/// Removes an item (a segment takes its cards, a macro objective its micro
/// ones). Only while the strategy is editable.
pub fn remove_item(store: &Store, item: ItemRef, now: DateTime<Utc>) -> Result<Strategy> {
    store.write(|tx| {
        let client_id = owner(tx, item)?;
        editable(tx, client_id, now)?;
        tx.execute(
            &format!("DELETE FROM {} WHERE id = ?1", item.table()),
            [item.id()],
        )?;
        read(tx, client_id)
    })
}

/// Moves an item one place up or down among its siblings.
pub fn move_item(
    store: &Store,
    item: ItemRef,
    direction: Direction,
    now: DateTime<Utc>,
) -> Result<Strategy> {
    store.write(|tx| {
        let client_id = owner(tx, item)?;
        editable(tx, client_id, now)?;
        let table = item.table();
        let same: String = item
            .sibling_columns()
            .iter()
            .map(|c| format!(" AND s.{c} IS t.{c}"))
            .collect();
        let mut ids: Vec<String> = tx
            .prepare(&format!(
                "SELECT s.id FROM {table} s JOIN {table} t ON t.id = ?1
                  WHERE s.client_id = t.client_id{same}
                  ORDER BY s.position, s.id"
            ))?
            .query_map([item.id()], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let Some(at) = ids.iter().position(|id| *id == item.id()) else {
            return Err(Error::not_found(item.entity(), item.id()));
        };
        let to = match direction {
            Direction::Up => at.checked_sub(1),
            Direction::Down => Some(at + 1).filter(|&to| to < ids.len()),
        };
        if let Some(to) = to {
            ids.swap(at, to);
            renumber(tx, table, &ids, now)?;
        }
        read(tx, client_id)
    })
}

fn renumber(conn: &Connection, table: &str, ids: &[String], now: DateTime<Utc>) -> Result<()> {
    let mut stmt = conn.prepare(&format!(
        "UPDATE {table} SET position = ?2, updated_at = ?3 WHERE id = ?1 AND position IS NOT ?2"
    ))?;
    let now = time::to_text(now);
    for (position, id) in ids.iter().enumerate() {
        stmt.execute(params![id, position as i64, now])?;
    }
    Ok(())
}

/// The next position at the end of a list of siblings.
fn next_position(conn: &Connection, sql_where: &str, args: &[&dyn rusqlite::ToSql]) -> Result<i64> {
    Ok(conn.query_row(
        &format!("SELECT coalesce(max(position) + 1, 0) FROM {sql_where}"),
        args,
        |row| row.get(0),
    )?)
}

#[cfg(test)]
mod tests;
