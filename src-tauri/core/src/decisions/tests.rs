use chrono::{Duration, Utc};

use super::*;
use crate::error::ErrorKind;
use crate::strategy::{self, ObjectiveCategory, ObjectiveInput};
use crate::testing::{Fixture, add_client, fixture, question};

fn input(title: &str) -> DecisionInput {
    DecisionInput {
        title: title.into(),
        context: "Il sabato il forno è pieno".into(),
        options: vec!["Instagram".into(), "  ".into(), "Facebook".into()],
        choice: "Instagram".into(),
        rationale: "I clienti giovani sono lì".into(),
        proposed_by: Side::Agency,
        subject: None,
        supersedes: None,
    }
}

fn meeting() -> ApprovalInput {
    ApprovalInput {
        by: "Maria Rossi".into(),
        via: Some(ApprovalVia::Meeting),
        at: time::to_text(Utc::now()),
    }
}

fn new(f: &Fixture, title: &str) -> Decision {
    create(&f.store, f.client, &input(title), Utc::now()).unwrap()
}

#[test]
fn a_decision_is_proposed_edited_and_approved_with_who_how_and_when() {
    let f = fixture(Side::Agency);
    let d = new(&f, "Aprire Instagram");
    assert_eq!(d.status, DecisionStatus::Proposed);
    assert_eq!(
        d.options,
        ["Instagram", "Facebook"],
        "empty options are dropped"
    );
    let edited = update(
        &f.store,
        d.id,
        &DecisionInput {
            rationale: "Lo chiedono i clienti".into(),
            ..input("Aprire Instagram")
        },
        Utc::now(),
    )
    .unwrap();
    assert_eq!(edited.rationale, "Lo chiedono i clienti");

    let approved = decide(&f.store, d.id, Outcome::Approve, &meeting(), Utc::now()).unwrap();
    assert_eq!(approved.status, DecisionStatus::Approved);
    assert_eq!(approved.decided_by.as_deref(), Some("Maria Rossi"));
    assert_eq!(approved.decided_via, Some(ApprovalVia::Meeting));
    assert!(approved.decided_at.is_some());

    // A decided decision cannot be edited, deleted or decided again.
    let e = update(&f.store, d.id, &input("Altro"), Utc::now()).unwrap_err();
    assert_eq!(
        (e.kind(), e.code()),
        (ErrorKind::Conflict, ErrorCode::IllegalTransition)
    );
    assert_eq!(
        delete(&f.store, d.id).unwrap_err().code(),
        ErrorCode::IllegalTransition
    );
    let e = decide(&f.store, d.id, Outcome::Reject, &meeting(), Utc::now()).unwrap_err();
    assert_eq!(e.params().get("from").map(String::as_str), Some("approved"));
}

#[test]
fn illegal_transitions_are_refused() {
    let f = fixture(Side::Agency);
    let rejected = new(&f, "TikTok subito");
    decide(
        &f.store,
        rejected.id,
        Outcome::Reject,
        &meeting(),
        Utc::now(),
    )
    .unwrap();
    let e = decide(
        &f.store,
        rejected.id,
        Outcome::Approve,
        &meeting(),
        Utc::now(),
    )
    .unwrap_err();
    assert_eq!(e.code(), ErrorCode::IllegalTransition);

    // Only an approved decision can be superseded.
    let e = create(
        &f.store,
        f.client,
        &DecisionInput {
            supersedes: Some(rejected.id),
            ..input("TikTok più avanti")
        },
        Utc::now(),
    )
    .unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        (ErrorCode::IllegalTransition, Some("supersedes"))
    );

    let old = new(&f, "Due post a settimana");
    decide(&f.store, old.id, Outcome::Approve, &meeting(), Utc::now()).unwrap();
    let newer = create(
        &f.store,
        f.client,
        &DecisionInput {
            supersedes: Some(old.id),
            ..input("Tre post a settimana")
        },
        Utc::now(),
    )
    .unwrap();
    // Proposing the newer one changes nothing yet; approving it supersedes the old.
    assert_eq!(find_in(&f, old.id).status, DecisionStatus::Approved);
    decide(&f.store, newer.id, Outcome::Approve, &meeting(), Utc::now()).unwrap();
    let old = find_in(&f, old.id);
    assert_eq!(
        (old.status, old.superseded_by),
        (DecisionStatus::Superseded, Some(newer.id))
    );
    assert_eq!(
        old.decided_by.as_deref(),
        Some("Maria Rossi"),
        "superseding keeps who decided"
    );
}

