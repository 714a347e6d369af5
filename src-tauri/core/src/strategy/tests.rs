use chrono::{Duration, Utc};

use super::*;
use crate::decisions::{self, ApprovalInput, ApprovalVia, DecisionQuery, DecisionStatus};
use crate::enums::Side;
use crate::error::ErrorKind;
use crate::questionnaire::AnswerInput;
use crate::testing::{Fixture, add_client, answer, fixture};

mod properties;

fn segment(f: &Fixture, name: &str) -> Strategy {
    save_segment(
        &f.store,
        f.client,
        &SegmentInput {
            id: None,
            name: name.into(),
            description: String::new(),
        },
        Utc::now(),
    )
    .unwrap()
}

fn card(f: &Fixture, segment_id: Option<SegmentId>, block: Block, text: &str) -> Result<Strategy> {
    save_card(
        &f.store,
        f.client,
        &CardInput {
            id: None,
            segment_id,
            block,
            text: text.into(),
            rank: 0,
        },
        Utc::now(),
    )
}

fn micro_input(parent: ObjectiveId, title: &str) -> ObjectiveInput {
    ObjectiveInput {
        parent_id: Some(parent),
        category: None,
        channel: Some("instagram".into()),
        metric: "followers".into(),
        baseline: "1.200".into(),
        target: "1.500".into(),
        frequency: Some(Frequency::Month),
        period_start: "01/01/2027".into(),
        deadline: "30/06/2027".into(),
        ..ObjectiveInput::new_macro(title, ObjectiveCategory::Awareness)
    }
}

fn channel_input(channel: &str) -> PlanChannelInput {
    PlanChannelInput {
        id: None,
        channel: channel.into(),
        name: String::new(),
        role: "Vetrina".into(),
        audience: "Famiglie".into(),
        importance: 4,
        posts_per_week: 3.0,
        status: PlanChannelStatus::Active,
    }
}

pub(super) fn agency_approval() -> ApprovalInput {
    ApprovalInput {
        by: "Maria Rossi".into(),
        via: Some(ApprovalVia::Meeting),
        at: time::to_text(Utc::now()),
    }
}

fn field_of(e: &Error) -> (ErrorKind, ErrorCode, Option<&str>) {
    (e.kind(), e.code(), e.field())
}

#[test]
fn a_canvas_is_built_ordered_and_ranked_per_segment() {
    let f = fixture(Side::Agency);
    let s = segment(&f, "Famiglie del quartiere");
    let families = s.document.segments[0].id;
    let s = segment(&f, "Turisti");
    let tourists = s.document.segments[1].id;
    card(
        &f,
        Some(families),
        Block::Jobs,
        "Colazione veloce prima del lavoro",
    )
    .unwrap();
    card(&f, Some(families), Block::Jobs, "Torta per il compleanno").unwrap();
    card(&f, Some(tourists), Block::Jobs, "Assaggiare i dolci tipici").unwrap();
    card(&f, None, Block::Values, "Lievito madre").unwrap();
    let s = set_mission(&f.store, f.client, "  Pane buono ogni mattina ", Utc::now()).unwrap();
    assert_eq!(s.document.mission, "Pane buono ogni mattina");

    let jobs: Vec<_> = s.document.segments[0]
        .cards
        .iter()
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(
        jobs,
        [
            "Colazione veloce prima del lavoro",
            "Torta per il compleanno"
        ]
    );
    assert_eq!(s.document.segments[1].cards.len(), 1);
    assert_eq!(s.document.cards[0].block, Block::Values);

    // Reorder and rank.
    let second = s.document.segments[0].cards[1].id;
    let s = move_item(&f.store, ItemRef::Card(second), Direction::Up, Utc::now()).unwrap();
    assert_eq!(s.document.segments[0].cards[0].id, second);
    let s = move_item(&f.store, ItemRef::Card(second), Direction::Up, Utc::now()).unwrap();
    assert_eq!(
        s.document.segments[0].cards[0].id, second,
        "the first stays first"
    );
    let s = save_card(
        &f.store,
        f.client,
        &CardInput {
            id: Some(second),
            segment_id: Some(families),
            block: Block::Jobs,
            text: "Torta per il compleanno dei bambini".into(),
            rank: 3,
        },
        Utc::now(),
    )
    .unwrap();
    let edited = &s.document.segments[0].cards[0];
    assert_eq!(
        (edited.text.as_str(), edited.rank),
        ("Torta per il compleanno dei bambini", 3)
    );

    // Segments move too, and removing one takes its cards.
    let s = move_item(
        &f.store,
        ItemRef::Segment(tourists),
        Direction::Up,
        Utc::now(),
    )
    .unwrap();
    assert_eq!(s.document.segments[0].id, tourists);
    let s = remove_item(&f.store, ItemRef::Segment(families), Utc::now()).unwrap();
    assert_eq!(s.document.segments.len(), 1);
    let left: i64 = f
        .store
        .read(|c| {
            Ok(c.query_row(
                "SELECT count(*) FROM strategy_cards WHERE segment_id IS NOT NULL",
                [],
                |r| r.get(0),
            )?)
        })
        .unwrap();
    assert_eq!(left, 1);
}

