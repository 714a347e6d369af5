//! Monitoring: the metrics a client measures, the values measured per
//! channel, metric and period, each micro objective's KPI against its target
//! ([`kpi`]), and the effort spent on each activity against the results it
//! brought ([`effort`]).
//!
//! Invariants:
//! - one value per client × channel × metric × period (a unique index); a
//!   second value for the same place replaces the first only when the user
//!   confirmed (`replace`), never silently;
//! - values are counts or euros, never negative (the core refuses them, a
//!   CHECK backs it);
//! - a period is stored by its first day: the Monday of a week, the first
//!   of a month; whatever day is typed is brought back to it.

pub mod effort;
pub mod import;
pub mod kpi;
mod measurements;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

pub use effort::{ActivityEffort, ChannelEffort, Effort, MonthResult};
pub use import::{ImportMapping, MeasurementImport, MetricColumn, apply_import, preview_import};
pub use kpi::{Kpi, KpiDirection, KpiPoint, KpiStatus};
pub use measurements::{Measurement, MeasurementInput, save_measurement};

use crate::clients;
use crate::enums::Language;
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{ClientId, MetricId};
use crate::store::Store;
use crate::text::{self};
use crate::{text_enum, time};

text_enum!(
    /// The seed's four families of what is measured.
    Family {
        /// Visits to the site and traffic from social.
        Visits = "visits",
        /// Reach and participation on each channel.
        Participation = "participation",
        /// Contacts: requests, leads, messages.
        Contacts = "contacts",
        /// Opportunities and the value they bring.
        Opportunities = "opportunities",
    }
);

impl Family {
    /// Whether a value above zero in this family is a result (not just a sign of one).
    pub fn is_result(self) -> bool {
        matches!(self, Self::Contacts | Self::Opportunities)
    }
}

text_enum!(
    /// How values of shorter spans add up to a longer one.
    Aggregation {
        /// Counts of things that happened (visits, comments): added up.
        Sum = "sum",
        /// A level at a moment (followers): the latest one.
        Last = "last",
    }
);

text_enum!(
    Period { Week = "week", Month = "month" }
);

text_enum!(
    ReviewCadence { Monthly = "monthly", Quarterly = "quarterly" }
);

impl Period {
    /// The first day of the period `day` falls in.
    pub fn start_of(self, day: NaiveDate) -> NaiveDate {
        match self {
            Self::Week => day - Duration::days(i64::from(day.weekday().num_days_from_monday())),
            Self::Month => day.with_day(1).unwrap_or(day),
        }
    }

    /// The last day of the period that starts on `start`.
    pub fn end_of(self, start: NaiveDate) -> NaiveDate {
        match self {
            Self::Week => start + Duration::days(6),
            Self::Month => next_month(start) - Duration::days(1),
        }
    }
}

/// The first day of the month after `day`'s.
pub fn next_month(day: NaiveDate) -> NaiveDate {
    let (year, month) = if day.month() == 12 {
        (day.year() + 1, 1)
    } else {
        (day.year(), day.month() + 1)
    };
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(day)
}

/// The first day of the month `months` before `day`'s.
pub fn months_back(day: NaiveDate, months: u32) -> NaiveDate {
    let index = day.year() * 12 + day.month0() as i32 - months as i32;
    NaiveDate::from_ymd_opt(index.div_euclid(12), index.rem_euclid(12) as u32 + 1, 1).unwrap_or(day)
}

/// A metric Regia knows.
pub struct CatalogMetric {
    pub key: &'static str,
    pub family: Family,
    pub aggregation: Aggregation,
}

const fn metric(key: &'static str, family: Family, aggregation: Aggregation) -> CatalogMetric {
    CatalogMetric {
        key,
        family,
        aggregation,
    }
}

/// The catalog, in the order screens list it. Labels live in the UI
/// catalogs under `strategy.metrics.<key>` (a UI test keeps them in step).
pub const CATALOG: &[CatalogMetric] = &[
    metric("visits", Family::Visits, Aggregation::Sum),
    metric("social_sessions", Family::Visits, Aggregation::Sum),
    metric("link_clicks", Family::Visits, Aggregation::Sum),
    metric("reach", Family::Participation, Aggregation::Sum),
    metric("impressions", Family::Participation, Aggregation::Sum),
    metric("followers", Family::Participation, Aggregation::Last),
    metric("reactions", Family::Participation, Aggregation::Sum),
    metric("comments", Family::Participation, Aggregation::Sum),
    metric("shares", Family::Participation, Aggregation::Sum),
    metric("saves", Family::Participation, Aggregation::Sum),
    metric("leads", Family::Contacts, Aggregation::Sum),
    metric("opportunities", Family::Opportunities, Aggregation::Sum),
    metric("value", Family::Opportunities, Aggregation::Sum),
];

