//! What an outcome does to the plan, shown before it is done.
//!
//! - **keep**: a decision, nothing else changes;
//! - **adjust**: a decision saying what changes; for an objective, its new
//!   target is written into the strategy;
//! - **stop**: an activity stops on its channel (its rows of the split go;
//!   the activity closes when it runs nowhere else) or the whole channel
//!   closes; either way the **future** items of the calendar that belong to
//!   it — planned after now, not published, not already cancelled — are
//!   cancelled, and nothing else. An objective that stops leaves the strategy;
//! - **start**: a new objective, channel or activity is created.
//!
//! Changes to the strategy go through its draft, like any edit: while a
//! version waits for approval they are refused and nothing happens.

use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{ItemKind, OutcomeKind, Review, ReviewItem, open, read};
use crate::calendar::wallclock::local_column;
use crate::decisions::{self, Approval, ApprovalVia, DecisionInput, Subject, SubjectKind};
use crate::enums::Language;
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{ActivityId, ItemId, ObjectiveId, PlanChannelId, ReviewItemId};
use crate::split::labels::{self, pick};
use crate::store::Store;
use crate::strategy::{
    self, Frequency, ObjectiveInput, PlanChannelInput, PlanChannelStatus, write_objective,
    write_plan_channel,
};
use crate::text::{self, MAX_LONG, MAX_NAME};
use crate::{channels, profile, split, text_enum, time};

text_enum!(
    StopScope {
        /// The activity on the item's channel.
        Activity = "activity",
        /// The whole channel.
        Channel = "channel",
    }
);

text_enum!(
    StartKind { Objective = "objective", Channel = "channel", Activity = "activity" }
);

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StartInput {
    pub kind: StartKind,
    /// The objective's title, or the name of a channel or activity of the user's own.
    pub name: String,
    /// A catalog channel or activity key; '' for one of the user's own.
    pub key: String,
    /// The macro objective a new (micro) objective serves.
    pub parent_id: Option<ObjectiveId>,
    pub metric: String,
    /// As typed.
    pub target: String,
    /// The channel a new objective is measured on ('' for none).
    pub channel: String,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct OutcomeInput {
    pub outcome: OutcomeKind,
    /// What was said: why, and for "adjust" what changes.
    pub note: String,
    /// For stopping an activity: it alone on its channel (the default), or the channel.
    pub scope: Option<StopScope>,
    /// For adjusting an objective: the new target as typed ('' keeps it).
    pub target: String,
    pub start: Option<StartInput>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CancelledItem {
    pub id: ItemId,
    pub title: String,
    pub channel: String,
    pub planned_local: Option<NaiveDateTime>,
}

/// What applying an outcome would do.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Effects {
    /// Future items of the calendar that would be cancelled.
    pub cancelled: Vec<CancelledItem>,
    /// The channel key that would close.
    pub closes_channel: Option<String>,
    /// Whether the activity would close (it runs on no other channel).
    pub closes_activity: bool,
    /// Rows of the split (all phases) that would go.
    pub removed_rows: u32,
    pub removes_objective: bool,
    pub new_target: Option<f64>,
    pub creates: Option<StartKind>,
}

/// The checked outcome: what to change, with the ids it needs.
struct Plan {
    effects: Effects,
    activity: Option<ActivityId>,
    channel: Option<(PlanChannelId, String)>,
    objective: Option<ObjectiveId>,
}

fn item_of(review: &Review, id: ReviewItemId) -> Result<&ReviewItem> {
    let item = review
        .items
        .iter()
        .find(|i| i.id == id)
        .ok_or_else(|| Error::not_found("review item", id))?;
    if let Some(done) = item.outcome {
        return Err(Error::conflict(
            Some("outcome"),
            ErrorCode::IllegalTransition,
            "this item already has its outcome",
        )
        .with_param("from", done.as_str())
        .with_param("to", done.as_str()));
    }
    Ok(item)
}

fn not_allowed(outcome: OutcomeKind, kind: ItemKind) -> Error {
    Error::invalid(
        "outcome",
        ErrorCode::OutcomeNotAllowed,
        format!(
            "\"{}\" does not apply to an item of kind {}",
            outcome.as_str(),
            kind.as_str()
        ),
    )
    .with_param("outcome", outcome.as_str())
    .with_param("kind", kind.as_str())
}

fn parse_id<T: std::str::FromStr>(item: &ReviewItem) -> Result<T> {
    item.subject_id
        .as_deref()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| Error::not_found("subject", item.subject_id.clone().unwrap_or_default()))
}

