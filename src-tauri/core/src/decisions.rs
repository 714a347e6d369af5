//! The decision log of a client: what was proposed, by which side, and how it
//! was decided, by whom and when.
//!
//! Invariants (checked here, and by a trigger in the database):
//! - only a proposed decision can be edited, deleted, approved or rejected;
//! - an approved decision can only become superseded, by the approval of a
//!   newer decision that names it in `supersedes`;
//! - in an agency install an approval is the business's, recorded with how
//!   (meeting, email, phone, other) and when it was given; in a business
//!   install it is given in the app, now.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use crate::enums::{Language, Side};
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{ClientId, DecisionId};
use crate::store::Store;
use crate::text::{self, MAX_LONG, MAX_SHORT};
use crate::{clients, profile, text_enum, time};

text_enum!(
    DecisionStatus {
        Proposed = "proposed",
        Approved = "approved",
        Rejected = "rejected",
        Superseded = "superseded",
    }
);

text_enum!(
    /// How an approval (or a refusal) was given.
    ApprovalVia {
        InApp = "in_app",
        Meeting = "meeting",
        Email = "email",
        Phone = "phone",
        Other = "other",
    }
);

text_enum!(
    /// What a decision is about.
    SubjectKind {
        Answer = "answer",
        Objective = "objective",
        Channel = "channel",
        Pillar = "pillar",
        StrategyVersion = "strategy_version",
    }
);

text_enum!(
    Outcome { Approve = "approve", Reject = "reject" }
);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Subject {
    pub kind: SubjectKind,
    pub id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Decision {
    pub id: DecisionId,
    pub client_id: ClientId,
    pub title: String,
    pub context: String,
    pub options: Vec<String>,
    pub choice: String,
    pub rationale: String,
    pub proposed_by: Side,
    pub status: DecisionStatus,
    pub decided_at: Option<DateTime<Utc>>,
    pub decided_by: Option<String>,
    pub decided_via: Option<ApprovalVia>,
    pub supersedes: Option<DecisionId>,
    pub superseded_by: Option<DecisionId>,
    pub subject: Option<Subject>,
    /// How the subject read when the decision was recorded.
    pub subject_label: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DecisionInput {
    pub title: String,
    pub context: String,
    pub options: Vec<String>,
    pub choice: String,
    pub rationale: String,
    pub proposed_by: Side,
    pub subject: Option<Subject>,
    pub supersedes: Option<DecisionId>,
}

/// Who approved (or refused), how and when, as the screen sends it.
#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ApprovalInput {
    pub by: String,
    /// Required in an agency install; a business install approves in the app.
    pub via: Option<ApprovalVia>,
    /// RFC 3339; required in an agency install.
    pub at: String,
}

/// A checked approval.
#[derive(Debug, Clone, PartialEq)]
pub struct Approval {
    pub by: String,
    pub via: ApprovalVia,
    pub at: DateTime<Utc>,
}

/// Checks an approval against the install's side: an agency records the
/// business's approval (how and when, not in the future, not before
/// `not_before`); a business gives it here and now.
pub(crate) fn approval(
    conn: &Connection,
    input: &ApprovalInput,
    not_before: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<Approval> {
    let by = text::name("by", &input.by)?;
    let side = profile::kind(conn)?;
    if side == Side::Business {
        return Ok(Approval {
            by,
            via: ApprovalVia::InApp,
            at: now,
        });
    }
    let via = match input.via {
        None | Some(ApprovalVia::InApp) => {
            return Err(Error::invalid(
                "via",
                ErrorCode::Required,
                "say how the business gave its answer",
            ));
        }
        Some(via) => via,
    };
    let at = DateTime::parse_from_rfc3339(input.at.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| {
            Error::invalid(
                "at",
                ErrorCode::InvalidDate,
                "say when the business answered",
            )
            .with_param("value", &input.at)
        })?;
    if at > now + chrono::Duration::minutes(1) {
        return Err(Error::invalid(
            "at",
            ErrorCode::FutureDate,
            "an answer cannot come from the future",
        ));
    }
    // The business may answer in the meeting where it first saw the
    // request, before the agency recorded it: the same day counts.
    if let Some(floor) = not_before
        && at.date_naive() < floor.date_naive()
    {
        return Err(Error::invalid(
            "at",
            ErrorCode::BeforeSubmission,
            "the answer cannot come before the request",
        )
        .with_param("date", time::to_text(floor)));
    }
    Ok(Approval { by, via, at })
}

const COLUMNS: &str = "id, client_id, title, context, options, choice, rationale, proposed_by,
    status, decided_at, decided_by, decided_via, supersedes, superseded_by, subject_kind,
    subject_id, subject_label, created_at, updated_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Decision> {
    let options: String = row.get(4)?;
    let subject = match (
        row.get::<_, Option<SubjectKind>>(14)?,
        row.get::<_, Option<String>>(15)?,
    ) {
        (Some(kind), Some(id)) => Some(Subject { kind, id }),
        _ => None,
    };
    Ok(Decision {
        id: row.get(0)?,
        client_id: row.get(1)?,
        title: row.get(2)?,
        context: row.get(3)?,
        options: serde_json::from_str(&options).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(4, rusqlite::types::Type::Text, Box::new(e))
        })?,
        choice: row.get(5)?,
        rationale: row.get(6)?,
        proposed_by: row.get(7)?,
        status: row.get(8)?,
        decided_at: time::optional_column(row, 9)?,
        decided_by: row.get(10)?,
        decided_via: row.get(11)?,
        supersedes: row.get(12)?,
        superseded_by: row.get(13)?,
        subject,
        subject_label: row.get(16)?,
        created_at: time::column(row, 17)?,
        updated_at: time::column(row, 18)?,
    })
}

