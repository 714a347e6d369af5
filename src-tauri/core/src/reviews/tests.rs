use chrono::{DateTime, TimeZone, Utc};

use super::*;
use crate::calendar::ItemStatus;
use crate::calendar::items;
use crate::decisions::{self as log, ApprovalVia, DecisionQuery, DecisionStatus};
use crate::enums::Side;
use crate::ids::ItemId;
use crate::monitoring::{MeasurementInput, Period, save_measurement};
use crate::split::ActivityStatus;
use crate::strategy::PlanChannelStatus;
use crate::testing::{Plan, plan};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 10, 0, 0).unwrap()
}

fn record(p: &Plan, metric: &str, month: &str, value: &str) {
    save_measurement(
        &p.f.store,
        p.f.client,
        &MeasurementInput {
            channel: "facebook".into(),
            metric: metric.into(),
            period: Period::Month,
            day: month.into(),
            value: value.into(),
            replace: true,
        },
        now(),
    )
    .unwrap();
}

fn status_of(p: &Plan, id: ItemId) -> ItemStatus {
    items::get(&p.f.store, id).unwrap().item.status
}

/// Facebook measured from August to October with reach and no contact:
/// advertising there is flagged and the objective is off track.
fn quiet_facebook() -> Plan {
    let p = plan(Side::Agency);
    for month in ["01/08/2026", "01/09/2026", "01/10/2026"] {
        record(&p, "reach", month, "1.000");
        record(&p, "leads", month, "0");
    }
    p
}

fn open_review(p: &Plan) -> Review {
    create(
        &p.f.store,
        p.f.client,
        &ReviewInput {
            held_on: "24/11/2026".into(),
            attendees: "Giulia, Marco".into(),
        },
        now(),
    )
    .unwrap()
}

fn of_kind(review: &Review, kind: ItemKind) -> &ReviewItem {
    review.items.iter().find(|i| i.kind == kind).unwrap()
}

fn outcome(outcome: OutcomeKind) -> OutcomeInput {
    OutcomeInput {
        outcome,
        note: String::new(),
        scope: None,
        target: String::new(),
        start: None,
    }
}

#[test]
fn the_agenda_is_built_from_the_data() {
    let p = quiet_facebook();
    let review = open_review(&p);
    assert_eq!(review.held_on.to_string(), "2026-11-24");
    let kinds: Vec<ItemKind> = review.items.iter().map(|i| i.kind).collect();
    // Off-track objective first, then the flagged activity, then the two
    // split decisions the agency proposed, then the occasions of December.
    assert_eq!(
        &kinds[..4],
        [
            ItemKind::Objective,
            ItemKind::Activity,
            ItemKind::Decision,
            ItemKind::Decision
        ]
    );
    let objective = of_kind(&review, ItemKind::Objective);
    assert_eq!(objective.label, "Contatti da Facebook");
    assert_eq!(objective.detail["status"], "off_track");
    assert_eq!(objective.detail["value"], "0");
    let activity = of_kind(&review, ItemKind::Activity);
    assert_eq!(activity.label, "Pubblicità · Facebook");
    assert_eq!(activity.detail["months"], "3");
    assert_eq!(activity.channel.as_deref(), Some("facebook"));
    assert_eq!(activity.subject_id, Some(p.advertising.to_string()));
    // The Immacolata (8 December) falls before the next review.
    assert!(review.items.iter().any(|i| i.kind == ItemKind::Occasion
        && i.label == "immaculate_conception"
        && i.detail["from"] == "2026-12-08"));
    // The next review is a month after this one.
    let list = list(&p.f.store, p.f.client, now()).unwrap();
    assert_eq!(list.next_due.to_string(), "2026-12-24");
    assert_eq!(list.reviews[0].items as usize, review.items.len());
}

#[test]
fn an_overloaded_person_is_on_the_agenda() {
    let p = plan(Side::Business);
    // Giulia has 20 h a week (86,7 a month); give her 80 more hours.
    let mut split = crate::split::get(&p.f.store, p.f.client, now()).unwrap();
    let cell = split
        .cells
        .iter()
        .find(|c| c.activity_id == p.copywriting)
        .unwrap()
        .clone();
    split = crate::split::save_cell(
        &p.f.store,
        p.f.client,
        &crate::split::CellInput {
            phase: cell.phase,
            activity_id: cell.activity_id,
            channel_id: cell.channel_id,
            side: cell.side,
            business_hours: 86.0,
            agency_hours: 0.0,
            raci: cell.raci.clone(),
            rationale: String::new(),
        },
        now(),
    )
    .unwrap();
    assert!(!split.capacity.is_empty());
    let review = open_review(&p);
    let person = of_kind(&review, ItemKind::Person);
    assert_eq!(person.label, "Giulia");
    assert_eq!(person.detail["level"], "warn");
}

