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

mod common;

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

/// An answer for every kind of question, in the words a business would use.
fn answer(q: &Question, c: usize, channels: &[&str], owner: &str) -> AnswerInput {
    let key = q.template_key.as_deref().unwrap_or_default();
    let (_, business, place, kind) = SECTORS[c % SECTORS.len()];
    let options: Vec<&str> = q
        .options
        .iter()
        .map(|o| o.key.as_str())
        .filter(|k| !k.starts_with("none") && *k != "decide_later")
        .collect();
    let pick = |n: usize| {
        options
            .get(n % options.len().max(1))
            .map(|k| (*k).to_owned())
    };
    match q.kind {
        QuestionKind::ShortText | QuestionKind::LongText => {
            AnswerInput::Text(text_answer(key, business, place, owner))
        }
        QuestionKind::SingleChoice if key == "business.sector" => AnswerInput::Choice(kind.into()),
        QuestionKind::SingleChoice => AnswerInput::Choice(pick(c).unwrap_or_default()),
        QuestionKind::MultipleChoice => {
            // Quiet months are half a year from the busy ones.
            let shift = if key == "rhythm.quiet_months" { 6 } else { 0 };
            AnswerInput::Choices((0..3).filter_map(|j| pick(c + shift + j)).collect())
        }
        QuestionKind::Scale => AnswerInput::Scale(2 + (c % 4) as u8),
        QuestionKind::Number => AnswerInput::Number(match key {
            "goals.current_requests" => format!("{}", 5 + c % 20),
            "people.weekly_hours" => format!("{}", 4 + c % 6),
            "budget.agency_monthly" => format!("{}.{}00", 1 + c % 2, c % 10),
            _ => format!("{}", 150 + 50 * (c % 6)),
        }),
        QuestionKind::Date => AnswerInput::Date(match key {
            "rhythm.founding_date" => format!("{:02}/03/{}", 1 + c % 28, 1975 + c % 45),
            _ => "08/12/2026".into(),
        }),
        QuestionKind::Url => AnswerInput::Url(match key {
            "channels.website" => format!("https://www.cliente{c:02}.it"),
            _ => format!("https://g.page/cliente-{c:02}"),
        }),
        QuestionKind::Channels => AnswerInput::Channels(
            channels
                .iter()
                .map(|channel| ChannelEntry {
                    channel: (*channel).into(),
                    handle: format!("@cliente{c:02}"),
                })
                .collect(),
        ),
    }
}

/// `business` is the kind of business with its article: "una panetteria".
fn text_answer(key: &str, business: &str, place: &str, owner: &str) -> String {
    match key {
        "contacts.main_contact" => format!("{owner}, titolare"),
        "contacts.approver" => format!("{owner}; in sua assenza la collaboratrice più anziana"),
        "business.description" => format!(
            "Siamo {business} nel centro di {place}, in attività da più di vent'anni. Lavoriamo \
             in quattro, tutti del posto, e conosciamo per nome buona parte dei clienti."
        ),
        "business.main_offer" => "I prodotti di stagione, il servizio su misura e i pacchetti \
                                  regalo per le feste."
            .into(),
        "value_proposition.why_you" => format!(
            "Perché qui a {place} nessuno cura i dettagli come noi e il cliente si sente a casa."
        ),
        "value_proposition.values" => "Cura, onestà, legame con il territorio".into(),
        "audience.ideal_customer" => "Famiglie e professionisti tra i 30 e i 55 anni che \
                                      abitano in zona e tornano più volte al mese."
            .into(),
        "audience.wanted_customer" => "I ragazzi dell'università".into(),
        "competitors.main" => {
            format!("Altre due attività simili a {place} e la grande catena in periferia.")
        }
        "competitors.analysis" => "Pubblicano spesso ma con foto di repertorio; nessuno \
                                   racconta le persone che lavorano dietro al banco."
            .into(),
        "brand.adjectives" => "Accogliente, genuina, precisa".into(),
        "brand.do" => "Le mani al lavoro, i clienti abituali, le novità di stagione.".into(),
        "brand.dont" => "Foto sfocate, prezzi barrati, toni da televendita.".into(),
        "goals.business_goal" => "Aumentare del 15% gli incassi dei mesi tranquilli.".into(),
        "goals.micro" => "Arrivare a 2.000 follower su Instagram entro dicembre 2026 e a 60 \
                          commenti al mese su Facebook entro giugno 2027."
            .into(),
        "people.helpers" => "La figlia del titolare scatta le foto; una collaboratrice risponde \
                             ai messaggi."
            .into(),
        "people.onsite_capture" => format!("{owner} con il telefono, il sabato mattina"),
        "rhythm.key_dates" => format!(
            "14/02 San Valentino\n15/08 Ferragosto: chiusi\n08/12 Mercatino di Natale a {place}"
        ),
        "constraints.sector_rules" => {
            "Le norme sugli allergeni e sulla pubblicità dei prezzi.".into()
        }
        "constraints.never_publish" => "I volti dei bambini e i dati dei fornitori.".into(),
        _ => "Da definire con l'agenzia.".into(),
    }
}