fn plan_channel(
    conn: &Connection,
    client: crate::ids::ClientId,
    key: &str,
) -> Result<PlanChannelId> {
    conn.prepare_cached("SELECT id FROM strategy_channels WHERE client_id = ?1 AND channel = ?2")?
        .query_row(params![client, key], |row| row.get(0))
        .optional()?
        .ok_or_else(|| Error::not_found("channel", key))
}

/// The future items of a channel (of one activity, if given) that a stop cancels.
fn future_items(
    conn: &Connection,
    client: crate::ids::ClientId,
    channel: &str,
    activity: Option<ActivityId>,
    now: DateTime<Utc>,
) -> Result<Vec<CancelledItem>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, title, channel, planned_local FROM content_items
              WHERE client_id = ?1 AND channel = ?2 AND (?3 IS NULL OR activity_id = ?3)
                AND deleted_at IS NULL AND planned_at > ?4
                AND status NOT IN ('published', 'cancelled')
              ORDER BY planned_at",
        )?
        .query_map(
            params![client, channel, activity, time::to_text(now)],
            |row| {
                Ok(CancelledItem {
                    id: row.get(0)?,
                    title: row.get(1)?,
                    channel: row.get(2)?,
                    planned_local: local_column(row, 3)?,
                })
            },
        )?
        .collect::<rusqlite::Result<_>>()?)
}

fn checked(
    conn: &Connection,
    review: &Review,
    item: &ReviewItem,
    input: &OutcomeInput,
    now: DateTime<Utc>,
) -> Result<Plan> {
    let client = review.client_id;
    let mut plan = Plan {
        effects: Effects {
            cancelled: Vec::new(),
            closes_channel: None,
            closes_activity: false,
            removed_rows: 0,
            removes_objective: false,
            new_target: None,
            creates: None,
        },
        activity: None,
        channel: None,
        objective: None,
    };
    text::bounded("note", &input.note, MAX_LONG)?;
    match input.outcome {
        OutcomeKind::Keep => {}
        OutcomeKind::Adjust => {
            let typed = input.target.trim();
            if item.kind == ItemKind::Objective && !typed.is_empty() {
                let target = text::amount("target", typed)?;
                plan.objective = Some(parse_id(item)?);
                plan.effects.new_target = target;
            } else if input.note.trim().is_empty() {
                return Err(Error::invalid(
                    "note",
                    ErrorCode::Required,
                    "say what changes",
                ));
            }
        }
        OutcomeKind::Stop => match item.kind {
            ItemKind::Activity => {
                let activity: ActivityId = parse_id(item)?;
                let key = item.channel.clone().unwrap_or_default();
                let channel = plan_channel(conn, client, &key)?;
                match input.scope.unwrap_or(StopScope::Activity) {
                    StopScope::Activity => {
                        let (here, elsewhere): (u32, u32) = conn
                            .prepare_cached(
                                "SELECT count(*) FILTER (WHERE channel_id = ?2),
                                        count(*) FILTER (WHERE channel_id <> ?2)
                                   FROM split_cells WHERE activity_id = ?1",
                            )?
                            .query_row(params![activity, channel], |row| {
                                Ok((row.get(0)?, row.get(1)?))
                            })?;
                        plan.effects.removed_rows = here;
                        plan.effects.closes_activity = elsewhere == 0;
                        plan.effects.cancelled =
                            future_items(conn, client, &key, Some(activity), now)?;
                        plan.activity = Some(activity);
                    }
                    StopScope::Channel => {
                        plan.effects.closes_channel = Some(key.clone());
                        plan.effects.cancelled = future_items(conn, client, &key, None, now)?;
                    }
                }
                plan.channel = Some((channel, key));
            }
            ItemKind::Objective => {
                let id: ObjectiveId = parse_id(item)?;
                let exists = conn
                    .prepare_cached(
                        "SELECT 1 FROM strategy_objectives WHERE id = ?1 AND client_id = ?2",
                    )?
                    .query_row(params![id, client], |_| Ok(()))
                    .optional()?
                    .is_some();
                if !exists {
                    return Err(Error::not_found("objective", id));
                }
                plan.objective = Some(id);
                plan.effects.removes_objective = true;
            }
            kind => return Err(not_allowed(input.outcome, kind)),
        },
        OutcomeKind::Start => {
            let start = input
                .start
                .as_ref()
                .ok_or_else(|| Error::invalid("start", ErrorCode::Required, "say what starts"))?;
            check_start(start)?;
            plan.effects.creates = Some(start.kind);
        }
    }
    Ok(plan)
}

