//! The in-house / agency split of a client: for each phase, who does each
//! activity on each channel of the plan (the agency, the business, or both),
//! with a RACI and the hours it takes; what that costs, whose time it fills,
//! and what the agency teaches the business's people.
//!
//! Invariants:
//! - every stored row (activity × channel × phase) has exactly one
//!   Accountable, one of the client's own people (the core refuses none or
//!   two; a unique index refuses two; a trigger keeps a person who is
//!   Accountable from being deleted);
//! - a row's hours go to its Responsible people of the side that spends
//!   them (shared evenly), else to its Accountable when of that side, else
//!   they are "unassigned": per side, people's hours plus unassigned hours
//!   are the row hours;
//! - changing who does a row writes a decision in the log, saying whether it
//!   follows Regia's advice ([`recommend`]).

mod export;
pub mod labels;
pub mod recommend;
mod transfers;

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

pub use export::{export_csv, raci_rows};
pub use transfers::{
    Transfer, TransferInput, TransferStatus, complete_transfer, delete_transfer, save_transfer,
};

use crate::clients::{self, Phase};
use crate::decisions::{self, DecisionInput, DecisionStatus};
use crate::enums::{Language, Side};
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{ActivityId, CellId, ClientId, DecisionId, PersonId, PlanChannelId};
use crate::people::{self, Person, Skill};
use crate::store::Store;
use crate::strategy::PlanChannelStatus;
use crate::text::{self, MAX_LONG};
use crate::{profile, text_enum, time};
use labels::CatalogActivity;
use recommend::{Factors, Recommendation, SplitSide};

/// Hours in the longest month: no row takes more.
pub const MAX_MONTH_HOURS: f64 = 744.0;
/// Weeks in a month, on average: weekly hours × this = monthly hours.
pub const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;
pub const DEFAULT_MARGIN: u8 = 80;
pub const MAX_RATE: f64 = 10_000.0;
pub const MAX_BUDGET: f64 = 10_000_000.0;

use Skill::*;

/// The activities every client starts with, in order.
pub const CATALOG: &[CatalogActivity] = &[
    activity(
        "strategy",
        &[Strategy],
        0,
        6.0,
        "Strategia e pianificazione",
        "Strategy and planning",
    ),
    activity(
        "ideas",
        &[Copywriting],
        1,
        4.0,
        "Idee per i contenuti",
        "Content ideas",
    ),
    activity(
        "copywriting",
        &[Copywriting],
        1,
        6.0,
        "Testi",
        "Copywriting",
    ),
    activity("graphics", &[Graphics], 0, 6.0, "Grafica", "Graphics"),
    activity(
        "photo_video",
        &[Photo, Video],
        0,
        8.0,
        "Foto e video",
        "Photo and video",
    ),
    activity(
        "onsite_capture",
        &[Photo],
        2,
        4.0,
        "Riprese sul posto",
        "On-site capture",
    ),
    activity(
        "scheduling",
        &[],
        0,
        2.0,
        "Programmazione e pubblicazione",
        "Scheduling and publishing",
    ),
    activity(
        "community",
        &[Community],
        2,
        8.0,
        "Gestione della community",
        "Community management",
    ),
    activity(
        "advertising",
        &[Advertising],
        0,
        4.0,
        "Pubblicità",
        "Advertising",
    ),
    activity(
        "reporting",
        &[Analytics],
        0,
        3.0,
        "Monitoraggio e report",
        "Monitoring and reporting",
    ),
    activity(
        recommend::APPROVALS,
        &[],
        2,
        1.0,
        "Approvazioni",
        "Approvals",
    ),
];

const fn activity(
    key: &'static str,
    skills: &'static [Skill],
    voice: u8,
    hours: f64,
    it: &'static str,
    en: &'static str,
) -> CatalogActivity {
    CatalogActivity {
        key,
        skills,
        voice,
        hours,
        it,
        en,
    }
}

text_enum!(
    /// A person's part in a row of the split.
    Role {
        Responsible = "responsible",
        Accountable = "accountable",
        Consulted = "consulted",
        Informed = "informed",
    }
);

text_enum!(
    ActivityStatus { Active = "active", Closed = "closed" }
);

text_enum!(
    /// How full a person's time is against the protected margin.
    LoadLevel { Ok = "ok", Warn = "warn", Over = "over" }
);

