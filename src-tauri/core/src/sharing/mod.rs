//! Shared management between two installs: an agency shares a client with
//! the business's own install, and from then on the two exchange changes.
//!
//! - **Pairing.** The agency makes an invitation ([`invite`]): a file with
//!   the client's whole plan ([`snapshot`]) and a secret made for this
//!   pairing. The business opens it ([`accept_invitation`]); its own client
//!   is replaced by the shared one.
//! - **Recording.** From then on every write that touches the client is
//!   recorded with SQLite's session extension, in the write's own
//!   transaction ([`capture`]); rows of other clients never enter.
//! - **Exchange.** The recorded changes become numbered files
//!   ([`envelope`]), saved by hand ([`save_changes`], [`open_changes`]) or
//!   through a shared folder ([`sync`]), and are applied in sequence, each
//!   file whole or not at all ([`apply`]).
//! - **Conflicts.** What both sides changed is shown to a person with both
//!   values and the owner's value suggested; the choice is logged and
//!   travels to the other side ([`resolve`]).

pub(crate) mod apply;
pub(crate) mod capture;
pub mod envelope;
pub(crate) mod folder;
mod kinds;
mod snapshot;
pub(crate) mod tables;

use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::session::Changegroup;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

pub use apply::{Arrival, ArrivalKind};
use envelope::{Expected, FileKind, Header, Invitation, Secret};

use crate::enums::Side;
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{ClientId, ConflictId};
use crate::store::{LATEST_VERSION, Store};
use crate::{profile, text_enum, time};

text_enum!(
    /// What a conflict is: a field both sides changed, or a change that
    /// could not be applied as sent (see [`apply`]).
    ConflictKind { Field = "field", Deleted = "deleted", Gone = "gone", Refused = "refused" }
);

text_enum!(
    /// How a conflict was settled: this install's value, the other's, seen
    /// (for a change that could not be applied), or by the other side.
    ConflictChoice {
        Local = "local",
        Remote = "remote",
        Acknowledged = "acknowledged",
        OtherSide = "other_side",
    }
);

text_enum!(
    FileDirection { Sent = "sent", Received = "received" }
);

/// Where the exchange of one shared client stands.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ShareStatus {
    pub client_id: ClientId,
    /// This install's side of the pairing.
    pub side: Side,
    /// The other side: the agency's name, or the business (the client).
    pub peer_name: String,
    /// Whether a file from the other side has arrived yet.
    pub peer_known: bool,
    pub folder: Option<String>,
    pub sent_sequence: u32,
    pub last_sent_at: Option<DateTime<Utc>>,
    pub received_sequence: u32,
    pub last_received_at: Option<DateTime<Utc>>,
    /// A later file is in the folder but this one is missing.
    pub waiting_for: Option<u32>,
    /// Changes recorded here and not yet in a file.
    pub pending_changes: u32,
    pub conflicts: Vec<Conflict>,
    /// The latest settled conflicts: the log of choices.
    pub resolved: Vec<Conflict>,
    /// The latest files made and applied.
    pub files: Vec<FileRecord>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Conflict {
    pub id: ConflictId,
    pub kind: ConflictKind,
    /// The table the row is in (the UI names it).
    pub table: String,
    pub column: Option<String>,
    /// The row's id (the first column of its key).
    pub row: String,
    pub label: String,
    /// Both values as text; `None` for an empty value.
    pub local_value: Option<String>,
    pub remote_value: Option<String>,
    pub local_at: Option<DateTime<Utc>>,
    pub remote_at: DateTime<Utc>,
    pub remote_side: Side,
    pub suggested: Option<ConflictChoice>,
    pub sequence: u32,
    pub choice: Option<ConflictChoice>,
    pub resolved_by: Option<String>,
    pub resolved_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct FileRecord {
    pub direction: FileDirection,
    pub sequence: u32,
    pub bytes: u32,
    pub changes: u32,
    pub at: DateTime<Utc>,
    pub arrivals: Vec<Arrival>,
}

/// What an invitation holds, shown before it is accepted.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct InvitationPreview {
    pub agency: String,
    pub client_name: String,
    pub client_id: ClientId,
    pub rows: u32,
    pub created_at: DateTime<Utc>,
    /// The client this install holds now, which the shared one replaces.
    pub replaces: Option<String>,
}

/// What one file brought.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Received {
    pub client_id: ClientId,
    pub sequence: u32,
    pub changes: u32,
    pub conflicts: u32,
    pub arrivals: Vec<Arrival>,
}

