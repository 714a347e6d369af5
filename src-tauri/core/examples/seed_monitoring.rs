//! Seeds an agency install whose client has a plan to monitor, for the
//! end-to-end test of monitoring and reviews: "Forno Rossi" with Instagram
//! and Facebook in the plan; the micro objective "Contatti da Facebook"
//! (contacts on Facebook, from 2 to 10 a month, from three months ago to
//! three months from now); Giulia (business) and Marco (agency); in the
//! split, advertising on Facebook (agency) and copywriting on Instagram
//! (business); in the calendar, two future advertising posts on Facebook,
//! one future Facebook post of no activity and one on Instagram.
//! `cargo run -p regia-core --example seed_monitoring -- <regia.db>`

use chrono::{Datelike, Duration, Months, NaiveDate, Utc};
use regia_core::calendar::ItemStatus;
use regia_core::calendar::items::{self, ItemInput};
use regia_core::clients::{self, ClientInput};
use regia_core::ids::ActivityId;
use regia_core::people::{self, PersonInput, Skills};
use regia_core::split::recommend::SplitSide;
use regia_core::split::{self, CellInput, RaciEntry, Role};
use regia_core::strategy::{self, Frequency, ObjectiveCategory, ObjectiveInput};
use regia_core::{Language, Side};

mod common;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let now = Utc::now();
    let (path, store) = common::agency_store("seed_monitoring")?;
    let client = clients::create(
        &store,
        &ClientInput::named("Forno Rossi", Language::Italian),
        now,
    )?
    .id;
    let mut channels = Vec::new();
    for key in ["instagram", "facebook"] {
        let s = common::plan_channel(&store, client, key, now)?;
        channels.extend(s.document.channels.last().map(|c| c.id));
    }
    let s = strategy::save_objective(
        &store,
        client,
        &ObjectiveInput::new_macro("Più richieste", ObjectiveCategory::Leads),
        now,
    )?;
    let parent = s.document.objectives.first().map(|o| o.id);
    let today = now.date_naive();
    let first = NaiveDate::from_ymd_opt(today.year(), today.month(), 1).ok_or("bad date")?;
    let start = first - Months::new(3);
    let deadline = first + Months::new(4) - Duration::days(1);
    strategy::save_objective(
        &store,
        client,
        &ObjectiveInput {
            id: None,
            parent_id: parent,
            title: "Contatti da Facebook".into(),
            description: String::new(),
            category: None,
            channel: Some("facebook".into()),
            metric: "leads".into(),
            baseline: "2".into(),
            target: "10".into(),
            frequency: Some(Frequency::Month),
            period_start: start.format("%d/%m/%Y").to_string(),
            deadline: deadline.format("%d/%m/%Y").to_string(),
        },
        now,
    )?;
    let person = |name: &str, side: Side, hours: f64| PersonInput {
        name: name.into(),
        side,
        role: String::new(),
        weekly_hours: hours,
        skills: Skills::default(),
    };
    let giulia = people::create(
        &store,
        client,
        &person("Giulia Rossi", Side::Business, 20.0),
        now,
    )?
    .id;
    people::create(
        &store,
        client,
        &person("Marco Bianchi", Side::Agency, 30.0),
        now,
    )?;
    let sp = split::get(&store, client, now)?;
    let id_of = |key: &str| -> Result<ActivityId, String> {
        sp.activities
            .iter()
            .find(|a| a.key == key)
            .map(|a| a.id)
            .ok_or_else(|| format!("no activity {key}"))
    };
    let advertising = id_of("advertising")?;
    for (activity, channel, side) in [
        (advertising, channels[1], SplitSide::Agency),
        (id_of("copywriting")?, channels[0], SplitSide::Business),
    ] {
        split::save_cell(
            &store,
            client,
            &CellInput {
                phase: sp.phase,
                activity_id: activity,
                channel_id: channel,
                side,
                business_hours: 6.0,
                agency_hours: 8.0,
                raci: vec![RaciEntry {
                    person_id: giulia,
                    role: Role::Accountable,
                }],
                rationale: String::new(),
            },
            now,
        )?;
    }
    let post = |channel: &str, title: &str, days: i64, activity: Option<ActivityId>| ItemInput {
        channels: vec![channel.into()],
        title: title.into(),
        caption: String::new(),
        date: (today + Duration::days(days))
            .format("%d/%m/%Y")
            .to_string(),
        time: "10:00".into(),
        status: ItemStatus::Draft,
        pillar_id: None,
        objective_id: None,
        occasion: None,
        owner_id: None,
        activity_id: activity,
        notes: String::new(),
    };
    for input in [
        post("facebook", "Promo pandoro", 7, Some(advertising)),
        post("facebook", "Promo panettone", 14, Some(advertising)),
        post("facebook", "Orari delle feste", 10, None),
        post("instagram", "Il lievito madre", 9, None),
    ] {
        items::create(&store, client, &input, now)?;
    }
    println!("seeded Forno Rossi in {}", path.display());
    Ok(())
}