#[test]
fn stopping_an_activity_cancels_exactly_its_future_items() {
    let p = quiet_facebook();
    let ads = Some(p.advertising);
    let future_ads = [
        p.item("facebook", ads, "01/12/2026", ItemStatus::Draft),
        p.item("facebook", ads, "15/12/2026", ItemStatus::Scheduled),
        // Later today (moved to 23:00 below): still the future.
        p.item("facebook", ads, "24/11/2026", ItemStatus::Approved),
    ];
    let untouched = [
        // Published earlier today (10:00 local is before `now`, 11:00
        // local), in the past, already cancelled.
        p.item("facebook", ads, "24/11/2026", ItemStatus::Published),
        p.item("facebook", ads, "02/11/2026", ItemStatus::Draft),
        p.item("facebook", ads, "20/12/2026", ItemStatus::Cancelled),
        // Another activity, no activity, another channel, an idea without a day.
        p.item(
            "facebook",
            Some(p.copywriting),
            "01/12/2026",
            ItemStatus::Draft,
        ),
        p.item("facebook", None, "01/12/2026", ItemStatus::Draft),
        p.item("instagram", ads, "01/12/2026", ItemStatus::Draft),
        p.item("facebook", ads, "", ItemStatus::Idea),
    ];
    p.f.store
        .write(|tx| {
            tx.execute(
                "UPDATE content_items SET planned_at = '2026-11-24T22:00:00.000Z',
                        planned_local = '2026-11-24T23:00' WHERE id = ?1",
                [future_ads[2]],
            )?;
            Ok(())
        })
        .unwrap();
    let before: Vec<ItemStatus> = untouched.iter().map(|id| status_of(&p, *id)).collect();

    let review = open_review(&p);
    let activity = of_kind(&review, ItemKind::Activity).clone();
    let mut input = outcome(OutcomeKind::Stop);
    input.scope = Some(StopScope::Activity);
    input.note = "Nessun contatto in tre mesi".into();
    let effects = preview_outcome(&p.f.store, activity.id, &input, now()).unwrap();
    let mut cancelled: Vec<ItemId> = effects.cancelled.iter().map(|c| c.id).collect();
    cancelled.sort();
    let mut expected = future_ads.to_vec();
    expected.sort();
    assert_eq!(cancelled, expected);
    assert_eq!((effects.removed_rows, effects.closes_activity), (1, true));
    assert_eq!(effects.closes_channel, None);
    // The preview wrote nothing.
    assert!(
        future_ads
            .iter()
            .all(|id| status_of(&p, *id) != ItemStatus::Cancelled)
    );

    let review = apply_outcome(&p.f.store, activity.id, &input, now()).unwrap();
    for id in future_ads {
        assert_eq!(status_of(&p, id), ItemStatus::Cancelled);
    }
    let after: Vec<ItemStatus> = untouched.iter().map(|id| status_of(&p, *id)).collect();
    assert_eq!(before, after);

    let split = crate::split::get(&p.f.store, p.f.client, now()).unwrap();
    assert!(split.cells.iter().all(|c| c.activity_id != p.advertising));
    let ads = split
        .activities
        .iter()
        .find(|a| a.id == p.advertising)
        .unwrap();
    assert_eq!(ads.status, ActivityStatus::Closed);
    // Copywriting on Instagram is still there, Facebook is still open.
    assert!(split.cells.iter().any(|c| c.activity_id == p.copywriting));
    assert!(split.channels.iter().any(|c| c.id == p.facebook));

    let done = review.items.iter().find(|i| i.id == activity.id).unwrap();
    assert_eq!(done.outcome, Some(OutcomeKind::Stop));
    let decision = find_decision(&p, done.decision_id.unwrap());
    assert_eq!(decision.title, "Fermare: Pubblicità · Facebook");
    assert_eq!(decision.status, DecisionStatus::Approved);
    assert_eq!(decision.decided_via, Some(ApprovalVia::Meeting));
    assert_eq!(decision.decided_by.as_deref(), Some("Giulia, Marco"));
    assert_eq!(decision.rationale, "Nessun contatto in tre mesi");
    assert!(
        decision.choice.contains("3 contenuti futuri annullati"),
        "{}",
        decision.choice
    );

    // One outcome per item.
    let e = apply_outcome(&p.f.store, activity.id, &input, now()).unwrap_err();
    assert_eq!(e.code(), ErrorCode::IllegalTransition);
}

