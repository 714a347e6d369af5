use chrono::Utc;

use super::recommend::ReasonCode;
use super::*;
use crate::decisions::DecisionQuery;
use crate::people::{PersonInput, Skills};
use crate::strategy::{PlanChannelInput, save_plan_channel};
use crate::testing::{Fixture, add_client, fixture};

mod properties;

pub(super) struct World {
    pub f: Fixture,
    pub channels: Vec<PlanChannelId>,
    /// Giulia (business, 10 h a week, copywriting 1), Marco (agency, 30 h).
    pub giulia: PersonId,
    pub marco: PersonId,
}

pub(super) fn person(name: &str, side: Side, weekly_hours: f64, skills: Skills) -> PersonInput {
    PersonInput {
        name: name.into(),
        side,
        role: String::new(),
        weekly_hours,
        skills,
    }
}

pub(super) fn world(side: Side) -> World {
    let f = fixture(side);
    let mut channels = Vec::new();
    for (key, importance) in [("instagram", 5), ("facebook", 3)] {
        let strategy = save_plan_channel(
            &f.store,
            f.client,
            &PlanChannelInput {
                id: None,
                channel: key.into(),
                name: String::new(),
                role: String::new(),
                audience: String::new(),
                importance,
                posts_per_week: 3.0,
                status: PlanChannelStatus::Active,
            },
            Utc::now(),
        )
        .unwrap();
        channels.push(strategy.document.channels.last().unwrap().id);
    }
    let skills = Skills {
        copywriting: 1,
        ..Skills::default()
    };
    let giulia = people::create(
        &f.store,
        f.client,
        &person("Giulia", Side::Business, 10.0, skills),
        Utc::now(),
    )
    .unwrap()
    .id;
    let marco = people::create(
        &f.store,
        f.client,
        &person("Marco", Side::Agency, 30.0, Skills::default()),
        Utc::now(),
    )
    .unwrap()
    .id;
    World {
        f,
        channels,
        giulia,
        marco,
    }
}

pub(super) fn activity_id(split: &Split, key: &str) -> ActivityId {
    split.activities.iter().find(|a| a.key == key).unwrap().id
}

fn cell(split: &Split, activity: &str, channel: PlanChannelId, phase: Phase) -> Option<Cell> {
    let activity = activity_id(split, activity);
    split
        .cells
        .iter()
        .find(|c| c.activity_id == activity && c.channel_id == channel && c.phase == phase)
        .cloned()
}

fn advice(split: &Split, activity: &str, channel: PlanChannelId, phase: Phase) -> Recommendation {
    let activity = activity_id(split, activity);
    split
        .advice
        .iter()
        .find(|a| a.activity_id == activity && a.channel_id == channel && a.phase == phase)
        .unwrap()
        .recommendation
        .clone()
}

fn input(split: &Split, activity: &str, channel: PlanChannelId, side: SplitSide) -> CellInput {
    CellInput {
        phase: Phase::Growth,
        activity_id: activity_id(split, activity),
        channel_id: channel,
        side,
        business_hours: 0.0,
        agency_hours: 0.0,
        raci: Vec::new(),
        rationale: String::new(),
    }
}

fn accountable(person: PersonId) -> RaciEntry {
    RaciEntry {
        person_id: person,
        role: Role::Accountable,
    }
}

fn responsible(person: PersonId) -> RaciEntry {
    RaciEntry {
        person_id: person,
        role: Role::Responsible,
    }
}

fn code(error: Error) -> (ErrorCode, String) {
    match error {
        Error::Invalid { code, field, .. } => (code, field),
        Error::Conflict { code, field, .. } => (code, field.unwrap_or_default()),
        other => panic!("not a typed error: {other:?}"),
    }
}

