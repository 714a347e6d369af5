//! Seeds the agency's side of the end-to-end test of sharing: the agency
//! "Studio Nord" with its client "Forno Rossi" (a bakery in Modena), which
//! has Instagram in its plan and two posts a week from now: "Pane del
//! sabato", in review (waiting for the business's answer), and "Il lievito
//! madre", a draft. Nothing is shared yet: the test does that in the app.
//! `cargo run -p regia-core --example seed_sharing -- <regia.db>`

use chrono::{Duration, Utc};
use regia_core::Language;
use regia_core::calendar::ItemStatus;
use regia_core::calendar::items::{self, ItemInput};
use regia_core::calendar::workflow;
use regia_core::clients::{self, ClientInput};

mod common;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let now = Utc::now();
    let (path, store) = common::agency_store("seed_sharing")?;
    let client = clients::create(
        &store,
        &ClientInput {
            sector: "Panetteria".into(),
            place: "Modena".into(),
            ..ClientInput::named("Forno Rossi", Language::Italian)
        },
        now,
    )?
    .id;
    common::plan_channel(&store, client, "instagram", now)?;
    let day = (now.date_naive() + Duration::days(7))
        .format("%d/%m/%Y")
        .to_string();
    let post = |title: &str, time: &str| ItemInput {
        channels: vec!["instagram".into()],
        title: title.into(),
        caption: String::new(),
        date: day.clone(),
        time: time.into(),
        status: ItemStatus::Draft,
        pillar_id: None,
        objective_id: None,
        occasion: None,
        owner_id: None,
        activity_id: None,
        notes: String::new(),
    };
    let review = items::create(&store, client, &post("Pane del sabato", "10:00"), now)?;
    let review = review.first().ok_or("no item created")?.id;
    workflow::set_status(&store, review, ItemStatus::InReview, None, "", now)?;
    items::create(&store, client, &post("Il lievito madre", "18:00"), now)?;
    println!(
        "seeded Studio Nord with Forno Rossi (a post in review on {day}) in {}",
        path.display()
    );
    Ok(())
}
