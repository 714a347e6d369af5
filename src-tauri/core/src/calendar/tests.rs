mod transfer;

use chrono::{Duration, NaiveDate, NaiveTime, Utc};

use super::ItemStatus;
use super::items::{self, ItemInput};
use super::view::{self, CalendarQuery};
use super::workflow;
use crate::clients::{self, ClientInput};
use crate::decisions::{ApprovalInput, ApprovalVia};
use crate::enums::{Language, Side};
use crate::error::{ErrorCode, ErrorKind};
use crate::testing::{Fixture, add_client, fixture};
use crate::time;

fn input(channels: &[&str], title: &str, date: &str, at: &str) -> ItemInput {
    ItemInput {
        channels: channels.iter().map(|c| (*c).to_owned()).collect(),
        title: title.into(),
        caption: format!("{title}: testo"),
        date: date.into(),
        time: at.into(),
        status: ItemStatus::Draft,
        pillar_id: None,
        objective_id: None,
        occasion: None,
        owner_id: None,
        activity_id: None,
        notes: String::new(),
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn month(f: &Fixture, y: i32, m: u32) -> Vec<view::CalendarEntry> {
    let from = day(y, m, 1);
    let to = if m == 12 {
        day(y + 1, 1, 1)
    } else {
        day(y, m + 1, 1)
    } - Duration::days(1);
    view::entries(
        &f.store,
        &CalendarQuery {
            client_id: Some(f.client),
            from,
            to,
            ..Default::default()
        },
    )
    .unwrap()
}

fn meeting() -> ApprovalInput {
    ApprovalInput {
        by: "Maria Rossi".into(),
        via: Some(ApprovalVia::Meeting),
        at: time::to_text(Utc::now()),
    }
}

#[test]
fn one_content_on_two_channels_is_two_linked_variants() {
    let f = fixture(Side::Agency);
    let made = items::create(
        &f.store,
        f.client,
        &input(
            &["instagram", "facebook", "instagram"],
            "Torta del mese",
            "15/12/2026",
            "18:30",
        ),
        Utc::now(),
    )
    .unwrap();
    assert_eq!(made.len(), 2, "a channel named twice is one item");
    assert_eq!(made[0].group_id, made[1].group_id);
    let mut facebook = input(&[], "Torta del mese", "15/12/2026", "18:30");
    facebook.caption = "Su Facebook, una didascalia più lunga.".into();
    let detail = items::update(&f.store, made[1].id, &facebook, Utc::now()).unwrap();
    assert_eq!(detail.variants.len(), 1);
    assert_eq!(
        detail.variants[0].caption, "Torta del mese: testo",
        "each variant keeps its own caption"
    );
    assert_eq!(detail.item.sequence, 1);

    let more = items::add_variant(&f.store, made[0].id, "linkedin", Utc::now()).unwrap();
    assert_eq!(more.variants.len(), 2);
    let e = items::add_variant(&f.store, made[0].id, "facebook", Utc::now()).unwrap_err();
    assert_eq!(e.code(), ErrorCode::DuplicateChannel);
}

#[test]
fn bad_items_are_refused_with_their_field() {
    let f = fixture(Side::Agency);
    let cases = [
        (
            input(&["instagram"], "  ", "15/12/2026", ""),
            "title",
            ErrorCode::Required,
        ),
        (
            input(&[], "Post", "15/12/2026", ""),
            "channels",
            ErrorCode::Required,
        ),
        (
            input(&["myspace"], "Post", "15/12/2026", ""),
            "channels",
            ErrorCode::InvalidChoice,
        ),
        (
            input(&["instagram"], "Post", "31/02/2026", ""),
            "date",
            ErrorCode::InvalidDate,
        ),
        (
            input(&["instagram"], "Post", "15/12/1999", ""),
            "date",
            ErrorCode::OutOfRange,
        ),
        (
            input(&["instagram"], "Post", "15/12/2026", "25:00"),
            "time",
            ErrorCode::InvalidTime,
        ),
        // The spring-forward hour does not exist in Europe/Rome.
        (
            input(&["instagram"], "Post", "29/03/2026", "02:30"),
            "time",
            ErrorCode::NonexistentTime,
        ),
    ];
    for (bad, field, code) in cases {
        let e = items::create(&f.store, f.client, &bad, Utc::now()).unwrap_err();
        assert_eq!((e.field(), e.code()), (Some(field), code), "{field}");
    }
    // A pillar of another client is not this client's.
    let other = add_client(&f.store, "Bar Sport");
    let s = crate::strategy::save_pillar(
        &f.store,
        other,
        &crate::strategy::PillarInput {
            id: None,
            name: "Caffè".into(),
            description: String::new(),
            share: 100,
        },
        Utc::now(),
    )
    .unwrap();
    let foreign = ItemInput {
        pillar_id: Some(s.document.pillars[0].id),
        ..input(&["instagram"], "Post", "15/12/2026", "")
    };
    assert_eq!(
        items::create(&f.store, f.client, &foreign, Utc::now())
            .unwrap_err()
            .field(),
        Some("pillarId")
    );
    assert!(month(&f, 2026, 12).is_empty(), "nothing was written");
}

#[test]
fn daylight_saving_changes_in_rome_are_handled() {
    let f = fixture(Side::Agency);
    // Fall back: 02:30 on 25/10/2026 happens twice; the first (CEST, +2) is meant.
    let made = items::create(
        &f.store,
        f.client,
        &input(&["instagram"], "Autunno", "25/10/2026", "02:30"),
        Utc::now(),
    )
    .unwrap();
    assert_eq!(
        time::to_text(made[0].planned_at.unwrap()),
        "2026-10-25T00:30:00.000Z"
    );
    // Spring forward: a dragged item at 02:30 lands at 03:30, the first time that exists.
    let made = items::create(
        &f.store,
        f.client,
        &input(&["instagram"], "Primavera", "28/03/2026", "02:30"),
        Utc::now(),
    )
    .unwrap();
    let moved =
        items::reschedule(&f.store, made[0].id, day(2026, 3, 29), None, Utc::now()).unwrap();
    assert_eq!(
        moved.planned_local.unwrap().time(),
        NaiveTime::from_hms_opt(3, 30, 0).unwrap()
    );
    assert_eq!(
        time::to_text(moved.planned_at.unwrap()),
        "2026-03-29T01:30:00.000Z"
    );
    // An ordinary day keeps the wall-clock time across the change: 10:00 is 09:00Z in winter, 08:00Z in summer.
    let winter = items::create(
        &f.store,
        f.client,
        &input(&["instagram"], "Inverno", "20/03/2026", "10:00"),
        Utc::now(),
    )
    .unwrap();
    let summer =
        items::reschedule(&f.store, winter[0].id, day(2026, 4, 2), None, Utc::now()).unwrap();
    assert_eq!(
        time::to_text(winter[0].planned_at.unwrap()),
        "2026-03-20T09:00:00.000Z"
    );
    assert_eq!(
        time::to_text(summer.planned_at.unwrap()),
        "2026-04-02T08:00:00.000Z"
    );
}

#[test]
fn a_month_is_read_by_wall_clock_day_with_filters() {
    let f = fixture(Side::Agency);
    // 30/11 at 23:30 in Rome is 22:30Z: November. 01/12 at 00:30 is 23:30Z on 30/11: December.
    items::create(
        &f.store,
        f.client,
        &input(&["instagram"], "Ultimo di novembre", "30/11/2026", "23:30"),
        Utc::now(),
    )
    .unwrap();
    items::create(
        &f.store,
        f.client,
        &input(&["facebook"], "Primo di dicembre", "01/12/2026", "00:30"),
        Utc::now(),
    )
    .unwrap();
    let idea = ItemInput {
        status: ItemStatus::Idea,
        ..input(&["instagram"], "Idea", "10/12/2026", "")
    };
    items::create(&f.store, f.client, &idea, Utc::now()).unwrap();
    items::create(
        &f.store,
        f.client,
        &input(&["instagram"], "Senza data", "", ""),
        Utc::now(),
    )
    .unwrap();
    let titles = |v: Vec<view::CalendarEntry>| v.into_iter().map(|e| e.title).collect::<Vec<_>>();
    assert_eq!(titles(month(&f, 2026, 11)), ["Ultimo di novembre"]);
    assert_eq!(titles(month(&f, 2026, 12)), ["Primo di dicembre", "Idea"]);
    let q = |channels: Vec<String>, statuses: Vec<ItemStatus>| CalendarQuery {
        client_id: Some(f.client),
        from: day(2026, 12, 1),
        to: day(2026, 12, 31),
        channels,
        statuses,
        ..Default::default()
    };
    assert_eq!(
        titles(view::entries(&f.store, &q(vec!["facebook".into()], vec![])).unwrap()),
        ["Primo di dicembre"]
    );
    assert_eq!(
        titles(view::entries(&f.store, &q(vec![], vec![ItemStatus::Idea])).unwrap()),
        ["Idea"]
    );
    let long = CalendarQuery {
        to: day(2027, 6, 1),
        ..q(vec![], vec![])
    };
    assert_eq!(
        view::entries(&f.store, &long).unwrap_err().field(),
        Some("to")
    );

    // The overview covers every client that is not archived.
    let other = add_client(&f.store, "Bar Sport");
    items::create(
        &f.store,
        other,
        &input(&["instagram"], "Aperitivo", "05/12/2026", "19:00"),
        Utc::now(),
    )
    .unwrap();
    let all = CalendarQuery {
        client_id: None,
        ..q(vec![], vec![])
    };
    assert_eq!(view::entries(&f.store, &all).unwrap().len(), 3);
    clients::archive(&f.store, other, Utc::now()).unwrap();
    assert_eq!(view::entries(&f.store, &all).unwrap().len(), 2);
}

#[test]
fn a_grid_reads_each_days_count_and_only_its_first_items() {
    let f = fixture(Side::Agency);
    // Five on the 10th, out of time order, one on the 12th, one in November.
    for (title, at) in [
        ("Sera", "21:00"),
        ("Mattina", "08:00"),
        ("Pranzo", "12:30"),
        ("Alba", "06:15"),
        ("Merenda", "16:00"),
    ] {
        items::create(
            &f.store,
            f.client,
            &input(&["instagram"], title, "10/12/2026", at),
            Utc::now(),
        )
        .unwrap();
    }
    items::create(
        &f.store,
        f.client,
        &input(&["facebook"], "Unico", "12/12/2026", "10:00"),
        Utc::now(),
    )
    .unwrap();
    items::create(
        &f.store,
        f.client,
        &input(&["facebook"], "Prima", "29/11/2026", "10:00"),
        Utc::now(),
    )
    .unwrap();
    let q = CalendarQuery {
        client_id: Some(f.client),
        from: day(2026, 11, 30),
        to: day(2027, 1, 10),
        ..Default::default()
    };
    let grid = view::days(&f.store, &q, 3).unwrap();
    let summary: Vec<(NaiveDate, u32, Vec<String>)> = grid
        .into_iter()
        .map(|d| {
            (
                d.day,
                d.count,
                d.entries.into_iter().map(|e| e.title).collect(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                day(2026, 12, 10),
                5,
                vec!["Alba".to_owned(), "Mattina".into(), "Pranzo".into()]
            ),
            (day(2026, 12, 12), 1, vec!["Unico".to_owned()]),
        ]
    );
    // The chips are the first of the full read of the same range, in its
    // order, each on its entry's day and at its time; a client's calendar
    // leaves the client out, the overview names it.
    let full = view::entries(&f.store, &q).unwrap();
    let week = view::days(&f.store, &q, 40).unwrap();
    let chips: Vec<_> = week
        .into_iter()
        .flat_map(|d| d.entries.into_iter().map(move |c| (d.day, c)))
        .collect();
    assert_eq!(chips.len(), full.len());
    for ((on, chip), entry) in chips.iter().zip(&full) {
        assert_eq!((chip.id, chip.client_id), (entry.id, None));
        assert_eq!(on.and_time(chip.time), entry.planned_local);
        assert_eq!(
            (&chip.channel, &chip.title, chip.status),
            (&entry.channel, &entry.title, entry.status)
        );
    }
    let overview = CalendarQuery {
        client_id: None,
        ..q.clone()
    };
    let named: Vec<_> = view::days(&f.store, &overview, 40)
        .unwrap()
        .into_iter()
        .flat_map(|d| d.entries)
        .map(|c| c.client_id)
        .collect();
    assert_eq!(named, vec![Some(f.client); full.len()]);
    // On the wire, a client's chips leave the key out; the overview's carry it.
    let wire =
        |q: &CalendarQuery| serde_json::to_value(view::days(&f.store, q, 3).unwrap()).unwrap();
    let chip = |grid: &serde_json::Value| grid[0]["entries"][0].clone();
    assert!(chip(&wire(&q)).get("clientId").is_none());
    assert_eq!(
        chip(&wire(&overview))["clientId"],
        serde_json::json!(f.client)
    );
    // Filters apply before the count.
    let facebook = CalendarQuery {
        channels: vec!["facebook".into()],
        ..q.clone()
    };
    let only = view::days(&f.store, &facebook, 3).unwrap();
    assert_eq!(
        only.iter().map(|d| (d.day, d.count)).collect::<Vec<_>>(),
        [(day(2026, 12, 12), 1)]
    );
    for bad in [0, view::MAX_PER_DAY + 1] {
        let error = view::days(&f.store, &q, bad).unwrap_err();
        assert_eq!(error.field(), Some("perDay"));
        assert_eq!(error.code(), ErrorCode::OutOfRange);
    }
    let long = CalendarQuery {
        to: day(2027, 6, 1),
        ..q
    };
    assert_eq!(
        view::days(&f.store, &long, 3).unwrap_err().field(),
        Some("to")
    );
}

mod grid {
    use proptest::prelude::*;

    use super::*;

    /// What a grid read must equal: the full read of the range, grouped by
    /// day, each day cut to its first `per_day`.
    fn by_the_full_read(f: &Fixture, q: &CalendarQuery, per_day: usize) -> Vec<view::CalendarDay> {
        let mut out: Vec<view::CalendarDay> = Vec::new();
        for entry in view::entries(&f.store, q).unwrap() {
            let date = entry.planned_local.date();
            match out.last_mut() {
                Some(last) if last.day == date => {
                    last.count += 1;
                    if last.entries.len() < per_day {
                        last.entries.push(view::GridChip::of(entry, q));
                    }
                }
                _ => out.push(view::CalendarDay {
                    day: date,
                    count: 1,
                    entries: vec![view::GridChip::of(entry, q)],
                }),
            }
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        // Many items on few days and few minutes, so days overflow and
        // items share a minute (ordered by id) at the cut.
        #[test]
        fn a_grid_read_is_the_full_read_cut_per_day(
            items in prop::collection::vec((0..2usize, 0..4u32, 0..3usize, any::<bool>()), 0..40),
            per_day in 1..5u32,
            overview in any::<bool>(),
            only_facebook in any::<bool>(),
            reversed in any::<bool>(),
        ) {
            let f = fixture(Side::Agency);
            let other = add_client(&f.store, "Bar Centrale");
            for (n, (client, date, at, both)) in items.into_iter().enumerate() {
                let channels: &[&str] = if both { &["instagram", "facebook"] } else { &["instagram"] };
                items::create(
                    &f.store,
                    if client == 0 { f.client } else { other },
                    &input(channels, &format!("Post {n}"), &format!("{:02}/12/2026", 9 + date), ["09:00", "09:30", "18:00"][at]),
                    Utc::now(),
                )
                .unwrap();
            }
            if reversed {
                // Rows stored against the order of their ids, as items
                // received from the paired install or after a VACUUM can be.
                f.store
                    .write(|tx| Ok(tx.execute("UPDATE content_items SET rowid = -rowid", [])?))
                    .unwrap();
            }
            let q = CalendarQuery {
                client_id: (!overview).then_some(f.client),
                from: day(2026, 12, 10),
                to: day(2026, 12, 31),
                channels: if only_facebook { vec!["facebook".into()] } else { vec![] },
                ..Default::default()
            };
            prop_assert_eq!(
                view::days(&f.store, &q, per_day).unwrap(),
                by_the_full_read(&f, &q, per_day as usize)
            );
        }
    }
}

#[test]
fn the_workflow_allows_exactly_its_transitions() {
    use ItemStatus::*;
    let expected = [
        (Idea, vec![Draft, InReview, Cancelled]),
        (Draft, vec![Idea, InReview, Cancelled]),
        (InReview, vec![Approved, ChangesRequested, Draft, Cancelled]),
        (ChangesRequested, vec![Draft, InReview, Cancelled]),
        (Approved, vec![Scheduled, Published, Draft, Cancelled]),
        (Scheduled, vec![Published, Approved, Cancelled]),
        (Published, vec![]),
        (Cancelled, vec![Idea, Draft]),
    ];
    for (from, tos) in expected {
        for to in ItemStatus::ALL {
            assert_eq!(
                workflow::allowed(from, *to),
                tos.contains(to),
                "{from:?} → {to:?}"
            );
        }
    }
}

#[test]
fn the_business_approves_or_asks_for_changes_with_a_comment() {
    let f = fixture(Side::Agency);
    let id = items::create(
        &f.store,
        f.client,
        &input(&["instagram"], "Torta", "15/12/2026", "18:00"),
        Utc::now(),
    )
    .unwrap()[0]
        .id;
    let e = workflow::set_status(
        &f.store,
        id,
        ItemStatus::Approved,
        Some(&meeting()),
        "",
        Utc::now(),
    )
    .unwrap_err();
    assert_eq!(
        (e.kind(), e.code()),
        (ErrorKind::Conflict, ErrorCode::IllegalTransition),
        "a draft is sent for review first"
    );
    workflow::set_status(&f.store, id, ItemStatus::InReview, None, "", Utc::now()).unwrap();
    let e = workflow::set_status(
        &f.store,
        id,
        ItemStatus::ChangesRequested,
        Some(&meeting()),
        " ",
        Utc::now(),
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("comment"));
    let e = workflow::set_status(
        &f.store,
        id,
        ItemStatus::Approved,
        Some(&ApprovalInput {
            via: None,
            ..meeting()
        }),
        "",
        Utc::now(),
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("via"));
    let d = workflow::set_status(
        &f.store,
        id,
        ItemStatus::ChangesRequested,
        Some(&meeting()),
        "Più luce nella foto",
        Utc::now(),
    )
    .unwrap();
    assert_eq!(d.item.status, ItemStatus::ChangesRequested);
    assert_eq!(
        (
            d.comments[0].author.as_str(),
            d.comments[0].side,
            d.comments[0].body.as_str()
        ),
        ("Maria Rossi", Side::Business, "Più luce nella foto")
    );
    workflow::set_status(&f.store, id, ItemStatus::InReview, None, "", Utc::now()).unwrap();
    let d = workflow::set_status(
        &f.store,
        id,
        ItemStatus::Approved,
        Some(&meeting()),
        "",
        Utc::now(),
    )
    .unwrap();
    assert_eq!(
        (d.item.decided_by.as_deref(), d.item.decided_via),
        (Some("Maria Rossi"), Some(ApprovalVia::Meeting))
    );

    // New words need a new approval; a new day does not.
    let moved = items::reschedule(&f.store, id, day(2026, 12, 16), None, Utc::now()).unwrap();
    assert_eq!(moved.status, ItemStatus::Approved);
    let reworded = ItemInput {
        caption: "Altre parole".into(),
        ..input(&[], "Torta", "16/12/2026", "18:00")
    };
    assert_eq!(
        items::update(&f.store, id, &reworded, Utc::now())
            .unwrap()
            .item
            .status,
        ItemStatus::Draft
    );
}

#[test]
fn delete_is_undone_and_duplicate_makes_a_new_item() {
    let f = fixture(Side::Agency);
    let made = items::create(
        &f.store,
        f.client,
        &input(&["instagram", "facebook"], "Natale", "20/12/2026", "12:00"),
        Utc::now(),
    )
    .unwrap();
    items::delete(&f.store, made[0].id, Utc::now()).unwrap();
    assert_eq!(month(&f, 2026, 12).len(), 1);
    assert_eq!(
        items::get(&f.store, made[0].id).unwrap_err().kind(),
        ErrorKind::NotFound
    );
    let back = items::restore(&f.store, made[0].id, Utc::now()).unwrap();
    assert_eq!(back.channel, "instagram");
    assert_eq!(month(&f, 2026, 12).len(), 2);

    let copy = items::duplicate(&f.store, made[0].id, Utc::now()).unwrap();
    assert_ne!(copy.group_id, made[0].group_id);
    assert_eq!(
        (copy.title.as_str(), copy.status),
        ("Natale", ItemStatus::Draft)
    );

    items::delete(&f.store, copy.id, Utc::now() - Duration::days(40)).unwrap();
    assert_eq!(
        items::purge_deleted(&f.store, Duration::days(30), Utc::now()).unwrap(),
        1
    );
    assert_eq!(
        items::restore(&f.store, copy.id, Utc::now())
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
}

#[test]
fn a_caption_over_the_channel_limit_is_kept_and_flagged() {
    let f = fixture(Side::Agency);
    let long = ItemInput {
        caption: "x".repeat(300),
        ..input(&["x", "instagram"], "Lungo", "15/12/2026", "")
    };
    let made = items::create(&f.store, f.client, &long, Utc::now()).unwrap();
    let over: Vec<_> = made
        .iter()
        .map(|i| (i.channel.as_str(), i.caption_over))
        .collect();
    assert_eq!(over, [("x", Some(280)), ("instagram", None)]);
    let _ = (
        Language::Italian,
        ClientInput::named("x", Language::Italian),
    );
}

#[test]
fn own_occasions_repeat_yearly_and_seed_ideas() {
    use super::occasions::{self, OccasionInput, OccasionSource};
    let f = fixture(Side::Agency);
    let patron = OccasionInput {
        name: "Festa del patrono".into(),
        starts_on: "04/10/2025".into(),
        ends_on: String::new(),
        yearly: true,
    };
    let season = OccasionInput {
        name: "Stagione dei panettoni".into(),
        starts_on: "15/11/2026".into(),
        ends_on: "06/01/2027".into(),
        yearly: false,
    };
    occasions::save(&f.store, f.client, None, &patron, Utc::now()).unwrap();
    occasions::save(&f.store, f.client, None, &season, Utc::now()).unwrap();
    let bad = OccasionInput {
        ends_on: "01/01/2025".into(),
        ..patron.clone()
    };
    assert_eq!(
        occasions::save(&f.store, f.client, None, &bad, Utc::now())
            .unwrap_err()
            .field(),
        Some("endsOn")
    );

    let october =
        occasions::between(&f.store, f.client, day(2027, 10, 1), day(2027, 10, 31)).unwrap();
    let own: Vec<_> = october
        .iter()
        .filter(|o| matches!(o.source, OccasionSource::Own { .. }))
        .collect();
    assert_eq!(own.len(), 1, "the patron's day comes back in 2027");
    assert_eq!(own[0].from, day(2027, 10, 4));
    assert!(
        october
            .iter()
            .any(|o| matches!(&o.source, OccasionSource::Fixed { key, .. } if key == "halloween"))
    );
    // A range that spans the new year shows in January too, once.
    let january =
        occasions::between(&f.store, f.client, day(2027, 1, 1), day(2027, 1, 31)).unwrap();
    assert_eq!(january.iter().filter(|o| matches!(&o.source, OccasionSource::Own { name, .. } if name == "Stagione dei panettoni")).count(), 1);

    let planned = occasions::plan_for(
        &f.store,
        f.client,
        &own[0].reference,
        own[0].from,
        "Auguri al patrono",
        "instagram",
        Utc::now(),
    )
    .unwrap();
    assert_eq!(
        (planned[0].status, planned[0].occasion.as_deref()),
        (ItemStatus::Idea, Some(own[0].reference.as_str()))
    );
    assert_eq!(planned[0].planned_local.unwrap().date(), day(2027, 10, 4));
}

#[test]
fn key_dates_in_the_questionnaire_become_occasion_suggestions() {
    use crate::questionnaire::AnswerInput;
    let f = fixture(Side::Agency);
    crate::testing::answer(
        &f.store,
        f.client,
        "rhythm.key_dates",
        AnswerInput::Text(
            "Sagra del tortellino 12/09\nNatale\n- 15/08 Ferragosto in piazza".into(),
        ),
    );
    let suggested = super::occasions::from_questionnaire(&f.store, f.client, Utc::now()).unwrap();
    let names: Vec<_> = suggested
        .iter()
        .map(|o| (o.name.as_str(), o.yearly))
        .collect();
    assert_eq!(
        names,
        [
            ("Sagra del tortellino", true),
            ("Ferragosto in piazza", true)
        ]
    );
}

#[test]
fn recurring_slots_fill_the_coming_weeks_once() {
    use super::slots::{self, SlotInput};
    let f = fixture(Side::Agency);
    slots::add(
        &f.store,
        f.client,
        &SlotInput {
            channel: "instagram".into(),
            title: "Consiglio della settimana".into(),
            weekday: 2,
            time: "12:30".into(),
            pillar_id: None,
        },
        Utc::now(),
    )
    .unwrap();
    let e = slots::add(
        &f.store,
        f.client,
        &SlotInput {
            channel: "instagram".into(),
            title: "x".into(),
            weekday: 8,
            time: "12:30".into(),
            pillar_id: None,
        },
        Utc::now(),
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("weekday"));
    // From Wednesday 2/12/2026: the Tuesdays 8, 15, 22, 29 December.
    assert_eq!(
        slots::fill(&f.store, f.client, day(2026, 12, 2), 4, Utc::now()).unwrap(),
        4
    );
    let tuesdays: Vec<_> = month(&f, 2026, 12)
        .into_iter()
        .map(|e| e.planned_local.to_string())
        .collect();
    assert_eq!(
        tuesdays,
        [
            "2026-12-08 12:30:00",
            "2026-12-15 12:30:00",
            "2026-12-22 12:30:00",
            "2026-12-29 12:30:00"
        ]
    );
    // Filling again adds nothing, and a deleted placeholder is not put back.
    let first = month(&f, 2026, 12)[0].id;
    items::delete(&f.store, first, Utc::now()).unwrap();
    assert_eq!(
        slots::fill(&f.store, f.client, day(2026, 12, 2), 4, Utc::now()).unwrap(),
        0
    );
}

#[test]
fn the_cadence_check_compares_weeks_with_the_plan_and_the_pillar_mix() {
    use super::cadence::{self, Pace};
    use crate::strategy::{self, PillarInput, PlanChannelInput, PlanChannelStatus};
    let f = fixture(Side::Agency);
    let plan = |channel: &str, posts: f64| PlanChannelInput {
        id: None,
        channel: channel.into(),
        name: String::new(),
        role: String::new(),
        audience: String::new(),
        importance: 3,
        posts_per_week: posts,
        status: PlanChannelStatus::Active,
    };
    strategy::save_plan_channel(&f.store, f.client, &plan("instagram", 3.0), Utc::now()).unwrap();
    strategy::save_plan_channel(&f.store, f.client, &plan("facebook", 1.0), Utc::now()).unwrap();
    strategy::save_pillar(
        &f.store,
        f.client,
        &PillarInput {
            id: None,
            name: "Prodotti".into(),
            description: String::new(),
            share: 70,
        },
        Utc::now(),
    )
    .unwrap();
    let s = strategy::save_pillar(
        &f.store,
        f.client,
        &PillarInput {
            id: None,
            name: "Persone".into(),
            description: String::new(),
            share: 30,
        },
        Utc::now(),
    )
    .unwrap();
    let (products, people) = (s.document.pillars[0].id, s.document.pillars[1].id);
    // Week of Monday 7/12/2026: one Instagram post (gap), three on Facebook (over), one on TikTok (not in the plan).
    let with = |channels: &[&str], date: &str, pillar| ItemInput {
        pillar_id: Some(pillar),
        ..input(channels, "Post", date, "10:00")
    };
    items::create(
        &f.store,
        f.client,
        &with(&["instagram"], "08/12/2026", products),
        Utc::now(),
    )
    .unwrap();
    for d in ["08/12/2026", "09/12/2026", "10/12/2026"] {
        items::create(
            &f.store,
            f.client,
            &with(&["facebook"], d, products),
            Utc::now(),
        )
        .unwrap();
    }
    items::create(
        &f.store,
        f.client,
        &with(&["tiktok"], "11/12/2026", people),
        Utc::now(),
    )
    .unwrap();
    let cancelled = items::create(
        &f.store,
        f.client,
        &with(&["instagram"], "12/12/2026", people),
        Utc::now(),
    )
    .unwrap();
    workflow::set_status(
        &f.store,
        cancelled[0].id,
        ItemStatus::Cancelled,
        None,
        "",
        Utc::now(),
    )
    .unwrap();

    let c = cadence::check(&f.store, f.client, day(2026, 12, 9), 2).unwrap();
    assert_eq!(c.weeks[0].starts_on, day(2026, 12, 7));
    let pace: Vec<_> = c.weeks[0]
        .channels
        .iter()
        .map(|w| (w.channel.as_str(), w.planned, w.pace))
        .collect();
    assert_eq!(
        pace,
        [
            ("facebook", 3, Pace::Over),
            ("instagram", 1, Pace::Gap),
            ("tiktok", 1, Pace::Unplanned)
        ]
    );
    assert!(
        c.weeks[1]
            .channels
            .iter()
            .all(|w| w.planned == 0 && w.pace == Pace::Gap)
    );
    let mix: Vec<_> = c
        .pillars
        .iter()
        .map(|p| (p.name.as_str(), p.target, p.planned, p.actual))
        .collect();
    assert_eq!(mix, [("Prodotti", 70, 4, 80.0), ("Persone", 30, 1, 20.0)]);
    assert_eq!(
        (
            cadence::pace(2, 1.5, true),
            cadence::pace(1, 1.5, true),
            cadence::pace(3, 1.5, true)
        ),
        (Pace::OnTrack, Pace::Gap, Pace::Over)
    );
}

#[test]
fn a_published_item_keeps_its_words_but_not_its_notes() {
    let f = fixture(Side::Agency);
    let id = items::create(
        &f.store,
        f.client,
        &input(&["instagram"], "Pubblicato", "15/12/2026", "18:00"),
        Utc::now(),
    )
    .unwrap()[0]
        .id;
    for to in [
        ItemStatus::InReview,
        ItemStatus::Approved,
        ItemStatus::Published,
    ] {
        workflow::set_status(&f.store, id, to, Some(&meeting()), "", Utc::now()).unwrap();
    }
    let reworded = ItemInput {
        status: ItemStatus::Draft,
        caption: "Altro".into(),
        ..input(&[], "Pubblicato", "15/12/2026", "18:00")
    };
    let e = items::update(&f.store, id, &reworded, Utc::now()).unwrap_err();
    assert_eq!(e.code(), ErrorCode::IllegalTransition);
    let noted = ItemInput {
        notes: "Ottimi commenti".into(),
        ..input(&[], "Pubblicato", "15/12/2026", "18:00")
    };
    let d = items::update(&f.store, id, &noted, Utc::now()).unwrap();
    assert_eq!(
        (d.item.status, d.item.notes.as_str()),
        (ItemStatus::Published, "Ottimi commenti")
    );
    assert_eq!(
        items::reschedule(&f.store, id, day(2026, 12, 20), None, Utc::now())
            .unwrap_err()
            .code(),
        ErrorCode::IllegalTransition
    );
}