fn find_in(f: &Fixture, id: DecisionId) -> Decision {
    f.store.read(|c| find(c, id)).unwrap()
}

#[test]
fn an_agency_records_how_and_when_the_business_answered() {
    let f = fixture(Side::Agency);
    let d = new(&f, "Aprire Instagram");
    let cases = [
        (
            ApprovalInput {
                by: " ".into(),
                ..meeting()
            },
            "by",
            ErrorCode::Required,
        ),
        (
            ApprovalInput {
                via: None,
                ..meeting()
            },
            "via",
            ErrorCode::Required,
        ),
        (
            ApprovalInput {
                via: Some(ApprovalVia::InApp),
                ..meeting()
            },
            "via",
            ErrorCode::Required,
        ),
        (
            ApprovalInput {
                at: "ieri".into(),
                ..meeting()
            },
            "at",
            ErrorCode::InvalidDate,
        ),
        (
            ApprovalInput {
                at: time::to_text(Utc::now() + Duration::hours(2)),
                ..meeting()
            },
            "at",
            ErrorCode::FutureDate,
        ),
        (
            ApprovalInput {
                at: time::to_text(Utc::now() - Duration::days(2)),
                ..meeting()
            },
            "at",
            ErrorCode::BeforeSubmission,
        ),
    ];
    for (approval, field, code) in cases {
        let e = decide(&f.store, d.id, Outcome::Approve, &approval, Utc::now()).unwrap_err();
        assert_eq!((e.field(), e.code()), (Some(field), code), "{field}");
    }
    assert_eq!(
        find_in(&f, d.id).status,
        DecisionStatus::Proposed,
        "nothing was decided"
    );
    let by_phone = ApprovalInput {
        via: Some(ApprovalVia::Phone),
        ..meeting()
    };
    let d = decide(&f.store, d.id, Outcome::Approve, &by_phone, Utc::now()).unwrap();
    assert_eq!(d.decided_via, Some(ApprovalVia::Phone));
}

#[test]
fn a_business_decides_in_the_app() {
    let f = fixture(Side::Business);
    let d = create(
        &f.store,
        f.client,
        &DecisionInput {
            proposed_by: Side::Agency,
            ..input("Aprire Instagram")
        },
        Utc::now(),
    )
    .unwrap();
    let d = decide(
        &f.store,
        d.id,
        Outcome::Approve,
        &ApprovalInput {
            by: "Giulia".into(),
            via: None,
            at: String::new(),
        },
        Utc::now(),
    )
    .unwrap();
    assert_eq!(
        (d.decided_via, d.decided_by.as_deref()),
        (Some(ApprovalVia::InApp), Some("Giulia"))
    );
}

