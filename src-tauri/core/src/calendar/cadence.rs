//! The cadence check: per channel and week, the items planned against the
//! channel plan's posts per week, and the pillar mix actually planned against
//! the target mix. Cancelled items do not count.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

use crate::error::{Error, ErrorCode, Result};
use crate::ids::{ClientId, PillarId};
use crate::store::Store;
use crate::strategy::{self, PlanChannelStatus};
use crate::text_enum;

text_enum!(
    Pace {
        /// Fewer items than the plan asks for.
        Gap = "gap",
        OnTrack = "on_track",
        /// More than the plan asks for (rounded up).
        Over = "over",
        /// Items on a channel the plan does not have (or closed).
        Unplanned = "unplanned",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ChannelWeek {
    pub channel: String,
    pub planned: u32,
    pub target: f64,
    pub pace: Pace,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Week {
    /// The Monday the week starts on.
    pub starts_on: NaiveDate,
    pub channels: Vec<ChannelWeek>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PillarShare {
    pub pillar_id: PillarId,
    pub name: String,
    /// Target share, percent.
    pub target: u8,
    pub planned: u32,
    /// Share of the items with a pillar, percent (0 when none has one).
    pub actual: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Cadence {
    pub weeks: Vec<Week>,
    pub pillars: Vec<PillarShare>,
    /// Items in the range with no pillar.
    pub without_pillar: u32,
}

pub fn pace(planned: u32, target: f64, in_plan: bool) -> Pace {
    let planned = f64::from(planned);
    if !in_plan {
        if planned > 0.0 {
            Pace::Unplanned
        } else {
            Pace::OnTrack
        }
    } else if planned < target {
        Pace::Gap
    } else if planned > target.ceil() {
        Pace::Over
    } else {
        Pace::OnTrack
    }
}

/// The weeks from the one holding `from` for `weeks` weeks.
pub fn check(store: &Store, client_id: ClientId, from: NaiveDate, weeks: u32) -> Result<Cadence> {
    if !(1..=26).contains(&weeks) {
        return Err(
            Error::invalid("weeks", ErrorCode::OutOfRange, "1 to 26 weeks")
                .with_param("min", 1)
                .with_param("max", 26),
        );
    }
    let monday = from - Duration::days(i64::from(from.weekday().num_days_from_monday()));
    let end = monday + Duration::weeks(i64::from(weeks));
    let plan = strategy::load(store, client_id)?.document;
    let targets: BTreeMap<&str, f64> = plan
        .channels
        .iter()
        .filter(|c| c.status == PlanChannelStatus::Active)
        .map(|c| (c.channel.as_str(), c.posts_per_week))
        .collect();
    let rows: Vec<(String, String, Option<PillarId>)> = store.read(|conn| {
        Ok(conn
            .prepare_cached(
                "SELECT substr(planned_local, 1, 10), channel, pillar_id FROM content_items
                  WHERE client_id = ?1 AND deleted_at IS NULL AND status <> 'cancelled'
                    AND planned_local >= ?2 AND planned_local < ?3",
            )?
            .query_map(
                rusqlite::params![client_id, monday.to_string(), end.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?
            .collect::<rusqlite::Result<_>>()?)
    })?;
    let mut counts: BTreeMap<(i64, String), u32> = BTreeMap::new();
    let mut by_pillar: BTreeMap<PillarId, u32> = BTreeMap::new();
    let mut without_pillar = 0;
    for (day, channel, pillar) in &rows {
        let Ok(day) = day.parse::<NaiveDate>() else {
            continue;
        };
        let week = (day - monday).num_days() / 7;
        *counts.entry((week, channel.clone())).or_default() += 1;
        match pillar {
            Some(p) => *by_pillar.entry(*p).or_default() += 1,
            None => without_pillar += 1,
        }
    }
    let weeks = (0..i64::from(weeks))
        .map(|w| {
            let mut channels: Vec<ChannelWeek> = targets
                .iter()
                .map(|(channel, target)| {
                    let planned = counts
                        .get(&(w, (*channel).to_owned()))
                        .copied()
                        .unwrap_or(0);
                    ChannelWeek {
                        channel: (*channel).to_owned(),
                        planned,
                        target: *target,
                        pace: pace(planned, *target, true),
                    }
                })
                .collect();
            for ((week, channel), planned) in &counts {
                if *week == w && !targets.contains_key(channel.as_str()) {
                    channels.push(ChannelWeek {
                        channel: channel.clone(),
                        planned: *planned,
                        target: 0.0,
                        pace: pace(*planned, 0.0, false),
                    });
                }
            }
            Week {
                starts_on: monday + Duration::weeks(w),
                channels,
            }
        })
        .collect();
    let with_pillar: u32 = by_pillar.values().sum();
    let pillars = plan
        .pillars
        .iter()
        .map(|p| {
            let planned = by_pillar.get(&p.id).copied().unwrap_or(0);
            PillarShare {
                pillar_id: p.id,
                name: p.name.clone(),
                target: p.share,
                planned,
                actual: if with_pillar == 0 {
                    0.0
                } else {
                    f64::from(planned) * 100.0 / f64::from(with_pillar)
                },
            }
        })
        .collect();
    Ok(Cadence {
        weeks,
        pillars,
        without_pillar,
    })
}
