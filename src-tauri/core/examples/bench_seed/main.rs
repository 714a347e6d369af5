//! Seeds the benchmark's agency database and writes the plan of reads it
//! times. The agency "Studio Nord" has 50 clients, "Cliente 00" … "Cliente
//! 49", each with a filled questionnaire, a strategy, people, decisions, a
//! review, monitoring (400 values each, 20,000 in all) and a share of
//! `<items>` content items spread over 2025–2027. "Cliente 00" also has
//! exactly 2,000 more items in December 2026, in both sizes, so the densest
//! month holds the same rows on 80,000 items as on 8,000; its strategy has
//! an approved version and a draft after it, and it is shared.
//!
//! Everything goes through the core's services at a fixed `now`, so every
//! run makes the same content (ids, secrets and the snapshot differ).
//!
//! The plan lists the read commands of `command_names.rs` with the IPC
//! arguments the UI sends (names as in `ui/src/bindings.ts`), all but three:
//! `preview_import`, `preview_measurements_import` and `preview_invitation`
//! read a file the user picks in a dialog, so they would time parsing that
//! file rather than the database (and an invitation is opened by a business
//! install, not by this agency one). Two reads are not pure: `get_split`
//! runs in a write transaction (it makes the split on a client's first
//! look; here every split exists, so nothing changes) and
//! `get_questionnaire` writes when the template has grown (not here).
//! `cargo run -p regia-core --release --example bench_seed -- <regia.db> <items> <plan.json>`

use std::error::Error;
use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use regia_core::backups;
use regia_core::calendar::occasions::{self, OccasionInput};
use regia_core::calendar::slots::{self, SlotInput};
use regia_core::calendar::transfer;
use regia_core::calendar::view::{self, CalendarQuery};
use regia_core::calendar::{ItemStatus, workflow};
use regia_core::clients::{self, ClientInput, ClientStatus, Phase};
use regia_core::decisions::{self, ApprovalInput, ApprovalVia, DecisionInput, Outcome};
use regia_core::ids::{ClientId, ItemId, PersonId, ReviewId, VersionId};
use regia_core::monitoring::{
    self, Family, ImportMapping, MetricColumn, MetricInput, MonitoringSettings, Period,
    ReviewCadence,
};
use regia_core::people::{self, PersonInput, Skills};
use regia_core::questionnaire::{self, AnswerInput, ChannelEntry, Question, QuestionKind};
use regia_core::reviews::{self, MinutesInput, ReviewInput};
use regia_core::sharing;
use regia_core::split::recommend::SplitSide;
use regia_core::split::{self, CellInput, RaciEntry, Role};
use regia_core::strategy::{
    self, Block, CardInput, Frequency, ObjectiveCategory, ObjectiveInput, PillarInput,
    SegmentInput, VersionRef,
};
use regia_core::{Language, Side, Store};
use serde_json::{Value, json};

#[path = "../common/mod.rs"]
mod common;
mod content;
mod plan;
mod work;

use content::*;
use plan::*;
use work::*;

const USAGE: &str = "usage: bench_seed <regia.db> <items> <plan.json>";
const NOW: &str = "2026-11-01T09:00:00Z";
const CLIENTS: usize = 50;
const DENSE: usize = 2_000;
/// 2025-01-01 … 2027-12-31.
const DAYS: usize = 1_095;
/// The 6-week grid the month view reads for December 2026 (`monthGrid`).
const GRID: (&str, &str) = ("2026-11-30", "2027-01-10");

/// What kind of business a client is: its sector, town, questionnaire key.
const SECTORS: [(&str, &str, &str, &str); 8] = [
    ("Panetteria", "una panetteria", "Modena", "bar_pastry"),
    ("Trattoria", "una trattoria", "Bologna", "restaurant"),
    (
        "Parrucchiere",
        "un parrucchiere",
        "Parma",
        "beauty_wellness",
    ),
    ("Ferramenta", "una ferramenta", "Reggio Emilia", "shop"),
    (
        "Studio di architettura",
        "uno studio di architettura",
        "Ferrara",
        "professional_studio",
    ),
    ("Agriturismo", "un agriturismo", "Lucca", "hospitality"),
    (
        "Laboratorio di ceramica",
        "un laboratorio di ceramica",
        "Faenza",
        "craft_workshop",
    ),
    ("Gelateria", "una gelateria", "Rimini", "bar_pastry"),
];
const CHANNEL_SETS: [[&str; 4]; 3] = [
    ["instagram", "facebook", "google_business", "tiktok"],
    ["instagram", "facebook", "linkedin", "newsletter"],
    ["facebook", "instagram", "whatsapp", "youtube"],
];
const FIRST_NAMES: [&str; 10] = [
    "Giulia",
    "Marco",
    "Francesca",
    "Luca",
    "Chiara",
    "Andrea",
    "Sara",
    "Matteo",
    "Elena",
    "Paolo",
];
const LAST_NAMES: [&str; 10] = [
    "Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco",
    "Conti",
];
const PILLARS: [(&str, i32); 3] = [("Prodotto", 40), ("Persone", 35), ("Consigli", 25)];
const TITLES: [&str; 8] = [
    "Dietro le quinte",
    "Il prodotto della settimana",
    "Il consiglio del giorno",
    "Una storia dai clienti",
    "Novità in bottega",
    "Domande frequenti",
    "Il team si presenta",
    "L'offerta del mese",
];

/// What the plan needs to know about a seeded client.
struct Seeded {
    id: ClientId,
    owner: String,
    review: ReviewId,
}

fn at(text: &str) -> Result<DateTime<Utc>, Box<dyn Error>> {
    Ok(text.parse()?)
}

