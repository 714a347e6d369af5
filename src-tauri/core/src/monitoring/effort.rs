//! Effort against results, per channel and activity, month by month.
//!
//! Effort is the split's hours a month for the activity on the channel (in
//! the client's current phase) and the items of the calendar published on
//! the channel (those linked to the activity, for the activity's row).
//! Results are the values of the **contacts** and **opportunities**
//! families recorded for the channel.
//!
//! The flag rule: an activity on a channel is flagged when, in each of the
//! last N complete months (N is the client's setting, 3 unless changed),
//! it had effort (hours in the split, or items of it published), the channel
//! was measured (at least one value of any metric), and no result above
//! zero was recorded. A month nobody measured ends the run: Regia does not
//! flag what nobody looked at.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

use super::kpi::{Span, by_span};
use super::{
    Family, MetricDef, MonitoringSettings, Period, measurements::Measurement, months_back,
};
use crate::clients::Phase;
use crate::error::Result;
use crate::ids::{ActivityId, ClientId};

/// Months the table shows at least (the flag rule may look further back).
const MONTHS_SHOWN: u32 = 6;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MonthResult {
    pub month: NaiveDate,
    /// Whether any value at all was recorded for the channel this month.
    pub measured: bool,
    pub contacts: f64,
    pub opportunities: f64,
    /// Euro, from the `value` metric.
    pub value: f64,
}

impl MonthResult {
    pub fn any(&self) -> bool {
        self.contacts > 0.0 || self.opportunities > 0.0 || self.value > 0.0
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ActivityEffort {
    pub activity_id: ActivityId,
    pub key: String,
    pub name: String,
    /// Hours a month in the split (both sides), current phase.
    pub hours: f64,
    /// Items linked to the activity published on the channel, per month.
    pub published: Vec<u32>,
    /// Complete months in a row, back from the last one, with effort and no result.
    pub quiet_months: u32,
    pub flagged: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ChannelEffort {
    pub key: String,
    pub name: String,
    pub hours: f64,
    /// All items published on the channel, per month.
    pub published: Vec<u32>,
    pub results: Vec<MonthResult>,
    pub activities: Vec<ActivityEffort>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Effort {
    /// First days of the months shown, oldest first; the last is the current one.
    pub months: Vec<NaiveDate>,
    pub quiet_periods: u8,
    pub phase: Phase,
    pub channels: Vec<ChannelEffort>,
}

/// Whether a month counts towards the flag: effort, measured, no result.
pub fn quiet(effort: bool, result: &MonthResult) -> bool {
    effort && result.measured && !result.any()
}

/// Months in a row, back from the newest, for which `quiet` holds.
pub fn quiet_run(months: impl DoubleEndedIterator<Item = bool>) -> u32 {
    months.rev().take_while(|q| *q).count() as u32
}

pub(crate) fn of_client(
    conn: &Connection,
    client_id: ClientId,
    metrics: &[MetricDef],
    measurements: &[Measurement],
    settings: &MonitoringSettings,
    today: NaiveDate,
) -> Result<Effort> {
    let back = MONTHS_SHOWN.max(u32::from(settings.quiet_periods));
    let months: Vec<NaiveDate> = (0..=back).rev().map(|k| months_back(today, k)).collect();
    let first = months[0];
    let phase: Phase = conn
        .prepare_cached("SELECT phase FROM clients WHERE id = ?1")?
        .query_row([client_id], |row| row.get(0))?;
    let index = |month: NaiveDate| months.iter().position(|m| *m == month);

    // Published items: channel → activity (None: not linked) → per month.
    let mut published: HashMap<(String, Option<ActivityId>), Vec<u32>> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT channel, activity_id, substr(planned_local, 1, 7) || '-01', count(*)
           FROM content_items
          WHERE client_id = ?1 AND status = 'published' AND deleted_at IS NULL
            AND planned_local >= ?2
          GROUP BY 1, 2, 3",
    )?;
    let rows = stmt.query_map(rusqlite::params![client_id, first.to_string()], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, Option<ActivityId>>(1)?,
            row.get::<_, NaiveDate>(2)?,
            row.get::<_, u32>(3)?,
        ))
    })?;
    for row in rows {
        let (channel, activity, month, count) = row?;
        if let Some(i) = index(month) {
            published
                .entry((channel, activity))
                .or_insert_with(|| vec![0; months.len()])[i] += count;
        }
    }