#[test]
fn the_first_look_brings_the_catalog_once() {
    let w = world(Side::Agency);
    let split = get(&w.f.store, w.f.client, Utc::now()).unwrap();
    let keys: Vec<&str> = split.activities.iter().map(|a| a.key.as_str()).collect();
    let catalog: Vec<&str> = CATALOG.iter().map(|a| a.key).collect();
    assert_eq!(keys, catalog);
    assert_eq!(split.settings.capacity_margin, 80);
    assert_eq!(split.settings.monthly_budget, None);
    assert_eq!(split.channels.len(), 2);
    // 11 activities × 2 channels × 3 phases.
    assert_eq!(split.advice.len(), 66);
    let again = get(&w.f.store, w.f.client, Utc::now()).unwrap();
    assert_eq!(again.activities, split.activities);
    assert!(
        split
            .capacity
            .iter()
            .all(|c| c.budget_level == BudgetLevel::Missing),
        "a missing budget is a warning"
    );
}

#[test]
fn a_row_needs_exactly_one_accountable_of_the_client() {
    let w = world(Side::Agency);
    let store = &w.f.store;
    let split = get(store, w.f.client, Utc::now()).unwrap();
    let ig = w.channels[0];
    let mut row = input(&split, "copywriting", ig, SplitSide::Shared);
    row.business_hours = 4.0;
    row.agency_hours = 2.0;
    row.raci = vec![responsible(w.giulia), accountable(w.marco)];
    save_cell(store, w.f.client, &row, Utc::now()).unwrap();

    let mut none = row.clone();
    none.raci = vec![responsible(w.giulia)];
    none.business_hours = 9.0;
    assert_eq!(
        code(save_cell(store, w.f.client, &none, Utc::now()).unwrap_err()),
        (ErrorCode::NoAccountable, "raci".into())
    );
    let mut two = row.clone();
    two.raci = vec![accountable(w.giulia), accountable(w.marco)];
    assert_eq!(
        code(save_cell(store, w.f.client, &two, Utc::now()).unwrap_err()).0,
        ErrorCode::TwoAccountables
    );
    let other = add_client(store, "Pizzeria Blu");
    let stranger = people::create(
        store,
        other,
        &person("Luca", Side::Business, 5.0, Skills::default()),
        Utc::now(),
    )
    .unwrap()
    .id;
    let mut foreign = row.clone();
    foreign.raci = vec![accountable(stranger)];
    assert_eq!(
        code(save_cell(store, w.f.client, &foreign, Utc::now()).unwrap_err()),
        (ErrorCode::ForeignPerson, format!("raci.{stranger}"))
    );
    let mut negative = row.clone();
    negative.agency_hours = -1.0;
    assert_eq!(
        code(save_cell(store, w.f.client, &negative, Utc::now()).unwrap_err()),
        (ErrorCode::Negative, "agencyHours".into())
    );
    let mut too_many = row.clone();
    too_many.business_hours = 745.0;
    assert_eq!(
        code(save_cell(store, w.f.client, &too_many, Utc::now()).unwrap_err()),
        (ErrorCode::HoursInMonth, "businessHours".into())
    );
    // Nothing of the refused saves landed.
    let kept = cell(
        &get(store, w.f.client, Utc::now()).unwrap(),
        "copywriting",
        ig,
        Phase::Growth,
    )
    .unwrap();
    assert_eq!((kept.business_hours, kept.agency_hours), (4.0, 2.0));
    assert_eq!(kept.raci.len(), 2);
}

#[test]
fn the_side_keeps_only_its_own_hours() {
    let w = world(Side::Agency);
    let split = get(&w.f.store, w.f.client, Utc::now()).unwrap();
    let mut row = input(&split, "graphics", w.channels[0], SplitSide::Agency);
    row.business_hours = 5.0;
    row.agency_hours = 3.0;
    row.raci = vec![accountable(w.marco)];
    let split = save_cell(&w.f.store, w.f.client, &row, Utc::now()).unwrap();
    let saved = cell(&split, "graphics", w.channels[0], Phase::Growth).unwrap();
    assert_eq!((saved.business_hours, saved.agency_hours), (0.0, 3.0));
}

