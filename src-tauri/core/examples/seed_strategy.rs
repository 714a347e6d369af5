//! Seeds a database with a large strategy (10 segments, 30 objectives, 5
//! approved versions) and prints how long the core takes to read it.
//! `cargo run -p regia-core --release --example seed_strategy -- <regia.db>`;
//! the e2e suite then opens the same file in the app.

use std::time::Instant;

use chrono::Utc;
use regia_core::Language;
use regia_core::clients::{self, ClientInput};
use regia_core::decisions::{ApprovalInput, ApprovalVia};
use regia_core::strategy::{
    self, Block, CardInput, ObjectiveCategory, ObjectiveInput, PillarInput, PlanChannelInput,
    PlanChannelStatus, SegmentInput, VersionRef,
};

mod common;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let now = Utc::now;
    let (path, store) = common::agency_store("seed_strategy")?;
    let client = clients::create(
        &store,
        &ClientInput::named("Forno Grande", Language::Italian),
        now(),
    )?
    .id;

    for s in 1..=10 {
        let doc = strategy::save_segment(
            &store,
            client,
            &SegmentInput {
                id: None,
                name: format!("Segmento {s}"),
                description: "Chi sono, cosa cercano.".into(),
            },
            now(),
        )?;
        let segment = doc.document.segments.last().map(|x| x.id);
        for block in &Block::ALL[..6] {
            for c in 1..=3 {
                strategy::save_card(
                    &store,
                    client,
                    &CardInput {
                        id: None,
                        segment_id: segment,
                        block: *block,
                        text: format!("{} {c} del segmento {s}", block.as_str()),
                        rank: c,
                    },
                    now(),
                )?;
            }
        }
    }
    for block in &Block::ALL[6..] {
        for c in 1..=2 {
            strategy::save_card(
                &store,
                client,
                &CardInput {
                    id: None,
                    segment_id: None,
                    block: *block,
                    text: format!("{} {c}", block.as_str()),
                    rank: 0,
                },
                now(),
            )?;
        }
    }
    for channel in [
        "instagram",
        "facebook",
        "google_business",
        "newsletter",
        "tiktok",
    ] {
        strategy::save_plan_channel(
            &store,
            client,
            &PlanChannelInput {
                id: None,
                channel: channel.into(),
                name: String::new(),
                role: "Vetrina".into(),
                audience: "Famiglie".into(),
                importance: 3,
                posts_per_week: 2.0,
                status: PlanChannelStatus::Active,
            },
            now(),
        )?;
    }
    for p in 1..=4 {
        strategy::save_pillar(
            &store,
            client,
            &PillarInput {
                id: None,
                name: format!("Pilastro {p}"),
                description: String::new(),
                share: 25,
            },
            now(),
        )?;
    }
    let blank = ObjectiveInput::new_macro("", ObjectiveCategory::Awareness);
    for m in 1..=6 {
        let doc = strategy::save_objective(
            &store,
            client,
            &ObjectiveInput {
                title: format!("Obiettivo macro {m}"),
                ..blank.clone()
            },
            now(),
        )?;
        let parent = doc.document.objectives.last().map(|o| o.id);
        for u in 1..=4 {
            strategy::save_objective(
                &store,
                client,
                &ObjectiveInput {
                    parent_id: parent,
                    category: None,
                    title: format!("Obiettivo micro {m}.{u}"),
                    channel: Some("instagram".into()),
                    metric: "followers".into(),
                    baseline: "1.000".into(),
                    target: format!("{}", 1000 + 100 * u),
                    period_start: "01/01/2027".into(),
                    deadline: "31/12/2027".into(),
                    ..blank.clone()
                },
                now(),
            )?;
        }
    }
    for v in 1..=5 {
        strategy::set_mission(
            &store,
            client,
            &format!("Pane buono per tutti (versione {v})."),
            now(),
        )?;
        let submitted = strategy::submit_strategy(&store, client, now())?;
        let id = submitted.open_version.ok_or("no open version")?.id;
        strategy::approve_version(
            &store,
            id,
            &ApprovalInput {
                by: "Maria Rossi".into(),
                via: Some(ApprovalVia::Meeting),
                at: regia_core::time::to_text(now()),
            },
            now(),
        )?;
    }

    let runs = 50;
    let started = Instant::now();
    let mut loaded = None;
    for _ in 0..runs {
        loaded = Some(strategy::load(&store, client)?);
    }
    let load_ms = started.elapsed().as_secs_f64() * 1000.0 / f64::from(runs);
    let loaded = loaded.ok_or("nothing loaded")?;
    let oldest = loaded.versions.last().ok_or("no versions")?.id;
    let newest = loaded.versions.first().ok_or("no versions")?.id;
    let started = Instant::now();
    for _ in 0..runs {
        strategy::get_version(&store, oldest)?;
    }
    let version_ms = started.elapsed().as_secs_f64() * 1000.0 / f64::from(runs);
    let started = Instant::now();
    let mut changes = 0;
    for _ in 0..runs {
        changes = strategy::diff(
            &store,
            client,
            VersionRef::Version(oldest),
            VersionRef::Version(newest),
        )?
        .len();
    }
    let diff_ms = started.elapsed().as_secs_f64() * 1000.0 / f64::from(runs);
    let json = serde_json::to_string(&loaded)?.len();
    println!(
        "seeded {}: {} segments, {} objectives, {} versions; load {load_ms:.2} ms ({json} bytes of JSON), open a version {version_ms:.2} ms, diff v1→v5 {diff_ms:.2} ms ({changes} changes)",
        path.display(),
        loaded.document.segments.len(),
        loaded
            .document
            .objectives
            .iter()
            .map(|o| 1 + o.micros.len())
            .sum::<usize>(),
        loaded.versions.len(),
    );
    Ok(())
}