fn seed_people(
    store: &Store,
    id: ClientId,
    c: usize,
    owner: &str,
    now: DateTime<Utc>,
) -> Result<Vec<PersonId>, Box<dyn Error>> {
    let skills = |n: u8| Skills {
        strategy: n % 3,
        copywriting: (n + 1) % 4,
        photo: (n + 2) % 4,
        video: n % 2,
        graphics: (n + 1) % 3,
        community: (n + 2) % 3,
        advertising: n % 4,
        analytics: (n + 3) % 4,
    };
    let mut people = vec![
        (owner.to_owned(), Side::Business, "Titolare", 6.0, skills(1)),
        (
            person_name(c, 1),
            Side::Agency,
            "Social media manager",
            10.0,
            skills(3),
        ),
    ];
    if c % 2 == 0 {
        people.push((
            person_name(c, 2),
            Side::Business,
            "Collaboratrice",
            3.0,
            skills(2),
        ));
    }
    let mut ids = Vec::new();
    for (name, side, role, weekly_hours, skills) in people {
        let input = PersonInput {
            name,
            side,
            role: role.into(),
            weekly_hours,
            skills,
        };
        ids.push(people::create(store, id, &input, now)?.id);
    }
    Ok(ids)
}

fn seed_strategy(
    store: &Store,
    id: ClientId,
    c: usize,
    channels: &[&str],
    now: DateTime<Utc>,
) -> Result<(), Box<dyn Error>> {
    let (_, business, place, _) = SECTORS[c % SECTORS.len()];
    let mission = format!("Essere {business} di riferimento per chi vive a {place}.");
    strategy::set_mission(store, id, &mission, now)?;
    let card = |segment_id, block, text: &str, rank| CardInput {
        id: None,
        segment_id,
        block,
        text: text.into(),
        rank,
    };
    for (name, who) in [
        ("Famiglie del quartiere", "genitori"),
        ("Professionisti", "chi lavora in zona"),
    ] {
        let doc = strategy::save_segment(
            store,
            id,
            &SegmentInput {
                id: None,
                name: name.into(),
                description: format!("Clienti abituali: {who}."),
            },
            now,
        )?;
        let segment = doc.document.segments.last().map(|s| s.id);
        for (block, text) in [
            (Block::Jobs, "Trovare in fretta quello che serve"),
            (Block::Pains, "Poco tempo, orari scomodi"),
            (Block::Gains, "Sentirsi riconosciuti e consigliati"),
        ] {
            strategy::save_card(store, id, &card(segment, block, text, 1), now)?;
        }
    }
    for (block, text) in [
        (Block::Values, "Cura del dettaglio"),
        (Block::ToneAdjectives, "Cordiale"),
        (Block::KeyMessages, "Qui ti conosciamo per nome"),
    ] {
        strategy::save_card(store, id, &card(None, block, text, 0), now)?;
    }
    for (name, share) in PILLARS {
        let input = PillarInput {
            id: None,
            name: name.into(),
            description: String::new(),
            share,
        };
        strategy::save_pillar(store, id, &input, now)?;
    }
    for channel in channels {
        common::plan_channel(store, id, channel, now)?;
    }
    let micro = [
        (channels[0], "followers", "1.000", "2.000", "31/12/2026"),
        (channels[1], "comments", "20", "60", "30/06/2027"),
    ];
    for ((title, category), (channel, metric, baseline, target, deadline)) in [
        ("Farci conoscere in città", ObjectiveCategory::Awareness),
        ("Una comunità che partecipa", ObjectiveCategory::Community),
    ]
    .into_iter()
    .zip(micro)
    {
        let doc =
            strategy::save_objective(store, id, &ObjectiveInput::new_macro(title, category), now)?;
        let input = ObjectiveInput {
            parent_id: doc.document.objectives.last().map(|o| o.id),
            category: None,
            title: format!("Più {metric} su {channel}"),
            channel: Some(channel.into()),
            metric: metric.into(),
            baseline: baseline.into(),
            target: target.into(),
            frequency: Some(Frequency::Month),
            period_start: "01/01/2026".into(),
            deadline: deadline.into(),
            ..ObjectiveInput::new_macro("", ObjectiveCategory::Awareness)
        };
        strategy::save_objective(store, id, &input, now)?;
    }
    Ok(())
}

