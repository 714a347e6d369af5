//! The calendar's items and the decisions of each client.

use super::*;

/// The client's own occasions, two recurring slots, and its items through
/// the CSV import in one transaction; "Cliente 00" gets the dense month too.
pub(super) fn seed_calendar(
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

pub(super) fn seed_decisions(
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
