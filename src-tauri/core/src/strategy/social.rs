//! The social strategy: macro and micro objectives, content pillars and the
//! channel plan. Numbers and dates come as typed, in Italian or ISO form.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Deserialize;

use super::{
    Frequency, ObjectiveCategory, PlanChannelStatus, Strategy, editable, next_position, read,
};
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{ClientId, ObjectiveId, PillarId, PlanChannelId};
use crate::questionnaire::parse_date;
use crate::store::Store;
use crate::text::{self, MAX_SHORT};
use crate::{channels, time};

const MAX_DESCRIPTION: usize = 2_000;
/// More posts a week than this on one channel is a typo, not a plan.
pub const MAX_POSTS_PER_WEEK: f64 = 100.0;

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveInput {
    /// `None` adds an objective at the end of its list.
    pub id: Option<ObjectiveId>,
    /// The macro objective a micro one belongs to; `None` for a macro one.
    pub parent_id: Option<ObjectiveId>,
    pub title: String,
    pub description: String,
    /// Required for a macro objective, ignored for a micro one.
    pub category: Option<ObjectiveCategory>,
    pub channel: Option<String>,
    pub metric: String,
    pub baseline: String,
    pub target: String,
    pub frequency: Option<Frequency>,
    pub period_start: String,
    pub deadline: String,
}

impl ObjectiveInput {
    /// A new macro objective with just a title and a category.
    pub fn new_macro(title: &str, category: ObjectiveCategory) -> Self {
        Self {
            id: None,
            parent_id: None,
            title: title.to_owned(),
            description: String::new(),
            category: Some(category),
            channel: None,
            metric: String::new(),
            baseline: String::new(),
            target: String::new(),
            frequency: None,
            period_start: String::new(),
            deadline: String::new(),
        }
    }
}

struct Objective {
    title: String,
    description: String,
    category: Option<ObjectiveCategory>,
    channel: Option<String>,
    metric: String,
    baseline: Option<f64>,
    target: Option<f64>,
    frequency: Option<Frequency>,
    period_start: Option<NaiveDate>,
    deadline: Option<NaiveDate>,
}

fn date(field: &str, typed: &str) -> Result<Option<NaiveDate>> {
    if typed.trim().is_empty() {
        return Ok(None);
    }
    parse_date(typed).map(Some).ok_or_else(|| {
        Error::invalid(
            field,
            ErrorCode::InvalidDate,
            format!("\"{typed}\" is not a date"),
        )
        .with_param("value", typed)
    })
}

impl ObjectiveInput {
    fn validated(&self, conn: &Connection, client_id: ClientId) -> Result<Objective> {
        let title = text::name("title", &self.title)?;
        let description = text::optional("description", &self.description, MAX_DESCRIPTION)?;
        if self.parent_id.is_none() {
            let category = self.category.ok_or_else(|| {
                Error::invalid(
                    "category",
                    ErrorCode::Required,
                    "a macro objective needs a category",
                )
            })?;
            return Ok(Objective {
                title,
                description,
                category: Some(category),
                channel: None,
                metric: String::new(),
                baseline: None,
                target: None,
                frequency: None,
                period_start: None,
                deadline: None,
            });
        }
        let channel = match self.channel.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(key) if channels::is_known(key) || in_plan(conn, client_id, key)? => {
                Some(key.to_owned())
            }
            Some(key) => {
                return Err(Error::invalid(
                    "channel",
                    ErrorCode::InvalidChoice,
                    format!("unknown channel {key}"),
                )
                .with_param("value", key));
            }
        };
        let metric = text::optional("metric", &self.metric, MAX_SHORT)?;
        let baseline = text::amount("baseline", &self.baseline)?;
        let target = text::amount("target", &self.target)?;
        if target.is_some() && metric.is_empty() {
            return Err(Error::invalid(
                "metric",
                ErrorCode::MetricRequired,
                "a target needs the metric it is measured in",
            ));
        }
        let period_start = date("periodStart", &self.period_start)?;
        let deadline = date("deadline", &self.deadline)?;
        if let (Some(start), Some(end)) = (period_start, deadline)
            && end < start
        {
            return Err(Error::invalid(
                "deadline",
                ErrorCode::DeadlineBeforeStart,
                format!("the deadline {end} is before the period starts ({start})"),
            )
            .with_param("start", start));
        }
        Ok(Objective {
            title,
            description,
            category: None,
            channel,
            metric,
            baseline,
            target,
            frequency: self.frequency,
            period_start,
            deadline,
        })
    }
}