/// The parts of a start that need no database (the rest is checked on write).
fn check_start(start: &StartInput) -> Result<()> {
    match start.kind {
        StartKind::Objective => {
            text::name("name", &start.name)?;
            if start.parent_id.is_none() {
                return Err(Error::invalid(
                    "parentId",
                    ErrorCode::Required,
                    "a new objective serves a macro objective",
                ));
            }
        }
        StartKind::Channel => {
            let key = start.key.trim();
            if key.is_empty() {
                text::name("name", &start.name)?;
            } else if !channels::is_known(key) {
                return Err(Error::invalid(
                    "key",
                    ErrorCode::InvalidChoice,
                    format!("unknown channel {key}"),
                )
                .with_param("value", key));
            }
        }
        StartKind::Activity => {
            if start.key.trim().is_empty() {
                text::name("name", &start.name)?;
            }
        }
    }
    Ok(())
}

/// What applying `input` to the item would do; nothing is written.
pub fn preview_outcome(
    store: &Store,
    item_id: ReviewItemId,
    input: &OutcomeInput,
    now: DateTime<Utc>,
) -> Result<Effects> {
    store.read(|conn| {
        let review = review_of(conn, item_id)?;
        let item = item_of(&review, item_id)?;
        Ok(checked(conn, &review, item, input, now)?.effects)
    })
}

fn review_of(conn: &Connection, item_id: ReviewItemId) -> Result<Review> {
    let review_id = conn
        .prepare_cached("SELECT review_id FROM review_items WHERE id = ?1")?
        .query_row([item_id], |row| row.get(0))
        .optional()?
        .ok_or_else(|| Error::not_found("review item", item_id))?;
    open(conn, review_id)
}