/// 400 monthly values through the CSV import: eleven series over the three
/// years and the value of opportunities from September 2027.
fn seed_monitoring(
    store: &Store,
    id: ClientId,
    c: usize,
    channels: &[&str],
    now: DateTime<Utc>,
) -> Result<(), Box<dyn Error>> {
    let cadence = [ReviewCadence::Monthly, ReviewCadence::Quarterly][c % 2];
    let settings = MonitoringSettings {
        cadence,
        quiet_periods: 3,
    };
    monitoring::save_settings(store, id, &settings, now)?;
    let metric = MetricInput {
        id: None,
        name: "Prenotazioni".into(),
        family: Family::Contacts,
    };
    let custom = monitoring::save_metric(store, id, &metric, now)?
        .metrics
        .into_iter()
        .find(|m| m.name == "Prenotazioni")
        .ok_or("no custom metric")?
        .key;
    let mut file = String::from(
        "Mese;Canale;Visite;Contatti;Prenotazioni;Copertura;Follower;Commenti;Valore\r\n",
    );
    for m in 0..36 {
        let month = format!("01/{:02}/{}", m % 12 + 1, 2025 + m / 12);
        let value = if m >= 32 {
            format!("{}", 1_500 + 100 * (m - 32))
        } else {
            String::new()
        };
        let (visits, leads, bookings) = (
            600 + 12 * m + c * 53 % 300,
            4 + (m + c) % 9,
            10 + (m * 3 + c) % 15,
        );
        let _ = write!(
            file,
            "{month};Sito;{visits};{leads};{bookings};;;;{value}\r\n"
        );
        for (n, channel) in channels[..3].iter().enumerate() {
            let reach = 2_000 + 90 * m + (c * 31 + n * 400) % 500;
            let followers = 800 + 25 * m + 10 * c + 100 * n;
            let comments = if n < 2 {
                format!("{}", 20 + (m * 7 + c + n) % 40)
            } else {
                String::new()
            };
            let _ = write!(
                file,
                "{month};{channel};;;;{reach};{followers};{comments};\r\n"
            );
        }
    }
    let column = |column, metric: &str| MetricColumn {
        column,
        metric: metric.into(),
    };
    let mapping = ImportMapping {
        date_column: 0,
        channel_column: Some(1),
        channel: String::new(),
        period: Period::Month,
        metrics: vec![
            column(2, "visits"),
            column(3, "leads"),
            column(4, &custom),
            column(5, "reach"),
            column(6, "followers"),
            column(7, "comments"),
            column(8, "value"),
        ],
    };
    let written = monitoring::apply_import(store, id, file.as_bytes(), &mapping, now)?;
    if written != 400 {
        return Err(format!("{written} measurements instead of 400").into());
    }
    Ok(())
}

fn seed_split(
    store: &Store,
    id: ClientId,
    people: &[PersonId],
    now: DateTime<Utc>,
) -> Result<(), Box<dyn Error>> {
    let sp = split::get(store, id, now)?;
    for ((key, side), channel) in [
        ("copywriting", SplitSide::Agency),
        ("photo_video", SplitSide::Business),
    ]
    .into_iter()
    .zip(&sp.channels)
    {
        let activity = sp.activities.iter().find(|a| a.key == key).ok_or(key)?;
        let input = CellInput {
            phase: sp.phase,
            activity_id: activity.id,
            channel_id: channel.id,
            side,
            business_hours: 2.0,
            agency_hours: 4.0,
            raci: vec![RaciEntry {
                person_id: people[0],
                role: Role::Accountable,
            }],
            rationale: String::new(),
        };
        split::save_cell(store, id, &input, now)?;
    }
    Ok(())
}