pub(crate) fn find(conn: &Connection, id: DecisionId) -> Result<Decision> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM decisions WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found("decision", id))
}

#[derive(Debug, Clone, Default, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DecisionQuery {
    pub status: Option<DecisionStatus>,
    pub subject_kind: Option<SubjectKind>,
    pub proposed_by: Option<Side>,
    /// Words looked for in title, context, options, choice, rationale and subject.
    pub search: String,
}

/// The client's decisions that match, newest first.
pub fn list(store: &Store, client_id: ClientId, query: &DecisionQuery) -> Result<Vec<Decision>> {
    let words: Vec<String> = query
        .search
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    store.read(|conn| {
        clients::find(conn, client_id)?;
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM decisions
              WHERE client_id = ?1 AND (?2 IS NULL OR status = ?2)
                AND (?3 IS NULL OR subject_kind = ?3) AND (?4 IS NULL OR proposed_by = ?4)
              ORDER BY created_at DESC, id DESC"
        ))?;
        let rows = stmt.query_map(
            params![
                client_id,
                query.status,
                query.subject_kind,
                query.proposed_by
            ],
            from_row,
        )?;
        let mut out = Vec::new();
        for row in rows {
            let decision = row?;
            let haystack = [
                decision.title.as_str(),
                &decision.context,
                &decision.choice,
                &decision.rationale,
                &decision.subject_label,
                &decision.options.join(" "),
            ]
            .join(" ")
            .to_lowercase();
            if words.iter().all(|w| haystack.contains(w.as_str())) {
                out.push(decision);
            }
        }
        Ok(out)
    })
}

struct Checked {
    title: String,
    context: String,
    options: String,
    choice: String,
    rationale: String,
    subject_label: String,
}

impl DecisionInput {
    fn validated(
        &self,
        conn: &Connection,
        client_id: ClientId,
        language: Language,
    ) -> Result<Checked> {
        let mut options = Vec::new();
        for (i, option) in self.options.iter().enumerate() {
            let option = text::optional(&format!("options.{i}"), option, MAX_SHORT * 5)?;
            if !option.is_empty() {
                options.push(option);
            }
        }
        if options.len() > 20 {
            return Err(
                Error::invalid("options", ErrorCode::OutOfRange, "at most 20 options")
                    .with_param("max", 20),
            );
        }
        if let Some(old) = self.supersedes {
            let found = find(conn, old).ok().filter(|d| d.client_id == client_id);
            match found {
                None => {
                    return Err(Error::invalid(
                        "supersedes",
                        ErrorCode::NotFound,
                        "no such decision",
                    ));
                }
                Some(d) if d.status != DecisionStatus::Approved => {
                    return Err(Error::invalid(
                        "supersedes",
                        ErrorCode::IllegalTransition,
                        "only an approved decision can be superseded",
                    )
                    .with_param("from", d.status.as_str())
                    .with_param("to", DecisionStatus::Superseded.as_str()));
                }
                Some(_) => {}
            }
        }
        Ok(Checked {
            title: text::name("title", &self.title)?,
            context: text::optional("context", &self.context, MAX_LONG)?,
            options: serde_json::to_string(&options)?,
            choice: text::optional("choice", &self.choice, MAX_LONG)?,
            rationale: text::optional("rationale", &self.rationale, MAX_LONG)?,
            subject_label: match &self.subject {
                Some(subject) => subject_label(conn, client_id, subject, language)?,
                None => String::new(),
            },
        })
    }
}

