//! The strategy document: the shape the screen edits, a version freezes as
//! JSON, and a diff compares. Read from the live tables in one pass per table.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::{Block, Frequency, ObjectiveCategory, PlanChannelStatus, SmartGap};
use crate::error::Result;
use crate::ids::{CardId, ClientId, ObjectiveId, PillarId, PlanChannelId, QuestionId, SegmentId};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StrategyDocument {
    pub mission: String,
    pub segments: Vec<Segment>,
    /// Cards of the blocks that belong to the business as a whole.
    pub cards: Vec<Card>,
    pub objectives: Vec<MacroObjective>,
    pub pillars: Vec<Pillar>,
    pub channels: Vec<PlanChannel>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Segment {
    pub id: SegmentId,
    pub name: String,
    pub description: String,
    pub cards: Vec<Card>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Card {
    pub id: CardId,
    pub block: Block,
    pub text: String,
    /// 0 unranked, 1 low … 3 high (importance of a job, severity of a pain…).
    pub rank: u8,
    /// The questionnaire question this card was accepted from.
    pub source_question_id: Option<QuestionId>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MacroObjective {
    pub id: ObjectiveId,
    pub category: ObjectiveCategory,
    pub title: String,
    pub description: String,
    pub micros: Vec<MicroObjective>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MicroObjective {
    pub id: ObjectiveId,
    pub title: String,
    pub channel: Option<String>,
    pub metric: String,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub frequency: Option<Frequency>,
    pub period_start: Option<NaiveDate>,
    pub deadline: Option<NaiveDate>,
    /// What is missing for the objective to be SMART; empty when it is.
    pub smart: Vec<SmartGap>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Pillar {
    pub id: PillarId,
    pub name: String,
    pub description: String,
    /// Target share of the content mix, in percent.
    pub share: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PlanChannel {
    pub id: PlanChannelId,
    /// A catalog key, or `custom:<key>` for a channel named by the user.
    pub channel: String,
    /// The name of a custom channel; empty for catalog channels.
    pub name: String,
    pub role: String,
    pub audience: String,
    pub importance: u8,
    pub posts_per_week: f64,
    pub status: PlanChannelStatus,
}

/// Reads the live document of a client.
pub(crate) fn read(conn: &Connection, client_id: ClientId) -> Result<StrategyDocument> {
    let mission: String = conn
        .prepare_cached("SELECT mission FROM strategies WHERE client_id = ?1")?
        .query_row([client_id], |row| row.get(0))
        .optional()?
        .unwrap_or_default();

    let mut by_segment: BTreeMap<SegmentId, Vec<Card>> = BTreeMap::new();
    let mut cards = Vec::new();
    let mut stmt = conn.prepare_cached(
        "SELECT id, segment_id, block, text, rank, source_question_id FROM strategy_cards
          WHERE client_id = ?1 ORDER BY position, id",
    )?;
    let rows = stmt.query_map([client_id], |row| {
        Ok((
            row.get::<_, Option<SegmentId>>(1)?,
            Card {
                id: row.get(0)?,
                block: row.get(2)?,
                text: row.get(3)?,
                rank: row.get(4)?,
                source_question_id: row.get(5)?,
            },
        ))
    })?;
    for row in rows {
        match row? {
            (Some(segment), card) => by_segment.entry(segment).or_default().push(card),
            (None, card) => cards.push(card),
        }
    }

    let segments = conn
        .prepare_cached(
            "SELECT id, name, description FROM strategy_segments
              WHERE client_id = ?1 ORDER BY position, id",
        )?
        .query_map([client_id], |row| {
            Ok((row.get::<_, SegmentId>(0)?, row.get(1)?, row.get(2)?))
        })?
        .map(|row| {
            row.map(|(id, name, description)| Segment {
                cards: by_segment.remove(&id).unwrap_or_default(),
                id,
                name,
                description,
            })
        })
        .collect::<rusqlite::Result<Vec<_>>>()?;

    let channels: Vec<PlanChannel> = conn
        .prepare_cached(
            "SELECT id, channel, name, role, audience, importance, posts_per_week, status
               FROM strategy_channels WHERE client_id = ?1 ORDER BY position, id",
        )?
        .query_map([client_id], |row| {
            Ok(PlanChannel {
                id: row.get(0)?,
                channel: row.get(1)?,
                name: row.get(2)?,
                role: row.get(3)?,
                audience: row.get(4)?,
                importance: row.get(5)?,
                posts_per_week: row.get(6)?,
                status: row.get(7)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;

    let objectives = read_objectives(conn, client_id, &channels)?;

    let pillars = conn
        .prepare_cached(
            "SELECT id, name, description, share FROM strategy_pillars
              WHERE client_id = ?1 ORDER BY position, id",
        )?
        .query_map([client_id], |row| {
            Ok(Pillar {
                id: row.get(0)?,
                name: row.get(1)?,
                description: row.get(2)?,
                share: row.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;

    Ok(StrategyDocument {
        mission,
        segments,
        cards,
        objectives,
        pillars,
        channels,
    })
}

fn read_objectives(
    conn: &Connection,
    client_id: ClientId,
    channels: &[PlanChannel],
) -> Result<Vec<MacroObjective>> {
    let planned: BTreeSet<&str> = channels
        .iter()
        .filter(|c| c.status != PlanChannelStatus::Closed)
        .map(|c| c.channel.as_str())
        .collect();
    let mut micros: BTreeMap<ObjectiveId, Vec<MicroObjective>> = BTreeMap::new();
    let mut macros = Vec::new();
    let mut stmt = conn.prepare_cached(
        "SELECT id, parent_id, category, title, description, channel, metric, baseline, target,
                frequency, period_start, deadline
           FROM strategy_objectives WHERE client_id = ?1 ORDER BY position, id",
    )?;
    let mut rows = stmt.query([client_id])?;
    while let Some(row) = rows.next()? {
        let id: ObjectiveId = row.get(0)?;
        match (row.get::<_, Option<ObjectiveId>>(1)?, row.get(2)?) {
            (Some(parent), _) => {
                let mut micro = MicroObjective {
                    id,
                    title: row.get(3)?,
                    channel: row.get(5)?,
                    metric: row.get(6)?,
                    baseline: row.get(7)?,
                    target: row.get(8)?,
                    frequency: row.get(9)?,
                    period_start: row.get(10)?,
                    deadline: row.get(11)?,
                    smart: Vec::new(),
                };
                micro.smart = smart_gaps(&micro, &planned);
                micros.entry(parent).or_default().push(micro);
            }
            (None, Some(category)) => macros.push(MacroObjective {
                id,
                category,
                title: row.get(3)?,
                description: row.get(4)?,
                micros: Vec::new(),
            }),
            // The table's CHECK makes a row with neither impossible.
            (None, None) => {}
        }
    }
    for objective in &mut macros {
        objective.micros = micros.remove(&objective.id).unwrap_or_default();
    }
    Ok(macros)
}

/// The SMART check: what a micro objective lacks, in the order S, M, A, R, T.
pub fn smart_gaps(micro: &MicroObjective, planned_channels: &BTreeSet<&str>) -> Vec<SmartGap> {
    let mut gaps = Vec::new();
    match micro.channel.as_deref() {
        None => gaps.push(SmartGap::Channel),
        Some(channel) if !planned_channels.contains(channel) => {
            gaps.push(SmartGap::ChannelNotInPlan);
        }
        Some(_) => {}
    }
    if micro.metric.trim().is_empty() {
        gaps.push(SmartGap::Metric);
    }
    if micro.target.is_none() {
        gaps.push(SmartGap::Target);
    }
    match (micro.baseline, micro.target) {
        (None, _) => gaps.push(SmartGap::Baseline),
        (Some(baseline), Some(target)) if baseline == target => {
            gaps.push(SmartGap::TargetNotBeyondBaseline);
        }
        _ => {}
    }
    if micro.deadline.is_none() {
        gaps.push(SmartGap::Deadline);
    }
    gaps.sort();
    gaps
}