pub const DEFAULT_QUIET_PERIODS: u8 = 3;
pub const MAX_QUIET_PERIODS: u8 = 24;
/// Larger than any count or euro figure a small business reports.
pub const MAX_VALUE: f64 = 1e12;

/// A metric as screens show it: from the catalog or the client's own.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MetricDef {
    pub key: String,
    /// The name of a custom metric; '' for a catalog one (the UI names it).
    pub name: String,
    pub family: Family,
    pub aggregation: Aggregation,
    /// Set for a custom metric.
    pub id: Option<MetricId>,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MetricInput {
    pub id: Option<MetricId>,
    pub name: String,
    pub family: Family,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MonitoringSettings {
    pub cadence: ReviewCadence,
    /// Months in a row without results after which an activity is flagged.
    pub quiet_periods: u8,
}

/// A channel values can be recorded for: the plan's, or '' for the business
/// as a whole (its site).
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MonitoredChannel {
    pub key: String,
    /// A custom channel's name; '' for a catalog one and for the site.
    pub name: String,
    pub closed: bool,
}

/// Everything the monitoring screens show for a client.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Monitoring {
    pub client_id: ClientId,
    pub language: Language,
    /// The day the figures were computed for, in the client's zone.
    pub today: NaiveDate,
    pub settings: MonitoringSettings,
    pub metrics: Vec<MetricDef>,
    pub channels: Vec<MonitoredChannel>,
    pub measurements: Vec<Measurement>,
    pub kpis: Vec<Kpi>,
    pub effort: Effort,
}

pub fn get(store: &Store, client_id: ClientId, now: DateTime<Utc>) -> Result<Monitoring> {
    store.read(|conn| read(conn, client_id, now))
}

pub(crate) fn read(
    conn: &Connection,
    client_id: ClientId,
    now: DateTime<Utc>,
) -> Result<Monitoring> {
    let client = clients::find(conn, client_id)?;
    let today = today(&client.timezone, now);
    let settings = settings(conn, client_id)?;
    let metrics = metrics(conn, client_id)?;
    let measurements = measurements::of_client(conn, client_id)?;
    let kpis = kpi::of_client(conn, client_id, &metrics, &measurements, today)?;
    let effort = effort::of_client(conn, client_id, &metrics, &measurements, &settings, today)?;
    Ok(Monitoring {
        client_id,
        language: client.language,
        today,
        settings,
        metrics,
        channels: channels(conn, client_id)?,
        measurements,
        kpis,
        effort,
    })
}

/// The day it is in the client's zone.
pub(crate) fn today(zone: &str, now: DateTime<Utc>) -> NaiveDate {
    zone.parse::<chrono_tz::Tz>()
        .map(|tz| now.with_timezone(&tz).date_naive())
        .unwrap_or_else(|_| now.date_naive())
}

pub(crate) fn settings(conn: &Connection, client_id: ClientId) -> Result<MonitoringSettings> {
    Ok(conn
        .prepare_cached(
            "SELECT cadence, quiet_periods FROM monitoring_settings WHERE client_id = ?1",
        )?
        .query_row([client_id], |row| {
            Ok(MonitoringSettings {
                cadence: row.get(0)?,
                quiet_periods: row.get(1)?,
            })
        })
        .optional()?
        .unwrap_or(MonitoringSettings {
            cadence: ReviewCadence::Monthly,
            quiet_periods: DEFAULT_QUIET_PERIODS,
        }))
}

pub fn save_settings(
    store: &Store,
    client_id: ClientId,
    input: &MonitoringSettings,
    now: DateTime<Utc>,
) -> Result<Monitoring> {
    if !(1..=MAX_QUIET_PERIODS).contains(&input.quiet_periods) {
        return Err(Error::invalid(
            "quietPeriods",
            ErrorCode::OutOfRange,
            format!("from 1 to {MAX_QUIET_PERIODS} months"),
        )
        .with_param("min", 1)
        .with_param("max", MAX_QUIET_PERIODS));
    }
    store.write(|tx| {
        clients::find(tx, client_id)?;
        tx.prepare_cached(
            "INSERT INTO monitoring_settings (client_id, cadence, quiet_periods, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?4)
             ON CONFLICT (client_id) DO UPDATE
                SET cadence = excluded.cadence, quiet_periods = excluded.quiet_periods,
                    updated_at = excluded.updated_at",
        )?
        .execute(params![
            client_id,
            input.cadence,
            input.quiet_periods,
            time::to_text(now)
        ])?;
        read(tx, client_id, now)
    })
}