#[test]
fn cards_are_refused_in_the_wrong_place_or_empty() {
    let f = fixture(Side::Agency);
    let s = segment(&f, "Famiglie");
    let seg = s.document.segments[0].id;
    let e = card(&f, None, Block::Pains, "Poco tempo").unwrap_err();
    assert_eq!(
        field_of(&e),
        (ErrorKind::Invalid, ErrorCode::Required, Some("segmentId"))
    );
    let e = card(&f, Some(seg), Block::Values, "Onestà").unwrap_err();
    assert_eq!(
        field_of(&e),
        (
            ErrorKind::Invalid,
            ErrorCode::InvalidChoice,
            Some("segmentId")
        )
    );
    let e = card(&f, Some(seg), Block::Pains, "   ").unwrap_err();
    assert_eq!(
        field_of(&e),
        (ErrorKind::Invalid, ErrorCode::Required, Some("text"))
    );
    let e = card(&f, Some(seg), Block::Pains, &"x".repeat(501)).unwrap_err();
    assert_eq!(
        field_of(&e),
        (ErrorKind::Invalid, ErrorCode::TooLong, Some("text"))
    );

    // A segment of another client is not this client's.
    let other = add_client(&f.store, "Bar Sport");
    let e = save_card(
        &f.store,
        other,
        &CardInput {
            id: None,
            segment_id: Some(seg),
            block: Block::Pains,
            text: "Code".into(),
            rank: 0,
        },
        Utc::now(),
    )
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound);
    assert!(
        load(&f.store, f.client).unwrap().document.segments[0]
            .cards
            .is_empty()
    );
}

