//! The calendar's file import (`preview_import`, `apply_import`): calendars
//! the core itself wrote (the full CSV in Italian and English, Buffer's CSV,
//! and iCalendar, which Regia only writes but people pick anyway), damaged.

use chrono::{NaiveDate, NaiveDateTime};
use proptest::prelude::*;

use super::{arriving, everything, now, planned, refusal, still_readable, unchanged};
use crate::Language;
use crate::calendar::exchange::ExportItem;
use crate::calendar::{ItemStatus, csv_io, ical, transfer};
use crate::ids::ItemId;

/// Text as people put it in a post: plain, anything, a formula, line
/// breaks and separators, around the title's limit, blank for a long while.
fn words() -> impl Strategy<Value = String> + Clone {
    prop_oneof![
        8 => "[ -~àèéìòù€]{0,30}",
        1 => any::<String>(),
        1 => Just("=HYPERLINK(\"https://x.it\")".to_owned()),
        1 => Just("riga uno\r\nriga \"due\"; tre, quattro".to_owned()),
        1 => "[a-z ]{195,205}",
        1 => Just(format!("{}fine", " ".repeat(70))),
    ]
}

fn start() -> impl Strategy<Value = Option<NaiveDateTime>> + Clone {
    let day = (2000..2101i32, 1..=12u32, 1..=28u32, 0..24u32, 0..60u32).prop_map(
        |(year, month, day, hour, minute)| {
            NaiveDate::from_ymd_opt(year, month, day).and_then(|d| d.and_hms_opt(hour, minute, 0))
        },
    );
    let far = (1995..2106i32)
        .prop_map(|year| NaiveDate::from_ymd_opt(year, 6, 1).and_then(|d| d.and_hms_opt(9, 0, 0)));
    prop_oneof![
        2 => Just(None),
        // The clocks go forward in Rome: this time does not exist there.
        1 => Just(NaiveDate::from_ymd_opt(2026, 3, 29).and_then(|d| d.and_hms_opt(2, 30, 0))),
        1 => far,
        16 => day,
    ]
}

fn item() -> impl Strategy<Value = ExportItem> + Clone {
    // Mostly what the client has, sometimes what it does not.
    let channel = prop_oneof![
        12 => prop::sample::select(vec!["instagram", "facebook", "tiktok", "x", "pinterest"]),
        1 => Just("custom:Radio Bruno"),
    ];
    let pillar = prop_oneof![
        12 => prop::sample::select(vec![None, Some("Promozioni"), Some(" promozioni ")]),
        1 => Just(Some("Ricette")),
    ];
    let status = prop::sample::select(ItemStatus::ALL.to_vec());
    (
        (words(), words(), words()),
        channel,
        pillar,
        status,
        start(),
    )
        .prop_map(
            |((title, caption, notes), channel, pillar, status, start)| ExportItem {
                id: ItemId::new(),
                title,
                caption,
                notes,
                channel: channel.to_owned(),
                channel_label: channel.to_owned(),
                pillar: pillar.map(str::to_owned),
                objective: None,
                occasion: None,
                owner: None,
                status,
                sequence: 0,
                start,
                timezone: "Europe/Rome".to_owned(),
                created_at: now(),
                updated_at: now(),
            },
        )
}

/// A calendar as Regia writes it.
fn export() -> impl Strategy<Value = Vec<u8>> + Clone {
    (prop::collection::vec(item(), 0..6), 0..8u8).prop_map(|(items, format)| {
        match format {
            0..=2 => csv_io::to_full_csv(&items, Language::Italian),
            3..=5 => csv_io::to_full_csv(&items, Language::English),
            6 => csv_io::to_buffer_csv(&items),
            _ => ical::to_ics(&items, "Forno Rossi", now()),
        }
        .into_bytes()
    })
}

fn item_count(store: &crate::Store) -> i64 {
    store
        .read(|conn| Ok(conn.query_row("SELECT count(*) FROM content_items", [], |r| r.get(0))?))
        .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_calendar_file_is_imported_whole_as_previewed_or_refused_without_a_trace(
        file in arriving(export()),
        txt in any::<bool>(),
    ) {
        let f = planned().install();
        let path = f._dir.path().join(if txt { "calendario.txt" } else { "calendario.csv" });
        std::fs::write(&path, &file).unwrap();
        let bytes = transfer::read_file(&path).unwrap();
        let before = everything(&f.store);
        let items_before = item_count(&f.store);

        let preview = transfer::preview(&f.store, f.client, &bytes);
        refusal(&preview)?;
        unchanged(&f.store, &before, "a preview writes nothing")?;
        let applied = transfer::apply(&f.store, f.client, &bytes, now(), &mut |_, _| {});
        refusal(&applied)?;
        match (&preview, &applied) {
            (_, Err(_)) => {
                unchanged(&f.store, &before, "refused, yet written")?;
            }
            (Ok(preview), Ok(written)) => {
                prop_assert!(preview.errors.is_empty(), "written despite {:?}", preview.errors);
                prop_assert_eq!(*written as usize, preview.items.len());
                prop_assert_eq!(item_count(&f.store), items_before + i64::from(*written));
                still_readable(&f.store, f.client)?;
            }
            (Err(_), Ok(_)) => prop_assert!(false, "written, though the preview failed"),
        }
        // A clean preview is a promise: what it shows is written.
        if let Ok(preview) = &preview
            && preview.errors.is_empty()
        {
            prop_assert!(applied.is_ok(), "the preview was clean: {:?}", applied);
        }
    }
}