/// How a subject reads now; refuses a subject of another client.
fn subject_label(
    conn: &Connection,
    client_id: ClientId,
    subject: &Subject,
    language: Language,
) -> Result<String> {
    let prompt_column = match language {
        Language::Italian => "it",
        Language::English => "en",
    };
    let sql = match subject.kind {
        SubjectKind::Answer => {
            "SELECT client_id, coalesce(nullif(prompt, ''), template_key) FROM questionnaire_questions WHERE id = ?1"
        }
        SubjectKind::Objective => "SELECT client_id, title FROM strategy_objectives WHERE id = ?1",
        SubjectKind::Channel => {
            "SELECT client_id, coalesce(nullif(name, ''), channel) FROM strategy_channels WHERE id = ?1"
        }
        SubjectKind::Pillar => "SELECT client_id, name FROM strategy_pillars WHERE id = ?1",
        SubjectKind::StrategyVersion => {
            "SELECT client_id, 'v' || number FROM strategy_versions WHERE id = ?1"
        }
    };
    let found: Option<(ClientId, String)> = conn
        .query_row(sql, [&subject.id], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    match found {
        Some((owner, label)) if owner == client_id => Ok(match subject.kind {
            // Template questions keep their wording in the template, by key.
            SubjectKind::Answer => crate::questionnaire::template()
                .question(&label)
                .map(|q| {
                    if prompt_column == "it" {
                        q.prompt.it.clone()
                    } else {
                        q.prompt.en.clone()
                    }
                })
                .unwrap_or(label),
            _ => label,
        }),
        _ => Err(Error::invalid(
            "subject",
            ErrorCode::NotFound,
            "the subject was not found",
        )),
    }
}

pub(crate) fn insert(
    conn: &Connection,
    client_id: ClientId,
    input: &DecisionInput,
    now: DateTime<Utc>,
) -> Result<DecisionId> {
    let client = clients::find(conn, client_id)?;
    let c = input.validated(conn, client_id, client.language)?;
    let id = DecisionId::new();
    conn.prepare_cached(
        "INSERT INTO decisions (id, client_id, title, context, options, choice, rationale,
                proposed_by, status, supersedes, subject_kind, subject_id, subject_label,
                created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'proposed', ?9, ?10, ?11, ?12, ?13, ?13)",
    )?
    .execute(params![
        id,
        client_id,
        c.title,
        c.context,
        c.options,
        c.choice,
        c.rationale,
        input.proposed_by,
        input.supersedes,
        input.subject.as_ref().map(|s| s.kind),
        input.subject.as_ref().map(|s| &s.id),
        c.subject_label,
        time::to_text(now),
    ])?;
    Ok(id)
}

pub fn create(
    store: &Store,
    client_id: ClientId,
    input: &DecisionInput,
    now: DateTime<Utc>,
) -> Result<Decision> {
    store.write(|tx| {
        let id = insert(tx, client_id, input, now)?;
        find(tx, id)
    })
}

fn proposed(conn: &Connection, id: DecisionId, to: DecisionStatus) -> Result<Decision> {
    let decision = find(conn, id)?;
    if decision.status != DecisionStatus::Proposed {
        return Err(Error::conflict(
            Some("status"),
            ErrorCode::IllegalTransition,
            format!(
                "a decision {} cannot become {}",
                decision.status.as_str(),
                to.as_str()
            ),
        )
        .with_param("from", decision.status.as_str())
        .with_param("to", to.as_str()));
    }
    Ok(decision)
}

/// Edits a decision that is still proposed.
pub fn update(
    store: &Store,
    id: DecisionId,
    input: &DecisionInput,
    now: DateTime<Utc>,
) -> Result<Decision> {
    store.write(|tx| {
        revise(tx, id, input, now)?;
        find(tx, id)
    })
}

