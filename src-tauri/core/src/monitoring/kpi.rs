//! Each micro objective's KPI against its target.
//!
//! The rule, as the screens state it:
//! - the **planned value** of a period is the straight line from the
//!   baseline (at the objective's start) to the target (at its deadline),
//!   read at the period's last day; without a baseline, start or deadline it
//!   is the target itself;
//! - the status comes from the **last complete period with a value**:
//!   **on track** when the value reached the planned value, **at risk**
//!   when it reached at least [`AT_RISK_FLOOR`] (80 %) of it, **off track**
//!   below that; no value yet is **no data**;
//! - a target below its baseline means fewer is better (say, cost per
//!   contact): then the ratio is planned ÷ value instead of value ÷ planned.
//!
//! A KPI is read at the objective's frequency: weeks from weekly values;
//! months from monthly values, or else the weekly values that start in the
//! month; quarters from their months. Across channels values add up; across
//! time they add up, except levels (followers), which keep the latest.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use rusqlite::Connection;
use serde::Serialize;

use super::{Aggregation, MetricDef, Period, find_metric, measurements::Measurement, months_back};
use crate::error::Result;
use crate::ids::{ClientId, ObjectiveId};
use crate::strategy::Frequency;
use crate::text_enum;

/// Below this share of the planned value a KPI is off track.
pub const AT_RISK_FLOOR: f64 = 0.8;
/// The longest series a chart gets.
const MAX_POINTS: usize = 60;

text_enum!(
    KpiStatus {
        OnTrack = "on_track",
        AtRisk = "at_risk",
        OffTrack = "off_track",
        /// Nothing measured in a complete period yet.
        NoData = "no_data",
        /// The objective's metric is none of the catalog's or the client's own.
        UnknownMetric = "unknown_metric",
    }
);