#[test]
fn objectives_form_a_tree_with_a_smart_check() {
    let f = fixture(Side::Agency);
    let s = save_objective(
        &f.store,
        f.client,
        &ObjectiveInput::new_macro("Farsi conoscere in città", ObjectiveCategory::Awareness),
        Utc::now(),
    )
    .unwrap();
    let awareness = s.document.objectives[0].id;
    save_objective(
        &f.store,
        f.client,
        &ObjectiveInput::new_macro("Prenotazioni per le torte", ObjectiveCategory::Specific),
        Utc::now(),
    )
    .unwrap();
    let s = save_objective(
        &f.store,
        f.client,
        &micro_input(awareness, "Più follower su Instagram"),
        Utc::now(),
    )
    .unwrap();
    let micro = &s.document.objectives[0].micros[0];
    assert_eq!((micro.baseline, micro.target), (Some(1200.0), Some(1500.0)));
    assert_eq!(
        micro.period_start,
        chrono::NaiveDate::from_ymd_opt(2027, 1, 1)
    );
    // Instagram is not in the channel plan yet: not relevant (R) until it is.
    assert_eq!(micro.smart, [SmartGap::ChannelNotInPlan]);
    let s = save_plan_channel(&f.store, f.client, &channel_input("instagram"), Utc::now()).unwrap();
    assert!(
        s.document.objectives[0].micros[0].smart.is_empty(),
        "SMART once the plan has the channel"
    );

    let bare = ObjectiveInput {
        channel: None,
        metric: String::new(),
        baseline: String::new(),
        target: String::new(),
        deadline: String::new(),
        ..micro_input(awareness, "Qualcosa sui social")
    };
    let s = save_objective(&f.store, f.client, &bare, Utc::now()).unwrap();
    assert_eq!(
        s.document.objectives[0].micros[1].smart,
        [
            SmartGap::Channel,
            SmartGap::Metric,
            SmartGap::Target,
            SmartGap::Baseline,
            SmartGap::Deadline
        ]
    );
    let flat = ObjectiveInput {
        target: "1200".into(),
        ..micro_input(awareness, "Restare dove siamo")
    };
    let s = save_objective(&f.store, f.client, &flat, Utc::now()).unwrap();
    assert_eq!(
        s.document.objectives[0].micros[2].smart,
        [SmartGap::TargetNotBeyondBaseline]
    );

    // A micro objective under a micro one is refused; removing a macro takes its micros.
    let micro_id = s.document.objectives[0].micros[0].id;
    let e = save_objective(
        &f.store,
        f.client,
        &micro_input(micro_id, "Troppo in fondo"),
        Utc::now(),
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("parentId"));
    let s = remove_item(&f.store, ItemRef::Objective(awareness), Utc::now()).unwrap();
    assert_eq!(s.document.objectives.len(), 1);
    let count: i64 = f
        .store
        .read(|c| Ok(c.query_row("SELECT count(*) FROM strategy_objectives", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(count, 1);
}

#[test]
fn bad_objectives_name_their_field_and_keep_what_was_saved() {
    let f = fixture(Side::Agency);
    let s = save_objective(
        &f.store,
        f.client,
        &ObjectiveInput::new_macro("Contatti", ObjectiveCategory::Leads),
        Utc::now(),
    )
    .unwrap();
    let parent = s.document.objectives[0].id;
    let s = save_objective(
        &f.store,
        f.client,
        &micro_input(parent, "Richieste dal sito"),
        Utc::now(),
    )
    .unwrap();
    let saved = s.document.clone();
    let id = saved.objectives[0].micros[0].id;
    let cases = [
        (
            ObjectiveInput {
                metric: " ".into(),
                ..micro_input(parent, "x")
            },
            "metric",
            ErrorCode::MetricRequired,
        ),
        (
            ObjectiveInput {
                deadline: "31/12/2026".into(),
                ..micro_input(parent, "x")
            },
            "deadline",
            ErrorCode::DeadlineBeforeStart,
        ),
        (
            ObjectiveInput {
                target: "mille".into(),
                ..micro_input(parent, "x")
            },
            "target",
            ErrorCode::InvalidNumber,
        ),
        (
            ObjectiveInput {
                baseline: "-3".into(),
                ..micro_input(parent, "x")
            },
            "baseline",
            ErrorCode::Negative,
        ),
        (
            ObjectiveInput {
                period_start: "31/02/2027".into(),
                ..micro_input(parent, "x")
            },
            "periodStart",
            ErrorCode::InvalidDate,
        ),
        (
            ObjectiveInput {
                channel: Some("myspace".into()),
                ..micro_input(parent, "x")
            },
            "channel",
            ErrorCode::InvalidChoice,
        ),
        (
            ObjectiveInput {
                title: "".into(),
                ..micro_input(parent, "x")
            },
            "title",
            ErrorCode::Required,
        ),
        (
            ObjectiveInput {
                category: None,
                ..ObjectiveInput::new_macro("Senza categoria", ObjectiveCategory::Sales)
            },
            "category",
            ErrorCode::Required,
        ),
    ];
    for (input, field, code) in cases {
        // Micro cases edit the saved micro objective; the macro case adds one.
        let input = match input.parent_id {
            Some(_) => ObjectiveInput {
                id: Some(id),
                ..input
            },
            None => input,
        };
        let e = save_objective(&f.store, f.client, &input, Utc::now()).unwrap_err();
        assert_eq!((e.code(), e.field()), (code, Some(field)), "{field}");
    }
    assert_eq!(load(&f.store, f.client).unwrap().document, saved);
}

#[test]
fn the_channel_plan_has_each_channel_once() {
    let f = fixture(Side::Agency);
    let s = save_plan_channel(&f.store, f.client, &channel_input("instagram"), Utc::now()).unwrap();
    let instagram = s.document.channels[0].id;
    let e =
        save_plan_channel(&f.store, f.client, &channel_input("instagram"), Utc::now()).unwrap_err();
    assert_eq!(
        field_of(&e),
        (
            ErrorKind::Conflict,
            ErrorCode::DuplicateChannel,
            Some("channel")
        )
    );
    // Saving the same channel again under its own id is an edit, not a duplicate.
    let s = save_plan_channel(
        &f.store,
        f.client,
        &PlanChannelInput {
            id: Some(instagram),
            importance: 5,
            ..channel_input("instagram")
        },
        Utc::now(),
    )
    .unwrap();
    assert_eq!(s.document.channels[0].importance, 5);

    let custom = PlanChannelInput {
        channel: String::new(),
        name: "Bacheca del negozio".into(),
        ..channel_input("")
    };
    let s = save_plan_channel(&f.store, f.client, &custom, Utc::now()).unwrap();
    assert_eq!(s.document.channels[1].channel, "custom:bacheca del negozio");
    let again = PlanChannelInput {
        name: "bacheca  del Negozio".into(),
        ..custom.clone()
    };
    let e = save_plan_channel(&f.store, f.client, &again, Utc::now()).unwrap_err();
    assert_eq!(
        field_of(&e),
        (
            ErrorKind::Conflict,
            ErrorCode::DuplicateChannel,
            Some("name")
        )
    );

    for (input, field) in [
        (
            PlanChannelInput {
                importance: 0,
                ..channel_input("facebook")
            },
            "importance",
        ),
        (
            PlanChannelInput {
                importance: 6,
                ..channel_input("facebook")
            },
            "importance",
        ),
        (
            PlanChannelInput {
                posts_per_week: -1.0,
                ..channel_input("facebook")
            },
            "postsPerWeek",
        ),
        (
            PlanChannelInput {
                posts_per_week: f64::NAN,
                ..channel_input("facebook")
            },
            "postsPerWeek",
        ),
        (
            PlanChannelInput {
                channel: "myspace".into(),
                ..channel_input("")
            },
            "channel",
        ),
        (
            PlanChannelInput {
                name: " ".into(),
                ..custom.clone()
            },
            "name",
        ),
    ] {
        let e = save_plan_channel(&f.store, f.client, &input, Utc::now()).unwrap_err();
        assert_eq!(e.field(), Some(field));
    }
    assert_eq!(load(&f.store, f.client).unwrap().document.channels.len(), 2);
}

fn pillar(f: &Fixture, name: &str, share: i32) -> Result<Strategy> {
    save_pillar(
        &f.store,
        f.client,
        &PillarInput {
            id: None,
            name: name.into(),
            description: String::new(),
            share,
        },
        Utc::now(),
    )
}

#[test]
fn the_pillar_mix_must_total_100_to_submit() {
    let f = fixture(Side::Agency);
    pillar(&f, "Dietro le quinte", 40).unwrap();
    let s = pillar(&f, "Prodotti di stagione", 50).unwrap();
    assert_eq!(s.mix_total, 90);
    let e = submit_strategy(&f.store, f.client, Utc::now()).unwrap_err();
    assert_eq!(
        field_of(&e),
        (
            ErrorKind::Invalid,
            ErrorCode::PillarMixTotal,
            Some("pillars")
        )
    );
    assert_eq!(e.params().get("total").map(String::as_str), Some("90"));
    let e = pillar(&f, "Troppo", 101).unwrap_err();
    assert_eq!(e.field(), Some("share"));
    let s = pillar(&f, "Ricette", 10).unwrap();
    assert_eq!(s.mix_total, 100);
    let s = submit_strategy(&f.store, f.client, Utc::now()).unwrap();
    assert_eq!(s.open_version.unwrap().status, VersionStatus::Submitted);
}

#[test]
fn questionnaire_answers_become_suggestions_that_one_click_accepts() {
    let f = fixture(Side::Agency);
    let adjectives = answer(
        &f.store,
        f.client,
        "brand.adjectives",
        AnswerInput::Text("accogliente, genuina, spiritosa".into()),
    );
    answer(
        &f.store,
        f.client,
        "goals.macro",
        AnswerInput::Choices(vec!["awareness".into(), "site_traffic".into()]),
    );
    answer(
        &f.store,
        f.client,
        "business.main_offer",
        AnswerInput::Text("- Pane\n- Torte su ordinazione".into()),
    );
    let s = segment(&f, "Famiglie");
    let seg = s.document.segments[0].id;

    let of = |s: &Strategy, target: Target| -> Vec<String> {
        s.suggestions
            .iter()
            .filter(|x| x.target == target)
            .map(|x| x.value.clone())
            .collect()
    };
    assert_eq!(
        of(&s, Target::ToneAdjectives),
        ["accogliente", "genuina", "spiritosa"]
    );
    // Option keys are renamed by the template's data: site_traffic feeds `traffic`.
    assert_eq!(of(&s, Target::Objective), ["awareness", "traffic"]);
    assert_eq!(of(&s, Target::Products), ["Pane", "Torte su ordinazione"]);
    assert!(
        s.suggestions
            .iter()
            .filter(|x| x.target == Target::Products)
            .all(|x| x.segment_id == Some(seg))
    );

    let pick = |s: &Strategy, target: Target, value: &str| {
        let x = s
            .suggestions
            .iter()
            .find(|x| x.target == target && x.value == value)
            .unwrap();
        SuggestionRef {
            question_id: x.question_id,
            target,
            segment_id: x.segment_id,
            value: x.value.clone(),
        }
    };
    let s = accept_suggestion(
        &f.store,
        f.client,
        &pick(&s, Target::ToneAdjectives, "genuina"),
        Utc::now(),
    )
    .unwrap();
    let accepted = &s.document.cards[0];
    assert_eq!(
        (
            accepted.block,
            accepted.text.as_str(),
            accepted.source_question_id
        ),
        (Block::ToneAdjectives, "genuina", Some(adjectives))
    );
    assert_eq!(
        of(&s, Target::ToneAdjectives),
        ["accogliente", "spiritosa"],
        "an accepted suggestion is not offered again"
    );

    let s = accept_suggestion(
        &f.store,
        f.client,
        &pick(&s, Target::Objective, "traffic"),
        Utc::now(),
    )
    .unwrap();
    let objective = &s.document.objectives[0];
    assert_eq!(
        (objective.category, objective.title.as_str()),
        (ObjectiveCategory::Traffic, "Portare visite al sito")
    );
    let s = accept_suggestion(
        &f.store,
        f.client,
        &pick(&s, Target::Products, "Pane"),
        Utc::now(),
    )
    .unwrap();
    assert_eq!(s.document.segments[0].cards[0].text, "Pane");

    let s = dismiss_suggestion(
        &f.store,
        f.client,
        &pick(&s, Target::ToneAdjectives, "spiritosa"),
        Utc::now(),
    )
    .unwrap();
    assert_eq!(of(&s, Target::ToneAdjectives), ["accogliente"]);

    // A made-up suggestion is not accepted.
    let fake = SuggestionRef {
        question_id: adjectives,
        target: Target::ToneAdjectives,
        segment_id: None,
        value: "arrogante".into(),
    };
    assert_eq!(
        accept_suggestion(&f.store, f.client, &fake, Utc::now())
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
}

fn approved_contents(f: &Fixture) -> Vec<(VersionId, String)> {
    f.store
        .read(|c| {
            Ok(c.prepare("SELECT id, content FROM strategy_versions WHERE status = 'approved' ORDER BY number")?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?)
        })
        .unwrap()
}

#[test]
fn submit_approve_edit_opens_a_new_draft_and_the_approved_version_stays() {
    let f = fixture(Side::Agency);
    let s = set_mission(&f.store, f.client, "Pane buono", Utc::now()).unwrap();
    let v1 = s.open_version.clone().unwrap();
    assert_eq!((v1.number, v1.status), (1, VersionStatus::Draft));
    let s = submit_strategy(&f.store, f.client, Utc::now()).unwrap();
    assert!(!s.editable);

    // While in review, edits are refused and nothing changes.
    let e = set_mission(&f.store, f.client, "Altro", Utc::now()).unwrap_err();
    assert_eq!(
        field_of(&e),
        (ErrorKind::Conflict, ErrorCode::InReview, Some("strategy"))
    );
    let e = submit_strategy(&f.store, f.client, Utc::now()).unwrap_err();
    assert_eq!(e.code(), ErrorCode::IllegalTransition);

    // The agency records how the business approved.
    let e = approve_version(
        &f.store,
        v1.id,
        &ApprovalInput {
            via: None,
            ..agency_approval()
        },
        Utc::now(),
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("via"));
    let future = ApprovalInput {
        at: time::to_text(Utc::now() + Duration::days(1)),
        ..agency_approval()
    };
    assert_eq!(
        approve_version(&f.store, v1.id, &future, Utc::now())
            .unwrap_err()
            .code(),
        ErrorCode::FutureDate
    );
    let before = ApprovalInput {
        at: time::to_text(Utc::now() - Duration::days(1)),
        ..agency_approval()
    };
    assert_eq!(
        approve_version(&f.store, v1.id, &before, Utc::now())
            .unwrap_err()
            .code(),
        ErrorCode::BeforeSubmission
    );
    let s = approve_version(&f.store, v1.id, &agency_approval(), Utc::now()).unwrap();
    assert!(s.editable && s.open_version.is_none());
    let approved = &s.versions[0];
    assert_eq!(
        (
            approved.status,
            approved.decided_by.as_deref(),
            approved.decided_via
        ),
        (
            VersionStatus::Approved,
            Some("Maria Rossi"),
            Some(ApprovalVia::Meeting)
        )
    );
    let frozen = approved_contents(&f);

    // Approving writes its decision.
    let log = decisions::list(&f.store, f.client, &DecisionQuery::default()).unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0].status, log[0].title.as_str()),
        (DecisionStatus::Approved, "Strategia approvata (versione 1)")
    );
    assert_eq!(log[0].subject_label, "v1");

    // Nothing changed: nothing to submit. An edit opens draft 2.
    assert_eq!(
        submit_strategy(&f.store, f.client, Utc::now())
            .unwrap_err()
            .code(),
        ErrorCode::NothingToSubmit
    );
    let s = set_mission(&f.store, f.client, "Pane buono, ogni giorno", Utc::now()).unwrap();
    assert_eq!(
        s.open_version.as_ref().map(|v| (v.number, v.status)),
        Some((2, VersionStatus::Draft))
    );
    assert_eq!(approved_contents(&f), frozen);
    let v1_doc = get_version(&f.store, v1.id).unwrap();
    assert_eq!(v1_doc.document.mission, "Pane buono");

    let changes = diff(
        &f.store,
        f.client,
        VersionRef::Version(v1.id),
        VersionRef::Draft,
    )
    .unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(
        (
            changes[0].area,
            changes[0].kind,
            changes[0].after.as_deref()
        ),
        (
            DiffArea::Mission,
            ChangeKind::Changed,
            Some("Pane buono, ogni giorno")
        )
    );

    // Version 2 sent back, then approved as version 3: v1's decision is superseded.
    let v2 = s.open_version.unwrap().id;
    submit_strategy(&f.store, f.client, Utc::now()).unwrap();
    let e = request_changes(&f.store, v2, "  ", &agency_approval(), Utc::now()).unwrap_err();
    assert_eq!(e.field(), Some("comment"));
    let s = request_changes(
        &f.store,
        v2,
        "Manca il forno a legna",
        &agency_approval(),
        Utc::now(),
    )
    .unwrap();
    assert_eq!(s.versions[0].status, VersionStatus::ChangesRequested);
    assert_eq!(s.versions[0].comment, "Manca il forno a legna");
    assert_eq!(
        approve_version(&f.store, v2, &agency_approval(), Utc::now())
            .unwrap_err()
            .code(),
        ErrorCode::IllegalTransition
    );
    let s = card(&f, None, Block::Differentiators, "Forno a legna").unwrap();
    let v3 = s.open_version.unwrap();
    assert_eq!(v3.number, 3);
    submit_strategy(&f.store, f.client, Utc::now()).unwrap();
    approve_version(&f.store, v3.id, &agency_approval(), Utc::now()).unwrap();
    let log = decisions::list(&f.store, f.client, &DecisionQuery::default()).unwrap();
    assert_eq!(
        log.iter().map(|d| d.status).collect::<Vec<_>>(),
        [DecisionStatus::Approved, DecisionStatus::Superseded]
    );
    assert_eq!(log[1].superseded_by, Some(log[0].id));
    assert_eq!(approved_contents(&f)[0], frozen[0]);
}

#[test]
fn withdrawing_reopens_a_draft_with_the_same_content() {
    let f = fixture(Side::Agency);
    set_mission(&f.store, f.client, "Pane buono", Utc::now()).unwrap();
    let s = submit_strategy(&f.store, f.client, Utc::now()).unwrap();
    let v1 = s.open_version.unwrap().id;
    let s = withdraw_version(&f.store, v1, Utc::now()).unwrap();
    assert_eq!(
        s.open_version.as_ref().map(|v| (v.number, v.status)),
        Some((2, VersionStatus::Draft))
    );
    assert_eq!(s.document.mission, "Pane buono");
    assert_eq!(
        withdraw_version(&f.store, v1, Utc::now())
            .unwrap_err()
            .code(),
        ErrorCode::IllegalTransition
    );
    assert_eq!(s.versions[0].status, VersionStatus::Withdrawn);
}

#[test]
fn a_business_install_approves_in_the_app_now() {
    let f = fixture(Side::Business);
    set_mission(&f.store, f.client, "Pane buono", Utc::now()).unwrap();
    let s = submit_strategy(&f.store, f.client, Utc::now()).unwrap();
    let v1 = s.open_version.unwrap();
    assert_eq!(v1.submitted_side, Some(Side::Business));
    let s = approve_version(
        &f.store,
        v1.id,
        &ApprovalInput {
            by: "Giulia".into(),
            via: None,
            at: String::new(),
        },
        Utc::now(),
    )
    .unwrap();
    assert_eq!(s.versions[0].decided_via, Some(ApprovalVia::InApp));
}

#[test]
fn the_database_itself_refuses_to_change_an_approved_version() {
    let f = fixture(Side::Agency);
    set_mission(&f.store, f.client, "Pane buono", Utc::now()).unwrap();
    let s = submit_strategy(&f.store, f.client, Utc::now()).unwrap();
    let id = s.open_version.unwrap().id;
    approve_version(&f.store, id, &agency_approval(), Utc::now()).unwrap();
    for sql in [
        "UPDATE strategy_versions SET content = '{}' WHERE id = ?1",
        "UPDATE strategy_versions SET comment = 'x' WHERE id = ?1",
        "UPDATE strategy_versions SET status = 'draft', content = NULL WHERE id = ?1",
        "DELETE FROM strategy_versions WHERE id = ?1",
    ] {
        let result = f.store.write(|tx| Ok(tx.execute(sql, [id])?));
        assert!(result.is_err(), "{sql}");
    }
    // And a second open version per client.
    set_mission(&f.store, f.client, "Pane", Utc::now()).unwrap();
    let result = f
        .store
        .write(|tx| versions::open_draft(tx, f.client, Utc::now()));
    assert!(result.is_err());
}