#[test]
fn choosing_a_side_writes_a_decision_saying_whether_it_follows_the_advice() {
    let w = world(Side::Agency);
    let store = &w.f.store;
    let split = get(store, w.f.client, Utc::now()).unwrap();
    let (ig, fb) = (w.channels[0], w.channels[1]);
    let advised = advice(&split, "copywriting", ig, Phase::Growth).side;
    let mut follow = input(&split, "copywriting", ig, advised);
    follow.business_hours = 2.0;
    follow.agency_hours = 2.0;
    follow.raci = vec![accountable(w.marco)];
    save_cell(store, w.f.client, &follow, Utc::now()).unwrap();

    let against = SplitSide::ALL
        .iter()
        .copied()
        .find(|&s| s != advice(&split, "graphics", fb, Phase::Growth).side)
        .unwrap();
    let mut other = input(&split, "graphics", fb, against);
    other.business_hours = 1.0;
    other.agency_hours = 1.0;
    other.raci = vec![accountable(w.giulia)];
    other.rationale = "Giulia vuole imparare".into();
    let split = save_cell(store, w.f.client, &other, Utc::now()).unwrap();

    let log = decisions::list(store, w.f.client, &DecisionQuery::default()).unwrap();
    assert_eq!(log.len(), 2);
    let accepted = log.iter().find(|d| d.title.contains("Testi")).unwrap();
    assert!(
        accepted.context.contains("Consiglio accolto"),
        "{}",
        accepted.context
    );
    assert_eq!(
        accepted.status,
        DecisionStatus::Proposed,
        "the agency proposes"
    );
    let overridden = log.iter().find(|d| d.title.contains("Grafica")).unwrap();
    assert!(
        overridden.context.contains("diversa dal consiglio"),
        "{}",
        overridden.context
    );
    assert_eq!(overridden.rationale, "Giulia vuole imparare");
    assert_eq!(
        cell(&split, "graphics", fb, Phase::Growth)
            .unwrap()
            .decision_id,
        Some(overridden.id)
    );

    // Hours alone change no decision; a new side rewrites the pending proposal.
    follow.agency_hours = 5.0;
    save_cell(store, w.f.client, &follow, Utc::now()).unwrap();
    follow.side = SplitSide::ALL
        .iter()
        .copied()
        .find(|&s| s != advised)
        .unwrap();
    follow.business_hours = 1.0;
    save_cell(store, w.f.client, &follow, Utc::now()).unwrap();
    let log = decisions::list(store, w.f.client, &DecisionQuery::default()).unwrap();
    assert_eq!(log.len(), 2);
    let revised = log.iter().find(|d| d.title.contains("Testi")).unwrap();
    assert!(revised.context.contains("diversa dal consiglio"));
}

#[test]
fn a_business_install_decides_its_split_itself() {
    let w = world(Side::Business);
    let split = get(&w.f.store, w.f.client, Utc::now()).unwrap();
    let mut row = input(&split, "community", w.channels[0], SplitSide::Business);
    row.business_hours = 3.0;
    row.raci = vec![accountable(w.giulia)];
    save_cell(&w.f.store, w.f.client, &row, Utc::now()).unwrap();
    let log = decisions::list(&w.f.store, w.f.client, &DecisionQuery::default()).unwrap();
    assert_eq!(log[0].status, DecisionStatus::Approved);
    assert_eq!(log[0].decided_by.as_deref(), Some("Forno Rossi"));
}

