//! Sharing's files: the invitation (`preview_invitation`,
//! `accept_invitation`) and the files of changes, opened by hand
//! (`open_changes_file`) or found in the shared folder (`sync_share`).
//!
//! Genuine files come from two installs paired through the public API.
//! Besides arbitrary bytes and damage (which the HMAC refuses), a file is
//! also altered and sealed again with the pairing's key: what a buggy peer
//! could send, and what anyone can do to an invitation, which carries its
//! own key. Those reach the changeset reader and the apply behind it: a
//! file taken in, sealed again or not, leaves every screen readable.

use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;

use super::{Damage, Seed, damaged, damages, everything, now, refusal, still_readable, unchanged};
use crate::calendar::{ItemStatus, items, workflow};
use crate::enums::Side;
use crate::ids::ClientId;
use crate::people::{self, PersonInput};
use crate::sharing::envelope::{self, FileKind, Secret};
use crate::sharing::{self, folder};
use crate::store::{LATEST_VERSION, Store};
use crate::testing;

/// Two installs paired through the public API, and the first file of
/// changes each made afterwards (neither applied yet).
struct Paired {
    /// The business before it accepted the invitation.
    lone: Seed,
    agency: Seed,
    business: Seed,
    invitation: Vec<u8>,
    to_business: Vec<u8>,
    to_agency: Vec<u8>,
    pairing: String,
    secret: Secret,
    agency_install: String,
    business_install: String,
    /// The agency's client it does not share.
    unshared: ClientId,
}

fn install_id(store: &Store) -> String {
    crate::profile::get(store).unwrap().unwrap().id.to_string()
}

fn paired() -> &'static Paired {
    static PAIRED: OnceLock<Paired> = OnceLock::new();
    PAIRED.get_or_init(|| {
        let agency = testing::plan(Side::Agency);
        let unshared = testing::add_client(&agency.f.store, "Ottica Bianchi");
        let post = agency.item("facebook", None, "02/12/2026", ItemStatus::Draft);
        let gone = agency.item("instagram", None, "03/12/2026", ItemStatus::InReview);
        let business = testing::fixture(Side::Business);
        let lone = Seed::of(&business);
        let dir = business._dir.path();
        let invitation = dir.join("invito.regiax");
        sharing::invite(&agency.f.store, agency.f.client, &invitation, now()).unwrap();
        let client = sharing::accept_invitation(&business.store, &invitation, now()).unwrap();

        // Some of everything travels: an edit, a new row, a delete, a comment.
        agency.item(
            "instagram",
            Some(agency.copywriting),
            "04/12/2026",
            ItemStatus::Draft,
        );
        items::delete(&agency.f.store, gone, now()).unwrap();
        workflow::add_comment(&agency.f.store, post, "Marco", "Va bene così?", now()).unwrap();
        workflow::add_comment(&business.store, post, "Giulia", "Sì, grazie", now()).unwrap();
        let person = PersonInput {
            name: "Sara".into(),
            side: Side::Business,
            role: "Banco".into(),
            weekly_hours: 10.0,
            skills: Default::default(),
        };
        people::create(&business.store, client, &person, now()).unwrap();
        let to_business = dir.join("a1.regiax");
        let to_agency = dir.join("b1.regiax");
        sharing::save_changes(&agency.f.store, client, &to_business, now()).unwrap();
        sharing::save_changes(&business.store, client, &to_agency, now()).unwrap();

        let (pairing, secret): (String, Vec<u8>) = agency
            .f
            .store
            .read(|conn| {
                Ok(conn.query_row(
                    "SELECT pairing, secret FROM shares WHERE client_id = ?1",
                    [client],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )?)
            })
            .unwrap();
        let business = testing::Fixture { client, ..business };
        Paired {
            lone,
            agency: Seed::of(&agency.f),
            business: Seed::of(&business),
            invitation: std::fs::read(&invitation).unwrap(),
            to_business: std::fs::read(&to_business).unwrap(),
            to_agency: std::fs::read(&to_agency).unwrap(),
            pairing,
            secret: Secret::from_bytes(secret.try_into().unwrap()),
            agency_install: install_id(&agency.f.store),
            business_install: install_id(&business.store),
            unshared,
        }
    })
}