/// The client's own occasions, two recurring slots, and its items through
/// the CSV import in one transaction; "Cliente 00" gets the dense month too.
fn seed_calendar(
    store: &Store,
    id: ClientId,
    c: usize,
    channels: &[&str],
    items: usize,
    now: DateTime<Utc>,
) -> Result<(), Box<dyn Error>> {
    let (_, _, place, _) = SECTORS[c % SECTORS.len()];
    for (name, starts_on, ends_on) in [
        (
            "Anniversario dell'apertura".into(),
            format!("{:02}/03/2025", 1 + c % 28),
            "",
        ),
        (
            format!("Mercatino di Natale a {place}"),
            "05/12/2026".into(),
            "24/12/2026",
        ),
    ] {
        let input = OccasionInput {
            name,
            starts_on,
            ends_on: ends_on.into(),
            yearly: true,
        };
        occasions::save(store, id, None, &input, now)?;
    }
    for (channel, title, weekday, time) in [
        (channels[0], "Il consiglio della settimana", 2, "12:30"),
        (channels[1], "Il prodotto del weekend", 5, "18:00"),
    ] {
        let input = SlotInput {
            channel: channel.into(),
            title: title.into(),
            weekday,
            time: time.into(),
            pillar_id: None,
        };
        slots::add(store, id, &input, now)?;
    }
    let first = NaiveDate::from_ymd_opt(2025, 1, 1).ok_or("date")?;
    let today = now.date_naive();
    let row = |out: &mut String, i: usize, day: NaiveDate, minute: usize| {
        let status = if day < today {
            if i % 25 == 0 {
                "annullato"
            } else {
                "pubblicato"
            }
        } else if day < today + Duration::days(14) {
            ["programmato", "approvato"][i % 2]
        } else {
            ["bozza", "idee", "in revisione", "bozza", "approvato"][i % 5]
        };
        let title = TITLES[i % TITLES.len()];
        let _ = write!(
            out,
            "{};{title} n. {i};{title}: due righe per raccontarlo, con una domanda finale.;{};{:02}:{:02};{status};{}\r\n",
            channels[i % channels.len()],
            day.format("%d/%m/%Y"),
            8 + minute / 60 % 12,
            minute % 60,
            PILLARS[i % PILLARS.len()].0,
        );
    };
    let mut file = String::from("Canale;Titolo;Testo;Data;Ora;Stato;Pilastro\r\n");
    for i in 0..items {
        let day = first + Duration::days((i * DAYS / items) as i64);
        row(&mut file, i, day, i * 37 % 600);
    }
    if c == 0 {
        let december = NaiveDate::from_ymd_opt(2026, 12, 1).ok_or("date")?;
        for i in 0..DENSE {
            row(
                &mut file,
                i,
                december + Duration::days((i % 31) as i64),
                i * 7 % 600,
            );
        }
    }
    transfer::apply(store, id, file.as_bytes(), now, &mut |_, _| {})?;
    Ok(())
}