    // The split's activities per channel, current phase, with their hours;
    // and activities only items point to.
    let mut rows: BTreeMap<(String, String), (ActivityId, String, String, f64)> = BTreeMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT sc.channel, a.position, a.id, a.key, a.name,
                sum(c.business_hours + c.agency_hours)
           FROM split_cells c
           JOIN split_activities a ON a.id = c.activity_id
           JOIN strategy_channels sc ON sc.id = c.channel_id
           JOIN clients cl ON cl.id = c.client_id
          WHERE c.client_id = ?1 AND c.phase = cl.phase AND a.status = 'active'
          GROUP BY sc.channel, a.id",
    )?;
    let cells = stmt.query_map([client_id], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, i64>(1)?,
            row.get::<_, ActivityId>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, String>(4)?,
            row.get::<_, f64>(5)?,
        ))
    })?;
    for cell in cells {
        let (channel, position, id, key, name, hours) = cell?;
        rows.insert((channel, format!("{position:08}")), (id, key, name, hours));
    }
    let mut stmt = conn.prepare_cached(
        "SELECT id, key, name, position FROM split_activities WHERE client_id = ?1",
    )?;
    let known: HashMap<ActivityId, (String, String, i64)> = stmt
        .query_map([client_id], |row| {
            Ok((row.get(0)?, (row.get(1)?, row.get(2)?, row.get(3)?)))
        })?
        .collect::<rusqlite::Result<_>>()?;
    for (channel, activity) in published.keys() {
        if let Some(id) = activity
            && let Some((key, name, position)) = known.get(id)
        {
            rows.entry((channel.clone(), format!("{position:08}")))
                .or_insert((*id, key.clone(), name.clone(), 0.0));
        }
    }

    let family: HashMap<&str, Family> =
        metrics.iter().map(|m| (m.key.as_str(), m.family)).collect();
    let aggregation: HashMap<&str, super::Aggregation> = metrics
        .iter()
        .map(|m| (m.key.as_str(), m.aggregation))
        .collect();
    let mut channels = Vec::new();
    let mut stmt = conn.prepare_cached(
        "SELECT channel, name FROM strategy_channels WHERE client_id = ?1 AND status <> 'closed'
          ORDER BY position",
    )?;
    let plan = stmt
        .query_map([client_id], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (key, name) in plan {
        let mut results: Vec<MonthResult> = months
            .iter()
            .map(|month| MonthResult {
                month: *month,
                measured: false,
                contacts: 0.0,
                opportunities: 0.0,
                value: 0.0,
            })
            .collect();
        let mine: Vec<&Measurement> = measurements.iter().filter(|m| m.channel == key).collect();
        for m in &mine {
            if let Some(i) = index(Period::Month.start_of(m.starts_on)) {
                results[i].measured = true;
            }
        }
        let mut by_metric: BTreeMap<&str, Vec<&Measurement>> = BTreeMap::new();
        for m in mine {
            by_metric.entry(m.metric.as_str()).or_default().push(m);
        }
        for (metric, values) in by_metric {
            let Some(family) = family.get(metric).filter(|f| f.is_result()) else {
                continue;
            };
            let agg = aggregation
                .get(metric)
                .copied()
                .unwrap_or(super::Aggregation::Sum);
            for (month, value) in by_span(&values, agg, Span::Month) {
                let Some(i) = index(month) else { continue };
                let r = &mut results[i];
                match (family, metric) {
                    (_, "value") => r.value += value,
                    (Family::Contacts, _) => r.contacts += value,
                    _ => r.opportunities += value,
                }
            }
        }
        let ended = months.len() - 1;
        let n = u32::from(settings.quiet_periods);
        let activities: Vec<ActivityEffort> = rows
            .iter()
            .filter(|((channel, _), _)| *channel == key)
            .map(|(_, (id, akey, aname, hours))| {
                let items = published
                    .get(&(key.clone(), Some(*id)))
                    .cloned()
                    .unwrap_or_else(|| vec![0; months.len()]);
                let run =
                    quiet_run((0..ended).map(|i| quiet(*hours > 0.0 || items[i] > 0, &results[i])));
                ActivityEffort {
                    activity_id: *id,
                    key: akey.clone(),
                    name: aname.clone(),
                    hours: *hours,
                    published: items,
                    quiet_months: run,
                    flagged: run >= n,
                }
            })
            .collect();
        let mut all_items = vec![0; months.len()];
        for ((channel, _), counts) in &published {
            if *channel == key {
                for (total, count) in all_items.iter_mut().zip(counts) {
                    *total += count;
                }
            }
        }
        channels.push(ChannelEffort {
            hours: activities.iter().map(|a| a.hours).sum(),
            key,
            name,
            published: all_items,
            results,
            activities,
        });
    }
    Ok(Effort {
        months,
        quiet_periods: settings.quiet_periods,
        phase,
        channels,
    })
}