/// A file the exchange refused, and why.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Refusal {
    pub file: String,
    pub code: ErrorCode,
    pub message: String,
}

/// What one pass over the shared folder did.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SyncReport {
    pub client_id: ClientId,
    pub sent: Option<u32>,
    pub received: Vec<Received>,
    pub refused: Option<Refusal>,
    pub status: ShareStatus,
}

/// A pairing as this install keeps it.
struct Share {
    client: ClientId,
    pairing: String,
    side: Side,
    secret: Secret,
    peer: Option<String>,
    peer_name: String,
    folder: Option<String>,
    sent: u64,
    received: u64,
    last_sent_at: Option<String>,
    last_received_at: Option<String>,
    waiting_for: Option<i64>,
}

fn small(n: i64) -> u32 {
    u32::try_from(n.max(0)).unwrap_or(u32::MAX)
}

fn not_shared(client: ClientId) -> Error {
    Error::conflict(None, ErrorCode::NotShared, "this client is not shared")
        .with_param("client", client)
}

fn share_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Share> {
    let secret: Vec<u8> = row.get(3)?;
    let mut bytes = [0u8; 32];
    if secret.len() == 32 {
        bytes.copy_from_slice(&secret);
    }
    Ok(Share {
        client: row.get(0)?,
        pairing: row.get(1)?,
        side: row.get(2)?,
        secret: Secret::from_bytes(bytes),
        peer: row.get(4)?,
        peer_name: row.get(5)?,
        folder: row.get(6)?,
        sent: u64::try_from(row.get::<_, i64>(7)?).unwrap_or(0),
        received: u64::try_from(row.get::<_, i64>(8)?).unwrap_or(0),
        last_sent_at: row.get(9)?,
        last_received_at: row.get(10)?,
        waiting_for: row.get(11)?,
    })
}

const SHARE_COLUMNS: &str = "client_id, pairing, side, secret, peer, peer_name, folder,
                             sent_sequence, received_sequence, last_sent_at,
                             last_received_at, waiting_for";

fn find_share(conn: &Connection, client: ClientId) -> Result<Option<Share>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {SHARE_COLUMNS} FROM shares WHERE client_id = ?1"
        ))?
        .query_row([client], share_from_row)
        .optional()?)
}

fn share(conn: &Connection, client: ClientId) -> Result<Share> {
    find_share(conn, client)?.ok_or_else(|| not_shared(client))
}

fn share_by_pairing(conn: &Connection, pairing: &str) -> Result<Option<Share>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {SHARE_COLUMNS} FROM shares WHERE pairing = ?1"
        ))?
        .query_row([pairing], share_from_row)
        .optional()?)
}

fn other(side: Side) -> Side {
    match side {
        Side::Agency => Side::Business,
        Side::Business => Side::Agency,
    }
}

/// How a stored value reads for a person.
fn display(text: Option<String>) -> Result<Option<String>> {
    let Some(text) = text else { return Ok(None) };
    Ok(match apply::unstored(&text)? {
        Value::Null => None,
        Value::Integer(i) => Some(i.to_string()),
        Value::Real(r) => Some(r.to_string()),
        Value::Text(t) if t.is_empty() => None,
        Value::Text(t) => Some(readable(t)),
        Value::Blob(b) => Some(format!("({} byte)", b.len())),
    })
}

/// A stored answer (`{"kind": "text", "value": …}`) reads as its value; any
/// other text as it is.
fn readable(text: String) -> String {
    use serde_json::Value as Json;
    let Ok(Json::Object(object)) = serde_json::from_str::<Json>(&text) else {
        return text;
    };
    let words = |value: &Json| match value {
        Json::String(s) => s.clone(),
        Json::Object(o) => o
            .get("channel")
            .or_else(|| o.values().next())
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .unwrap_or_default(),
        other => other.to_string(),
    };
    match object.get("value") {
        Some(Json::Array(items)) => items.iter().map(words).collect::<Vec<_>>().join(", "),
        Some(value) => words(value),
        None => text,
    }
}