fn in_plan(conn: &Connection, client_id: ClientId, key: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM strategy_channels WHERE client_id = ?1 AND channel = ?2")?
        .query_row(params![client_id, key], |_| Ok(()))
        .optional()?
        .is_some())
}

pub fn save_objective(
    store: &Store,
    client_id: ClientId,
    input: &ObjectiveInput,
    now: DateTime<Utc>,
) -> Result<Strategy> {
    store.write(|tx| {
        write_objective(tx, client_id, input, now)?;
        read(tx, client_id)
    })
}

/// Adds or edits an objective (the strategy must be editable); its id.
pub(crate) fn write_objective(
    tx: &Connection,
    client_id: ClientId,
    input: &ObjectiveInput,
    now: DateTime<Utc>,
) -> Result<ObjectiveId> {
    editable(tx, client_id, now)?;
    let o = input.validated(tx, client_id)?;
    if let Some(parent) = input.parent_id {
        let parent_row: Option<(ClientId, Option<ObjectiveId>)> = tx
            .prepare_cached("SELECT client_id, parent_id FROM strategy_objectives WHERE id = ?1")?
            .query_row([parent], |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()?;
        match parent_row {
            Some((owner, None)) if owner == client_id => {}
            Some((owner, Some(_))) if owner == client_id => {
                return Err(Error::invalid(
                    "parentId",
                    ErrorCode::InvalidChoice,
                    "a micro objective belongs to a macro objective",
                ));
            }
            _ => return Err(Error::not_found("objective", parent)),
        }
    }
    let now_text = time::to_text(now);
    let values = params![
        o.title,
        o.description,
        o.category,
        o.channel,
        o.metric,
        o.baseline,
        o.target,
        o.frequency,
        o.period_start,
        o.deadline,
        now_text,
    ];
    match input.id {
        Some(id) => {
            let was_macro: Option<bool> = tx
                .prepare_cached(
                    "SELECT parent_id IS NULL FROM strategy_objectives WHERE id = ?1 AND client_id = ?2",
                )?
                .query_row(params![id, client_id], |row| row.get(0))
                .optional()?;
            match was_macro {
                None => return Err(Error::not_found("objective", id)),
                Some(was_macro) if was_macro != input.parent_id.is_none() => {
                    return Err(Error::invalid(
                        "parentId",
                        ErrorCode::InvalidChoice,
                        "a macro objective cannot become a micro one, or the reverse",
                    ));
                }
                Some(_) => {}
            }
            let mut stmt = tx.prepare_cached(
                "UPDATE strategy_objectives
                    SET title = ?1, description = ?2, category = ?3, channel = ?4, metric = ?5,
                        baseline = ?6, target = ?7, frequency = ?8, period_start = ?9,
                        deadline = ?10, updated_at = ?11, parent_id = ?13
                  WHERE id = ?12",
            )?;
            let mut all: Vec<&dyn rusqlite::ToSql> = values.to_vec();
            all.push(&id);
            all.push(&input.parent_id);
            stmt.execute(all.as_slice())?;
            Ok(id)
        }
        None => {
            let position = next_position(
                tx,
                "strategy_objectives WHERE client_id = ?1 AND parent_id IS ?2",
                &[&client_id, &input.parent_id],
            )?;
            let mut stmt = tx.prepare_cached(
                "INSERT INTO strategy_objectives
                        (title, description, category, channel, metric, baseline, target,
                         frequency, period_start, deadline, created_at, updated_at,
                         id, client_id, parent_id, position)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12, ?13, ?14, ?15)",
            )?;
            let id = ObjectiveId::new();
            let mut all: Vec<&dyn rusqlite::ToSql> = values.to_vec();
            all.extend([
                &id as &dyn rusqlite::ToSql,
                &client_id,
                &input.parent_id,
                &position,
            ]);
            stmt.execute(all.as_slice())?;
            Ok(id)
        }
    }
}