/// Rewrites a decision that is still proposed.
pub(crate) fn revise(
    tx: &Connection,
    id: DecisionId,
    input: &DecisionInput,
    now: DateTime<Utc>,
) -> Result<()> {
    let decision = proposed(tx, id, DecisionStatus::Proposed)?;
    let client = clients::find(tx, decision.client_id)?;
    let c = input.validated(tx, decision.client_id, client.language)?;
    tx.prepare_cached(
        "UPDATE decisions SET title = ?2, context = ?3, options = ?4, choice = ?5, rationale = ?6,
                proposed_by = ?7, supersedes = ?8, subject_kind = ?9, subject_id = ?10,
                subject_label = ?11, updated_at = ?12
          WHERE id = ?1",
    )?
    .execute(params![
        id,
        c.title,
        c.context,
        c.options,
        c.choice,
        c.rationale,
        input.proposed_by,
        input.supersedes,
        input.subject.as_ref().map(|s| s.kind),
        input.subject.as_ref().map(|s| &s.id),
        c.subject_label,
        time::to_text(now),
    ])?;
    Ok(())
}

/// Deletes a decision that is still proposed; a decided one stays in the log.
pub fn delete(store: &Store, id: DecisionId) -> Result<()> {
    store.write(|tx| {
        proposed(tx, id, DecisionStatus::Proposed)?;
        tx.execute("DELETE FROM decisions WHERE id = ?1", [id])?;
        Ok(())
    })
}

/// Approves or rejects a proposed decision.
pub fn decide(
    store: &Store,
    id: DecisionId,
    outcome: Outcome,
    input: &ApprovalInput,
    now: DateTime<Utc>,
) -> Result<Decision> {
    store.write(|tx| {
        let to = match outcome {
            Outcome::Approve => DecisionStatus::Approved,
            Outcome::Reject => DecisionStatus::Rejected,
        };
        let decision = proposed(tx, id, to)?;
        let approval = approval(tx, input, Some(decision.created_at), now)?;
        close(tx, &decision, to, &approval, now)?;
        find(tx, id)
    })
}

fn close(
    conn: &Connection,
    decision: &Decision,
    to: DecisionStatus,
    approval: &Approval,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE decisions SET status = ?2, decided_at = ?3, decided_by = ?4, decided_via = ?5, updated_at = ?6
          WHERE id = ?1",
    )?
    .execute(params![
        decision.id,
        to,
        time::to_text(approval.at),
        approval.by,
        approval.via,
        time::to_text(now),
    ])?;
    if to == DecisionStatus::Approved
        && let Some(old) = decision.supersedes
    {
        let previous = find(conn, old)?;
        if previous.status != DecisionStatus::Approved {
            return Err(Error::conflict(
                Some("supersedes"),
                ErrorCode::IllegalTransition,
                "only an approved decision can be superseded",
            )
            .with_param("from", previous.status.as_str())
            .with_param("to", DecisionStatus::Superseded.as_str()));
        }
        conn.prepare_cached(
            "UPDATE decisions SET status = 'superseded', superseded_by = ?2, updated_at = ?3 WHERE id = ?1",
        )?
        .execute(params![old, decision.id, time::to_text(now)])?;
    }
    Ok(())
}

/// Writes a decision that was taken elsewhere (the approval of a strategy
/// version), superseding the previous one on the same kind of subject.
pub(crate) fn record_approved(
    conn: &Connection,
    client_id: ClientId,
    input: &DecisionInput,
    approval: &Approval,
    now: DateTime<Utc>,
) -> Result<DecisionId> {
    let id = insert(conn, client_id, input, now)?;
    let decision = find(conn, id)?;
    close(conn, &decision, DecisionStatus::Approved, approval, now)?;
    Ok(id)
}

/// The approved decision currently in force about a kind of subject, if any.
pub(crate) fn in_force(
    conn: &Connection,
    client_id: ClientId,
    kind: SubjectKind,
) -> Result<Option<DecisionId>> {
    Ok(conn
        .prepare_cached(
            "SELECT id FROM decisions WHERE client_id = ?1 AND subject_kind = ?2 AND status = 'approved'
              ORDER BY decided_at DESC LIMIT 1",
        )?
        .query_row(params![client_id, kind], |row| row.get(0))
        .optional()?)
}

#[cfg(test)]
mod tests;