text_enum!(
    BudgetLevel { Ok = "ok", Over = "over", Missing = "missing" }
);

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// Euro an hour.
    pub hourly_rate: f64,
    /// Euro a month; `None` until said.
    pub monthly_budget: Option<f64>,
    /// Percent of a person's hours above which Regia warns.
    pub capacity_margin: u8,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SettingsInput {
    pub hourly_rate: f64,
    pub monthly_budget: Option<f64>,
    pub capacity_margin: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Activity {
    pub id: ActivityId,
    /// A catalog key, or `custom:<name key>`.
    pub key: String,
    /// The name of a custom activity ('' for a catalog one).
    pub name: String,
    pub skills: Vec<Skill>,
    pub voice: u8,
    pub hours: f64,
    pub status: ActivityStatus,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ActivityInput {
    pub id: Option<ActivityId>,
    /// Required for a custom activity; a catalog one keeps its name.
    pub name: String,
    pub skills: Vec<Skill>,
    pub voice: u8,
    pub hours: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SplitChannel {
    pub id: PlanChannelId,
    pub channel: String,
    pub name: String,
    pub importance: u8,
    pub status: PlanChannelStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RaciEntry {
    pub person_id: PersonId,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Cell {
    pub id: CellId,
    pub phase: Phase,
    pub activity_id: ActivityId,
    pub channel_id: PlanChannelId,
    pub side: SplitSide,
    pub business_hours: f64,
    pub agency_hours: f64,
    pub raci: Vec<RaciEntry>,
    pub decision_id: Option<DecisionId>,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CellInput {
    pub phase: Phase,
    pub activity_id: ActivityId,
    pub channel_id: PlanChannelId,
    pub side: SplitSide,
    pub business_hours: f64,
    pub agency_hours: f64,
    pub raci: Vec<RaciEntry>,
    /// Why, when the side changes (most useful when not following the advice).
    pub rationale: String,
}

/// Regia's advice for one row.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Advice {
    pub phase: Phase,
    pub activity_id: ActivityId,
    pub channel_id: PlanChannelId,
    pub recommendation: Recommendation,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Load {
    pub person_id: PersonId,
    /// Hours a month the person has (weekly hours × 52 / 12).
    pub available: f64,
    /// Hours a month the split gives them.
    pub assigned: f64,
    /// `assigned` as a percent of `available` (0 when they have no hours and none assigned).
    pub percent: f64,
    pub level: LoadLevel,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Capacity {
    pub phase: Phase,
    pub people: Vec<Load>,
    pub business_hours: f64,
    pub agency_hours: f64,
    /// Hours of a side's rows that nobody of that side is Responsible or Accountable for.
    pub unassigned_business: f64,
    pub unassigned_agency: f64,
    /// Agency hours × hourly rate, euro a month.
    pub agency_cost: f64,
    pub budget_level: BudgetLevel,
}

/// Everything the split screens show for a client.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Split {
    pub client_id: ClientId,
    /// The client's current phase.
    pub phase: Phase,
    pub language: Language,
    pub settings: Settings,
    pub activities: Vec<Activity>,
    /// The plan's channels that are not closed.
    pub channels: Vec<SplitChannel>,
    pub people: Vec<Person>,
    pub cells: Vec<Cell>,
    pub advice: Vec<Advice>,
    pub capacity: Vec<Capacity>,
    pub transfers: Vec<Transfer>,
}

/// The client's split; the first look gives the client the catalog of
/// activities and the default settings.
pub fn get(store: &Store, client_id: ClientId, now: DateTime<Utc>) -> Result<Split> {
    store.write(|tx| {
        ensure(tx, client_id, now)?;
        read(tx, client_id)
    })
}

fn ensure(conn: &Connection, client_id: ClientId, now: DateTime<Utc>) -> Result<()> {
    clients::find(conn, client_id)?;
    let now = time::to_text(now);
    let created = conn
        .prepare_cached(
            "INSERT INTO split_settings (client_id, hourly_rate, monthly_budget, capacity_margin,
                    created_at, updated_at)
             VALUES (?1, 0, NULL, ?2, ?3, ?3) ON CONFLICT (client_id) DO NOTHING",
        )?
        .execute(params![client_id, DEFAULT_MARGIN, now])?;
    if created == 1 {
        for (position, a) in (0_i64..).zip(CATALOG) {
            let skills = serde_json::to_string(a.skills)?;
            conn.prepare_cached(
                "INSERT INTO split_activities (id, client_id, key, name, skills, voice, hours,
                        position, status, created_at, updated_at)
                 VALUES (?1, ?2, ?3, '', ?4, ?5, ?6, ?7, 'active', ?8, ?8)",
            )?
            .execute(params![
                ActivityId::derived(&[&client_id.to_string(), a.key]),
                client_id,
                a.key,
                skills,
                a.voice,
                a.hours,
                position,
                now
            ])?;
        }
    }
    Ok(())
}

pub(crate) fn read(conn: &Connection, client_id: ClientId) -> Result<Split> {
    let client = clients::find(conn, client_id)?;
    let settings = conn
        .prepare_cached(
            "SELECT hourly_rate, monthly_budget, capacity_margin FROM split_settings WHERE client_id = ?1",
        )?
        .query_row([client_id], |row| {
            Ok(Settings {
                hourly_rate: row.get(0)?,
                monthly_budget: row.get(1)?,
                capacity_margin: row.get(2)?,
            })
        })
        .optional()?
        .unwrap_or(Settings {
            hourly_rate: 0.0,
            monthly_budget: None,
            capacity_margin: DEFAULT_MARGIN,
        });
    let activities = conn
        .prepare_cached(
            "SELECT id, key, name, skills, voice, hours, status FROM split_activities
              WHERE client_id = ?1 ORDER BY position, created_at",
        )?
        .query_map([client_id], activity_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let channels = conn
        .prepare_cached(
            "SELECT id, channel, name, importance, status FROM strategy_channels
              WHERE client_id = ?1 AND status <> 'closed' ORDER BY position",
        )?
        .query_map([client_id], |row| {
            Ok(SplitChannel {
                id: row.get(0)?,
                channel: row.get(1)?,
                name: row.get(2)?,
                importance: row.get(3)?,
                status: row.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let people = people::of_client(conn, client_id)?;
    let cells = cells_of(conn, client_id)?;
    let transfers = transfers::of_client(conn, client_id)?;
    let mut split = Split {
        client_id,
        phase: client.phase,
        language: client.language,
        settings,
        activities,
        channels,
        people,
        cells,
        advice: Vec::new(),
        capacity: Vec::new(),
        transfers,
    };
    split.capacity = Phase::ALL.iter().map(|&p| capacity(&split, p)).collect();
    split.advice = advise(&split);
    Ok(split)
}

fn activity_row(row: &Row<'_>) -> rusqlite::Result<Activity> {
    let skills: String = row.get(3)?;
    Ok(Activity {
        id: row.get(0)?,
        key: row.get(1)?,
        name: row.get(2)?,
        skills: serde_json::from_str(&skills).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(3, rusqlite::types::Type::Text, Box::new(e))
        })?,
        voice: row.get(4)?,
        hours: row.get(5)?,
        status: row.get(6)?,
    })
}

fn cells_of(conn: &Connection, client_id: ClientId) -> Result<Vec<Cell>> {
    let mut raci: HashMap<CellId, Vec<RaciEntry>> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT r.cell_id, r.person_id, r.role FROM split_raci r
           JOIN split_cells c ON c.id = r.cell_id
           JOIN people p ON p.id = r.person_id
          WHERE c.client_id = ?1 ORDER BY p.side, p.name COLLATE NOCASE",
    )?;
    let mut rows = stmt.query([client_id])?;
    while let Some(row) = rows.next()? {
        raci.entry(row.get(0)?).or_default().push(RaciEntry {
            person_id: row.get(1)?,
            role: row.get(2)?,
        });
    }
    let cells = conn
        .prepare_cached(
            "SELECT c.id, c.phase, c.activity_id, c.channel_id, c.side, c.business_hours,
                    c.agency_hours, c.decision_id
               FROM split_cells c
              WHERE c.client_id = ?1 ORDER BY c.phase, c.activity_id, c.channel_id",
        )?
        .query_map([client_id], |row| {
            Ok(Cell {
                id: row.get(0)?,
                phase: row.get(1)?,
                activity_id: row.get(2)?,
                channel_id: row.get(3)?,
                side: row.get(4)?,
                business_hours: row.get(5)?,
                agency_hours: row.get(6)?,
                raci: Vec::new(),
                decision_id: row.get(7)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(cells
        .into_iter()
        .map(|mut cell| {
            cell.raci = raci.remove(&cell.id).unwrap_or_default();
            cell
        })
        .collect())
}

/// Who spends a row's hours: per person, and what nobody of a side takes
/// (business, agency).
pub fn shares(cell: &Cell, people: &[Person]) -> (Vec<(PersonId, f64)>, f64, f64) {
    let side_of = |id: PersonId| people.iter().find(|p| p.id == id).map(|p| p.side);
    let mut out = Vec::new();
    let mut unassigned = [0.0, 0.0];
    for (i, (side, hours)) in [
        (Side::Business, cell.business_hours),
        (Side::Agency, cell.agency_hours),
    ]
    .into_iter()
    .enumerate()
    {
        if hours <= 0.0 {
            continue;
        }
        let of_side = |role: Role| -> Vec<PersonId> {
            cell.raci
                .iter()
                .filter(|e| e.role == role && side_of(e.person_id) == Some(side))
                .map(|e| e.person_id)
                .collect()
        };
        let mut doers = of_side(Role::Responsible);
        if doers.is_empty() {
            doers = of_side(Role::Accountable);
        }
        if doers.is_empty() {
            unassigned[i] += hours;
        } else {
            let each = hours / doers.len() as f64;
            out.extend(doers.into_iter().map(|id| (id, each)));
        }
    }
    (out, unassigned[0], unassigned[1])
}

fn capacity(split: &Split, phase: Phase) -> Capacity {
    let mut assigned: HashMap<PersonId, f64> = HashMap::new();
    let (mut business_hours, mut agency_hours) = (0.0, 0.0);
    let (mut unassigned_business, mut unassigned_agency) = (0.0, 0.0);
    for cell in split.cells.iter().filter(|c| c.phase == phase) {
        business_hours += cell.business_hours;
        agency_hours += cell.agency_hours;
        let (shares, ub, ua) = shares(cell, &split.people);
        unassigned_business += ub;
        unassigned_agency += ua;
        for (person, hours) in shares {
            *assigned.entry(person).or_default() += hours;
        }
    }
    let margin = f64::from(split.settings.capacity_margin);
    let people = split
        .people
        .iter()
        .map(|p| {
            let available = p.weekly_hours * WEEKS_PER_MONTH;
            let assigned = assigned.get(&p.id).copied().unwrap_or(0.0);
            let percent = if available > 0.0 {
                assigned / available * 100.0
            } else if assigned > 0.0 {
                f64::INFINITY
            } else {
                0.0
            };
            let level = if percent > 100.0 {
                LoadLevel::Over
            } else if percent > margin {
                LoadLevel::Warn
            } else {
                LoadLevel::Ok
            };
            Load {
                person_id: p.id,
                available,
                assigned,
                // JSON has no infinity: a person with no hours and work assigned reads as 999 %.
                percent: percent.min(999.0),
                level,
            }
        })
        .collect();
    let agency_cost = agency_hours * split.settings.hourly_rate;
    let budget_level = match split.settings.monthly_budget {
        None => BudgetLevel::Missing,
        Some(budget) if agency_cost > budget => BudgetLevel::Over,
        Some(_) => BudgetLevel::Ok,
    };
    Capacity {
        phase,
        people,
        business_hours,
        agency_hours,
        unassigned_business,
        unassigned_agency,
        agency_cost,
        budget_level,
    }
}

/// Regia's advice for every active activity on every open channel in every phase.
fn advise(split: &Split) -> Vec<Advice> {
    let mut out = Vec::new();
    for &phase in Phase::ALL {
        for activity in split
            .activities
            .iter()
            .filter(|a| a.status == ActivityStatus::Active)
        {
            for channel in &split.channels {
                let recommendation = advice_for(split, phase, activity, channel);
                out.push(Advice {
                    phase,
                    activity_id: activity.id,
                    channel_id: channel.id,
                    recommendation,
                });
            }
        }
    }
    out
}

/// The factors of one row, as the split stands without that row's own hours.
fn advice_for(
    split: &Split,
    phase: Phase,
    activity: &Activity,
    channel: &SplitChannel,
) -> Recommendation {
    let cell = split
        .cells
        .iter()
        .find(|c| c.phase == phase && c.activity_id == activity.id && c.channel_id == channel.id);
    let capacity = split.capacity.iter().find(|c| c.phase == phase);
    let own: Vec<(PersonId, f64)> = cell.map(|c| shares(c, &split.people).0).unwrap_or_default();
    let margin = f64::from(split.settings.capacity_margin) / 100.0;
    let insiders: Vec<&Person> = split
        .people
        .iter()
        .filter(|p| p.side == Side::Business && p.weekly_hours > 0.0)
        .collect();
    let free_hours: f64 = insiders
        .iter()
        .map(|p| {
            let load = capacity.and_then(|c| c.people.iter().find(|l| l.person_id == p.id));
            let assigned = load.map_or(0.0, |l| l.assigned)
                - own
                    .iter()
                    .filter(|(id, _)| *id == p.id)
                    .map(|(_, h)| h)
                    .sum::<f64>();
            (p.weekly_hours * WEEKS_PER_MONTH * margin - assigned).max(0.0)
        })
        .sum();
    let best = insiders
        .iter()
        .map(|p| {
            let level = activity
                .skills
                .iter()
                .map(|&s| p.skills.get(s))
                .min()
                .unwrap_or(people::MAX_SKILL);
            (p.name.as_str(), level)
        })
        // The first of the best, in the people's order.
        .fold(None, |best: Option<(&str, u8)>, (name, level)| match best {
            Some((_, top)) if top >= level => best,
            _ => Some((name, level)),
        });
    let cell_hours = cell.map_or(0.0, |c| c.business_hours + c.agency_hours);
    let needed_hours = if cell_hours > 0.0 {
        cell_hours
    } else {
        activity.hours
    };
    let rate = split.settings.hourly_rate;
    let agency_cost =
        capacity.map_or(0.0, |c| c.agency_cost) - cell.map_or(0.0, |c| c.agency_hours * rate);
    recommend::recommend(&Factors {
        activity_key: &activity.key,
        skills: &activity.skills,
        voice: activity.voice,
        importance: channel.importance,
        phase,
        best,
        free_hours,
        needed_hours,
        budget: split.settings.monthly_budget,
        agency_cost: agency_cost.max(0.0),
        cell_cost: needed_hours * rate,
    })
}

pub fn save_settings(
    store: &Store,
    client_id: ClientId,
    input: &SettingsInput,
    now: DateTime<Utc>,
) -> Result<Split> {
    money_field("hourlyRate", input.hourly_rate, MAX_RATE)?;
    if let Some(budget) = input.monthly_budget {
        money_field("monthlyBudget", budget, MAX_BUDGET)?;
    }
    if !(10..=100).contains(&input.capacity_margin) {
        return Err(Error::invalid(
            "capacityMargin",
            ErrorCode::OutOfRange,
            "the protected margin goes from 10 % to 100 %",
        )
        .with_param("min", 10)
        .with_param("max", 100));
    }
    store.write(|tx| {
        ensure(tx, client_id, now)?;
        tx.prepare_cached(
            "UPDATE split_settings SET hourly_rate = ?2, monthly_budget = ?3, capacity_margin = ?4,
                    updated_at = ?5 WHERE client_id = ?1",
        )?
        .execute(params![
            client_id,
            input.hourly_rate,
            input.monthly_budget,
            input.capacity_margin,
            time::to_text(now)
        ])?;
        read(tx, client_id)
    })
}

/// A number that must be there and not below zero.
fn non_negative(field: &str, value: f64) -> Result<()> {
    if !value.is_finite() {
        return Err(Error::invalid(
            field,
            ErrorCode::InvalidNumber,
            "not a number",
        ));
    }
    if value < 0.0 {
        return Err(Error::invalid(
            field,
            ErrorCode::Negative,
            "must not be negative",
        ));
    }
    Ok(())
}

fn money_field(field: &str, value: f64, max: f64) -> Result<()> {
    non_negative(field, value)?;
    if value > max {
        return Err(
            Error::invalid(field, ErrorCode::OutOfRange, format!("at most {max}"))
                .with_param("min", 0)
                .with_param("max", max),
        );
    }
    Ok(())
}

/// Hours a month: not negative, no more than a month has.
fn month_hours(field: &str, value: f64) -> Result<f64> {
    non_negative(field, value)?;
    if value > MAX_MONTH_HOURS {
        return Err(Error::invalid(
            field,
            ErrorCode::HoursInMonth,
            format!("a month has at most {MAX_MONTH_HOURS} hours"),
        )
        .with_param("max", MAX_MONTH_HOURS));
    }
    Ok((value * 4.0).round() / 4.0)
}

pub fn save_activity(
    store: &Store,
    client_id: ClientId,
    input: &ActivityInput,
    now: DateTime<Utc>,
) -> Result<Split> {
    if input.voice > 2 {
        return Err(
            Error::invalid("voice", ErrorCode::OutOfRange, "voice goes from 0 to 2")
                .with_param("min", 0)
                .with_param("max", 2),
        );
    }
    let hours = month_hours("hours", input.hours)?;
    let mut skills = input.skills.clone();
    skills.sort();
    skills.dedup();
    let skills_json = serde_json::to_string(&skills)?;
    store.write(|tx| {
        ensure(tx, client_id, now)?;
        let now = time::to_text(now);
        let existing = match input.id {
            Some(id) => Some(find_activity(tx, id, client_id)?),
            None => None,
        };
        let custom = existing
            .as_ref()
            .is_none_or(|a| a.key.starts_with("custom:"));
        let (key, name) = if custom {
            let name = text::name("name", &input.name)?;
            (format!("custom:{}", text::name_key(&name)), name)
        } else {
            let a = existing
                .as_ref()
                .ok_or_else(|| Error::not_found("activity", ""))?;
            (a.key.clone(), String::new())
        };
        let taken: Option<ActivityId> = tx
            .prepare_cached("SELECT id FROM split_activities WHERE client_id = ?1 AND key = ?2")?
            .query_row(params![client_id, key], |r| r.get(0))
            .optional()?;
        if taken.is_some() && taken != input.id {
            return Err(Error::conflict(
                Some("name"),
                ErrorCode::DuplicateName,
                "there is already an activity with this name",
            ));
        }
        match existing {
            Some(a) => {
                tx.prepare_cached(
                    "UPDATE split_activities SET key = ?2, name = ?3, skills = ?4, voice = ?5,
                            hours = ?6, updated_at = ?7 WHERE id = ?1",
                )?
                .execute(params![
                    a.id,
                    key,
                    name,
                    skills_json,
                    input.voice,
                    hours,
                    now
                ])?;
            }
            None => insert_activity(
                tx,
                client_id,
                (&key, &name),
                (&skills_json, input.voice, hours),
                &now,
            )?,
        }
        read(tx, client_id)
    })
}

/// Starts an activity (a review's "start"): a catalog one by its key, or one
/// of the user's own by name. A closed one opens again; one already running
/// is refused. Its key.
pub(crate) fn start_activity(
    conn: &Connection,
    client_id: ClientId,
    key: &str,
    name: &str,
    now: DateTime<Utc>,
) -> Result<String> {
    ensure(conn, client_id, now)?;
    let (key, name, catalog) = if key.is_empty() {
        let name = text::name("name", name)?;
        (format!("custom:{}", text::name_key(&name)), name, None)
    } else {
        let a = CATALOG.iter().find(|a| a.key == key).ok_or_else(|| {
            Error::invalid(
                "key",
                ErrorCode::InvalidChoice,
                format!("unknown activity {key}"),
            )
            .with_param("value", key)
        })?;
        (key.to_owned(), String::new(), Some(a))
    };
    let now = time::to_text(now);
    let found: Option<(ActivityId, ActivityStatus)> = conn
        .prepare_cached(
            "SELECT id, status FROM split_activities WHERE client_id = ?1 AND key = ?2",
        )?
        .query_row(params![client_id, key], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let field = if catalog.is_some() { "key" } else { "name" };
    match found {
        Some((_, ActivityStatus::Active)) => {
            return Err(Error::conflict(
                Some(field),
                ErrorCode::DuplicateName,
                "this activity is already running",
            ));
        }
        Some((id, ActivityStatus::Closed)) => {
            conn.prepare_cached(
                "UPDATE split_activities SET status = 'active', updated_at = ?2 WHERE id = ?1",
            )?
            .execute(params![id, now])?;
        }
        None => {
            let (skills, voice, hours) = match catalog {
                Some(a) => (serde_json::to_string(a.skills)?, a.voice, a.hours),
                None => ("[]".to_owned(), 1, 4.0),
            };
            insert_activity(
                conn,
                client_id,
                (&key, &name),
                (&skills, voice, hours),
                &now,
            )?;
        }
    }
    Ok(key)
}

/// Adds an active activity at the end of the client's list.
fn insert_activity(
    conn: &Connection,
    client_id: ClientId,
    (key, name): (&str, &str),
    (skills_json, voice, hours): (&str, u8, f64),
    now: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO split_activities (id, client_id, key, name, skills, voice, hours,
                position, status, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,
                 (SELECT coalesce(max(position), -1) + 1 FROM split_activities
                   WHERE client_id = ?2),
                 'active', ?8, ?8)",
    )?
    .execute(params![
        ActivityId::derived(&[&client_id.to_string(), key]),
        client_id,
        key,
        name,
        skills_json,
        voice,
        hours,
        now
    ])?;
    Ok(())
}

fn find_activity(conn: &Connection, id: ActivityId, client_id: ClientId) -> Result<Activity> {
    conn.prepare_cached(
        "SELECT id, key, name, skills, voice, hours, status FROM split_activities
          WHERE id = ?1 AND client_id = ?2",
    )?
    .query_row(params![id, client_id], activity_row)
    .optional()?
    .ok_or_else(|| Error::not_found("activity", id))
}

/// Removes an activity and its rows in every phase.
pub fn delete_activity(store: &Store, client_id: ClientId, id: ActivityId) -> Result<Split> {
    store.write(|tx| {
        find_activity(tx, id, client_id)?;
        tx.execute("DELETE FROM split_activities WHERE id = ?1", [id])?;
        read(tx, client_id)
    })
}

/// Saves one row of the split. When its side changes (or it is new), a
/// decision goes in the log saying what Regia advised and what was chosen.
pub fn save_cell(
    store: &Store,
    client_id: ClientId,
    input: &CellInput,
    now: DateTime<Utc>,
) -> Result<Split> {
    let (business_hours, agency_hours) = match input.side {
        SplitSide::Business => (month_hours("businessHours", input.business_hours)?, 0.0),
        SplitSide::Agency => (0.0, month_hours("agencyHours", input.agency_hours)?),
        SplitSide::Shared => (
            month_hours("businessHours", input.business_hours)?,
            month_hours("agencyHours", input.agency_hours)?,
        ),
    };
    let rationale = text::optional("rationale", &input.rationale, MAX_LONG)?;
    store.write(|tx| {
        ensure(tx, client_id, now)?;
        let before = read(tx, client_id)?;
        let activity = before
            .activities
            .iter()
            .find(|a| a.id == input.activity_id)
            .ok_or_else(|| Error::not_found("activity", input.activity_id))?;
        let channel = before
            .channels
            .iter()
            .find(|c| c.id == input.channel_id)
            .ok_or_else(|| Error::not_found("channel", input.channel_id))?;
        check_raci(tx, client_id, &input.raci)?;
        let existing = before.cells.iter().find(|c| {
            c.phase == input.phase
                && c.activity_id == input.activity_id
                && c.channel_id == input.channel_id
        });
        let now_text = time::to_text(now);
        let cell_id = match existing {
            Some(cell) => {
                tx.prepare_cached(
                    "UPDATE split_cells SET side = ?2, business_hours = ?3, agency_hours = ?4,
                            updated_at = ?5 WHERE id = ?1",
                )?
                .execute(params![
                    cell.id,
                    input.side,
                    business_hours,
                    agency_hours,
                    now_text
                ])?;
                tx.prepare_cached("DELETE FROM split_raci WHERE cell_id = ?1")?
                    .execute([cell.id])?;
                cell.id
            }
            None => insert_cell(
                tx,
                client_id,
                (input.phase, input.activity_id, input.channel_id),
                (input.side, business_hours, agency_hours),
                &now_text,
            )?,
        };
        insert_raci(tx, cell_id, &input.raci)?;
        if existing.is_none_or(|c| c.side != input.side) {
            let advice = before
                .advice
                .iter()
                .find(|a| {
                    a.phase == input.phase
                        && a.activity_id == input.activity_id
                        && a.channel_id == input.channel_id
                })
                .map(|a| a.recommendation.side);
            let previous = existing.and_then(|c| c.decision_id);
            let decision = decide_side(
                tx,
                &before,
                (activity, channel, input.phase),
                (input.side, advice),
                &rationale,
                previous,
                now,
            )?;
            tx.prepare_cached("UPDATE split_cells SET decision_id = ?2 WHERE id = ?1")?
                .execute(params![cell_id, decision])?;
        }
        read(tx, client_id)
    })
}

/// Exactly one Accountable, each person once, all of them the client's.
fn check_raci(conn: &Connection, client_id: ClientId, raci: &[RaciEntry]) -> Result<()> {
    for (i, entry) in raci.iter().enumerate() {
        if raci[..i].iter().any(|e| e.person_id == entry.person_id) {
            return Err(Error::invalid(
                format!("raci.{}", entry.person_id),
                ErrorCode::InvalidChoice,
                "a person has one part in a row",
            ));
        }
        let owner: Option<ClientId> = conn
            .prepare_cached("SELECT client_id FROM people WHERE id = ?1")?
            .query_row([entry.person_id], |row| row.get(0))
            .optional()?;
        if owner != Some(client_id) {
            return Err(Error::invalid(
                format!("raci.{}", entry.person_id),
                ErrorCode::ForeignPerson,
                "this person is not one of the client's people",
            ));
        }
    }
    match raci.iter().filter(|e| e.role == Role::Accountable).count() {
        1 => Ok(()),
        0 => Err(Error::invalid(
            "raci",
            ErrorCode::NoAccountable,
            "a row needs one Accountable",
        )),
        n => Err(Error::invalid(
            "raci",
            ErrorCode::TwoAccountables,
            "a row has exactly one Accountable",
        )
        .with_param("count", n)),
    }
}

/// Writes (or, while still proposed, rewrites) the decision about who does a row.
fn decide_side(
    conn: &Connection,
    split: &Split,
    (activity, channel, phase): (&Activity, &SplitChannel, Phase),
    (side, advice): (SplitSide, Option<SplitSide>),
    rationale: &str,
    previous: Option<DecisionId>,
    now: DateTime<Utc>,
) -> Result<DecisionId> {
    let l = split.language;
    let what = labels::activity(&activity.key, &activity.name, l);
    let channel_name = labels::channel(&channel.channel, &channel.name, l);
    let phase_name = labels::phase(phase, l);
    let chosen = labels::side(side, l);
    let title = match l {
        Language::Italian => {
            format!("Ripartizione: {what} su {channel_name} ({phase_name}): {chosen}")
        }
        Language::English => format!("Split: {what} on {channel_name} ({phase_name}): {chosen}"),
    };
    // Long custom names must not make the log refuse its own title.
    let title = if title.chars().count() > text::MAX_NAME {
        let mut short: String = title.chars().take(text::MAX_NAME - 1).collect();
        short.push('…');
        short
    } else {
        title
    };
    let context = match (advice, l) {
        (Some(a), Language::Italian) if a == side => {
            format!(
                "Regia consigliava: {}. Consiglio accolto.",
                labels::side(a, l)
            )
        }
        (Some(a), Language::Italian) => {
            format!(
                "Regia consigliava: {}. Scelta diversa dal consiglio.",
                labels::side(a, l)
            )
        }
        (Some(a), Language::English) if a == side => {
            format!("Regia advised: {}. Advice accepted.", labels::side(a, l))
        }
        (Some(a), Language::English) => {
            format!(
                "Regia advised: {}. Chosen against the advice.",
                labels::side(a, l)
            )
        }
        (None, _) => String::new(),
    };
    let me = profile::require(conn)?;
    let previous = match previous {
        Some(id) => Some(decisions::find(conn, id)?),
        None => None,
    };
    let input = DecisionInput {
        title,
        context,
        options: SplitSide::ALL
            .iter()
            .map(|&s| labels::side(s, l).to_owned())
            .collect(),
        choice: chosen.to_owned(),
        rationale: rationale.to_owned(),
        proposed_by: me.kind,
        subject: None,
        supersedes: previous
            .as_ref()
            .filter(|d| d.status == DecisionStatus::Approved)
            .map(|d| d.id),
    };
    if let Some(previous) = previous.filter(|d| d.status == DecisionStatus::Proposed) {
        decisions::revise(conn, previous.id, &input, now)?;
        return Ok(previous.id);
    }
    match me.kind {
        // The agency proposes; the business's agreement is recorded in the log.
        Side::Agency => decisions::insert(conn, split.client_id, &input, now),
        // The business decides for itself, here and now.
        Side::Business => decisions::record_approved(
            conn,
            split.client_id,
            &input,
            &decisions::Approval {
                by: me.name.clone(),
                via: decisions::ApprovalVia::InApp,
                at: now,
            },
            now,
        ),
    }
}

/// Takes a row out of the split (its decision stays in the log).
pub fn delete_cell(store: &Store, client_id: ClientId, id: CellId) -> Result<Split> {
    store.write(|tx| {
        let deleted = tx
            .prepare_cached("DELETE FROM split_cells WHERE id = ?1 AND client_id = ?2")?
            .execute(params![id, client_id])?;
        if deleted == 0 {
            return Err(Error::not_found("split row", id));
        }
        read(tx, client_id)
    })
}

/// Starts a phase from another: every row the target phase does not have yet
/// is copied with its RACI and hours. Rows already there are kept.
pub fn copy_phase(
    store: &Store,
    client_id: ClientId,
    from: Phase,
    to: Phase,
    now: DateTime<Utc>,
) -> Result<Split> {
    store.write(|tx| {
        ensure(tx, client_id, now)?;
        let before = read(tx, client_id)?;
        let now = time::to_text(now);
        for cell in before.cells.iter().filter(|c| c.phase == from) {
            let taken = before.cells.iter().any(|c| {
                c.phase == to
                    && c.activity_id == cell.activity_id
                    && c.channel_id == cell.channel_id
            });
            if taken || from == to {
                continue;
            }
            let id = insert_cell(
                tx,
                client_id,
                (to, cell.activity_id, cell.channel_id),
                (cell.side, cell.business_hours, cell.agency_hours),
                &now,
            )?;
            insert_raci(tx, id, &cell.raci)?;
        }
        read(tx, client_id)
    })
}

/// Stores a new row of the split (its RACI goes in with [`insert_raci`]).
fn insert_cell(
    conn: &Connection,
    client_id: ClientId,
    (phase, activity_id, channel_id): (Phase, ActivityId, PlanChannelId),
    (side, business_hours, agency_hours): (SplitSide, f64, f64),
    now: &str,
) -> Result<CellId> {
    let id = CellId::derived(&[
        &activity_id.to_string(),
        &channel_id.to_string(),
        phase.as_str(),
    ]);
    conn.prepare_cached(
        "INSERT INTO split_cells (id, client_id, phase, activity_id, channel_id, side,
                business_hours, agency_hours, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
    )?
    .execute(params![
        id,
        client_id,
        phase,
        activity_id,
        channel_id,
        side,
        business_hours,
        agency_hours,
        now
    ])?;
    Ok(id)
}

fn insert_raci(conn: &Connection, cell_id: CellId, raci: &[RaciEntry]) -> Result<()> {
    let mut insert = conn
        .prepare_cached("INSERT INTO split_raci (cell_id, person_id, role) VALUES (?1, ?2, ?3)")?;
    for entry in raci {
        insert.execute(params![cell_id, entry.person_id, entry.role])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