#[test]
fn capacity_warns_above_the_margin_and_counts_every_hour() {
    let w = world(Side::Agency);
    let store = &w.f.store;
    let split = get(store, w.f.client, Utc::now()).unwrap();
    // Giulia has 10 h a week: 43.3 h a month; 80 % is 34.7 h.
    let mut row = input(&split, "community", w.channels[0], SplitSide::Shared);
    row.business_hours = 36.0;
    row.agency_hours = 10.0;
    row.raci = vec![responsible(w.giulia), accountable(w.marco)];
    let split = save_cell(store, w.f.client, &row, Utc::now()).unwrap();
    let growth = split
        .capacity
        .iter()
        .find(|c| c.phase == Phase::Growth)
        .unwrap();
    let giulia = growth
        .people
        .iter()
        .find(|l| l.person_id == w.giulia)
        .unwrap();
    assert_eq!(giulia.level, LoadLevel::Warn);
    assert!((giulia.percent - 36.0 / (10.0 * WEEKS_PER_MONTH) * 100.0).abs() < 1e-9);
    // Marco is Accountable but not Responsible of the agency's 10 h: there is
    // no agency Responsible, so the Accountable takes them.
    let marco = growth
        .people
        .iter()
        .find(|l| l.person_id == w.marco)
        .unwrap();
    assert_eq!(marco.assigned, 10.0);
    assert_eq!(growth.unassigned_business + growth.unassigned_agency, 0.0);

    let settings = SettingsInput {
        hourly_rate: 40.0,
        monthly_budget: Some(300.0),
        capacity_margin: 90,
    };
    let split = save_settings(store, w.f.client, &settings, Utc::now()).unwrap();
    let growth = split
        .capacity
        .iter()
        .find(|c| c.phase == Phase::Growth)
        .unwrap();
    let giulia = growth
        .people
        .iter()
        .find(|l| l.person_id == w.giulia)
        .unwrap();
    assert_eq!(giulia.level, LoadLevel::Ok, "36 h is under 90 % of 43.3 h");
    assert_eq!(growth.agency_cost, 400.0);
    assert_eq!(growth.budget_level, BudgetLevel::Over);

    row.business_hours = 50.0;
    let split = save_cell(store, w.f.client, &row, Utc::now()).unwrap();
    let growth = split
        .capacity
        .iter()
        .find(|c| c.phase == Phase::Growth)
        .unwrap();
    let giulia = growth
        .people
        .iter()
        .find(|l| l.person_id == w.giulia)
        .unwrap();
    assert_eq!(giulia.level, LoadLevel::Over);
}

#[test]
fn bad_settings_are_refused_next_to_their_field() {
    let w = world(Side::Agency);
    let mut settings = SettingsInput {
        hourly_rate: -5.0,
        monthly_budget: None,
        capacity_margin: 80,
    };
    let fail =
        |s: &SettingsInput| code(save_settings(&w.f.store, w.f.client, s, Utc::now()).unwrap_err());
    assert_eq!(fail(&settings), (ErrorCode::Negative, "hourlyRate".into()));
    settings.hourly_rate = 40.0;
    settings.monthly_budget = Some(f64::NAN);
    assert_eq!(
        fail(&settings),
        (ErrorCode::InvalidNumber, "monthlyBudget".into())
    );
    settings.monthly_budget = Some(500.0);
    settings.capacity_margin = 5;
    assert_eq!(
        fail(&settings),
        (ErrorCode::OutOfRange, "capacityMargin".into())
    );
}

#[test]
fn an_accountable_person_cannot_be_deleted_but_a_client_can() {
    let w = world(Side::Agency);
    let store = &w.f.store;
    let split = get(store, w.f.client, Utc::now()).unwrap();
    let mut row = input(&split, "reporting", w.channels[1], SplitSide::Agency);
    row.agency_hours = 2.0;
    row.raci = vec![accountable(w.marco), responsible(w.giulia)];
    save_cell(store, w.f.client, &row, Utc::now()).unwrap();
    assert_eq!(
        code(people::delete(store, w.marco).unwrap_err()).0,
        ErrorCode::StillAccountable
    );
    // The trigger stands behind the core.
    let raw = store.write(|tx| Ok(tx.execute("DELETE FROM people WHERE id = ?1", [w.marco])));
    assert!(raw.unwrap().is_err());
    // Giulia is only Responsible: she may go, and her part with her.
    people::delete(store, w.giulia).unwrap();
    let split = get(store, w.f.client, Utc::now()).unwrap();
    assert_eq!(split.cells[0].raci, vec![accountable(w.marco)]);
    // A whole client may go, Accountables and all.
    store
        .write(|tx| Ok(tx.execute("DELETE FROM clients WHERE id = ?1", [w.f.client])?))
        .unwrap();
}

