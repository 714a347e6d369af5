//! Files altered and sealed again with their own key (anyone can do it to
//! an invitation, which carries its key; a buggy peer can send one): a
//! value no screen reads back refuses the whole file, and nothing of it is
//! written. The same file sealed again unaltered is taken, so what is
//! refused is the value, not the sealing.

use chrono::Utc;
use rusqlite::params;

use super::exchange::{content, paired};
use crate::calendar::ItemStatus;
use crate::enums::Side;
use crate::error::ErrorCode;
use crate::sharing;
use crate::sharing::envelope::{self, Expected, Secret};
use crate::testing::{self, Plan};
use crate::time;

/// Which value of the plan a forger alters.
#[derive(Debug, Clone, Copy)]
enum Forged {
    /// A person's last change, in another format than Regia's.
    UpdatedAt,
    /// A decision's options, not JSON.
    Options,
    /// An item's group, not an id: a reference with no foreign key to hold
    /// it to a row.
    Group,
    /// A person's role, text that is not UTF-8.
    NotUtf8,
}

impl Forged {
    /// What the refusal names (for the log; a person reads its code).
    fn named(self) -> &'static str {
        match self {
            Self::UpdatedAt => "people.updated_at",
            Self::Options => "decisions.options",
            Self::Group => "content_items.group_id",
            Self::NotUtf8 => "people, column 4",
        }
    }
}

/// The plan gets the values a forger alters: their text as Regia wrote
/// it, and what the forger puts in its place (as long, so the changeset
/// keeps its shape).
fn give_values(plan: &Plan, which: Forged) -> (String, Vec<u8>) {
    let (store, client) = (&plan.f.store, plan.f.client);
    let stamp = "2026-11-24T10:00:07.123Z";
    let options = r#"["Sì, subito","Più avanti"]"#;
    let item = plan.item("facebook", None, "05/12/2026", ItemStatus::Draft);
    let group = store
        .write(|tx| {
            tx.execute(
                "UPDATE people SET role = 'Titolare del forno', updated_at = ?2
                  WHERE client_id = ?1 AND name = 'Giulia'",
                params![client, stamp],
            )?;
            tx.execute(
                "INSERT INTO decisions (id, client_id, title, options, proposed_by, status,
                        created_at, updated_at)
                 VALUES (?1, ?2, 'Aprire il profilo TikTok', ?3, 'agency', 'proposed', ?4, ?4)",
                params![
                    crate::ids::DecisionId::new(),
                    client,
                    options,
                    time::to_text(Utc::now())
                ],
            )?;
            Ok(tx.query_row(
                "SELECT group_id FROM content_items WHERE id = ?1",
                [item],
                |row| row.get::<_, String>(0),
            )?)
        })
        .unwrap();
    let (genuine, forged): (String, &[u8]) = match which {
        Forged::UpdatedAt => (stamp.to_owned(), b"24/11/2026 10:00:07.123Z"),
        Forged::Options => (
            options.to_owned(),
            r#"["Sì, subito";"Più avanti"]"#.as_bytes(),
        ),
        Forged::Group => (group, b"gruppo-senza-uuid-gruppo-senza-uuid!"),
        Forged::NotUtf8 => ("Titolare del forno".to_owned(), b"Titolare del forn\xff"),
    };
    (genuine, forged.to_vec())
}

/// `file` opened with `secret`, `from` replaced by `to` in its changes,
/// and sealed again with the same key.
fn forge(file: &[u8], secret: &Secret, from: &str, to: &[u8]) -> Vec<u8> {
    assert_eq!(from.len(), to.len());
    let header = envelope::peek(file).unwrap();
    let expected = Expected {
        pairing: &header.pairing,
        sender: None,
        secret,
        last_sequence: header.sequence.saturating_sub(1),
    };
    let (header, mut payload) = envelope::open(file, &expected).unwrap();
    let at = payload
        .windows(from.len())
        .position(|w| w == from.as_bytes())
        .unwrap_or_else(|| panic!("{from} is not in the file"));
    payload.splice(at..at + from.len(), to.iter().copied());
    envelope::seal(&header, &payload, secret).unwrap()
}

