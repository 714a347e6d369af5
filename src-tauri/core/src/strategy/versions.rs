//! Versions of the strategy document and their approval by the business.
//!
//! draft → submitted (frozen snapshot) → approved | changes requested |
//! withdrawn. The first edit after a version closes opens the next draft;
//! withdrawing opens it at once. Approving writes the decision to the log.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use super::{Strategy, StrategyDocument, VersionStatus, document, read};
use crate::decisions::{self, ApprovalInput, ApprovalVia, DecisionInput, Subject, SubjectKind};
use crate::enums::{Language, Side};
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{ClientId, VersionId};
use crate::store::Store;
use crate::text::{self, MAX_LONG};
use crate::{clients, profile, time};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct VersionSummary {
    pub id: VersionId,
    pub number: u32,
    pub status: VersionStatus,
    pub submitted_at: Option<DateTime<Utc>>,
    pub submitted_by: Option<String>,
    pub submitted_side: Option<Side>,
    pub decided_at: Option<DateTime<Utc>>,
    pub decided_by: Option<String>,
    pub decided_via: Option<ApprovalVia>,
    /// Why changes were requested.
    pub comment: String,
    pub created_at: DateTime<Utc>,
}

/// One version with its document: the frozen snapshot, or the live draft.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StrategyVersion {
    pub client_id: ClientId,
    pub summary: VersionSummary,
    pub document: StrategyDocument,
}

const COLUMNS: &str = "id, number, status, submitted_at, submitted_by, submitted_side,
    decided_at, decided_by, decided_via, comment, created_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<VersionSummary> {
    Ok(VersionSummary {
        id: row.get(0)?,
        number: row.get(1)?,
        status: row.get(2)?,
        submitted_at: time::optional_column(row, 3)?,
        submitted_by: row.get(4)?,
        submitted_side: row.get(5)?,
        decided_at: time::optional_column(row, 6)?,
        decided_by: row.get(7)?,
        decided_via: row.get(8)?,
        comment: row.get(9)?,
        created_at: time::column(row, 10)?,
    })
}

/// Every version of a client, newest first.
pub(crate) fn list(conn: &Connection, client_id: ClientId) -> Result<Vec<VersionSummary>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM strategy_versions WHERE client_id = ?1 ORDER BY number DESC"
        ))?
        .query_map([client_id], from_row)?
        .collect::<rusqlite::Result<_>>()?)
}

fn find(conn: &Connection, id: VersionId) -> Result<(ClientId, VersionSummary)> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS}, client_id FROM strategy_versions WHERE id = ?1"
    ))?
    .query_row([id], |row| Ok((row.get(11)?, from_row(row)?)))
    .optional()?
    .ok_or_else(|| Error::not_found("version", id))
}

/// Opens the next draft (numbered after every version so far).
pub(crate) fn open_draft(
    conn: &Connection,
    client_id: ClientId,
    now: DateTime<Utc>,
) -> Result<VersionId> {
    let number: i64 = conn
        .prepare_cached(
            "SELECT coalesce(max(number), 0) + 1 FROM strategy_versions WHERE client_id = ?1",
        )?
        .query_row([client_id], |row| row.get(0))?;
    // Derived, so drafts opened on both sides of a pairing are one version.
    let id = VersionId::derived(&[&client_id.to_string(), &number.to_string()]);
    conn.prepare_cached(
        "INSERT INTO strategy_versions (id, client_id, number, status, created_at, updated_at)
         VALUES (?1, ?2, ?3, 'draft', ?4, ?4)",
    )?
    .execute(params![id, client_id, number, time::to_text(now)])?;
    Ok(id)
}

fn illegal(from: VersionStatus, to: VersionStatus) -> Error {
    Error::conflict(
        Some("status"),
        ErrorCode::IllegalTransition,
        format!("a version {} cannot become {}", from.as_str(), to.as_str()),
    )
    .with_param("from", from.as_str())
    .with_param("to", to.as_str())
}

/// Freezes the draft as it stands and sends it for approval.
pub fn submit_strategy(store: &Store, client_id: ClientId, now: DateTime<Utc>) -> Result<Strategy> {
    store.write(|tx| {
        clients::find(tx, client_id)?;
        let me = profile::require(tx)?;
        let open = list(tx, client_id)?
            .into_iter()
            .find(|v| v.status.is_open());
        let draft = match open {
            Some(v) if v.status == VersionStatus::Draft => v,
            Some(v) => return Err(illegal(v.status, VersionStatus::Submitted)),
            None => {
                return Err(Error::conflict(
                    Some("strategy"),
                    ErrorCode::NothingToSubmit,
                    "nothing changed since the last version",
                ));
            }
        };
        let doc = document::read(tx, client_id)?;
        let total: u32 = doc.pillars.iter().map(|p| u32::from(p.share)).sum();
        if !doc.pillars.is_empty() && total != 100 {
            return Err(Error::invalid(
                "pillars",
                ErrorCode::PillarMixTotal,
                format!("the content mix totals {total}%, not 100%"),
            )
            .with_param("total", total));
        }
        tx.prepare_cached(
            "UPDATE strategy_versions
                SET status = 'submitted', content = ?2, submitted_at = ?3, submitted_by = ?4,
                    submitted_side = ?5, updated_at = ?3
              WHERE id = ?1",
        )?
        .execute(params![
            draft.id,
            serde_json::to_string(&doc)?,
            time::to_text(now),
            me.name,
            me.kind
        ])?;
        read(tx, client_id)
    })
}