fn person_name(c: usize, n: usize) -> String {
    format!(
        "{} {}",
        FIRST_NAMES[(c + 3 * n) % FIRST_NAMES.len()],
        LAST_NAMES[(c * 7 + n) % LAST_NAMES.len()]
    )
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, db, items, plan_path] = args.as_slice() else {
        return Err(USAGE.into());
    };
    let items: usize = items.parse()?;
    if items < DENSE + CLIENTS {
        return Err(format!("at least {} items", DENSE + CLIENTS).into());
    }
    if Path::new(db).exists() {
        return Err(format!("{db} exists: bench_seed fills a new database").into());
    }
    let now = at(NOW)?;
    let started = Instant::now();
    let (_, store) = common::agency_store_at(USAGE, now)?;
    let spread = items - DENSE;
    let mut first = None;
    for c in 0..CLIENTS {
        let share = spread / CLIENTS + usize::from(c < spread % CLIENTS);
        let seeded = seed_client(&store, c, share, now)?;
        first.get_or_insert(seeded);
    }
    let first = first.ok_or("no client")?;
    let (version, item) = finish_first(&store, &first, db, now)?;
    // Today's snapshot, so the app launched on this file takes none while it is measured.
    backups::daily(&store, Utc::now())?;
    let plan = plan(&store, items, &first, version, item)?;
    std::fs::write(plan_path, serde_json::to_string_pretty(&plan)?)?;
    println!(
        "seeded {db}: 50 clients, {items} items (2,000 of Cliente 00 in December 2026), 20,000 measurements in {:.1} s; plan in {plan_path}",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn seed_client(
    store: &Store,
    c: usize,
    items: usize,
    now: DateTime<Utc>,
) -> Result<Seeded, Box<dyn Error>> {
    let (sector, _, place, _) = SECTORS[c % SECTORS.len()];
    let channels = &CHANNEL_SETS[c % CHANNEL_SETS.len()][..3 + usize::from(c % 2 == 0)];
    let id = clients::create(
        store,
        &ClientInput {
            sector: sector.into(),
            place: place.into(),
            website: format!("https://www.cliente{c:02}.it"),
            phase: [Phase::Startup, Phase::Growth, Phase::Autonomy][c % 3],
            status: ClientStatus::Active,
            ..ClientInput::named(&format!("Cliente {c:02}"), Language::Italian)
        },
        now,
    )?
    .id;
    let owner = person_name(c, 0);
    let loaded = questionnaire::load(store, id, now)?;
    for q in loaded.sections.iter().flat_map(|s| &s.questions) {
        questionnaire::save_answer(store, q.id, &answer(q, c, channels, &owner), now)?;
    }
    let people = seed_people(store, id, c, &owner, now)?;
    seed_strategy(store, id, c, channels, now)?;
    seed_monitoring(store, id, c, channels, now)?;
    seed_split(store, id, &people, now)?;
    seed_calendar(store, id, c, channels, items, now)?;
    seed_decisions(store, id, &owner, now)?;
    let review = reviews::create(
        store,
        id,
        &ReviewInput {
            held_on: "15/10/2026".into(),
            attendees: format!("{owner}, {}", person_name(c, 1)),
        },
        now,
    )?
    .id;
    reviews::save_minutes(
        store,
        review,
        &MinutesInput {
            attendees: format!("{owner}, {}", person_name(c, 1)),
            minutes: "Guardati i numeri di settembre: bene Instagram, da rivedere i post del \
                      venerdì. Prossimo incontro a novembre."
                .into(),
        },
        now,
    )?;
    Ok(Seeded { id, owner, review })
}

/// "Cliente 00" only: an approved version of its strategy with a draft after
/// it, an item in review with comments, and the client shared with changes
/// waiting to go. Returns the version and the item.
fn finish_first(
    store: &Store,
    first: &Seeded,
    db: &str,
    now: DateTime<Utc>,
) -> Result<(VersionId, ItemId), Box<dyn Error>> {
    let submitted = strategy::submit_strategy(store, first.id, at("2026-10-20T10:00:00Z")?)?;
    let version = submitted.open_version.ok_or("no open version")?.id;
    let approval = ApprovalInput {
        by: first.owner.clone(),
        via: Some(ApprovalVia::Meeting),
        at: "2026-10-22T15:00:00Z".into(),
    };
    strategy::approve_version(store, version, &approval, now)?;
    let invitation = Path::new(db).with_extension("invitation");
    sharing::invite(store, first.id, &invitation, now)?;
    std::fs::remove_file(&invitation)?;
    // From here on, what changes is recorded for the business's install.
    strategy::set_mission(
        store,
        first.id,
        "Essere la panetteria del quartiere, da tre generazioni.",
        now,
    )?;
    let day = NaiveDate::from_ymd_opt(2026, 12, 15).ok_or("date")?;
    let item = view::entries(
        store,
        &CalendarQuery {
            client_id: Some(first.id),
            from: day,
            to: day,
            ..Default::default()
        },
    )?
    .into_iter()
    .find(|e| e.status == ItemStatus::Draft)
    .ok_or("no draft on 15 December")?
    .id;
    workflow::set_status(
        store,
        item,
        ItemStatus::InReview,
        None,
        "Pronto da rivedere",
        now,
    )?;
    for (author, body) in [
        (
            first.owner.as_str(),
            "Cambierei la foto: meglio quella del banco.",
        ),
        ("Studio Nord", "Fatto, ora c'è la foto del banco."),
    ] {
        workflow::add_comment(store, item, author, body, now)?;
    }
    Ok((version, item))
}