/// What a sealed file's header may say instead of the truth.
#[derive(Debug, Clone)]
enum Claim {
    Nothing,
    Sequence(u64),
    AnotherClient,
    TheUnsharedClient,
    SentByTheReceiver,
    SentBy(String),
    AnotherPairing,
    Schema(i64),
    Format(u32),
    Kind(FileKind),
    /// An invitation's own key and agency name.
    Invitation(String, String),
    NoInvitation,
}

/// A file as it arrives: bytes that never were one, a genuine one damaged,
/// or one altered and sealed again with the key.
#[derive(Debug, Clone)]
enum Arrival {
    Bytes(Vec<u8>),
    Damaged(Vec<Damage>),
    Resealed(Claim, Vec<Damage>),
}

fn claim() -> impl Strategy<Value = Claim> {
    prop_oneof![
        6 => Just(Claim::Nothing),
        1 => prop::sample::select(vec![0, 2, u64::MAX]).prop_map(Claim::Sequence),
        1 => Just(Claim::AnotherClient),
        1 => Just(Claim::TheUnsharedClient),
        1 => Just(Claim::SentByTheReceiver),
        1 => "[a-z0-9-]{0,40}".prop_map(Claim::SentBy),
        1 => Just(Claim::AnotherPairing),
        1 => prop::sample::select(vec![0, 1, LATEST_VERSION - 1, LATEST_VERSION + 1, i64::MIN])
            .prop_map(Claim::Schema),
        1 => prop::sample::select(vec![0, 2, u32::MAX]).prop_map(Claim::Format),
        1 => prop::sample::select(FileKind::ALL.to_vec()).prop_map(Claim::Kind),
        1 => ("[0-9a-f]{64}|[0-9a-z]{0,70}", any::<String>())
            .prop_map(|(key, agency)| Claim::Invitation(key, agency)),
        1 => Just(Claim::NoInvitation),
    ]
}

fn arrival() -> impl Strategy<Value = Arrival> {
    let payload = prop_oneof![
        1 => Just(Vec::new()),
        3 => damages(),
    ];
    prop_oneof![
        1 => prop::collection::vec(any::<u8>(), 0..512).prop_map(|mut bytes| {
            // Half of them get past the magic.
            if bytes.first().is_some_and(|b| b % 2 == 0) {
                bytes.splice(0..0, envelope::MAGIC.iter().copied());
            }
            Arrival::Bytes(bytes)
        }),
        2 => damages().prop_map(Arrival::Damaged),
        5 => (claim(), payload).prop_map(|(claim, damages)| Arrival::Resealed(claim, damages)),
    ]
}

