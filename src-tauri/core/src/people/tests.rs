use chrono::Utc;

use super::*;
use crate::clients::ClientInput;
use crate::enums::Language;
use crate::error::ErrorKind;

fn setup() -> (tempfile::TempDir, Store, ClientId) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("regia.db"), Utc::now()).unwrap();
    let client = clients::create(
        &store,
        &ClientInput::named("Forno Rossi", Language::Italian),
        Utc::now(),
    )
    .unwrap();
    (dir, store, client.id)
}

fn anna() -> PersonInput {
    PersonInput {
        name: "Anna Rossi".into(),
        side: Side::Business,
        role: "Titolare".into(),
        weekly_hours: 3.5,
        skills: Skills {
            photo: 2,
            community: 1,
            ..Skills::default()
        },
    }
}

#[test]
fn people_on_both_sides_are_listed_agency_first() {
    let (_dir, store, client) = setup();
    create(&store, client, &anna(), Utc::now()).unwrap();
    let luca = PersonInput {
        name: "Luca Bianchi".into(),
        side: Side::Agency,
        role: "Account".into(),
        weekly_hours: 6.0,
        skills: Skills {
            strategy: 3,
            analytics: 2,
            ..Skills::default()
        },
    };
    create(&store, client, &luca, Utc::now()).unwrap();
    let people = list(&store, client).unwrap();
    let names: Vec<_> = people.iter().map(|p| (p.name.as_str(), p.side)).collect();
    assert_eq!(
        names,
        [
            ("Luca Bianchi", Side::Agency),
            ("Anna Rossi", Side::Business)
        ]
    );
    assert_eq!(people[1].skills.photo, 2);
    assert_eq!(people[1].weekly_hours, 3.5);
}

#[test]
fn edit_and_delete() {
    let (_dir, store, client) = setup();
    let person = create(&store, client, &anna(), Utc::now()).unwrap();
    let edited = update(
        &store,
        person.id,
        &PersonInput {
            weekly_hours: 8.0,
            skills: Skills {
                video: 3,
                ..anna().skills
            },
            ..anna()
        },
        Utc::now(),
    )
    .unwrap();
    assert_eq!(
        (
            edited.weekly_hours,
            edited.skills.video,
            edited.skills.photo
        ),
        (8.0, 3, 2)
    );
    delete(&store, person.id).unwrap();
    assert!(list(&store, client).unwrap().is_empty());
    assert_eq!(
        delete(&store, person.id).unwrap_err().kind(),
        ErrorKind::NotFound
    );
}

#[test]
fn bad_hours_skills_and_names_are_refused_with_their_field() {
    let (_dir, store, client) = setup();
    let person = create(&store, client, &anna(), Utc::now()).unwrap();
    let cases = [
        (
            PersonInput {
                weekly_hours: -1.0,
                ..anna()
            },
            "weeklyHours",
        ),
        (
            PersonInput {
                weekly_hours: 169.0,
                ..anna()
            },
            "weeklyHours",
        ),
        (
            PersonInput {
                weekly_hours: f64::NAN,
                ..anna()
            },
            "weeklyHours",
        ),
        (
            PersonInput {
                skills: Skills {
                    video: 4,
                    ..Skills::default()
                },
                ..anna()
            },
            "skills.video",
        ),
        (
            PersonInput {
                name: " ".into(),
                ..anna()
            },
            "name",
        ),
        (
            PersonInput {
                role: "r".repeat(201),
                ..anna()
            },
            "role",
        ),
    ];
    for (bad, field) in cases {
        let err = update(&store, person.id, &bad, Utc::now()).unwrap_err();
        assert_eq!((err.kind(), err.field()), (ErrorKind::Invalid, Some(field)));
        assert_eq!(
            create(&store, client, &bad, Utc::now())
                .unwrap_err()
                .field(),
            Some(field)
        );
    }
    assert_eq!(list(&store, client).unwrap(), [person]);
}

#[test]
fn a_person_needs_an_existing_client() {
    let (_dir, store, _client) = setup();
    let err = create(&store, ClientId::new(), &anna(), Utc::now()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(
        list(&store, ClientId::new()).unwrap_err().kind(),
        ErrorKind::NotFound
    );
    assert_eq!(
        update(&store, PersonId::new(), &anna(), Utc::now())
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
}