pub(crate) fn metrics(conn: &Connection, client_id: ClientId) -> Result<Vec<MetricDef>> {
    let mut out: Vec<MetricDef> = CATALOG
        .iter()
        .map(|m| MetricDef {
            key: m.key.to_owned(),
            name: String::new(),
            family: m.family,
            aggregation: m.aggregation,
            id: None,
        })
        .collect();
    let custom = conn
        .prepare_cached(
            "SELECT id, key, name, family FROM custom_metrics WHERE client_id = ?1 ORDER BY name",
        )?
        .query_map([client_id], |row| {
            Ok(MetricDef {
                id: Some(row.get(0)?),
                key: row.get(1)?,
                name: row.get(2)?,
                family: row.get(3)?,
                aggregation: Aggregation::Sum,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    out.extend(custom);
    Ok(out)
}

/// The metric a key or a typed name stands for: a catalog key, a custom
/// metric's key, or a custom metric's name in any case and spacing.
pub(crate) fn find_metric<'a>(metrics: &'a [MetricDef], typed: &str) -> Option<&'a MetricDef> {
    let typed = typed.trim();
    metrics.iter().find(|m| m.key == typed).or_else(|| {
        let key = text::name_key(typed);
        metrics
            .iter()
            .find(|m| m.id.is_some() && text::name_key(&m.name) == key)
    })
}

/// Adds or renames a custom metric.
pub fn save_metric(
    store: &Store,
    client_id: ClientId,
    input: &MetricInput,
    now: DateTime<Utc>,
) -> Result<Monitoring> {
    let name = text::name("name", &input.name)?;
    let key = format!("custom:{}", text::name_key(&name));
    store.write(|tx| {
        clients::find(tx, client_id)?;
        let plain = text::name_key(&name);
        let clash = CATALOG
            .iter()
            .any(|m| m.key == plain || m.key.replace('_', " ") == plain)
            || tx
                .prepare_cached(
                    "SELECT 1 FROM custom_metrics WHERE client_id = ?1 AND key = ?2 AND id IS NOT ?3",
                )?
                .query_row(params![client_id, key, input.id], |_| Ok(()))
                .optional()?
                .is_some();
        if clash {
            return Err(Error::conflict(
                Some("name"),
                ErrorCode::DuplicateName,
                "there is already a metric with this name",
            ));
        }
        let now_text = time::to_text(now);
        match input.id {
            Some(id) => {
                let old: String = tx
                    .prepare_cached("SELECT key FROM custom_metrics WHERE id = ?1 AND client_id = ?2")?
                    .query_row(params![id, client_id], |row| row.get(0))
                    .optional()?
                    .ok_or_else(|| Error::not_found("metric", id))?;
                tx.prepare_cached(
                    "UPDATE custom_metrics SET key = ?2, name = ?3, family = ?4, updated_at = ?5 WHERE id = ?1",
                )?
                .execute(params![id, key, name, input.family, now_text])?;
                tx.prepare_cached(
                    "UPDATE measurements SET metric = ?3 WHERE client_id = ?1 AND metric = ?2",
                )?
                .execute(params![client_id, old, key])?;
            }
            None => {
                tx.prepare_cached(
                    "INSERT INTO custom_metrics (id, client_id, key, name, family, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                )?
                .execute(params![MetricId::new(), client_id, key, name, input.family, now_text])?;
            }
        }
        read(tx, client_id, now)
    })
}

/// Removes a custom metric nothing was measured in yet.
pub fn delete_metric(
    store: &Store,
    client_id: ClientId,
    id: MetricId,
    now: DateTime<Utc>,
) -> Result<Monitoring> {
    store.write(|tx| {
        let key: String = tx
            .prepare_cached("SELECT key FROM custom_metrics WHERE id = ?1 AND client_id = ?2")?
            .query_row(params![id, client_id], |row| row.get(0))
            .optional()?
            .ok_or_else(|| Error::not_found("metric", id))?;
        let used: i64 = tx
            .prepare_cached(
                "SELECT count(*) FROM measurements WHERE client_id = ?1 AND metric = ?2",
            )?
            .query_row(params![client_id, key], |row| row.get(0))?;
        if used > 0 {
            return Err(Error::conflict(
                None,
                ErrorCode::MetricInUse,
                "values were recorded in this metric",
            )
            .with_param("count", used));
        }
        tx.execute("DELETE FROM custom_metrics WHERE id = ?1", [id])?;
        read(tx, client_id, now)
    })
}

/// The plan's channels, closed ones included (their history stays
/// readable), after the business as a whole.
pub(crate) fn channels(conn: &Connection, client_id: ClientId) -> Result<Vec<MonitoredChannel>> {
    let mut out = vec![MonitoredChannel {
        key: String::new(),
        name: String::new(),
        closed: false,
    }];
    let plan = conn
        .prepare_cached(
            "SELECT channel, name, status = 'closed' FROM strategy_channels WHERE client_id = ?1
              ORDER BY status = 'closed', position",
        )?
        .query_map([client_id], |row| {
            Ok(MonitoredChannel {
                key: row.get(0)?,
                name: row.get(1)?,
                closed: row.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    out.extend(plan);
    Ok(out)
}

#[cfg(test)]
mod tests;