impl Arrival {
    /// The bytes that arrive instead of `genuine`, sealed with `secret`
    /// (the invitation's own key, for an invitation).
    fn bytes(&self, genuine: &[u8], secret: &Secret, receiver: &str) -> Vec<u8> {
        let (claim, damages) = match self {
            Self::Bytes(bytes) => return bytes.clone(),
            Self::Damaged(damages) => return damaged(genuine.to_vec(), damages),
            Self::Resealed(claim, damages) => (claim, damages),
        };
        let header = envelope::peek(genuine).unwrap();
        let expected = envelope::Expected {
            pairing: &header.pairing,
            sender: None,
            secret,
            last_sequence: header.sequence.saturating_sub(1),
        };
        let (mut header, payload) = envelope::open(genuine, &expected).unwrap();
        let mut secret = secret.clone();
        match claim {
            Claim::Nothing => {}
            Claim::Sequence(n) => header.sequence = *n,
            Claim::AnotherClient => header.client = ClientId::new(),
            Claim::TheUnsharedClient => header.client = paired().unshared,
            Claim::SentByTheReceiver => receiver.clone_into(&mut header.sender),
            Claim::SentBy(sender) => sender.clone_into(&mut header.sender),
            Claim::AnotherPairing => header.pairing = uuid::Uuid::now_v7().to_string(),
            Claim::Schema(n) => header.schema = *n,
            Claim::Format(n) => header.format = *n,
            Claim::Kind(kind) => header.kind = *kind,
            Claim::Invitation(key, agency) => {
                let invitation = envelope::Invitation {
                    secret: key.clone(),
                    agency: agency.clone(),
                };
                // A forger seals with the key the file names.
                if let Ok(named) = invitation.secret() {
                    secret = named;
                }
                header.invitation = Some(invitation);
            }
            Claim::NoInvitation => header.invitation = None,
        }
        envelope::seal(&header, &damaged(payload, damages), &secret).unwrap()
    }
}

/// The secret an invitation names.
fn own_key(invitation: &[u8]) -> Secret {
    envelope::peek(invitation)
        .unwrap()
        .invitation
        .unwrap()
        .secret()
        .unwrap()
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn an_invitation_is_accepted_whole_or_refused_without_a_trace(arrival in arrival()) {
        let p = paired();
        let file = arrival.bytes(&p.invitation, &own_key(&p.invitation), &p.business_install);
        let f = p.lone.install();
        let path = f._dir.path().join("invito.regiax");
        write(&path, &file);
        let before = everything(&f.store);

        let preview = sharing::preview_invitation(&f.store, &path);
        refusal(&preview)?;
        unchanged(&f.store, &before, "a preview writes nothing")?;
        let accepted = sharing::accept_invitation(&f.store, &path, now());
        refusal(&accepted)?;
        match accepted {
            Err(_) => {
                unchanged(&f.store, &before, "refused, yet written")?;
            }
            Ok(client) => {
                prop_assert!(preview.is_ok(), "accepted, though the preview failed: {:?}", preview);
                still_readable(&f.store, client)?;
            }
        }
    }

    #[test]
    fn a_file_of_changes_is_applied_whole_or_refused_without_a_trace(
        arrival in arrival(),
        to_business in any::<bool>(),
        through_folder in any::<bool>(),
    ) {
        let p = paired();
        let (seed, genuine, receiver, sender) = if to_business {
            (&p.business, &p.to_business, &p.business_install, Side::Agency)
        } else {
            (&p.agency, &p.to_agency, &p.agency_install, Side::Business)
        };
        let file = arrival.bytes(genuine, &p.secret, receiver);
        let f = seed.install();
        let received = if through_folder {
            let shared = f._dir.path().join("condivisa");
            std::fs::create_dir(&shared).unwrap();
            sharing::set_folder(&f.store, f.client, Some(&shared), now()).unwrap();
            write(&shared.join(folder::name(&p.pairing, sender, 1)), &file);
            let before = everything(&f.store);
            let report = sharing::sync(&f.store, f.client, now());
            refusal(&report)?;
            let report = report.unwrap();
            if let Some(refused) = &report.refused {
                prop_assert_ne!(refused.code, crate::ErrorCode::Internal, "{}", refused.message);
            }
            if report.received.is_empty() {
                unchanged(&f.store, &before, "refused, yet written")?;
            }
            !report.received.is_empty()
        } else {
            let path = f._dir.path().join("modifiche.regiax");
            write(&path, &file);
            let before = everything(&f.store);
            let opened = sharing::open_changes(&f.store, &path, now());
            refusal(&opened)?;
            if opened.is_err() {
                unchanged(&f.store, &before, "refused, yet written")?;
            }
            opened.is_ok()
        };
        if received {
            still_readable(&f.store, f.client)?;
        }
    }
}
