//! What each client holds: questionnaire answers, people, strategy,
//! monitoring and the split.

use super::*;

/// An answer for every kind of question, in the words a business would use.
pub(super) fn answer(q: &Question, c: usize, channels: &[&str], owner: &str) -> AnswerInput {
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
pub(super) fn text_answer(key: &str, business: &str, place: &str, owner: &str) -> String {
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

pub(super) fn seed_people(
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

pub(super) fn seed_strategy(
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
pub(super) fn seed_monitoring(
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

pub(super) fn seed_split(
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