/// Takes a submitted version back; a new draft opens with the same content.
pub fn withdraw_version(store: &Store, id: VersionId, now: DateTime<Utc>) -> Result<Strategy> {
    store.write(|tx| {
        let (client_id, version) = find(tx, id)?;
        if version.status != VersionStatus::Submitted {
            return Err(illegal(version.status, VersionStatus::Withdrawn));
        }
        set_status(tx, id, VersionStatus::Withdrawn, None, "", now)?;
        open_draft(tx, client_id, now)?;
        read(tx, client_id)
    })
}

fn set_status(
    conn: &Connection,
    id: VersionId,
    status: VersionStatus,
    approval: Option<&decisions::Approval>,
    comment: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE strategy_versions
            SET status = ?2, decided_at = ?3, decided_by = ?4, decided_via = ?5, comment = ?6,
                updated_at = ?7
          WHERE id = ?1",
    )?
    .execute(params![
        id,
        status,
        approval.map(|a| time::to_text(a.at)),
        approval.map(|a| &a.by),
        approval.map(|a| a.via),
        comment,
        time::to_text(now)
    ])?;
    Ok(())
}

/// The business approves a submitted version; its decision goes in the log,
/// superseding the approval of the version before.
pub fn approve_version(
    store: &Store,
    id: VersionId,
    input: &ApprovalInput,
    now: DateTime<Utc>,
) -> Result<Strategy> {
    store.write(|tx| {
        let (client_id, version) = find(tx, id)?;
        if version.status != VersionStatus::Submitted {
            return Err(illegal(version.status, VersionStatus::Approved));
        }
        let approval = decisions::approval(tx, input, version.submitted_at, now)?;
        set_status(tx, id, VersionStatus::Approved, Some(&approval), "", now)?;
        let language = clients::find(tx, client_id)?.language;
        let n = version.number;
        let (title, choice) = match language {
            Language::Italian => (
                format!("Strategia approvata (versione {n})"),
                format!("La versione {n} della strategia è quella in vigore."),
            ),
            Language::English => (
                format!("Strategy approved (version {n})"),
                format!("Version {n} of the strategy is the one in force."),
            ),
        };
        let decision = DecisionInput {
            title,
            context: String::new(),
            options: Vec::new(),
            choice,
            rationale: String::new(),
            proposed_by: version.submitted_side.unwrap_or(Side::Agency),
            subject: Some(Subject {
                kind: SubjectKind::StrategyVersion,
                id: id.to_string(),
            }),
            supersedes: decisions::in_force(tx, client_id, SubjectKind::StrategyVersion)?,
        };
        decisions::record_approved(tx, client_id, &decision, &approval, now)?;
        read(tx, client_id)
    })
}

/// The business sends a submitted version back, saying what to change.
pub fn request_changes(
    store: &Store,
    id: VersionId,
    comment: &str,
    input: &ApprovalInput,
    now: DateTime<Utc>,
) -> Result<Strategy> {
    let comment = text::required("comment", comment, MAX_LONG)?;
    store.write(|tx| {
        let (client_id, version) = find(tx, id)?;
        if version.status != VersionStatus::Submitted {
            return Err(illegal(version.status, VersionStatus::ChangesRequested));
        }
        let approval = decisions::approval(tx, input, version.submitted_at, now)?;
        set_status(
            tx,
            id,
            VersionStatus::ChangesRequested,
            Some(&approval),
            &comment,
            now,
        )?;
        read(tx, client_id)
    })
}

/// A version and its document.
pub fn get_version(store: &Store, id: VersionId) -> Result<StrategyVersion> {
    store.read(|conn| {
        let (client_id, summary) = find(conn, id)?;
        let document = snapshot(conn, client_id, id)?;
        Ok(StrategyVersion {
            client_id,
            summary,
            document,
        })
    })
}

/// The frozen document of a version, or the live one for the draft.
pub(crate) fn snapshot(
    conn: &Connection,
    client_id: ClientId,
    id: VersionId,
) -> Result<StrategyDocument> {
    let content: Option<String> = conn
        .prepare_cached("SELECT content FROM strategy_versions WHERE id = ?1 AND client_id = ?2")?
        .query_row(params![id, client_id], |row| row.get(0))
        .optional()?
        .ok_or_else(|| Error::not_found("version", id))?;
    match content {
        Some(json) => Ok(serde_json::from_str(&json)?),
        None => document::read(conn, client_id),
    }
}
