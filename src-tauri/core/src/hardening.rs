//! Arbitrary text in the fields a person types into (clients, people,
//! answers, strategy, decisions, calendar, values, reviews), through the
//! services the commands call: nothing panics, and what is refused is
//! refused with a typed error about the input, never an internal one.
//! Files from outside are in [`imports`].

mod imports;

use chrono::Utc;
use proptest::prelude::*;

use crate::calendar::ItemStatus;
use crate::calendar::items::{self, ItemInput};
use crate::clients::{self, ClientInput};
use crate::decisions::{self, DecisionInput};
use crate::enums::{Language, Side};
use crate::error::{ErrorKind, Result};
use crate::monitoring::{self, MeasurementInput, Period};
use crate::people::{self, PersonInput};
use crate::questionnaire::{self, AnswerInput};
use crate::reviews::{self, ReviewInput};
use crate::strategy::{self, ObjectiveCategory, ObjectiveInput};
use crate::testing;

/// Text as people (and pasted documents) produce it: any Unicode, control
/// characters, markup, Italian dates and numbers, very long lines.
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ -~àèéìòù€]{0,80}",
        Just("<script>alert(1)</script>".to_owned()),
        Just("31/02/2026".to_owned()),
        Just("1.234,5".to_owned()),
        Just("-0".to_owned()),
        Just("NaN".to_owned()),
        Just("\u{0}\u{202e}\r\n".to_owned()),
        "[a-z]{2000,5000}",
    ]
}

/// A refusal must be about the input, with a code the screen translates.
fn typed_error<T: std::fmt::Debug>(result: Result<T>) -> std::result::Result<(), TestCaseError> {
    if let Err(e) = result {
        prop_assert_ne!(e.kind(), ErrorKind::Internal, "{}", e);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn clients_and_people(name in typed(), other in typed(), hours in any::<f64>()) {
        let f = testing::fixture(Side::Agency);
        typed_error(clients::create(&f.store, &ClientInput {
            sector: other.clone(),
            place: other.clone(),
            website: other.clone(),
            timezone: other.clone(),
            ..ClientInput::named(&name, Language::Italian)
        }, Utc::now()))?;
        typed_error(people::create(&f.store, f.client, &PersonInput {
            name: name.clone(),
            side: Side::Business,
            role: other,
            weekly_hours: hours,
            skills: Default::default(),
        }, Utc::now()))?;
    }

    #[test]
    fn answers_strategy_and_decisions(text in typed(), number in typed(), date in typed()) {
        let f = testing::fixture(Side::Agency);
        let question = testing::question(&f.store, f.client, "rhythm.key_dates");
        typed_error(questionnaire::save_answer(&f.store, question, &AnswerInput::Text(text.clone()), Utc::now()))?;
        typed_error(strategy::set_mission(&f.store, f.client, &text, Utc::now()))?;
        let mut objective = ObjectiveInput::new_macro(&text, ObjectiveCategory::Leads);
        objective.baseline = number.clone();
        objective.target = number.clone();
        objective.period_start = date.clone();
        objective.deadline = date.clone();
        typed_error(strategy::save_objective(&f.store, f.client, &objective, Utc::now()))?;
        typed_error(decisions::create(&f.store, f.client, &DecisionInput {
            title: text.clone(),
            context: text.clone(),
            options: vec![number, date],
            choice: text.clone(),
            rationale: text,
            proposed_by: Side::Agency,
            subject: None,
            supersedes: None,
        }, Utc::now()))?;
    }

    #[test]
    fn calendar_monitoring_and_reviews(text in typed(), day in typed(), time in typed(), value in typed()) {
        let p = testing::plan(Side::Agency);
        typed_error(items::create(&p.f.store, p.f.client, &ItemInput {
            channels: vec!["instagram".into(), text.clone()],
            title: text.clone(),
            caption: text.clone(),
            date: day.clone(),
            time,
            status: ItemStatus::Draft,
            pillar_id: None,
            objective_id: None,
            occasion: Some(text.clone()),
            owner_id: None,
            activity_id: None,
            notes: text.clone(),
        }, Utc::now()))?;
        typed_error(monitoring::save_measurement(&p.f.store, p.f.client, &MeasurementInput {
            channel: "facebook".into(),
            metric: "reach".into(),
            period: Period::Month,
            day: day.clone(),
            value,
            replace: false,
        }, Utc::now()))?;
        typed_error(reviews::create(&p.f.store, p.f.client, &ReviewInput {
            held_on: day,
            attendees: text,
        }, Utc::now()))?;
    }
}