fn seed_decisions(
    store: &Store,
    id: ClientId,
    owner: &str,
    now: DateTime<Utc>,
) -> Result<(), Box<dyn Error>> {
    let decision = |title: &str, options: &[&str], choice: &str, proposed_by| DecisionInput {
        title: title.into(),
        context: "Emerso nella riunione di ottobre.".into(),
        options: options.iter().map(|o| (*o).to_owned()).collect(),
        choice: choice.into(),
        rationale: String::new(),
        proposed_by,
        subject: None,
        supersedes: None,
    };
    decisions::create(
        store,
        id,
        &decision(
            "Provare le dirette del venerdì?",
            &["Sì, da gennaio", "No, per ora"],
            "",
            Side::Agency,
        ),
        now,
    )?;
    let budget = decisions::create(
        store,
        id,
        &decision(
            "Budget pubblicitario di dicembre",
            &["200 €", "300 €"],
            "300 € sui post del mercatino",
            Side::Business,
        ),
        now - Duration::days(5),
    )?;
    let approval = ApprovalInput {
        by: owner.into(),
        via: Some(ApprovalVia::Email),
        at: "2026-10-28T11:00:00Z".into(),
    };
    decisions::decide(store, budget.id, Outcome::Approve, &approval, now)?;
    Ok(())
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

/// The reads the benchmark times, with the IPC arguments the UI sends.
fn plan(
    store: &Store,
    items: usize,
    first: &Seeded,
    version: VersionId,
    item: ItemId,
) -> Result<Value, Box<dyn Error>> {
    let client = first.id.to_string();
    let (from, to) = GRID;
    let grid = |client_id: Option<&str>| {
        json!({ "query": {
            "clientId": client_id, "from": from, "to": to, "channels": [], "statuses": [],
            "pillarId": null, "objectiveId": null, "ownerSide": null,
        } })
    };
    let review = reviews::get(store, first.review)?;
    let review_item = review.items.first().ok_or("the review has no agenda")?;
    let by_id = |name, label, id: String| (name, label, json!({ "id": id }));
    let of_client = |name, label| (name, label, json!({ "clientId": client }));
    let no_filter =
        json!({ "status": null, "subjectKind": null, "proposedBy": null, "search": "" });
    let keep = json!({ "outcome": "keep", "note": "", "scope": null, "target": "", "start": null });
    let commands = [
        (
            "list_calendar",
            "month grid of Cliente 00, December 2026",
            grid(Some(&client)),
        ),
        (
            "list_calendar",
            "agency overview, December 2026 grid",
            grid(None),
        ),
        ("app_status", "status at start-up", json!({})),
        ("list_backups", "snapshots in Settings", json!({})),
        ("list_timezones", "time zones of the client form", json!({})),
        (
            "list_clients",
            "clients list (50)",
            json!({ "query": { "search": "", "includeArchived": false } }),
        ),
        by_id("get_client", "Cliente 00", client.clone()),
        of_client("list_people", "people of Cliente 00"),
        of_client(
            "get_questionnaire",
            "questionnaire, every question answered",
        ),
        of_client("get_strategy", "strategy of Cliente 00"),
        by_id(
            "get_strategy_version",
            "approved version 1",
            version.to_string(),
        ),
        (
            "diff_strategy",
            "version 1 against the draft",
            json!({ "clientId": client, "from": { "kind": "version", "id": version }, "to": { "kind": "draft" } }),
        ),
        (
            "list_decisions",
            "decision log, unfiltered",
            json!({ "clientId": client, "query": no_filter }),
        ),
        by_id(
            "get_item",
            "an item in review, with comments",
            item.to_string(),
        ),
        (
            "list_occasions",
            "occasions in the December 2026 grid",
            json!({ "clientId": client, "from": from, "to": to }),
        ),
        of_client("list_own_occasions", "own occasions of Cliente 00"),
        of_client("suggest_occasions", "occasions the questionnaire suggests"),
        of_client("list_slots", "recurring slots of Cliente 00"),
        (
            "calendar_cadence",
            "cadence, 4 weeks from 30 November 2026",
            json!({ "clientId": client, "from": from, "weeks": 4 }),
        ),
        of_client("get_split", "in-house / agency split of Cliente 00"),
        of_client("get_monitoring", "monitoring of Cliente 00 (400 values)"),
        of_client("list_reviews", "reviews of Cliente 00"),
        by_id(
            "get_review",
            "the October 2026 review",
            first.review.to_string(),
        ),
        (
            "preview_review_outcome",
            "keeping the review's first item",
            json!({ "itemId": review_item.id, "input": keep }),
        ),
        of_client("get_share", "sharing of Cliente 00, changes waiting"),
    ];
    let mut out: Vec<Value> = commands
        .into_iter()
        .map(|(name, label, args)| json!({ "name": name, "label": label, "args": args }))
        .collect();
    if let Some(month) = out.first_mut() {
        month["key"] = json!("month");
    }
    // The draft differs from version 1 (the mission), so the diff has rows.
    let changes = strategy::diff(
        store,
        first.id,
        VersionRef::Version(version),
        VersionRef::Draft,
    )?;
    if changes.is_empty() {
        return Err("the draft does not differ from version 1".into());
    }
    Ok(json!({ "items": items, "client": client, "commands": out }))
}