fn conflicts(conn: &Connection, client: ClientId, open: bool) -> Result<Vec<Conflict>> {
    let sql = if open {
        "SELECT id, kind, table_name, column_name, label, local_value, remote_value, local_at,
                remote_at, remote_side, suggested, sequence, choice, resolved_by, resolved_at,
                row_key
           FROM share_conflicts WHERE client_id = ?1 AND status = 'open'
          ORDER BY created_at, rowid"
    } else {
        "SELECT id, kind, table_name, column_name, label, local_value, remote_value, local_at,
                remote_at, remote_side, suggested, sequence, choice, resolved_by, resolved_at,
                row_key
           FROM share_conflicts WHERE client_id = ?1 AND status = 'resolved'
          ORDER BY resolved_at DESC, rowid DESC LIMIT 20"
    };
    let rows: Vec<_> = conn
        .prepare_cached(sql)?
        .query_map([client], |row| {
            Ok((
                (
                    row.get::<_, ConflictId>(0)?,
                    row.get::<_, ConflictKind>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, Option<String>>(3)?,
                    row.get::<_, String>(4)?,
                ),
                (
                    row.get::<_, Option<String>>(5)?,
                    row.get::<_, Option<String>>(6)?,
                    row.get::<_, Option<String>>(7)?,
                    row.get::<_, String>(8)?,
                    row.get::<_, Side>(9)?,
                ),
                (
                    row.get::<_, Option<ConflictChoice>>(10)?,
                    row.get::<_, i64>(11)?,
                    row.get::<_, Option<ConflictChoice>>(12)?,
                    row.get::<_, Option<String>>(13)?,
                    row.get::<_, Option<String>>(14)?,
                ),
                row.get::<_, String>(15)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    rows.into_iter()
        .map(
            |(
                (id, kind, table, column, label),
                (local, remote, local_at, remote_at, remote_side),
                (suggested, sequence, choice, resolved_by, resolved_at),
                key,
            )| {
                let row = apply::key_values(&key)?
                    .into_iter()
                    .next()
                    .map(|v| match v {
                        Value::Text(t) => t,
                        other => format!("{other:?}"),
                    })
                    .unwrap_or_default();
                Ok(Conflict {
                    id,
                    kind,
                    table,
                    column,
                    row,
                    label,
                    local_value: display(local)?,
                    remote_value: display(remote)?,
                    local_at: local_at.as_deref().and_then(|t| time::from_text(t).ok()),
                    remote_at: time::from_text(&remote_at)?,
                    remote_side,
                    suggested,
                    sequence: small(sequence),
                    choice,
                    resolved_by,
                    resolved_at: resolved_at.as_deref().and_then(|t| time::from_text(t).ok()),
                })
            },
        )
        .collect()
}

fn files(conn: &Connection, client: ClientId) -> Result<Vec<FileRecord>> {
    let rows: Vec<(FileDirection, i64, i64, i64, String, String)> = conn
        .prepare_cached(
            "SELECT direction, sequence, bytes, changes, at, arrivals FROM share_files
              WHERE client_id = ?1 ORDER BY at DESC, id DESC LIMIT 20",
        )?
        .query_map([client], |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
                row.get(5)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    rows.into_iter()
        .map(|(direction, sequence, bytes, changes, at, arrivals)| {
            Ok(FileRecord {
                direction,
                sequence: small(sequence),
                bytes: small(bytes),
                changes: small(changes),
                at: time::from_text(&at)?,
                arrivals: serde_json::from_str(&arrivals)?,
            })
        })
        .collect()
}

fn status_in(conn: &Connection, client: ClientId) -> Result<Option<ShareStatus>> {
    let Some(share) = find_share(conn, client)? else {
        return Ok(None);
    };
    let mut pending = 0;
    let outbox: Vec<Vec<u8>> = conn
        .prepare_cached("SELECT changeset FROM share_outbox WHERE client_id = ?1")?
        .query_map([client], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if !outbox.is_empty() {
        pending = snapshot::count(&combine(&outbox)?)?;
    }
    Ok(Some(ShareStatus {
        client_id: client,
        side: share.side,
        peer_name: share.peer_name,
        peer_known: share.peer.is_some(),
        folder: share.folder,
        sent_sequence: small(i64::try_from(share.sent).unwrap_or(i64::MAX)),
        last_sent_at: share
            .last_sent_at
            .as_deref()
            .map(time::from_text)
            .transpose()?,
        received_sequence: small(i64::try_from(share.received).unwrap_or(i64::MAX)),
        last_received_at: share
            .last_received_at
            .as_deref()
            .map(time::from_text)
            .transpose()?,
        waiting_for: share.waiting_for.map(small),
        pending_changes: u32::try_from(pending).unwrap_or(u32::MAX),
        conflicts: conflicts(conn, client, true)?,
        resolved: conflicts(conn, client, false)?,
        files: files(conn, client)?,
    }))
}

/// The exchange of `client`, or `None` when it is not shared.
pub fn status(store: &Store, client: ClientId) -> Result<Option<ShareStatus>> {
    store.read(|conn| status_in(conn, client))
}

fn combine(changesets: &[Vec<u8>]) -> Result<Vec<u8>> {
    let mut group = Changegroup::new()?;
    for changeset in changesets {
        let mut input: &[u8] = changeset;
        group.add_stream(&mut input)?;
    }
    let mut out = Vec::new();
    group.output_strm(&mut out)?;
    Ok(out)
}

fn install_id(conn: &Connection) -> Result<String> {
    Ok(profile::require(conn)?.id.to_string())
}

// ---------------------------------------------------------------- pairing

/// Shares `client` (once) and writes its invitation to `path`: the plan as
/// it stands now. Saving it again later writes the plan as it is then.
pub fn invite(
    store: &Store,
    client: ClientId,
    path: &Path,
    now: DateTime<Utc>,
) -> Result<ShareStatus> {
    store.write_unshared(|tx| {
        let me = profile::require(tx)?;
        if me.kind != Side::Agency {
            return Err(Error::conflict(
                None,
                ErrorCode::SharingAgencyOnly,
                "only an agency install shares a client",
            ));
        }
        let name = crate::clients::find(tx, client)?.name;
        if find_share(tx, client)?.is_none() {
            let secret = Secret::generate()?;
            tx.prepare_cached(
                "INSERT INTO shares (client_id, pairing, side, secret, peer_name, created_at,
                        updated_at)
                 VALUES (?1, ?2, 'agency', ?3, ?4, ?5, ?5)",
            )?
            .execute(params![
                client,
                uuid::Uuid::now_v7().to_string(),
                secret.as_bytes().to_vec(),
                name,
                time::to_text(now)
            ])?;
        }
        let share = share(tx, client)?;
        let payload = snapshot::snapshot(tx, client)?;
        let header = Header {
            format: envelope::FORMAT_VERSION,
            schema: LATEST_VERSION,
            kind: FileKind::Invitation,
            sender: me.id.to_string(),
            pairing: share.pairing.clone(),
            client,
            sequence: 0,
            payload_sha256: String::new(),
            created_at: now,
            invitation: Some(Invitation {
                secret: envelope::hex(share.secret.as_bytes()),
                agency: me.name,
            }),
        };
        let bytes = envelope::seal(&header, &payload, &share.secret)?;
        folder::write_atomically(path, &bytes)?;
        status_in(tx, client)?.ok_or_else(|| not_shared(client))
    })
}

/// Opens an invitation and checks it whole.
fn read_invitation(path: &Path) -> Result<(Header, Invitation, Vec<u8>)> {
    let bytes = folder::read(path)?;
    let header = envelope::peek(&bytes)?;
    let Some(invitation) = header
        .invitation
        .clone()
        .filter(|_| header.kind == FileKind::Invitation)
    else {
        return Err(Error::conflict(
            Some("file"),
            ErrorCode::NotAnExchangeFile,
            "this is not an invitation",
        ));
    };
    let secret = invitation.secret()?;
    let (header, payload) = envelope::open(
        &bytes,
        &Expected {
            pairing: &header.pairing,
            sender: Some(&header.sender),
            secret: &secret,
            last_sequence: 0,
        },
    )?;
    if header.schema > LATEST_VERSION {
        return Err(Error::conflict(
            Some("file"),
            ErrorCode::ExchangeNewerFormat,
            "the file was written by a newer Regia",
        ));
    }
    Ok((header, invitation, payload))
}

fn client_name(layouts: &tables::Layouts, changes: &[tables::Change], client: ClientId) -> String {
    let layout = &layouts["clients"];
    let name = layout.index("name");
    let id = client.to_string();
    changes
        .iter()
        .filter(|c| c.table == "clients")
        .find(|c| matches!(c.value(layout.pk[0]), Some(Value::Text(t)) if *t == id))
        .and_then(|c| match name.and_then(|i| c.value(i)) {
            Some(Value::Text(t)) => Some(t.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

/// What accepting the invitation at `path` would bring, and replace.
pub fn preview_invitation(store: &Store, path: &Path) -> Result<InvitationPreview> {
    let (header, invitation, payload) = read_invitation(path)?;
    store.read(|conn| {
        let me = profile::require(conn)?;
        let replaces = match me.own_client_id {
            Some(own) if own != header.client => Some(crate::clients::find(conn, own)?.name),
            _ => None,
        };
        // What accepting would refuse for its values, the preview refuses.
        let layouts = tables::layouts(conn)?;
        let changes = tables::read_changes(&payload)?;
        kinds::check(&layouts, &changes)?;
        Ok(InvitationPreview {
            agency: invitation.agency.clone(),
            client_name: client_name(&layouts, &changes, header.client),
            client_id: header.client,
            rows: u32::try_from(changes.len()).unwrap_or(u32::MAX),
            created_at: header.created_at,
            replaces,
        })
    })
}

/// A business install accepts an invitation: the shared client, with its
/// whole plan, takes the place of the one it held, and the two installs
/// are paired from now on.
pub fn accept_invitation(store: &Store, path: &Path, now: DateTime<Utc>) -> Result<ClientId> {
    let (header, invitation, payload) = read_invitation(path)?;
    let secret = invitation.secret()?;
    store.write_unshared(|tx| {
        let me = profile::require(tx)?;
        if me.kind != Side::Business {
            return Err(Error::conflict(
                None,
                ErrorCode::SharingBusinessOnly,
                "an invitation is opened in the business's install",
            ));
        }
        if share_by_pairing(tx, &header.pairing)?.is_some()
            || find_share(tx, header.client)?.is_some()
        {
            return Err(Error::conflict(
                Some("file"),
                ErrorCode::InvitationAlreadyAccepted,
                "this invitation was already accepted",
            ));
        }
        if let Some(own) = me.own_client_id.filter(|own| *own != header.client) {
            tx.execute("DELETE FROM clients WHERE id = ?1", [own])?;
        }
        // The pairing is recorded once the client's rows are in and before
        // any conflict with the rows held here (an invitation accepted
        // again after sharing stopped): conflicts belong to a pairing.
        let pair = |conn: &Connection| -> Result<()> {
            // A damaged or forged payload may not hold the client it names.
            let arrived: bool = conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM clients WHERE id = ?1)",
                [header.client],
                |row| row.get(0),
            )?;
            if !arrived {
                return Err(Error::conflict(
                    Some("file"),
                    ErrorCode::ExchangeTampered,
                    "the invitation does not hold the client it names",
                ));
            }
            conn.execute(
                "UPDATE profile SET own_client_id = ?1, updated_at = ?2",
                params![header.client, time::to_text(now)],
            )?;
            conn.prepare_cached(
                "INSERT INTO shares (client_id, pairing, side, secret, peer, peer_name, created_at,
                        updated_at)
                 VALUES (?1, ?2, 'business', ?3, ?4, ?5, ?6, ?6)",
            )?
            .execute(params![
                header.client,
                header.pairing,
                secret.as_bytes().to_vec(),
                header.sender,
                invitation.agency,
                time::to_text(now)
            ])?;
            Ok(())
        };
        apply::apply(
            tx,
            &payload,
            &apply::Context {
                client: header.client,
                sequence: 0,
                remote_side: Side::Agency,
                remote_name: &invitation.agency,
                remote_at: header.created_at,
                now,
            },
            pair,
        )?;
        Ok(header.client)
    })
}

/// Stops sharing `client` here: nothing more is recorded, sent or applied.
/// The plan stays as it is.
pub fn stop(store: &Store, client: ClientId) -> Result<()> {
    store.write_unshared(|tx| {
        tx.execute("DELETE FROM shares WHERE client_id = ?1", [client])?;
        Ok(())
    })
}

/// Chooses (or, with `None`, forgets) the shared folder of `client`.
pub fn set_folder(
    store: &Store,
    client: ClientId,
    path: Option<&Path>,
    now: DateTime<Utc>,
) -> Result<ShareStatus> {
    let folder = path
        .map(|p| folder::check(p, store.path()))
        .transpose()?
        .map(|p| p.to_string_lossy().into_owned());
    store.write_unshared(|tx| {
        share(tx, client)?;
        tx.execute(
            "UPDATE shares SET folder = ?2, updated_at = ?3 WHERE client_id = ?1",
            params![client, folder, time::to_text(now)],
        )?;
        status_in(tx, client)?.ok_or_else(|| not_shared(client))
    })
}

// ---------------------------------------------------------------- sending

/// Turns the outbox of `client` into the next numbered file, handing its
/// name and bytes to `deliver` before anything is committed: if delivery
/// fails, the changes stay in the outbox.
fn send(
    tx: &Connection,
    client: ClientId,
    now: DateTime<Utc>,
    deliver: impl FnOnce(&str, &[u8]) -> Result<()>,
) -> Result<Option<u64>> {
    let share = share(tx, client)?;
    let outbox: Vec<(i64, Vec<u8>)> = tx
        .prepare_cached("SELECT id, changeset FROM share_outbox WHERE client_id = ?1 ORDER BY id")?
        .query_map([client], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let Some(last) = outbox.last().map(|(id, _)| *id) else {
        return Ok(None);
    };
    let payload = combine(&outbox.into_iter().map(|(_, c)| c).collect::<Vec<_>>())?;
    tx.execute(
        "DELETE FROM share_outbox WHERE client_id = ?1 AND id <= ?2",
        params![client, last],
    )?;
    if payload.is_empty() {
        // The recorded changes undid each other.
        return Ok(None);
    }
    let sequence = share.sent + 1;
    let header = Header {
        format: envelope::FORMAT_VERSION,
        schema: LATEST_VERSION,
        kind: FileKind::Changes,
        sender: install_id(tx)?,
        pairing: share.pairing.clone(),
        client,
        sequence,
        payload_sha256: String::new(),
        created_at: now,
        invitation: None,
    };
    let bytes = envelope::seal(&header, &payload, &share.secret)?;
    let changes = snapshot::count(&payload)?;
    let sequence_sql = i64::try_from(sequence).unwrap_or(i64::MAX);
    tx.execute(
        "UPDATE shares SET sent_sequence = ?2, last_sent_at = ?3, updated_at = ?3
          WHERE client_id = ?1",
        params![client, sequence_sql, time::to_text(now)],
    )?;
    tx.prepare_cached(
        "INSERT INTO share_files (client_id, direction, sequence, bytes, changes, at, content)
         VALUES (?1, 'sent', ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        client,
        sequence_sql,
        i64::try_from(bytes.len()).unwrap_or(i64::MAX),
        i64::try_from(changes).unwrap_or(i64::MAX),
        time::to_text(now),
        bytes
    ])?;
    deliver(&folder::name(&share.pairing, share.side, sequence), &bytes)?;
    Ok(Some(sequence))
}

/// Saves the changes recorded since the last file into a new file at
/// `path`, to send by hand.
pub fn save_changes(
    store: &Store,
    client: ClientId,
    path: &Path,
    now: DateTime<Utc>,
) -> Result<ShareStatus> {
    store.write_unshared(|tx| {
        let sent = send(tx, client, now, |_, bytes| {
            folder::write_atomically(path, bytes)
        })?;
        if sent.is_none() {
            return Err(Error::conflict(
                None,
                ErrorCode::NothingToSend,
                "there are no changes to send",
            ));
        }
        status_in(tx, client)?.ok_or_else(|| not_shared(client))
    })
}

/// Saves a file already sent once more (the other side lost it).
pub fn save_again(store: &Store, client: ClientId, sequence: u32, path: &Path) -> Result<()> {
    let bytes: Option<Vec<u8>> = store.read(|conn| {
        Ok(conn
            .prepare_cached(
                "SELECT content FROM share_files
                  WHERE client_id = ?1 AND direction = 'sent' AND sequence = ?2",
            )?
            .query_row(params![client, sequence], |row| row.get(0))
            .optional()?
            .flatten())
    })?;
    let bytes = bytes.ok_or_else(|| Error::not_found("file", sequence))?;
    folder::write_atomically(path, &bytes)
}

// -------------------------------------------------------------- receiving

/// Applies one file of changes from the paired install, whole or not at all.
pub fn receive(store: &Store, bytes: &[u8], now: DateTime<Utc>) -> Result<Received> {
    let header = envelope::peek(bytes)?;
    if header.kind == FileKind::Invitation {
        return Err(Error::conflict(
            Some("file"),
            ErrorCode::ExchangeIsInvitation,
            "this is an invitation, not a file of changes",
        ));
    }
    store.write_unshared(|tx| {
        let Some(share) = share_by_pairing(tx, &header.pairing)? else {
            return Err(Error::conflict(
                Some("file"),
                ErrorCode::ExchangeForeign,
                "this file belongs to a pairing this install does not have",
            ));
        };
        if header.sender == install_id(tx)? {
            return Err(Error::conflict(
                Some("file"),
                ErrorCode::ExchangeOwnFile,
                "this file was made by this install",
            ));
        }
        let (header, payload) = envelope::open(
            bytes,
            &Expected {
                pairing: &share.pairing,
                sender: share.peer.as_deref(),
                secret: &share.secret,
                last_sequence: share.received,
            },
        )?;
        if header.client != share.client {
            return Err(Error::conflict(
                Some("file"),
                ErrorCode::ExchangeForeign,
                "the file is about another client",
            ));
        }
        if header.schema > LATEST_VERSION {
            return Err(Error::conflict(
                Some("file"),
                ErrorCode::ExchangeNewerFormat,
                "the file was written by a newer Regia",
            ));
        }
        let applied = apply::apply(
            tx,
            &payload,
            &apply::Context {
                client: share.client,
                sequence: header.sequence,
                remote_side: other(share.side),
                remote_name: &share.peer_name,
                remote_at: header.created_at,
                now,
            },
            |_| Ok(()),
        )?;
        let sequence = i64::try_from(header.sequence).unwrap_or(i64::MAX);
        tx.execute(
            "UPDATE shares SET received_sequence = ?2, peer = coalesce(peer, ?3),
                    last_received_at = ?4, waiting_for = NULL, updated_at = ?4
              WHERE client_id = ?1",
            params![share.client, sequence, header.sender, time::to_text(now)],
        )?;
        tx.prepare_cached(
            "INSERT INTO share_files (client_id, direction, sequence, bytes, changes, arrivals, at)
             VALUES (?1, 'received', ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            share.client,
            sequence,
            i64::try_from(bytes.len()).unwrap_or(i64::MAX),
            i64::try_from(applied.changes).unwrap_or(i64::MAX),
            serde_json::to_string(&applied.arrivals)?,
            time::to_text(now)
        ])?;
        Ok(Received {
            client_id: share.client,
            sequence: small(sequence),
            changes: u32::try_from(applied.changes).unwrap_or(u32::MAX),
            conflicts: u32::try_from(applied.conflicts).unwrap_or(u32::MAX),
            arrivals: applied.arrivals,
        })
    })
}

/// Opens a file of changes saved by hand.
pub fn open_changes(store: &Store, path: &Path, now: DateTime<Utc>) -> Result<Received> {
    receive(store, &folder::read(path)?, now)
}

/// One pass over the shared folder of `client`: writes what was recorded
/// here, then applies the other side's new files in order, stopping at a
/// missing one (reported) or at a file refused (reported, nothing of it
/// applied).
pub fn sync(store: &Store, client: ClientId, now: DateTime<Utc>) -> Result<SyncReport> {
    let (share, folder) = store.read(|conn| {
        let share = share(conn, client)?;
        let folder = share.folder.clone().ok_or_else(|| {
            Error::invalid(
                "folder",
                ErrorCode::SharedFolderUnusable,
                "no folder chosen",
            )
        })?;
        Ok((share, folder))
    })?;
    let folder = folder::check(Path::new(&folder), store.path())?;
    let sent = store.write_unshared(|tx| {
        send(tx, client, now, |name, bytes| {
            folder::write_atomically(&folder.join(name), bytes)
        })
    })?;
    let mut received = Vec::new();
    let mut refused = None;
    let mut next = share.received + 1;
    let mut waiting_for = None;
    for (sequence, path) in folder::incoming(&folder, &share.pairing, other(share.side))? {
        if sequence < next {
            continue;
        }
        if sequence > next {
            waiting_for = Some(next);
            break;
        }
        let outcome = folder::read(&path).and_then(|bytes| receive(store, &bytes, now));
        match outcome {
            Ok(file) => {
                received.push(file);
                next += 1;
            }
            // Another pass (the one in the background) applied it meanwhile.
            Err(e) if e.code() == ErrorCode::ExchangeReplayed => next = sequence + 1,
            Err(e) => {
                refused = Some(Refusal {
                    file: path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    code: e.code(),
                    message: e.to_string(),
                });
                break;
            }
        }
    }
    let status = store.write_unshared(|tx| {
        tx.execute(
            "UPDATE shares SET waiting_for = ?2 WHERE client_id = ?1",
            params![
                client,
                waiting_for.map(|n| i64::try_from(n).unwrap_or(i64::MAX))
            ],
        )?;
        status_in(tx, client)?.ok_or_else(|| not_shared(client))
    })?;
    Ok(SyncReport {
        client_id: client,
        sent: sent.map(|n| u32::try_from(n).unwrap_or(u32::MAX)),
        received,
        refused,
        status,
    })
}

/// A pass over every shared folder (the app runs it now and then). A folder
/// that cannot be used now (a disk not mounted) is skipped, not the others;
/// its error shows when the person syncs that client by hand.
pub fn sync_all(store: &Store, now: DateTime<Utc>) -> Result<Vec<SyncReport>> {
    let clients: Vec<ClientId> = store.read(|conn| {
        Ok(conn
            .prepare_cached("SELECT client_id FROM shares WHERE folder IS NOT NULL")?
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    })?;
    Ok(clients
        .into_iter()
        .filter_map(|client| sync(store, client, now).ok())
        .collect())
}

// -------------------------------------------------------------- conflicts

/// A person settles a conflict. For a field, the chosen value is written
/// here and recorded so that it travels: the other side ends with the same
/// value and its own copy of the conflict closes. The choice is logged with
/// who made it and when.
pub fn resolve(
    store: &Store,
    id: ConflictId,
    choice: ConflictChoice,
    now: DateTime<Utc>,
) -> Result<ShareStatus> {
    store.write_unshared(|tx| {
        type Found = (
            (ClientId, ConflictKind, String, String, Option<String>),
            (Option<String>, Option<String>, String),
        );
        let found: Option<Found> = tx
            .prepare_cached(
                "SELECT client_id, kind, table_name, row_key, column_name,
                        local_value, remote_value, companions
                   FROM share_conflicts WHERE id = ?1 AND status = 'open'",
            )?
            .query_row([id], |row| {
                Ok((
                    (
                        row.get(0)?,
                        row.get(1)?,
                        row.get(2)?,
                        row.get(3)?,
                        row.get(4)?,
                    ),
                    (row.get(5)?, row.get(6)?, row.get(7)?),
                ))
            })
            .optional()?;
        let Some(((client, kind, table, key, column), (local, remote, companions))) = found else {
            return Err(Error::conflict(
                None,
                ErrorCode::ConflictClosed,
                "this conflict is already settled",
            ));
        };
        match (kind, choice, column) {
            (ConflictKind::Field, ConflictChoice::Local | ConflictChoice::Remote, Some(column)) => {
                let value = |v: Option<String>| -> Result<Value> {
                    v.as_deref().map_or(Ok(Value::Null), apply::unstored)
                };
                // The column and the ones that follow its choice.
                let mut columns = vec![(column, value(local)?, value(remote)?)];
                for follower in serde_json::from_str::<Vec<apply::Follower>>(&companions)? {
                    columns.push((
                        follower.column,
                        follower.local.into(),
                        follower.remote.into(),
                    ));
                }
                let layouts = tables::layouts(tx)?;
                let layout = tables::shared(&table)
                    .and_then(|t| layouts.get(t.name))
                    .ok_or_else(|| Error::not_found("table", &table))?;
                if let Some((missing, _, _)) =
                    columns.iter().find(|(c, _, _)| layout.index(c).is_none())
                {
                    return Err(Error::not_found("column", missing));
                }
                let key = apply::key_values(&key)?;
                let assignments = columns
                    .iter()
                    .enumerate()
                    .map(|(n, (c, _, _))| format!("\"{c}\" = ?{}", n + 1))
                    .collect::<Vec<_>>()
                    .join(", ");
                let sql = format!(
                    "UPDATE {table} SET {assignments} WHERE {}",
                    layout.pk_clause(columns.len() + 1)
                );
                let set = |local: bool| -> Result<()> {
                    let values = columns.iter().map(|(_, l, r)| if local { l } else { r });
                    tx.execute(&sql, rusqlite::params_from_iter(values.chain(key.iter())))?;
                    Ok(())
                };
                let mut session = capture::session(tx)?;
                if choice == ConflictChoice::Local {
                    // Recorded as a change from their values to ours, so it
                    // applies cleanly on their side.
                    session.set_enabled(false);
                    set(false)?;
                    session.set_enabled(true);
                    set(true)?;
                } else {
                    set(false)?;
                }
                capture::queue(tx, &mut session)?;
            }
            (ConflictKind::Field, _, _) => {
                return Err(Error::invalid(
                    "choice",
                    ErrorCode::InvalidChoice,
                    "choose one of the two values",
                ));
            }
            (_, ConflictChoice::Acknowledged, _) => {}
            _ => {
                return Err(Error::invalid(
                    "choice",
                    ErrorCode::InvalidChoice,
                    "this change can only be acknowledged",
                ));
            }
        }
        tx.execute(
            "UPDATE share_conflicts SET status = 'resolved', choice = ?2, resolved_by = ?3,
                    resolved_at = ?4
              WHERE id = ?1",
            params![id, choice, profile::require(tx)?.name, time::to_text(now)],
        )?;
        status_in(tx, client)?.ok_or_else(|| not_shared(client))
    })
}

#[cfg(test)]
mod tests;