#[test]
fn completing_a_transfer_raises_the_skill_and_changes_the_advice() {
    let w = world(Side::Agency);
    let store = &w.f.store;
    let split = get(store, w.f.client, Utc::now()).unwrap();
    let fb = w.channels[1];
    let before = advice(&split, "copywriting", fb, Phase::Growth);
    assert_eq!(before.side, SplitSide::Shared, "{before:?}");
    assert_eq!(
        before
            .reasons
            .iter()
            .find(|r| r.code == ReasonCode::SkillBasic)
            .unwrap()
            .params["person"],
        "Giulia"
    );

    let plan = TransferInput {
        id: None,
        person_id: w.giulia,
        skill: Copywriting,
        to_level: 3,
        sessions: 4,
        due_date: "2027-03-31".into(),
        status: TransferStatus::Planned,
        notes: String::new(),
    };
    let split = save_transfer(store, w.f.client, &plan, Utc::now()).unwrap();
    let transfer = split.transfers[0].clone();
    assert_eq!((transfer.from_level, transfer.to_level), (1, 3));

    let split = complete_transfer(store, w.f.client, transfer.id, Utc::now()).unwrap();
    let giulia = split.people.iter().find(|p| p.id == w.giulia).unwrap();
    assert_eq!(giulia.skills.copywriting, 3);
    assert_eq!(split.transfers[0].status, TransferStatus::Done);
    let after = advice(&split, "copywriting", fb, Phase::Growth);
    assert_eq!(after.side, SplitSide::Business, "{after:?}");
    assert_eq!(after.reasons[0].code, ReasonCode::SkillExpert);
    assert_eq!(
        code(complete_transfer(store, w.f.client, transfer.id, Utc::now()).unwrap_err()).0,
        ErrorCode::IllegalTransition
    );
}

#[test]
fn a_transfer_is_for_the_business_s_own_people_and_must_raise_a_level() {
    let w = world(Side::Agency);
    let store = &w.f.store;
    let mut plan = TransferInput {
        id: None,
        person_id: w.marco,
        skill: Copywriting,
        to_level: 2,
        sessions: 2,
        due_date: "2027-01-15".into(),
        status: TransferStatus::Planned,
        notes: String::new(),
    };
    let fail =
        |p: &TransferInput| code(save_transfer(store, w.f.client, p, Utc::now()).unwrap_err());
    assert_eq!(fail(&plan), (ErrorCode::NotInternal, "personId".into()));
    plan.person_id = w.giulia;
    plan.to_level = 1;
    assert_eq!(fail(&plan), (ErrorCode::NotAnImprovement, "toLevel".into()));
    plan.to_level = 2;
    plan.sessions = 0;
    assert_eq!(fail(&plan), (ErrorCode::OutOfRange, "sessions".into()));
    plan.sessions = 2;
    plan.due_date = "31/02/2027".into();
    assert_eq!(fail(&plan), (ErrorCode::InvalidDate, "dueDate".into()));
    plan.due_date = "15/01/2027".into();
    let split = save_transfer(store, w.f.client, &plan, Utc::now()).unwrap();
    assert_eq!(split.transfers[0].due_date.to_string(), "2027-01-15");
}

#[test]
fn a_phase_starts_from_another_without_touching_its_own_rows() {
    let w = world(Side::Agency);
    let store = &w.f.store;
    let split = get(store, w.f.client, Utc::now()).unwrap();
    let mut row = input(&split, "copywriting", w.channels[0], SplitSide::Agency);
    row.phase = Phase::Startup;
    row.agency_hours = 6.0;
    row.raci = vec![accountable(w.marco)];
    save_cell(store, w.f.client, &row, Utc::now()).unwrap();
    row.activity_id = activity_id(&split, "graphics");
    save_cell(store, w.f.client, &row, Utc::now()).unwrap();
    row.phase = Phase::Growth;
    row.side = SplitSide::Business;
    row.business_hours = 3.0;
    row.raci = vec![accountable(w.giulia)];
    save_cell(store, w.f.client, &row, Utc::now()).unwrap();

    let split = copy_phase(store, w.f.client, Phase::Startup, Phase::Growth, Utc::now()).unwrap();
    let copied = cell(&split, "copywriting", w.channels[0], Phase::Growth).unwrap();
    assert_eq!(copied.side, SplitSide::Agency);
    assert_eq!(copied.raci, vec![accountable(w.marco)]);
    let kept = cell(&split, "graphics", w.channels[0], Phase::Growth).unwrap();
    assert_eq!(kept.side, SplitSide::Business);
    assert_eq!(split.cells.len(), 4);
}