fn invitation_refused(which: Forged) {
    let agency = testing::plan(Side::Agency);
    let (genuine_value, forged_value) = give_values(&agency, which);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("invito.regiax");
    sharing::invite(&agency.f.store, agency.f.client, &path, Utc::now()).unwrap();
    let genuine = std::fs::read(&path).unwrap();
    let key = envelope::peek(&genuine)
        .unwrap()
        .invitation
        .unwrap()
        .secret()
        .unwrap();
    let business = testing::fixture(Side::Business);
    let before = testing::everything(&business.store);

    std::fs::write(&path, forge(&genuine, &key, &genuine_value, &forged_value)).unwrap();
    let e = sharing::preview_invitation(&business.store, &path).unwrap_err();
    assert_eq!(e.code(), ErrorCode::ExchangeTampered, "{e}");
    let e = sharing::accept_invitation(&business.store, &path, Utc::now()).unwrap_err();
    assert_eq!(e.code(), ErrorCode::ExchangeTampered, "{e}");
    assert!(e.to_string().contains(which.named()), "{e}");
    assert_eq!(testing::everything(&business.store), before);

    let resealed = forge(&genuine, &key, &genuine_value, genuine_value.as_bytes());
    std::fs::write(&path, resealed).unwrap();
    sharing::accept_invitation(&business.store, &path, Utc::now()).unwrap();
}

fn changes_refused(which: Forged) {
    let pair = paired();
    let (genuine_value, forged_value) = give_values(&pair.agency, which);
    let genuine = pair.ship(pair.agency(), "a1.regiax").unwrap();
    let secret: Vec<u8> = pair
        .agency()
        .read(|conn| {
            Ok(conn.query_row(
                "SELECT secret FROM shares WHERE client_id = ?1",
                [pair.client],
                |row| row.get(0),
            )?)
        })
        .unwrap();
    let secret = Secret::from_bytes(secret.try_into().unwrap());
    let before = testing::everything(pair.business());

    let forged = forge(&genuine, &secret, &genuine_value, &forged_value);
    let e = sharing::receive(pair.business(), &forged, Utc::now()).unwrap_err();
    assert_eq!(e.code(), ErrorCode::ExchangeTampered, "{e}");
    assert!(e.to_string().contains(which.named()), "{e}");
    assert_eq!(testing::everything(pair.business()), before);

    let resealed = forge(&genuine, &secret, &genuine_value, genuine_value.as_bytes());
    sharing::receive(pair.business(), &resealed, Utc::now()).unwrap();
    assert_eq!(
        content(pair.business(), pair.client),
        content(pair.agency(), pair.client)
    );
}

#[test]
fn an_invitation_with_a_time_not_as_regia_writes_it_is_refused_whole() {
    invitation_refused(Forged::UpdatedAt);
}

#[test]
fn an_invitation_with_options_that_are_not_json_is_refused_whole() {
    invitation_refused(Forged::Options);
}

#[test]
fn an_invitation_with_a_reference_that_is_not_an_id_is_refused_whole() {
    invitation_refused(Forged::Group);
}

#[test]
fn a_file_of_changes_with_a_time_not_as_regia_writes_it_is_refused_whole() {
    changes_refused(Forged::UpdatedAt);
}

#[test]
fn a_file_of_changes_with_options_that_are_not_json_is_refused_whole() {
    changes_refused(Forged::Options);
}

#[test]
fn a_file_of_changes_with_a_reference_that_is_not_an_id_is_refused_whole() {
    changes_refused(Forged::Group);
}

#[test]
fn an_invitation_with_text_that_is_not_utf8_is_refused_whole() {
    invitation_refused(Forged::NotUtf8);
}

#[test]
fn a_file_of_changes_with_text_that_is_not_utf8_is_refused_whole() {
    changes_refused(Forged::NotUtf8);
}