/// Applies the outcome: the plan changes, the decision is written, the item
/// records both. All or nothing.
pub fn apply_outcome(
    store: &Store,
    item_id: ReviewItemId,
    input: &OutcomeInput,
    now: DateTime<Utc>,
) -> Result<Review> {
    store.write(|tx| {
        let review = review_of(tx, item_id)?;
        let item = item_of(&review, item_id)?.clone();
        let plan = checked(tx, &review, &item, input, now)?;
        let client = review.client_id;
        let language = review.language;
        let now_text = time::to_text(now);
        let mut subject = None;
        let mut done = Vec::new();

        for c in &plan.effects.cancelled {
            tx.prepare_cached(
                "UPDATE content_items SET status = 'cancelled', sequence = sequence + 1,
                        updated_at = ?2 WHERE id = ?1",
            )?
            .execute(params![c.id, now_text])?;
        }
        if let (Some(activity), Some((channel, _))) = (plan.activity, &plan.channel) {
            tx.prepare_cached(
                "DELETE FROM split_cells WHERE activity_id = ?1 AND channel_id = ?2",
            )?
            .execute(params![activity, channel])?;
            if plan.effects.closes_activity {
                tx.prepare_cached(
                    "UPDATE split_activities SET status = 'closed', updated_at = ?2 WHERE id = ?1",
                )?
                .execute(params![activity, now_text])?;
            }
            done.push(format!(
                "{} {}",
                pick(language, "Attività fermata su", "Activity stopped on"),
                channel_name(tx, client, &plan, language)?
            ));
        }
        if let (Some(key), Some((channel, _))) = (&plan.effects.closes_channel, &plan.channel) {
            strategy::editable(tx, client, now)?;
            tx.prepare_cached(
                "UPDATE strategy_channels SET status = 'closed', updated_at = ?2 WHERE id = ?1",
            )?
            .execute(params![channel, now_text])?;
            subject = Some(Subject {
                kind: SubjectKind::Channel,
                id: channel.to_string(),
            });
            done.push(format!(
                "{} {}",
                pick(language, "Canale chiuso:", "Channel closed:"),
                labels::channel(key, "", language)
            ));
        }
        if !plan.effects.cancelled.is_empty() {
            done.push(format!(
                "{} {}",
                plan.effects.cancelled.len(),
                pick(
                    language,
                    "contenuti futuri annullati",
                    "future items cancelled"
                )
            ));
        }
        if let Some(objective) = plan.objective {
            strategy::editable(tx, client, now)?;
            if plan.effects.removes_objective {
                tx.prepare_cached("DELETE FROM strategy_objectives WHERE id = ?1")?
                    .execute([objective])?;
                done.push(
                    pick(
                        language,
                        "Obiettivo tolto dalla strategia",
                        "Objective removed from the strategy",
                    )
                    .to_owned(),
                );
            } else if let Some(target) = plan.effects.new_target {
                tx.prepare_cached(
                    "UPDATE strategy_objectives SET target = ?2, updated_at = ?3 WHERE id = ?1",
                )?
                .execute(params![objective, target, now_text])?;
                subject = Some(Subject {
                    kind: SubjectKind::Objective,
                    id: objective.to_string(),
                });
                done.push(format!(
                    "{} {target}",
                    pick(language, "Nuovo traguardo:", "New target:")
                ));
            }
        }
        if item.kind == ItemKind::Objective && subject.is_none() && !plan.effects.removes_objective
        {
            subject = item.subject_id.clone().map(|id| Subject {
                kind: SubjectKind::Objective,
                id,
            });
        }
        if let (OutcomeKind::Start, Some(start)) = (input.outcome, &input.start) {
            let (started, what) = start_one(tx, client, start, language, now)?;
            subject = started.or(subject);
            done.push(what);
        }

        let me = profile::require(tx)?;
        let by = if review.attendees.trim().is_empty() {
            me.name.clone()
        } else {
            review.attendees.clone()
        };
        let word = outcome_word(input.outcome, language);
        let title: String = format!("{word}: {}", item.label)
            .chars()
            .take(MAX_NAME)
            .collect();
        let context = format!(
            "{} {}",
            pick(language, "Revisione del", "Review of"),
            match language {
                Language::Italian => review.held_on.format("%d/%m/%Y").to_string(),
                Language::English => review.held_on.format("%Y-%m-%d").to_string(),
            }
        );
        let choice = if done.is_empty() {
            word.to_owned()
        } else {
            done.join(". ")
        };
        let subject = match subject {
            Some(s) if subject_exists(tx, client, &s)? => Some(s),
            _ => None,
        };
        let decision = decisions::record_approved(
            tx,
            client,
            &DecisionInput {
                title,
                context,
                options: Vec::new(),
                choice,
                rationale: input.note.trim().to_owned(),
                proposed_by: me.kind,
                subject,
                supersedes: None,
            },
            &Approval {
                by,
                via: ApprovalVia::Meeting,
                at: now,
            },
            now,
        )?;
        tx.prepare_cached(
            "UPDATE review_items SET outcome = ?2, note = ?3, decision_id = ?4, updated_at = ?5
              WHERE id = ?1",
        )?
        .execute(params![
            item_id,
            input.outcome,
            input.note.trim(),
            decision,
            now_text
        ])?;
        tx.prepare_cached("UPDATE reviews SET updated_at = ?2 WHERE id = ?1")?
            .execute(params![review.id, now_text])?;
        read(tx, review.id)
    })
}