text_enum!(
    KpiDirection {
        /// More is better (the target is at or above the baseline).
        Up = "up",
        /// Fewer is better (the target is below the baseline).
        Down = "down",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct KpiPoint {
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub value: Option<f64>,
    pub planned: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Kpi {
    pub objective_id: ObjectiveId,
    pub title: String,
    /// The macro objective it serves.
    pub macro_title: String,
    /// The metric's key when known, else as the objective names it.
    pub metric: String,
    pub channel: Option<String>,
    pub frequency: Frequency,
    pub baseline: Option<f64>,
    pub target: f64,
    pub period_start: Option<NaiveDate>,
    pub deadline: Option<NaiveDate>,
    pub direction: KpiDirection,
    pub series: Vec<KpiPoint>,
    /// The point the status was read from.
    pub latest: Option<KpiPoint>,
    /// value ÷ planned (planned ÷ value when fewer is better).
    pub ratio: Option<f64>,
    pub status: KpiStatus,
}

/// The status for a value against its planned value; see the module's rule.
pub fn status(value: f64, planned: f64, direction: KpiDirection) -> (f64, KpiStatus) {
    let ratio = match direction {
        KpiDirection::Up if planned <= 0.0 => f64::INFINITY,
        KpiDirection::Up => value / planned,
        KpiDirection::Down if value <= 0.0 => f64::INFINITY,
        KpiDirection::Down => planned / value,
    };
    let status = if ratio >= 1.0 {
        KpiStatus::OnTrack
    } else if ratio >= AT_RISK_FLOOR {
        KpiStatus::AtRisk
    } else {
        KpiStatus::OffTrack
    };
    (ratio, status)
}

/// A span a KPI is read over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Span {
    Week,
    Month,
    Quarter,
}

impl Span {
    fn start_of(self, day: NaiveDate) -> NaiveDate {
        match self {
            Self::Week => Period::Week.start_of(day),
            Self::Month => Period::Month.start_of(day),
            Self::Quarter => {
                NaiveDate::from_ymd_opt(day.year(), day.month0() / 3 * 3 + 1, 1).unwrap_or(day)
            }
        }
    }

    fn next(self, start: NaiveDate) -> NaiveDate {
        match self {
            Self::Week => start + chrono::Duration::days(7),
            Self::Month => super::next_month(start),
            Self::Quarter => super::next_month(super::next_month(super::next_month(start))),
        }
    }
}

/// One value per span start: `values` (of one metric) brought to `span`,
/// channel by channel, then added across channels.
pub(crate) fn by_span(
    values: &[&Measurement],
    aggregation: Aggregation,
    span: Span,
) -> BTreeMap<NaiveDate, f64> {
    // channel → month → value, monthly values first, weekly ones filling gaps.
    let mut per_channel: BTreeMap<&str, BTreeMap<NaiveDate, f64>> = BTreeMap::new();
    match span {
        Span::Week => {
            for m in values.iter().filter(|m| m.period == Period::Week) {
                per_channel
                    .entry(m.channel.as_str())
                    .or_default()
                    .insert(m.starts_on, m.value);
            }
        }
        Span::Month | Span::Quarter => {
            let mut weekly: BTreeMap<(&str, NaiveDate), Vec<(NaiveDate, f64)>> = BTreeMap::new();
            for m in values {
                match m.period {
                    Period::Month => {
                        per_channel
                            .entry(m.channel.as_str())
                            .or_default()
                            .insert(m.starts_on, m.value);
                    }
                    Period::Week => weekly
                        .entry((m.channel.as_str(), Period::Month.start_of(m.starts_on)))
                        .or_default()
                        .push((m.starts_on, m.value)),
                }
            }
            for ((channel, month), weeks) in weekly {
                let months = per_channel.entry(channel).or_default();
                months
                    .entry(month)
                    .or_insert_with(|| combine(aggregation, &weeks));
            }
            if span == Span::Quarter {
                for months in per_channel.values_mut() {
                    let mut quarters: BTreeMap<NaiveDate, Vec<(NaiveDate, f64)>> = BTreeMap::new();
                    for (month, value) in months.iter() {
                        quarters
                            .entry(Span::Quarter.start_of(*month))
                            .or_default()
                            .push((*month, *value));
                    }
                    *months = quarters
                        .into_iter()
                        .map(|(q, parts)| (q, combine(aggregation, &parts)))
                        .collect();
                }
            }
        }
    }
    let mut out: BTreeMap<NaiveDate, f64> = BTreeMap::new();
    for spans in per_channel.values() {
        for (start, value) in spans {
            *out.entry(*start).or_default() += value;
        }
    }
    out
}

fn combine(aggregation: Aggregation, parts: &[(NaiveDate, f64)]) -> f64 {
    match aggregation {
        Aggregation::Sum => parts.iter().map(|(_, v)| v).sum(),
        Aggregation::Last => parts
            .iter()
            .max_by_key(|(day, _)| *day)
            .map_or(0.0, |(_, v)| *v),
    }
}

struct ObjectiveRow {
    id: ObjectiveId,
    title: String,
    macro_title: String,
    channel: Option<String>,
    metric: String,
    baseline: Option<f64>,
    target: f64,
    frequency: Option<Frequency>,
    period_start: Option<NaiveDate>,
    deadline: Option<NaiveDate>,
}

fn objectives(conn: &Connection, client_id: ClientId) -> Result<Vec<ObjectiveRow>> {
    Ok(conn
        .prepare_cached(
            "SELECT o.id, o.title, p.title, o.channel, o.metric, o.baseline, o.target, o.frequency,
                    o.period_start, o.deadline
               FROM strategy_objectives o JOIN strategy_objectives p ON p.id = o.parent_id
              WHERE o.client_id = ?1 AND o.target IS NOT NULL AND o.metric <> ''
              ORDER BY p.position, o.position",
        )?
        .query_map([client_id], |row| {
            Ok(ObjectiveRow {
                id: row.get(0)?,
                title: row.get(1)?,
                macro_title: row.get(2)?,
                channel: row.get(3)?,
                metric: row.get(4)?,
                baseline: row.get(5)?,
                target: row.get(6)?,
                frequency: row.get(7)?,
                period_start: row.get(8)?,
                deadline: row.get(9)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The planned value at `day`: the line from baseline to target, or the target.
fn planned(o: &ObjectiveRow, day: NaiveDate) -> f64 {
    match (o.baseline, o.period_start, o.deadline) {
        (Some(baseline), Some(start), Some(deadline)) if deadline > start => {
            let done = (day - start).num_days() as f64 / (deadline - start).num_days() as f64;
            baseline + (o.target - baseline) * done.clamp(0.0, 1.0)
        }
        _ => o.target,
    }
}

pub(crate) fn of_client(
    conn: &Connection,
    client_id: ClientId,
    metrics: &[MetricDef],
    measurements: &[Measurement],
    today: NaiveDate,
) -> Result<Vec<Kpi>> {
    Ok(objectives(conn, client_id)?
        .into_iter()
        .map(|o| kpi(&o, metrics, measurements, today))
        .collect())
}

fn kpi(o: &ObjectiveRow, metrics: &[MetricDef], all: &[Measurement], today: NaiveDate) -> Kpi {
    let frequency = o.frequency.unwrap_or(Frequency::Month);
    let span = match frequency {
        Frequency::Week => Span::Week,
        Frequency::Month => Span::Month,
        Frequency::Quarter => Span::Quarter,
    };
    let direction = match o.baseline {
        Some(baseline) if o.target < baseline => KpiDirection::Down,
        _ => KpiDirection::Up,
    };
    let metric = find_metric(metrics, &o.metric);
    let mut out = Kpi {
        objective_id: o.id,
        title: o.title.clone(),
        macro_title: o.macro_title.clone(),
        metric: metric.map_or_else(|| o.metric.clone(), |m| m.key.clone()),
        channel: o.channel.clone(),
        frequency,
        baseline: o.baseline,
        target: o.target,
        period_start: o.period_start,
        deadline: o.deadline,
        direction,
        series: Vec::new(),
        latest: None,
        ratio: None,
        status: KpiStatus::NoData,
    };
    let Some(metric) = metric else {
        out.status = KpiStatus::UnknownMetric;
        return out;
    };
    let values: Vec<&Measurement> = all
        .iter()
        .filter(|m| m.metric == metric.key)
        .filter(|m| o.channel.as_ref().is_none_or(|c| *c == m.channel))
        .collect();
    let by = by_span(&values, metric.aggregation, span);
    let last_day = o
        .deadline
        .map_or(today, |d| d.min(today).max(o.period_start.unwrap_or(d)));
    let default_first = span.start_of(months_back(today, 5));
    let first = o
        .period_start
        .map(|d| span.start_of(d))
        .or_else(|| by.keys().next().copied())
        .unwrap_or(default_first)
        .min(span.start_of(last_day));
    let mut start = first;
    while start <= last_day {
        let ends_on = span.next(start) - chrono::Duration::days(1);
        out.series.push(KpiPoint {
            starts_on: start,
            ends_on,
            value: by.get(&start).copied(),
            planned: planned(o, ends_on),
        });
        start = span.next(start);
    }
    if out.series.len() > MAX_POINTS {
        out.series.drain(..out.series.len() - MAX_POINTS);
    }
    if let Some(point) = out
        .series
        .iter()
        .rev()
        .find(|p| p.ends_on < today && p.value.is_some())
    {
        let (ratio, status) = status(point.value.unwrap_or_default(), point.planned, direction);
        out.ratio = ratio.is_finite().then_some(ratio);
        out.status = status;
        out.latest = Some(point.clone());
    }
    out
}
