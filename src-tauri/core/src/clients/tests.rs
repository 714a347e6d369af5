use chrono::Utc;

use super::*;
use crate::error::ErrorKind;
use crate::ids::ClientId;

fn input(name: &str) -> ClientInput {
    ClientInput::named(name, Language::Italian)
}

fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("regia.db"), Utc::now()).unwrap();
    (dir, store)
}

#[test]
fn create_edit_and_read_back() {
    let (_dir, store) = temp_store();
    let client = create(&store, &input("  Trattoria da Mario "), Utc::now()).unwrap();
    assert_eq!(client.name, "Trattoria da Mario");
    assert_eq!(client.status, ClientStatus::Onboarding);
    let edited = ClientInput {
        sector: "Ristorazione".into(),
        place: "Bologna".into(),
        website: "trattoriadamario.it".into(),
        timezone: "Europe/Rome".into(),
        phase: Phase::Growth,
        status: ClientStatus::Active,
        language: Language::English,
        ..input("Trattoria da Mario")
    };
    let updated = update(&store, client.id, &edited, Utc::now()).unwrap();
    assert_eq!(updated.website, "https://trattoriadamario.it/");
    assert_eq!(
        (updated.phase, updated.status, updated.language),
        (Phase::Growth, ClientStatus::Active, Language::English)
    );
    assert_eq!(get(&store, client.id).unwrap(), updated);
}

#[test]
fn bad_input_names_its_field_and_keeps_what_was_saved() {
    let (_dir, store) = temp_store();
    let client = create(&store, &input("Bar Sport"), Utc::now()).unwrap();
    let cases: [(ClientInput, &str, ErrorCode); 5] = [
        (input("   "), "name", ErrorCode::Required),
        (input(&"x".repeat(201)), "name", ErrorCode::TooLong),
        (
            ClientInput {
                website: "not a site".into(),
                ..input("Bar Sport")
            },
            "website",
            ErrorCode::InvalidUrl,
        ),
        (
            ClientInput {
                timezone: "Mars/Olympus".into(),
                ..input("Bar Sport")
            },
            "timezone",
            ErrorCode::InvalidTimezone,
        ),
        (
            ClientInput {
                sector: "s".repeat(201),
                ..input("Bar Sport")
            },
            "sector",
            ErrorCode::TooLong,
        ),
    ];
    for (bad, field, code) in cases {
        let err = update(&store, client.id, &bad, Utc::now()).unwrap_err();
        assert_eq!(
            (err.kind(), err.field(), err.code()),
            (ErrorKind::Invalid, Some(field), code)
        );
        let err = create(&store, &bad, Utc::now()).unwrap_err();
        assert_eq!(err.field(), Some(field));
    }
    assert_eq!(get(&store, client.id).unwrap(), client);
    assert_eq!(list(&store, &ClientQuery::default()).unwrap().len(), 1);
}

#[test]
fn names_are_unique_whatever_the_case_and_spacing() {
    let (_dir, store) = temp_store();
    let first = create(&store, &input("Bar Sport"), Utc::now()).unwrap();
    let second = create(&store, &input("Gelateria Sole"), Utc::now()).unwrap();
    let err = create(&store, &input("  bar   SPORT"), Utc::now()).unwrap_err();
    assert_eq!(
        (err.kind(), err.code(), err.field()),
        (ErrorKind::Conflict, ErrorCode::DuplicateName, Some("name"))
    );
    assert_eq!(err.params()["name"], "Bar Sport");
    let err = update(&store, second.id, &input("BAR SPORT"), Utc::now()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DuplicateName);
    // Renaming a client to its own name in another case is fine.
    assert_eq!(
        update(&store, first.id, &input("BAR SPORT"), Utc::now())
            .unwrap()
            .name,
        "BAR SPORT"
    );
}

#[test]
fn archive_hides_and_restore_brings_back_the_old_status() {
    let (_dir, store) = temp_store();
    let client = create(
        &store,
        &ClientInput {
            status: ClientStatus::Paused,
            ..input("Ottica Verdi")
        },
        Utc::now(),
    )
    .unwrap();
    let archived = archive(&store, client.id, Utc::now()).unwrap();
    assert_eq!(archived.status, ClientStatus::Archived);
    assert!(list(&store, &ClientQuery::default()).unwrap().is_empty());
    let all = list(
        &store,
        &ClientQuery {
            include_archived: true,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(all.len(), 1);
    // Archiving twice must not forget the status to restore.
    archive(&store, client.id, Utc::now()).unwrap();
    assert_eq!(
        restore(&store, client.id, Utc::now()).unwrap().status,
        ClientStatus::Paused
    );
    assert_eq!(list(&store, &ClientQuery::default()).unwrap().len(), 1);
}

#[test]
fn search_matches_every_word_in_name_sector_or_place() {
    let (_dir, store) = temp_store();
    for (name, sector, place) in [
        ("Trattoria da Mario", "Ristorazione", "Bologna"),
        ("Pizzeria Napoli", "Ristorazione", "Milano"),
        ("Ottica Verdi", "Ottica", "Bologna"),
    ] {
        let c = ClientInput {
            sector: sector.into(),
            place: place.into(),
            ..input(name)
        };
        create(&store, &c, Utc::now()).unwrap();
    }
    let names = |search: &str| -> Vec<String> {
        list(
            &store,
            &ClientQuery {
                search: search.into(),
                include_archived: false,
            },
        )
        .unwrap()
        .into_iter()
        .map(|c| c.name)
        .collect()
    };
    assert_eq!(names("bologna"), ["Ottica Verdi", "Trattoria da Mario"]);
    assert_eq!(names("ristorazione MILANO"), ["Pizzeria Napoli"]);
    assert_eq!(
        names("  "),
        ["Ottica Verdi", "Pizzeria Napoli", "Trattoria da Mario"]
    );
    assert!(names("sushi").is_empty());
}

#[test]
fn unknown_ids_are_not_found() {
    let (_dir, store) = temp_store();
    let ghost = ClientId::new();
    for err in [
        get(&store, ghost).unwrap_err(),
        update(&store, ghost, &input("X"), Utc::now()).unwrap_err(),
        archive(&store, ghost, Utc::now()).unwrap_err(),
        restore(&store, ghost, Utc::now()).unwrap_err(),
    ] {
        assert_eq!(err.kind(), ErrorKind::NotFound);
    }
}

#[test]
fn a_new_client_gets_the_whole_questionnaire() {
    let (_dir, store) = temp_store();
    let client = create(&store, &input("Bar Sport"), Utc::now()).unwrap();
    let summary = &list(&store, &ClientQuery::default()).unwrap()[0];
    assert_eq!(summary.questionnaire.answered, 0);
    assert_eq!(
        summary.questionnaire.total as usize,
        questionnaire::template().questions().count()
    );
    assert_eq!(summary.id, client.id);
}
