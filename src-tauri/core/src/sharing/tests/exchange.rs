//! Pairing and exchanging through the public functions, on real database
//! files: what travels, what is refused, and how a conflict is settled.

use std::path::{Path, PathBuf};

use chrono::Utc;
use rusqlite::types::Value;

use crate::calendar::{ItemStatus, workflow};
use crate::decisions::ApprovalInput;
use crate::enums::Side;
use crate::error::ErrorCode;
use crate::ids::{ClientId, ItemId};
use crate::sharing::{self, ArrivalKind, ConflictChoice, ConflictKind, tables};
use crate::store::Store;
use crate::testing::{self, Fixture, Plan};

pub(super) struct Pair {
    pub agency: Plan,
    pub business: Fixture,
    pub dir: tempfile::TempDir,
    pub client: ClientId,
}

/// An agency with a plan (and a second client it does not share), and a
/// business that accepted the invitation for the first.
pub(super) fn paired() -> Pair {
    let agency = testing::plan(Side::Agency);
    testing::add_client(&agency.f.store, "Ottica Bianchi");
    agency.item(
        "facebook",
        Some(agency.advertising),
        "02/12/2026",
        ItemStatus::Draft,
    );
    agency.item("instagram", None, "03/12/2026", ItemStatus::Draft);
    let business = testing::fixture(Side::Business);
    let dir = tempfile::tempdir().unwrap();
    let invitation = dir.path().join("invito.regiax");
    sharing::invite(&agency.f.store, agency.f.client, &invitation, Utc::now()).unwrap();
    let client = sharing::accept_invitation(&business.store, &invitation, Utc::now()).unwrap();
    assert_eq!(client, agency.f.client);
    Pair {
        agency,
        business,
        dir,
        client,
    }
}

impl Pair {
    pub fn agency(&self) -> &Store {
        &self.agency.f.store
    }

    pub fn business(&self) -> &Store {
        &self.business.store
    }

    /// The next file of `from`'s changes, or `None` when there are none.
    pub fn ship(&self, from: &Store, name: &str) -> Option<Vec<u8>> {
        let path = self.dir.path().join(name);
        match sharing::save_changes(from, self.client, &path, Utc::now()) {
            Ok(_) => Some(std::fs::read(path).unwrap()),
            Err(e) if e.code() == ErrorCode::NothingToSend => None,
            Err(e) => panic!("{e}"),
        }
    }
}

/// Every shared row of `client`, table by table, sorted: what both sides
/// must agree on.
pub(super) fn content(store: &Store, client: ClientId) -> Vec<(String, Vec<Vec<Value>>)> {
    store
        .read(|conn| {
            let mut out = Vec::new();
            for table in tables::SHARED {
                let mut stmt = conn.prepare(&super::super::snapshot::rows_of(table))?;
                let n = stmt.column_count();
                let mut rows: Vec<Vec<Value>> = stmt
                    .query_map([client], |row| (0..n).map(|i| row.get(i)).collect())?
                    .collect::<rusqlite::Result<_>>()?;
                rows.sort_by_key(|r| format!("{r:?}"));
                out.push((table.name.to_owned(), rows));
            }
            Ok(out)
        })
        .unwrap()
}