/// Adds a macro objective of a category, titled as given (from a suggestion).
pub(crate) fn insert_macro(
    conn: &Connection,
    client_id: ClientId,
    category: ObjectiveCategory,
    title: &str,
    now: DateTime<Utc>,
) -> Result<ObjectiveId> {
    let id = ObjectiveId::new();
    let position = next_position(
        conn,
        "strategy_objectives WHERE client_id = ?1 AND parent_id IS NULL",
        &[&client_id],
    )?;
    conn.prepare_cached(
        "INSERT INTO strategy_objectives (id, client_id, position, title, category, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
    )?
    .execute(params![id, client_id, position, title, category, time::to_text(now)])?;
    Ok(id)
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PillarInput {
    pub id: Option<PillarId>,
    pub name: String,
    pub description: String,
    /// Target share of the mix, in percent (0–100).
    pub share: i32,
}

pub fn save_pillar(
    store: &Store,
    client_id: ClientId,
    input: &PillarInput,
    now: DateTime<Utc>,
) -> Result<Strategy> {
    let name = text::name("name", &input.name)?;
    let description = text::optional("description", &input.description, MAX_DESCRIPTION)?;
    if !(0..=100).contains(&input.share) {
        return Err(Error::invalid(
            "share",
            ErrorCode::OutOfRange,
            "a share goes from 0 to 100 percent",
        )
        .with_param("min", 0)
        .with_param("max", 100));
    }
    store.write(|tx| {
        editable(tx, client_id, now)?;
        let now_text = time::to_text(now);
        match input.id {
            Some(id) => {
                let changed = tx
                    .prepare_cached(
                        "UPDATE strategy_pillars SET name = ?3, description = ?4, share = ?5, updated_at = ?6
                          WHERE id = ?1 AND client_id = ?2",
                    )?
                    .execute(params![id, client_id, name, description, input.share, now_text])?;
                if changed == 0 {
                    return Err(Error::not_found("pillar", id));
                }
            }
            None => {
                let position =
                    next_position(tx, "strategy_pillars WHERE client_id = ?1", &[&client_id])?;
                tx.prepare_cached(
                    "INSERT INTO strategy_pillars (id, client_id, name, description, share, position, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                )?
                .execute(params![
                    PillarId::new(),
                    client_id,
                    name,
                    description,
                    input.share,
                    position,
                    now_text
                ])?;
            }
        }
        read(tx, client_id)
    })
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PlanChannelInput {
    pub id: Option<PlanChannelId>,
    /// A catalog key; empty for a channel of the user's own, named in `name`.
    pub channel: String,
    pub name: String,
    pub role: String,
    pub audience: String,
    pub importance: u8,
    pub posts_per_week: f64,
    pub status: PlanChannelStatus,
}

struct PlanChannelRow {
    key: String,
    name: String,
    role: String,
    audience: String,
}

impl PlanChannelInput {
    fn validated(&self) -> Result<PlanChannelRow> {
        let channel = self.channel.trim();
        let (key, name) = if channel.is_empty() {
            let name = text::name("name", &self.name)?;
            (format!("custom:{}", text::name_key(&name)), name)
        } else if channels::is_known(channel) {
            (channel.to_owned(), String::new())
        } else {
            return Err(Error::invalid(
                "channel",
                ErrorCode::InvalidChoice,
                format!("unknown channel {channel}"),
            )
            .with_param("value", channel));
        };
        if !(1..=5).contains(&self.importance) {
            return Err(Error::invalid(
                "importance",
                ErrorCode::OutOfRange,
                "importance goes from 1 to 5",
            )
            .with_param("min", 1)
            .with_param("max", 5));
        }
        let posts = self.posts_per_week;
        if !posts.is_finite() || !(0.0..=MAX_POSTS_PER_WEEK).contains(&posts) {
            return Err(Error::invalid(
                "postsPerWeek",
                ErrorCode::OutOfRange,
                format!("posts per week go from 0 to {MAX_POSTS_PER_WEEK}"),
            )
            .with_param("min", 0)
            .with_param("max", MAX_POSTS_PER_WEEK));
        }
        Ok(PlanChannelRow {
            key,
            name,
            role: text::optional("role", &self.role, MAX_SHORT)?,
            audience: text::optional("audience", &self.audience, MAX_SHORT)?,
        })
    }
}

pub fn save_plan_channel(
    store: &Store,
    client_id: ClientId,
    input: &PlanChannelInput,
    now: DateTime<Utc>,
) -> Result<Strategy> {
    store.write(|tx| {
        write_plan_channel(tx, client_id, input, now)?;
        read(tx, client_id)
    })
}

/// Adds or edits a channel of the plan (the strategy must be editable); its id.
pub(crate) fn write_plan_channel(
    tx: &Connection,
    client_id: ClientId,
    input: &PlanChannelInput,
    now: DateTime<Utc>,
) -> Result<PlanChannelId> {
    let row = input.validated()?;
    editable(tx, client_id, now)?;
    let taken: Option<PlanChannelId> = tx
        .prepare_cached("SELECT id FROM strategy_channels WHERE client_id = ?1 AND channel = ?2")?
        .query_row(params![client_id, row.key], |r| r.get(0))
        .optional()?;
    if taken.is_some() && taken != input.id {
        let field = if input.channel.trim().is_empty() {
            "name"
        } else {
            "channel"
        };
        return Err(Error::conflict(
            Some(field),
            ErrorCode::DuplicateChannel,
            "this channel is already in the plan",
        ));
    }
    let now_text = time::to_text(now);
    match input.id {
        Some(id) => {
            let changed = tx
                .prepare_cached(
                    "UPDATE strategy_channels
                        SET channel = ?3, name = ?4, role = ?5, audience = ?6, importance = ?7,
                            posts_per_week = ?8, status = ?9, updated_at = ?10
                      WHERE id = ?1 AND client_id = ?2",
                )?
                .execute(params![
                    id,
                    client_id,
                    row.key,
                    row.name,
                    row.role,
                    row.audience,
                    input.importance,
                    input.posts_per_week,
                    input.status,
                    now_text
                ])?;
            if changed == 0 {
                return Err(Error::not_found("channel", id));
            }
            Ok(id)
        }
        None => insert_plan_channel(
            tx,
            client_id,
            &row.key,
            &row.name,
            (&row.role, &row.audience),
            (input.importance, input.posts_per_week, input.status),
            now,
        ),
    }
}

pub(crate) fn insert_plan_channel(
    conn: &Connection,
    client_id: ClientId,
    key: &str,
    name: &str,
    (role, audience): (&str, &str),
    (importance, posts_per_week, status): (u8, f64, PlanChannelStatus),
    now: DateTime<Utc>,
) -> Result<PlanChannelId> {
    let id = PlanChannelId::derived(&[&client_id.to_string(), key]);
    let position = next_position(
        conn,
        "strategy_channels WHERE client_id = ?1",
        &[&client_id],
    )?;
    conn.prepare_cached(
        "INSERT INTO strategy_channels
                (id, client_id, channel, name, role, audience, importance, posts_per_week, status,
                 position, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
    )?
    .execute(params![
        id,
        client_id,
        key,
        name,
        role,
        audience,
        importance,
        posts_per_week,
        status,
        position,
        time::to_text(now)
    ])?;
    Ok(id)
}