fn channel_name(
    conn: &Connection,
    client: crate::ids::ClientId,
    plan: &Plan,
    language: Language,
) -> Result<String> {
    let Some((_, key)) = &plan.channel else {
        return Ok(String::new());
    };
    let name: String = conn
        .prepare_cached("SELECT name FROM strategy_channels WHERE client_id = ?1 AND channel = ?2")?
        .query_row(params![client, key], |row| row.get(0))
        .optional()?
        .unwrap_or_default();
    Ok(labels::channel(key, &name, language))
}

fn subject_exists(conn: &Connection, client: crate::ids::ClientId, s: &Subject) -> Result<bool> {
    let table = match s.kind {
        SubjectKind::Objective => "strategy_objectives",
        SubjectKind::Channel => "strategy_channels",
        _ => return Ok(false),
    };
    Ok(conn
        .query_row(
            &format!("SELECT 1 FROM {table} WHERE id = ?1 AND client_id = ?2"),
            params![s.id, client],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

pub(crate) fn outcome_word(outcome: OutcomeKind, language: Language) -> &'static str {
    match outcome {
        OutcomeKind::Keep => pick(language, "Mantenere", "Keep"),
        OutcomeKind::Adjust => pick(language, "Correggere", "Adjust"),
        OutcomeKind::Stop => pick(language, "Fermare", "Stop"),
        OutcomeKind::Start => pick(language, "Avviare", "Start"),
    }
}

/// Creates what a "start" names; the decision's subject when it has one,
/// and what was done, in words.
fn start_one(
    tx: &Connection,
    client: crate::ids::ClientId,
    start: &StartInput,
    language: Language,
    now: DateTime<Utc>,
) -> Result<(Option<Subject>, String)> {
    match start.kind {
        StartKind::Objective => {
            let id = write_objective(
                tx,
                client,
                &ObjectiveInput {
                    id: None,
                    parent_id: start.parent_id,
                    title: start.name.clone(),
                    description: String::new(),
                    category: None,
                    channel: Some(start.channel.clone()).filter(|c| !c.trim().is_empty()),
                    metric: start.metric.clone(),
                    baseline: String::new(),
                    target: start.target.clone(),
                    frequency: Some(Frequency::Month),
                    period_start: String::new(),
                    deadline: String::new(),
                },
                now,
            )?;
            Ok((
                Some(Subject {
                    kind: SubjectKind::Objective,
                    id: id.to_string(),
                }),
                format!(
                    "{} {}",
                    pick(language, "Nuovo obiettivo:", "New objective:"),
                    start.name.trim()
                ),
            ))
        }
        StartKind::Channel => {
            let id = write_plan_channel(
                tx,
                client,
                &PlanChannelInput {
                    id: None,
                    channel: start.key.trim().to_owned(),
                    name: start.name.clone(),
                    role: String::new(),
                    audience: String::new(),
                    importance: 3,
                    posts_per_week: 1.0,
                    status: PlanChannelStatus::Active,
                },
                now,
            )
            .map_err(|e| match e {
                // The form names the catalog channel in `key`.
                Error::Conflict {
                    code: ErrorCode::DuplicateChannel,
                    message,
                    params,
                    ..
                } => Error::Conflict {
                    code: ErrorCode::DuplicateChannel,
                    field: Some("key".into()),
                    message,
                    params,
                },
                other => other,
            })?;
            Ok((
                Some(Subject {
                    kind: SubjectKind::Channel,
                    id: id.to_string(),
                }),
                format!(
                    "{} {}",
                    pick(language, "Nuovo canale:", "New channel:"),
                    labels::channel(start.key.trim(), start.name.trim(), language)
                ),
            ))
        }
        StartKind::Activity => {
            let key = split::start_activity(tx, client, start.key.trim(), &start.name, now)?;
            Ok((
                None,
                format!(
                    "{} {}",
                    pick(language, "Nuova attività:", "New activity:"),
                    labels::activity(&key, start.name.trim(), language)
                ),
            ))
        }
    }
}