#[test]
fn stopping_a_channel_closes_it_and_cancels_all_its_future_items() {
    let p = quiet_facebook();
    let linked = p.item(
        "facebook",
        Some(p.advertising),
        "01/12/2026",
        ItemStatus::Draft,
    );
    let plain = p.item("facebook", None, "03/12/2026", ItemStatus::InReview);
    let instagram = p.item("instagram", None, "03/12/2026", ItemStatus::Draft);
    let past = p.item("facebook", None, "03/11/2026", ItemStatus::Published);
    let review = open_review(&p);
    let activity = of_kind(&review, ItemKind::Activity).clone();
    let mut input = outcome(OutcomeKind::Stop);
    input.scope = Some(StopScope::Channel);
    let review = apply_outcome(&p.f.store, activity.id, &input, now()).unwrap();
    assert_eq!(status_of(&p, linked), ItemStatus::Cancelled);
    assert_eq!(status_of(&p, plain), ItemStatus::Cancelled);
    assert_eq!(status_of(&p, instagram), ItemStatus::Draft);
    assert_eq!(status_of(&p, past), ItemStatus::Published);
    let strategy = crate::strategy::load(&p.f.store, p.f.client).unwrap();
    let fb = strategy
        .document
        .channels
        .iter()
        .find(|c| c.id == p.facebook)
        .unwrap();
    assert_eq!(fb.status, PlanChannelStatus::Closed);
    // The split no longer shows the channel (its rows stay stored).
    let split = crate::split::get(&p.f.store, p.f.client, now()).unwrap();
    assert!(split.channels.iter().all(|c| c.id != p.facebook));
    let done = review.items.iter().find(|i| i.id == activity.id).unwrap();
    let decision = find_decision(&p, done.decision_id.unwrap());
    assert_eq!(decision.subject.unwrap().id, p.facebook.to_string());
}

#[test]
fn a_strategy_waiting_for_approval_refuses_a_stop_and_nothing_changes() {
    let p = quiet_facebook();
    let linked = p.item("facebook", None, "01/12/2026", ItemStatus::Draft);
    p.f.store
        .write(|tx| {
            tx.execute(
                "UPDATE strategy_versions SET status = 'submitted', content = '{}' WHERE status = 'draft'",
                [],
            )?;
            Ok(())
        })
        .unwrap();
    let review = open_review(&p);
    let activity = of_kind(&review, ItemKind::Activity).clone();
    let mut input = outcome(OutcomeKind::Stop);
    input.scope = Some(StopScope::Channel);
    let e = apply_outcome(&p.f.store, activity.id, &input, now()).unwrap_err();
    assert_eq!(
        (e.field(), e.code()),
        (Some("strategy"), ErrorCode::InReview)
    );
    assert_eq!(status_of(&p, linked), ItemStatus::Draft);
    let review = get(&p.f.store, review.id).unwrap();
    assert!(review.items.iter().all(|i| i.outcome.is_none()));
}

#[test]
fn starting_creates_an_activity_a_channel_or_an_objective() {
    let p = quiet_facebook();
    let review = open_review(&p);
    let ids: Vec<ReviewItemId> = review.items.iter().map(|i| i.id).collect();
    let start = |kind: StartKind, name: &str, key: &str| {
        let mut input = outcome(OutcomeKind::Start);
        input.start = Some(StartInput {
            kind,
            name: name.into(),
            key: key.into(),
            parent_id: None,
            metric: String::new(),
            target: String::new(),
            channel: String::new(),
        });
        input
    };
    apply_outcome(
        &p.f.store,
        ids[2],
        &start(StartKind::Activity, "Dirette dal forno", ""),
        now(),
    )
    .unwrap();
    let split = crate::split::get(&p.f.store, p.f.client, now()).unwrap();
    let live = split
        .activities
        .iter()
        .find(|a| a.key == "custom:dirette dal forno")
        .unwrap();
    assert_eq!(
        (live.name.as_str(), live.status),
        ("Dirette dal forno", ActivityStatus::Active)
    );
    // The same again is refused next to its name.
    let e = apply_outcome(
        &p.f.store,
        ids[3],
        &start(StartKind::Activity, "dirette  dal forno", ""),
        now(),
    )
    .unwrap_err();
    assert_eq!(
        (e.field(), e.code()),
        (Some("name"), ErrorCode::DuplicateName)
    );

    apply_outcome(
        &p.f.store,
        ids[3],
        &start(StartKind::Channel, "", "tiktok"),
        now(),
    )
    .unwrap();
    let strategy = crate::strategy::load(&p.f.store, p.f.client).unwrap();
    assert!(
        strategy
            .document
            .channels
            .iter()
            .any(|c| c.channel == "tiktok" && c.status == PlanChannelStatus::Active)
    );

    let topic = add_topic(
        &p.f.store,
        review.id,
        "Nuovo obiettivo per le recensioni",
        now(),
    )
    .unwrap();
    let topic = topic.items.last().unwrap().id;
    let mut objective = start(StartKind::Objective, "Recensioni su Google", "");
    let e = apply_outcome(&p.f.store, topic, &objective, now()).unwrap_err();
    assert_eq!(
        (e.field(), e.code()),
        (Some("parentId"), ErrorCode::Required)
    );
    let macro_id = strategy.document.objectives[0].id;
    if let Some(s) = objective.start.as_mut() {
        s.parent_id = Some(macro_id);
        s.metric = "leads".into();
        s.target = "1.000".into();
    }
    apply_outcome(&p.f.store, topic, &objective, now()).unwrap();
    let strategy = crate::strategy::load(&p.f.store, p.f.client).unwrap();
    let micro = strategy.document.objectives[0]
        .micros
        .iter()
        .find(|m| m.title == "Recensioni su Google")
        .unwrap();
    assert_eq!(micro.target, Some(1000.0));
}

