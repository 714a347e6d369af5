//! The agenda of a review, built from the data in this order: objectives off
//! track (then at risk), activities with no results for N months, decisions
//! still open, people loaded past the margin, occasions coming before the
//! next review.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use rusqlite::Connection;

use super::{ItemKind, NewItem};
use crate::calendar::holidays::OccasionKind;
use crate::calendar::occasions::{OccasionSource, between_on};
use crate::clients::Client;
use crate::error::Result;
use crate::ids::DecisionId;
use crate::monitoring::{self, KpiStatus, ReviewCadence};
use crate::split::{self, LoadLevel, labels};

/// Occasions an agenda lists at most.
const MAX_OCCASIONS: usize = 6;

fn detail<const N: usize>(pairs: [(&str, String); N]) -> BTreeMap<String, String> {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

fn rounded(value: f64) -> String {
    format!("{}", (value * 100.0).round() / 100.0)
}

pub(crate) fn build(
    conn: &Connection,
    client: &Client,
    held_on: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Vec<NewItem>> {
    let data = monitoring::read(conn, client.id, now)?;
    let mut items = Vec::new();

    for wanted in [KpiStatus::OffTrack, KpiStatus::AtRisk] {
        for kpi in data.kpis.iter().filter(|k| k.status == wanted) {
            let latest = kpi.latest.as_ref();
            items.push(NewItem {
                kind: ItemKind::Objective,
                subject_id: Some(kpi.objective_id.to_string()),
                channel: kpi.channel.clone(),
                label: kpi.title.clone(),
                detail: detail([
                    ("status", wanted.as_str().to_owned()),
                    ("ratio", kpi.ratio.map(rounded).unwrap_or_default()),
                    ("metric", kpi.metric.clone()),
                    (
                        "value",
                        latest
                            .and_then(|p| p.value)
                            .map(rounded)
                            .unwrap_or_default(),
                    ),
                    (
                        "planned",
                        latest.map(|p| rounded(p.planned)).unwrap_or_default(),
                    ),
                    (
                        "period",
                        latest.map(|p| p.starts_on.to_string()).unwrap_or_default(),
                    ),
                ]),
            });
        }
    }

    for channel in &data.effort.channels {
        let channel_name = labels::channel(&channel.key, &channel.name, client.language);
        for a in channel.activities.iter().filter(|a| a.flagged) {
            let name = labels::activity(&a.key, &a.name, client.language);
            items.push(NewItem {
                kind: ItemKind::Activity,
                subject_id: Some(a.activity_id.to_string()),
                channel: Some(channel.key.clone()),
                label: format!("{name} · {channel_name}"),
                detail: detail([
                    ("months", a.quiet_months.to_string()),
                    ("hours", rounded(a.hours)),
                    ("activity", a.key.clone()),
                    ("channelName", channel_name.clone()),
                ]),
            });
        }
    }

    let open: Vec<(DecisionId, String, String, String)> = conn
        .prepare_cached(
            "SELECT id, title, proposed_by, substr(created_at, 1, 10) FROM decisions
              WHERE client_id = ?1 AND status = 'proposed' ORDER BY created_at",
        )?
        .query_map([client.id], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    for (id, title, by, since) in open {
        items.push(NewItem {
            kind: ItemKind::Decision,
            subject_id: Some(id.to_string()),
            channel: None,
            label: title,
            detail: detail([("proposedBy", by), ("since", since)]),
        });
    }

    let split = split::read(conn, client.id)?;
    if let Some(capacity) = split.capacity.iter().find(|c| c.phase == split.phase) {
        for load in capacity.people.iter().filter(|l| l.level != LoadLevel::Ok) {
            let Some(person) = split.people.iter().find(|p| p.id == load.person_id) else {
                continue;
            };
            items.push(NewItem {
                kind: ItemKind::Person,
                subject_id: Some(person.id.to_string()),
                channel: None,
                label: person.name.clone(),
                detail: detail([
                    ("percent", format!("{}", load.percent.round())),
                    ("level", load.level.as_str().to_owned()),
                    ("assigned", rounded(load.assigned)),
                    ("available", rounded(load.available)),
                ]),
            });
        }
    }

    let window = match data.settings.cadence {
        ReviewCadence::Monthly => 31,
        ReviewCadence::Quarterly => 92,
    };
    // The business's own occasions first, then holidays, then marketing
    // days; the agenda lists them by date.
    let mut coming = between_on(conn, client.id, held_on, held_on + Duration::days(window))?;
    coming.sort_by_key(|o| match &o.source {
        OccasionSource::Own { .. } => 0,
        OccasionSource::Fixed {
            fixed: OccasionKind::PublicHoliday,
            ..
        } => 1,
        OccasionSource::Fixed { .. } => 2,
    });
    coming.truncate(MAX_OCCASIONS);
    coming.sort_by_key(|o| o.from);
    for o in coming {
        let (label, fixed) = match &o.source {
            OccasionSource::Fixed { key, .. } => (key.clone(), key.clone()),
            OccasionSource::Own { name, .. } => (name.clone(), String::new()),
        };
        items.push(NewItem {
            kind: ItemKind::Occasion,
            subject_id: Some(o.reference.clone()),
            channel: None,
            label,
            detail: detail([
                ("fixed", fixed),
                ("from", o.from.to_string()),
                ("to", o.to.to_string()),
            ]),
        });
    }
    Ok(items)
}