#[test]
fn custom_activities_have_unique_names_and_go_with_their_rows() {
    let w = world(Side::Agency);
    let store = &w.f.store;
    get(store, w.f.client, Utc::now()).unwrap();
    let tasting = ActivityInput {
        id: None,
        name: "Degustazioni in diretta".into(),
        skills: vec![Video, Community],
        voice: 2,
        hours: 4.0,
    };
    let split = save_activity(store, w.f.client, &tasting, Utc::now()).unwrap();
    let custom = split.activities.last().unwrap().clone();
    assert_eq!(custom.key, "custom:degustazioni in diretta");
    let mut again = tasting.clone();
    again.name = "  degustazioni in DIRETTA ".into();
    assert_eq!(
        code(save_activity(store, w.f.client, &again, Utc::now()).unwrap_err()),
        (ErrorCode::DuplicateName, "name".into())
    );
    let mut row = input(&split, &custom.key, w.channels[0], SplitSide::Business);
    row.business_hours = 4.0;
    row.raci = vec![accountable(w.giulia)];
    save_cell(store, w.f.client, &row, Utc::now()).unwrap();
    let split = delete_activity(store, w.f.client, custom.id).unwrap();
    assert!(split.cells.is_empty());
    assert_eq!(split.activities.len(), CATALOG.len());
}

#[test]
fn the_raci_table_exports_in_the_client_s_language() {
    let w = world(Side::Agency);
    let store = &w.f.store;
    let split = get(store, w.f.client, Utc::now()).unwrap();
    let mut row = input(&split, "community", w.channels[0], SplitSide::Shared);
    row.business_hours = 6.5;
    row.agency_hours = 2.0;
    row.raci = vec![responsible(w.giulia), accountable(w.marco)];
    save_cell(store, w.f.client, &row, Utc::now()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("raci.csv");
    assert_eq!(export_csv(store, w.f.client, &path).unwrap(), 1);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut lines = text.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("\u{feff}Fase;Attività;Canale;Chi;")
    );
    assert_eq!(
        lines.next().unwrap(),
        "crescita;Gestione della community;Instagram;condiviso;6,5;2;Giulia;Marco;;"
    );
    assert_eq!(
        code(export_csv(store, w.f.client, &dir.path().join("raci.sh")).unwrap_err()).0,
        ErrorCode::NotASpreadsheetFile
    );
}

#[test]
fn long_custom_names_still_make_a_decision() {
    let w = world(Side::Agency);
    let store = &w.f.store;
    let long = "lunga ".repeat(33);
    let split = save_activity(
        store,
        w.f.client,
        &ActivityInput {
            id: None,
            name: long.clone(),
            skills: Vec::new(),
            voice: 1,
            hours: 2.0,
        },
        Utc::now(),
    )
    .unwrap();
    let key = split.activities.last().unwrap().key.clone();
    let mut row = input(&split, &key, w.channels[0], SplitSide::Business);
    row.business_hours = 2.0;
    row.raci = vec![accountable(w.giulia)];
    save_cell(store, w.f.client, &row, Utc::now()).unwrap();
    let log = decisions::list(store, w.f.client, &DecisionQuery::default()).unwrap();
    assert_eq!(log[0].title.chars().count(), text::MAX_NAME);
    assert!(log[0].title.ends_with('…'));
}