#[test]
fn adjusting_an_objective_sets_its_new_target_and_keeping_only_writes_the_decision() {
    let p = quiet_facebook();
    let review = open_review(&p);
    let objective = of_kind(&review, ItemKind::Objective).clone();
    let mut adjust = outcome(OutcomeKind::Adjust);
    let e = apply_outcome(&p.f.store, objective.id, &adjust, now()).unwrap_err();
    assert_eq!((e.field(), e.code()), (Some("note"), ErrorCode::Required));
    adjust.target = "-3".into();
    let e = apply_outcome(&p.f.store, objective.id, &adjust, now()).unwrap_err();
    assert_eq!((e.field(), e.code()), (Some("target"), ErrorCode::Negative));
    adjust.target = "6".into();
    apply_outcome(&p.f.store, objective.id, &adjust, now()).unwrap();
    let strategy = crate::strategy::load(&p.f.store, p.f.client).unwrap();
    assert_eq!(strategy.document.objectives[0].micros[0].target, Some(6.0));

    let decisions_before = log::list(&p.f.store, p.f.client, &DecisionQuery::default())
        .unwrap()
        .len();
    let decision_item = of_kind(&review, ItemKind::Decision).clone();
    let e = apply_outcome(
        &p.f.store,
        decision_item.id,
        &outcome(OutcomeKind::Stop),
        now(),
    )
    .unwrap_err();
    assert_eq!(e.code(), ErrorCode::OutcomeNotAllowed);
    apply_outcome(
        &p.f.store,
        decision_item.id,
        &outcome(OutcomeKind::Keep),
        now(),
    )
    .unwrap();
    let decisions = log::list(&p.f.store, p.f.client, &DecisionQuery::default()).unwrap();
    assert_eq!(decisions.len(), decisions_before + 1);
    assert_eq!(
        decisions[0].title,
        format!("Mantenere: {}", decision_item.label)
    );
}

#[test]
fn a_closed_review_changes_no_more() {
    let p = quiet_facebook();
    let review = open_review(&p);
    let review = save_minutes(
        &p.f.store,
        review.id,
        &MinutesInput {
            attendees: "Giulia".into(),
            minutes: "Si chiude con Facebook.\n<b>non è HTML</b>".into(),
        },
        now(),
    )
    .unwrap();
    assert_eq!(review.minutes, "Si chiude con Facebook.\n<b>non è HTML</b>");
    let review = close(&p.f.store, review.id, now()).unwrap();
    assert_eq!(review.status, ReviewStatus::Closed);
    let item = review.items[0].id;
    for e in [
        apply_outcome(&p.f.store, item, &outcome(OutcomeKind::Keep), now()).unwrap_err(),
        add_topic(&p.f.store, review.id, "Altro", now()).unwrap_err(),
        close(&p.f.store, review.id, now()).unwrap_err(),
        delete(&p.f.store, review.id).unwrap_err(),
    ] {
        assert_eq!(e.code(), ErrorCode::ReviewClosed);
    }
    let e = create(
        &p.f.store,
        p.f.client,
        &ReviewInput {
            held_on: "31/02/2026".into(),
            attendees: String::new(),
        },
        now(),
    )
    .unwrap_err();
    assert_eq!(
        (e.field(), e.code()),
        (Some("heldOn"), ErrorCode::InvalidDate)
    );
}

fn find_decision(p: &Plan, id: DecisionId) -> log::Decision {
    p.f.store.read(|conn| log::find(conn, id)).unwrap()
}