fn items(store: &Store, client: ClientId) -> Vec<(ItemId, String, String)> {
    store
        .read(|conn| {
            Ok(conn
                .prepare("SELECT id, title, caption FROM content_items WHERE client_id = ?1 ORDER BY title")?
                .query_map([client], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
                .collect::<rusqlite::Result<_>>()?)
        })
        .unwrap()
}

fn set_caption(store: &Store, item: ItemId, caption: &str) {
    store
        .write(|tx| {
            tx.execute(
                "UPDATE content_items SET caption = ?2, updated_at = ?3 WHERE id = ?1",
                rusqlite::params![item, caption, crate::time::to_text(Utc::now())],
            )?;
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_invitation_brings_the_whole_plan_in_place_of_the_business_own_client() {
    let agency = testing::plan(Side::Agency);
    agency.item("facebook", None, "02/12/2026", ItemStatus::Draft);
    let business = testing::fixture(Side::Business);
    let own = business.client;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("invito.regiax");
    let status = sharing::invite(&agency.f.store, agency.f.client, &path, Utc::now()).unwrap();
    assert_eq!(status.side, Side::Agency);
    assert!(!status.peer_known);

    let preview = sharing::preview_invitation(&business.store, &path).unwrap();
    assert_eq!(preview.agency, "Studio Nord");
    assert_eq!(preview.client_name, "Forno Rossi");
    assert_eq!(preview.replaces.as_deref(), Some("Forno Rossi"));
    let expected_rows: usize = content(&agency.f.store, agency.f.client)
        .iter()
        .map(|(_, rows)| rows.len())
        .sum();
    assert_eq!(preview.rows as usize, expected_rows);
    // Previewing wrote nothing.
    assert!(
        sharing::status(&business.store, agency.f.client)
            .unwrap()
            .is_none()
    );

    let client = sharing::accept_invitation(&business.store, &path, Utc::now()).unwrap();
    assert_eq!(
        content(&business.store, client),
        content(&agency.f.store, client)
    );
    let me = crate::profile::get(&business.store).unwrap().unwrap();
    assert_eq!(me.own_client_id, Some(client));
    assert!(crate::clients::get(&business.store, own).is_err());
    let status = sharing::status(&business.store, client).unwrap().unwrap();
    assert_eq!(
        (status.side, status.peer_name.as_str()),
        (Side::Business, "Studio Nord")
    );
    // Accepting wrote nothing to send back.
    assert_eq!(status.pending_changes, 0);

    let again = sharing::accept_invitation(&business.store, &path, Utc::now()).unwrap_err();
    assert_eq!(again.code(), ErrorCode::InvitationAlreadyAccepted);
    let wrong_side = sharing::accept_invitation(&agency.f.store, &path, Utc::now()).unwrap_err();
    assert_eq!(wrong_side.code(), ErrorCode::SharingBusinessOnly);
}

#[test]
fn edits_travel_both_ways_and_an_approval_arrives_with_who_and_when() {
    let pair = paired();
    let (item, _, _) = items(pair.agency(), pair.client)[0].clone();
    set_caption(pair.agency(), item, "Il pane di domenica");
    workflow::set_status(
        pair.agency(),
        item,
        ItemStatus::InReview,
        None,
        "",
        Utc::now(),
    )
    .unwrap();
    let file = pair.ship(pair.agency(), "a1.regiax").unwrap();
    let got = sharing::receive(pair.business(), &file, Utc::now()).unwrap();
    assert_eq!((got.sequence, got.conflicts), (1, 0));
    assert_eq!(
        items(pair.business(), pair.client),
        items(pair.agency(), pair.client)
    );

    workflow::set_status(
        pair.business(),
        item,
        ItemStatus::Approved,
        Some(&ApprovalInput {
            by: "Giulia Rossi".into(),
            via: None,
            at: String::new(),
        }),
        "",
        Utc::now(),
    )
    .unwrap();
    let file = pair.ship(pair.business(), "b1.regiax").unwrap();
    let got = sharing::receive(pair.agency(), &file, Utc::now()).unwrap();
    assert_eq!(got.arrivals.len(), 1, "{got:?}");
    let arrival = &got.arrivals[0];
    assert_eq!(arrival.kind, ArrivalKind::Post);
    assert_eq!(arrival.status, "approved");
    assert_eq!(arrival.by.as_deref(), Some("Giulia Rossi"));
    assert!(arrival.at.is_some());
    let status = sharing::status(pair.agency(), pair.client)
        .unwrap()
        .unwrap();
    assert!(status.peer_known);
    assert_eq!((status.sent_sequence, status.received_sequence), (1, 1));
    assert_eq!(status.files[0].arrivals, got.arrivals);
    assert_eq!(
        content(pair.agency(), pair.client),
        content(pair.business(), pair.client)
    );
}

#[test]
fn no_row_of_another_client_is_ever_written_into_a_file() {
    let pair = paired();
    let other = crate::clients::list(pair.agency(), &Default::default())
        .unwrap()
        .into_iter()
        .find(|c| c.id != pair.client)
        .unwrap()
        .id;
    // Work on the client that is not shared is not recorded at all.
    crate::people::create(
        pair.agency(),
        other,
        &crate::people::PersonInput {
            name: "Luca".into(),
            side: Side::Agency,
            role: String::new(),
            weekly_hours: 5.0,
            skills: Default::default(),
        },
        Utc::now(),
    )
    .unwrap();
    assert_eq!(
        sharing::status(pair.agency(), pair.client)
            .unwrap()
            .unwrap()
            .pending_changes,
        0
    );
    assert!(pair.ship(pair.agency(), "none.regiax").is_none());

    // A file about the shared client carries only its rows.
    let (item, _, _) = items(pair.agency(), pair.client)[0].clone();
    set_caption(pair.agency(), item, "Solo per Forno Rossi");
    let file = pair.ship(pair.agency(), "a1.regiax").unwrap();
    let header = sharing::envelope::peek(&file).unwrap();
    let secret = pair
        .agency()
        .read(|c| super::super::share(c, pair.client))
        .unwrap()
        .secret;
    let (_, payload) = sharing::envelope::open(
        &file,
        &sharing::envelope::Expected {
            pairing: &header.pairing,
            sender: None,
            secret: &secret,
            last_sequence: 0,
        },
    )
    .unwrap();
    let changes = tables::read_changes(&payload).unwrap();
    let owners = pair
        .agency()
        .read(|c| tables::clients_of(c, &tables::layouts(c)?, &changes))
        .unwrap();
    assert!(!owners.is_empty());
    assert!(owners.iter().all(|o| *o == Some(pair.client)), "{owners:?}");

    // One write that mixes the shared client with another is refused whole.
    let refused = pair
        .agency()
        .write(|tx| {
            tx.execute(
                "UPDATE clients SET sector = 'Forni' WHERE id IN (?1, ?2)",
                [pair.client, other],
            )?;
            Ok(())
        })
        .unwrap_err();
    assert_eq!(refused.code(), ErrorCode::Internal);
    assert_eq!(
        crate::clients::get(pair.agency(), other).unwrap().sector,
        ""
    );
}

#[test]
fn a_field_changed_on_both_sides_is_shown_with_both_values_and_settled_once_for_both() {
    let pair = paired();
    let (item, _, _) = items(pair.agency(), pair.client)[0].clone();
    set_caption(pair.agency(), item, "Versione dell'agenzia");
    set_caption(pair.business(), item, "Versione del forno");
    let from_agency = pair.ship(pair.agency(), "a1.regiax").unwrap();
    let from_business = pair.ship(pair.business(), "b1.regiax").unwrap();
    assert_eq!(
        sharing::receive(pair.business(), &from_agency, Utc::now())
            .unwrap()
            .conflicts,
        1
    );
    assert_eq!(
        sharing::receive(pair.agency(), &from_business, Utc::now())
            .unwrap()
            .conflicts,
        1
    );

    let at_business = sharing::status(pair.business(), pair.client)
        .unwrap()
        .unwrap();
    let conflict = &at_business.conflicts[0];
    assert_eq!(conflict.kind, ConflictKind::Field);
    assert_eq!(conflict.column.as_deref(), Some("caption"));
    assert_eq!(conflict.local_value.as_deref(), Some("Versione del forno"));
    assert_eq!(
        conflict.remote_value.as_deref(),
        Some("Versione dell'agenzia")
    );
    assert_eq!(conflict.remote_side, Side::Agency);
    // Captions are the agency's: its value is the one suggested, on both sides.
    assert_eq!(conflict.suggested, Some(ConflictChoice::Remote));
    let at_agency = sharing::status(pair.agency(), pair.client)
        .unwrap()
        .unwrap();
    assert_eq!(
        at_agency.conflicts[0].suggested,
        Some(ConflictChoice::Local)
    );
    // Nothing was overwritten meanwhile.
    assert_eq!(
        items(pair.business(), pair.client)[0].2,
        "Versione del forno"
    );

    // The business keeps its own words after all; the choice travels.
    let status = sharing::resolve(
        pair.business(),
        conflict.id,
        ConflictChoice::Local,
        Utc::now(),
    )
    .unwrap();
    assert!(status.conflicts.is_empty());
    assert_eq!(status.resolved[0].choice, Some(ConflictChoice::Local));
    assert_eq!(
        status.resolved[0].resolved_by.as_deref(),
        Some("Forno Rossi")
    );
    let decision = pair.ship(pair.business(), "b2.regiax").unwrap();
    sharing::receive(pair.agency(), &decision, Utc::now()).unwrap();
    let at_agency = sharing::status(pair.agency(), pair.client)
        .unwrap()
        .unwrap();
    assert!(at_agency.conflicts.is_empty(), "{:?}", at_agency.conflicts);
    assert_eq!(
        at_agency.resolved[0].choice,
        Some(ConflictChoice::OtherSide)
    );
    assert_eq!(
        at_agency.resolved[0].resolved_by.as_deref(),
        Some("Forno Rossi")
    );
    assert_eq!(items(pair.agency(), pair.client)[0].2, "Versione del forno");
    assert_eq!(
        content(pair.agency(), pair.client),
        content(pair.business(), pair.client)
    );

    let closed = sharing::resolve(
        pair.business(),
        conflict.id,
        ConflictChoice::Remote,
        Utc::now(),
    )
    .unwrap_err();
    assert_eq!(closed.code(), ErrorCode::ConflictClosed);
}

#[test]
fn a_row_deleted_on_one_side_and_edited_on_the_other_is_deleted_on_both_and_shown() {
    let pair = paired();
    let (item, _, _) = items(pair.agency(), pair.client)[1].clone();
    pair.agency()
        .write(|tx| {
            tx.execute("DELETE FROM content_items WHERE id = ?1", [item])?;
            Ok(())
        })
        .unwrap();
    set_caption(pair.business(), item, "Scritto per niente");
    let from_agency = pair.ship(pair.agency(), "a1.regiax").unwrap();
    let from_business = pair.ship(pair.business(), "b1.regiax").unwrap();
    sharing::receive(pair.business(), &from_agency, Utc::now()).unwrap();
    sharing::receive(pair.agency(), &from_business, Utc::now()).unwrap();
    assert_eq!(
        content(pair.agency(), pair.client),
        content(pair.business(), pair.client)
    );
    let kinds = |store: &Store| -> Vec<ConflictKind> {
        sharing::status(store, pair.client)
            .unwrap()
            .unwrap()
            .conflicts
            .iter()
            .map(|c| c.kind)
            .collect()
    };
    assert_eq!(kinds(pair.business()), [ConflictKind::Deleted]);
    assert_eq!(kinds(pair.agency()), [ConflictKind::Gone]);
    let business = sharing::status(pair.business(), pair.client)
        .unwrap()
        .unwrap();
    assert!(
        business.conflicts[0].label.contains("instagram"),
        "{:?}",
        business.conflicts[0]
    );
    let wrong = sharing::resolve(
        pair.business(),
        business.conflicts[0].id,
        ConflictChoice::Local,
        Utc::now(),
    )
    .unwrap_err();
    assert_eq!(wrong.code(), ErrorCode::InvalidChoice);
    let done = sharing::resolve(
        pair.business(),
        business.conflicts[0].id,
        ConflictChoice::Acknowledged,
        Utc::now(),
    )
    .unwrap();
    assert!(done.conflicts.is_empty());
}

#[test]
fn an_invitation_that_does_not_hold_its_client_is_refused_whole() {
    // An invitation carries its own key, so anyone can seal one: this one
    // names the client and holds none of its rows. Accepting it failed on
    // a broken reference, an internal error.
    let agency = testing::plan(Side::Agency);
    let business = testing::fixture(Side::Business);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("invito.regiax");
    sharing::invite(&agency.f.store, agency.f.client, &path, Utc::now()).unwrap();
    let header = sharing::envelope::peek(&std::fs::read(&path).unwrap()).unwrap();
    let secret = header.invitation.as_ref().unwrap().secret().unwrap();
    let forged = sharing::envelope::seal(&header, &[], &secret).unwrap();
    std::fs::write(&path, forged).unwrap();
    let before = testing::everything(&business.store);
    let e = sharing::accept_invitation(&business.store, &path, Utc::now()).unwrap_err();
    assert_eq!(e.code(), ErrorCode::ExchangeTampered, "{e}");
    assert_eq!(testing::everything(&business.store), before);
}

#[test]
fn a_reference_to_a_row_deleted_here_gets_what_the_delete_did_here() {
    // SQLite reports the references left broken once, with an item that
    // names no table: reading it as a change crashed the process.
    let pair = paired();
    let marco = crate::people::list(pair.business(), pair.client)
        .unwrap()
        .into_iter()
        .find(|p| p.name == "Marco")
        .unwrap()
        .id;
    crate::people::delete(pair.business(), marco).unwrap();
    let (item, _, _) = items(pair.agency(), pair.client)[0].clone();
    pair.agency()
        .write(|tx| {
            tx.execute(
                "UPDATE content_items SET owner_id = ?2 WHERE id = ?1",
                rusqlite::params![item, marco],
            )?;
            Ok(())
        })
        .unwrap();
    let from_agency = pair.ship(pair.agency(), "a1.regiax").unwrap();
    sharing::receive(pair.business(), &from_agency, Utc::now()).unwrap();
    let owner: Option<String> = pair
        .business()
        .read(|conn| {
            Ok(conn.query_row(
                "SELECT owner_id FROM content_items WHERE id = ?1",
                [item],
                |row| row.get(0),
            )?)
        })
        .unwrap();
    assert_eq!(owner, None, "set to NULL, as deleting Marco did here");
}

#[test]
fn a_raci_entry_for_a_person_deleted_here_goes_as_the_delete_took_it_here() {
    // split_raci has no rowid, which the repair of references looked rows
    // up by: the file was refused with an internal error, again each time.
    use crate::split::{self, CellInput, RaciEntry, Role, recommend::SplitSide};
    let pair = paired();
    let people = crate::people::list(pair.business(), pair.client).unwrap();
    let id = |name: &str| people.iter().find(|p| p.name == name).unwrap().id;
    let (marco, giulia) = (id("Marco"), id("Giulia"));
    crate::people::delete(pair.business(), marco).unwrap();
    let phase = split::get(pair.agency(), pair.client, Utc::now())
        .unwrap()
        .phase;
    let cell = CellInput {
        phase,
        activity_id: pair.agency.advertising,
        channel_id: pair.agency.facebook,
        side: SplitSide::Agency,
        business_hours: 8.0,
        agency_hours: 8.0,
        raci: vec![
            RaciEntry {
                person_id: giulia,
                role: Role::Accountable,
            },
            RaciEntry {
                person_id: marco,
                role: Role::Responsible,
            },
        ],
        rationale: String::new(),
    };
    split::save_cell(pair.agency(), pair.client, &cell, Utc::now()).unwrap();
    let from_agency = pair.ship(pair.agency(), "a1.regiax").unwrap();
    sharing::receive(pair.business(), &from_agency, Utc::now()).unwrap();
    let roles: Vec<String> = pair
        .business()
        .read(|conn| {
            Ok(conn
                .prepare("SELECT person_id FROM split_raci")?
                .query_map([], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?)
        })
        .unwrap();
    assert!(!roles.is_empty());
    assert!(
        !roles.contains(&marco.to_string()),
        "deleted along, as deleting Marco did here"
    );
}

#[test]
fn an_invitation_accepted_again_after_sharing_stopped_shows_what_differs() {
    // Its rows met the ones held here as conflicts, recorded before the
    // pairing they belong to: an internal error (a broken reference).
    let pair = paired();
    let (item, _, _) = items(pair.agency(), pair.client)[0].clone();
    set_caption(pair.business(), item, "Versione del forno");
    sharing::stop(pair.business(), pair.client).unwrap();
    let again = pair.dir.path().join("di-nuovo.regiax");
    sharing::invite(pair.agency(), pair.client, &again, Utc::now()).unwrap();
    sharing::accept_invitation(pair.business(), &again, Utc::now()).unwrap();
    let status = sharing::status(pair.business(), pair.client)
        .unwrap()
        .unwrap();
    let fields: Vec<_> = status
        .conflicts
        .iter()
        .map(|c| (c.kind, c.column.as_deref()))
        .collect();
    assert_eq!(fields, [(ConflictKind::Field, Some("caption"))]);
}

fn refusal(store: &Store, bytes: &[u8]) -> ErrorCode {
    sharing::receive(store, bytes, Utc::now())
        .unwrap_err()
        .code()
}

#[test]
fn a_tampered_truncated_replayed_gapped_foreign_or_own_file_is_refused_whole() {
    let pair = paired();
    let (item, _, _) = items(pair.agency(), pair.client)[0].clone();
    set_caption(pair.agency(), item, "Uno");
    let first = pair.ship(pair.agency(), "a1.regiax").unwrap();
    set_caption(pair.agency(), item, "Due");
    let second = pair.ship(pair.agency(), "a2.regiax").unwrap();
    let before = content(pair.business(), pair.client);

    let mut tampered = first.clone();
    let middle = tampered.len() - 40;
    tampered[middle] ^= 0x01;
    assert_eq!(
        refusal(pair.business(), &tampered),
        ErrorCode::ExchangeTampered
    );
    assert_eq!(
        refusal(pair.business(), &first[..first.len() - 1]),
        ErrorCode::ExchangeTruncated
    );
    assert_eq!(refusal(pair.business(), &second), ErrorCode::ExchangeGap);
    assert_eq!(
        refusal(pair.business(), b"not a file at all"),
        ErrorCode::NotAnExchangeFile
    );
    assert_eq!(refusal(pair.agency(), &first), ErrorCode::ExchangeOwnFile);
    // A file of another pairing (another agency and business).
    let strangers = paired();
    let (theirs, _, _) = items(strangers.agency(), strangers.client)[0].clone();
    set_caption(strangers.agency(), theirs, "Altro");
    let foreign = strangers.ship(strangers.agency(), "x1.regiax").unwrap();
    assert_eq!(
        refusal(pair.business(), &foreign),
        ErrorCode::ExchangeForeign
    );
    assert_eq!(
        content(pair.business(), pair.client),
        before,
        "nothing was applied"
    );
    let status = sharing::status(pair.business(), pair.client)
        .unwrap()
        .unwrap();
    assert_eq!(status.received_sequence, 0);

    sharing::receive(pair.business(), &first, Utc::now()).unwrap();
    let after_first = content(pair.business(), pair.client);
    assert_eq!(
        refusal(pair.business(), &first),
        ErrorCode::ExchangeReplayed
    );
    assert_eq!(
        content(pair.business(), pair.client),
        after_first,
        "a replay changes nothing"
    );
    sharing::receive(pair.business(), &second, Utc::now()).unwrap();
    assert_eq!(items(pair.business(), pair.client)[0].2, "Due");
}

#[test]
fn the_shared_folder_carries_files_in_order_and_never_holds_the_database() {
    let pair = paired();
    let database_dir = pair.agency().path().unwrap().parent().unwrap().to_owned();
    for refused in [
        database_dir.clone(),
        database_dir.parent().unwrap().to_owned(),
    ] {
        let e = sharing::set_folder(pair.agency(), pair.client, Some(&refused), Utc::now())
            .unwrap_err();
        assert_eq!(
            e.code(),
            ErrorCode::SharedFolderHoldsDatabase,
            "{refused:?}"
        );
    }
    let missing = sharing::set_folder(
        pair.agency(),
        pair.client,
        Some(Path::new("/nonexistent/regia")),
        Utc::now(),
    )
    .unwrap_err();
    assert_eq!(missing.code(), ErrorCode::SharedFolderUnusable);

    let shared = tempfile::tempdir().unwrap();
    for store in [pair.agency(), pair.business()] {
        sharing::set_folder(store, pair.client, Some(shared.path()), Utc::now()).unwrap();
    }
    let (item, _, _) = items(pair.agency(), pair.client)[0].clone();
    set_caption(pair.agency(), item, "Uno");
    assert_eq!(
        sharing::sync(pair.agency(), pair.client, Utc::now())
            .unwrap()
            .sent,
        Some(1)
    );
    set_caption(pair.agency(), item, "Due");
    assert_eq!(
        sharing::sync(pair.agency(), pair.client, Utc::now())
            .unwrap()
            .sent,
        Some(2)
    );
    let names: Vec<PathBuf> = std::fs::read_dir(shared.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(
        names.len(),
        2,
        "only whole files, no temporary ones: {names:?}"
    );

    // File 1 has not arrived yet (the sync tool is slow): the gap is reported.
    let one = names
        .iter()
        .find(|p| p.to_string_lossy().ends_with("000001.regiax"))
        .unwrap();
    let held = shared.path().join("held");
    std::fs::rename(one, &held).unwrap();
    let report = sharing::sync(pair.business(), pair.client, Utc::now()).unwrap();
    assert!(report.received.is_empty());
    assert_eq!(report.status.waiting_for, Some(1));
    std::fs::rename(&held, one).unwrap();
    let report = sharing::sync(pair.business(), pair.client, Utc::now()).unwrap();
    assert_eq!(report.received.len(), 2);
    assert_eq!(report.status.waiting_for, None);
    assert_eq!(items(pair.business(), pair.client)[0].2, "Due");
    // A second pass finds nothing new and changes nothing.
    let before = content(pair.business(), pair.client);
    let again = sharing::sync(pair.business(), pair.client, Utc::now()).unwrap();
    assert!(again.received.is_empty() && again.sent.is_none() && again.refused.is_none());
    assert_eq!(content(pair.business(), pair.client), before);
}

#[test]
fn every_table_is_either_shared_or_kept_local() {
    let store = Store::open_in_memory().unwrap();
    let mut names: Vec<String> = store
        .read(|conn| {
            Ok(conn
                .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")?
                .query_map([], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?)
        })
        .unwrap();
    names.sort();
    let mut listed: Vec<String> = tables::SHARED
        .iter()
        .map(|t| t.name.to_owned())
        .chain(tables::LOCAL.iter().map(|t| (*t).to_owned()))
        .collect();
    listed.sort();
    assert_eq!(names, listed);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    #[test]
    fn arbitrary_bytes_given_as_a_file_never_panic_and_change_nothing(
        bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..512),
        prefix in proptest::prelude::any::<bool>(),
    ) {
        let business = testing::fixture(Side::Business);
        let mut file = if prefix { sharing::envelope::MAGIC.to_vec() } else { Vec::new() };
        file.extend(bytes);
        let before = content(&business.store, business.client);
        proptest::prop_assert!(sharing::receive(&business.store, &file, Utc::now()).is_err());
        // The changeset reader meets only verified payloads, but must not
        // panic on anything either.
        let _ = tables::read_changes(&file);
        proptest::prop_assert_eq!(content(&business.store, business.client), before);
    }
}

/// The closing note's figure: a file carrying 2,000 changed items, its size
/// and how long applying it takes (printed; `--nocapture` to read it).
#[test]
fn a_file_of_two_thousand_changed_items_applies_whole() {
    let pair = paired();
    pair.agency()
        .write(|tx| {
            let mut insert = tx.prepare(
                "INSERT INTO content_items (id, client_id, group_id, channel, title, caption,
                        planned_at, planned_local, status, created_at, updated_at)
                 VALUES (?1, ?2, ?3, 'instagram', ?4, 'Testo di partenza', ?5, ?6, 'draft', ?7, ?7)",
            )?;
            for n in 0..2000 {
                let day = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap()
                    + chrono::Duration::days(n % 365);
                insert.execute(rusqlite::params![
                    ItemId::new(),
                    pair.client,
                    crate::ids::ItemGroupId::new(),
                    format!("Post {n}"),
                    format!("{day}T09:00:00.000Z"),
                    format!("{day}T10:00"),
                    crate::time::to_text(Utc::now()),
                ])?;
            }
            Ok(())
        })
        .unwrap();
    let created = pair.ship(pair.agency(), "create.regiax").unwrap();
    sharing::receive(pair.business(), &created, Utc::now()).unwrap();
    pair.agency()
        .write(|tx| {
            tx.execute(
                "UPDATE content_items
                    SET caption = 'Testo rivisto per ' || title, status = 'in_review',
                        updated_at = ?2
                  WHERE client_id = ?1 AND title LIKE 'Post %'",
                rusqlite::params![pair.client, crate::time::to_text(Utc::now())],
            )?;
            Ok(())
        })
        .unwrap();
    let changed = pair.ship(pair.agency(), "change.regiax").unwrap();
    let started = std::time::Instant::now();
    let got = sharing::receive(pair.business(), &changed, Utc::now()).unwrap();
    let elapsed = started.elapsed();
    assert_eq!((got.changes, got.conflicts), (2000, 0));
    assert_eq!(
        content(pair.agency(), pair.client),
        content(pair.business(), pair.client)
    );
    eprintln!(
        "2,000 new items: {} bytes; 2,000 changed items: {} bytes, applied in {:.1} ms",
        created.len(),
        changed.len(),
        elapsed.as_secs_f64() * 1000.0
    );
}

#[test]
fn a_pass_over_all_folders_skips_one_that_is_gone_and_syncs_the_others() {
    let pair = paired();
    let gone = tempfile::tempdir().unwrap();
    sharing::set_folder(pair.agency(), pair.client, Some(gone.path()), Utc::now()).unwrap();
    let other = testing::add_client(pair.agency(), "Gelateria Blu");
    let second = pair.dir.path().join("invito-2.regiax");
    sharing::invite(pair.agency(), other, &second, Utc::now()).unwrap();
    let shared = tempfile::tempdir().unwrap();
    sharing::set_folder(pair.agency(), other, Some(shared.path()), Utc::now()).unwrap();
    pair.agency()
        .write(|tx| {
            tx.execute(
                "UPDATE clients SET sector = 'Gelati' WHERE id = ?1",
                [other],
            )?;
            Ok(())
        })
        .unwrap();
    drop(gone);
    let reports = sharing::sync_all(pair.agency(), Utc::now()).unwrap();
    assert_eq!(reports.len(), 1);
    assert_eq!((reports[0].client_id, reports[0].sent), (other, Some(1)));
}

#[test]
fn rows_both_sides_create_for_the_same_thing_meet_as_one_row() {
    use crate::questionnaire::AnswerInput;
    let pair = paired();
    // Both answer the same question for the first time, differently.
    testing::answer(
        pair.agency(),
        pair.client,
        "rhythm.key_dates",
        AnswerInput::Text("Natale".into()),
    );
    testing::answer(
        pair.business(),
        pair.client,
        "rhythm.key_dates",
        AnswerInput::Text("Natale e Pasqua".into()),
    );
    // Both open the strategy's next draft after an approval-free edit.
    crate::strategy::set_mission(pair.agency(), pair.client, "Pane buono", Utc::now()).unwrap();
    crate::strategy::set_mission(pair.business(), pair.client, "Pane buono", Utc::now()).unwrap();
    let from_agency = pair.ship(pair.agency(), "a1.regiax").unwrap();
    let from_business = pair.ship(pair.business(), "b1.regiax").unwrap();
    sharing::receive(pair.business(), &from_agency, Utc::now()).unwrap();
    sharing::receive(pair.agency(), &from_business, Utc::now()).unwrap();
    for store in [pair.agency(), pair.business()] {
        let status = sharing::status(store, pair.client).unwrap().unwrap();
        let fields: Vec<(&str, Option<&str>)> = status
            .conflicts
            .iter()
            .map(|c| (c.table.as_str(), c.column.as_deref()))
            .collect();
        // Only the answer's value: the same mission and the same draft
        // version are one row, whatever their creation times.
        assert_eq!(
            fields,
            [("questionnaire_answers", Some("value"))],
            "{:?}",
            status.conflicts
        );
        let suggested = status.conflicts[0].suggested;
        let expected = if store.path() == pair.business().path() {
            ConflictChoice::Local
        } else {
            ConflictChoice::Remote
        };
        assert_eq!(suggested, Some(expected), "the business owns its answers");
        let conflict = &status.conflicts[0];
        let mut values = [conflict.local_value.clone(), conflict.remote_value.clone()];
        values.sort();
        assert_eq!(
            values,
            [Some("Natale".into()), Some("Natale e Pasqua".into())]
        );
        assert!(
            !conflict.label.contains("key_dates"),
            "a person's words: {}",
            conflict.label
        );
    }
    let agency = sharing::status(pair.agency(), pair.client)
        .unwrap()
        .unwrap();
    sharing::resolve(
        pair.agency(),
        agency.conflicts[0].id,
        ConflictChoice::Remote,
        Utc::now(),
    )
    .unwrap();
    let settled = pair.ship(pair.agency(), "a2.regiax").unwrap();
    sharing::receive(pair.business(), &settled, Utc::now()).unwrap();
    assert!(
        sharing::status(pair.business(), pair.client)
            .unwrap()
            .unwrap()
            .conflicts
            .is_empty()
    );
    assert_eq!(
        content(pair.agency(), pair.client),
        content(pair.business(), pair.client)
    );
}

#[test]
fn a_genuine_file_whose_tables_differ_from_this_schema_is_refused_whole() {
    let pair = paired();
    // A changeset of a table with the same name and fewer columns, sealed as
    // the agency would seal it.
    let other = rusqlite::Connection::open_in_memory().unwrap();
    other
        .execute_batch("CREATE TABLE content_items (id TEXT PRIMARY KEY, title TEXT)")
        .unwrap();
    let mut session = rusqlite::session::Session::new(&other).unwrap();
    session.attach(None::<&str>).unwrap();
    other
        .execute("INSERT INTO content_items VALUES ('x', 'Intruso')", [])
        .unwrap();
    let mut payload = Vec::new();
    session.changeset_strm(&mut payload).unwrap();
    drop(session);
    let (share, sender) = pair
        .agency()
        .read(|c| {
            Ok((
                super::super::share(c, pair.client)?,
                super::super::install_id(c)?,
            ))
        })
        .unwrap();
    let header = sharing::envelope::Header {
        format: sharing::envelope::FORMAT_VERSION,
        schema: crate::store::LATEST_VERSION,
        kind: sharing::envelope::FileKind::Changes,
        sender,
        pairing: share.pairing.clone(),
        client: pair.client,
        sequence: 1,
        payload_sha256: String::new(),
        created_at: Utc::now(),
        invitation: None,
    };
    let file = sharing::envelope::seal(&header, &payload, &share.secret).unwrap();
    let before = content(pair.business(), pair.client);
    assert_eq!(
        refusal(pair.business(), &file),
        ErrorCode::ExchangeNewerFormat
    );
    assert_eq!(content(pair.business(), pair.client), before);
}

#[test]
fn a_genuine_file_whose_changes_are_damaged_inside_is_refused_as_tampered() {
    // Sealed after the damage (a peer's bug), so the HMAC holds. SQLite's
    // reader let this one through and its apply called it a corrupt
    // database: an internal error.
    let pair = paired();
    let person = crate::people::PersonInput {
        name: "Sara".into(),
        side: Side::Business,
        role: "Banco".into(),
        weekly_hours: 10.0,
        skills: Default::default(),
    };
    crate::people::create(pair.business(), pair.client, &person, Utc::now()).unwrap();
    let genuine = pair.ship(pair.business(), "b1.regiax").unwrap();
    let share = pair
        .agency()
        .read(|c| super::super::share(c, pair.client))
        .unwrap();
    let expected = sharing::envelope::Expected {
        pairing: &share.pairing,
        sender: None,
        secret: &share.secret,
        last_sequence: 0,
    };
    let (header, mut payload) = sharing::envelope::open(&genuine, &expected).unwrap();
    // The person's client id, name and side go missing: the id's length
    // now runs over what follows.
    let client = pair.client.to_string();
    let at = payload
        .windows(client.len())
        .position(|w| w == client.as_bytes())
        .unwrap();
    payload.drain(at..at + 52);
    let file = sharing::envelope::seal(&header, &payload, &share.secret).unwrap();
    let before = content(pair.agency(), pair.client);
    assert_eq!(refusal(pair.agency(), &file), ErrorCode::ExchangeTampered);
    assert_eq!(content(pair.agency(), pair.client), before);
}

#[test]
fn purging_old_deleted_items_works_with_two_shared_clients() {
    let pair = paired();
    let other = testing::add_client(pair.agency(), "Gelateria Blu");
    sharing::invite(
        pair.agency(),
        other,
        &pair.dir.path().join("invito-2.regiax"),
        Utc::now(),
    )
    .unwrap();
    for client in [pair.client, other] {
        pair.agency()
            .write(|tx| {
                tx.execute(
                    "INSERT INTO content_items (id, client_id, group_id, channel, title, status,
                            deleted_at, created_at, updated_at)
                     VALUES (?1, ?2, ?3, 'instagram', 'Vecchio', 'idea', '2026-01-01T00:00:00.000Z',
                             '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
                    rusqlite::params![ItemId::new(), client, crate::ids::ItemGroupId::new()],
                )?;
                Ok(())
            })
            .unwrap();
    }
    let deleted = pair.ship(pair.agency(), "deleted.regiax").unwrap();
    sharing::receive(pair.business(), &deleted, Utc::now()).unwrap();
    let purged = crate::calendar::items::purge_deleted(
        pair.agency(),
        chrono::Duration::days(30),
        Utc::now(),
    )
    .unwrap();
    assert_eq!(purged, 2);
    // The shared client's purge travels like any delete.
    let file = pair.ship(pair.agency(), "purge.regiax").unwrap();
    sharing::receive(pair.business(), &file, Utc::now()).unwrap();
    assert_eq!(
        content(pair.agency(), pair.client),
        content(pair.business(), pair.client)
    );
}