#[test]
fn decisions_are_about_something_of_the_same_client() {
    let f = fixture(Side::Agency);
    let s = strategy::save_objective(
        &f.store,
        f.client,
        &ObjectiveInput::new_macro("Farsi conoscere", ObjectiveCategory::Awareness),
        Utc::now(),
    )
    .unwrap();
    let objective = s.document.objectives[0].id;
    let about = |kind, id: String| DecisionInput {
        subject: Some(Subject { kind, id }),
        ..input("Obiettivo")
    };
    let d = create(
        &f.store,
        f.client,
        &about(SubjectKind::Objective, objective.to_string()),
        Utc::now(),
    )
    .unwrap();
    assert_eq!(d.subject_label, "Farsi conoscere");
    let answer = question(&f.store, f.client, "goals.macro");
    let d = create(
        &f.store,
        f.client,
        &about(SubjectKind::Answer, answer.to_string()),
        Utc::now(),
    )
    .unwrap();
    assert_eq!(
        d.subject_label,
        "Quali obiettivi principali diamo ai social?"
    );

    let other = add_client(&f.store, "Bar Sport");
    let e = create(
        &f.store,
        other,
        &about(SubjectKind::Objective, objective.to_string()),
        Utc::now(),
    )
    .unwrap_err();
    assert_eq!(
        (e.field(), e.code()),
        (Some("subject"), ErrorCode::NotFound)
    );
    let e = create(
        &f.store,
        f.client,
        &about(SubjectKind::Pillar, "nonsense".into()),
        Utc::now(),
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("subject"));
}

#[test]
fn the_log_filters_and_searches() {
    let f = fixture(Side::Agency);
    let a = new(&f, "Aprire Instagram");
    new(&f, "Chiudere Twitter");
    create(
        &f.store,
        f.client,
        &DecisionInput {
            proposed_by: Side::Business,
            rationale: "Più vicino alla clientela".into(),
            ..input("Foto dei clienti")
        },
        Utc::now(),
    )
    .unwrap();
    decide(&f.store, a.id, Outcome::Approve, &meeting(), Utc::now()).unwrap();

    let titles = |q: DecisionQuery| -> Vec<String> {
        list(&f.store, f.client, &q)
            .unwrap()
            .into_iter()
            .map(|d| d.title)
            .collect()
    };
    assert_eq!(
        titles(DecisionQuery::default()),
        ["Foto dei clienti", "Chiudere Twitter", "Aprire Instagram"]
    );
    assert_eq!(
        titles(DecisionQuery {
            status: Some(DecisionStatus::Approved),
            ..Default::default()
        }),
        ["Aprire Instagram"]
    );
    assert_eq!(
        titles(DecisionQuery {
            proposed_by: Some(Side::Business),
            ..Default::default()
        }),
        ["Foto dei clienti"]
    );
    assert_eq!(
        titles(DecisionQuery {
            search: "CLIENTELA".into(),
            ..Default::default()
        }),
        ["Foto dei clienti"]
    );
    assert_eq!(
        titles(DecisionQuery {
            search: "twitter chiudere".into(),
            ..Default::default()
        }),
        ["Chiudere Twitter"]
    );
    assert!(
        titles(DecisionQuery {
            search: "nulla di simile".into(),
            ..Default::default()
        })
        .is_empty()
    );
    // Another client's log is its own.
    let other = add_client(&f.store, "Bar Sport");
    assert!(
        list(&f.store, other, &DecisionQuery::default())
            .unwrap()
            .is_empty()
    );
}

#[test]
fn the_database_itself_keeps_a_decided_decision_as_it_was() {
    let f = fixture(Side::Agency);
    let d = new(&f, "Aprire Instagram");
    decide(&f.store, d.id, Outcome::Approve, &meeting(), Utc::now()).unwrap();
    for sql in [
        "UPDATE decisions SET choice = 'Facebook' WHERE id = ?1",
        "UPDATE decisions SET status = 'proposed', decided_at = NULL WHERE id = ?1",
        "UPDATE decisions SET status = 'superseded', decided_by = 'Altri' WHERE id = ?1",
    ] {
        assert!(
            f.store.write(|tx| Ok(tx.execute(sql, [d.id])?)).is_err(),
            "{sql}"
        );
    }
    assert!(
        f.store
            .write(|tx| Ok(tx.execute(
                "UPDATE decisions SET status = 'superseded' WHERE id = ?1",
                [d.id]
            )?))
            .is_ok()
    );
}
