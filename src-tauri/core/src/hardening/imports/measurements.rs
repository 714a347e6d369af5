//! The measurements import (`preview_measurements_import`,
//! `apply_measurements_import`): exports as Meta Business Suite, Google
//! Analytics and spreadsheets write them (Regia writes none of its own),
//! damaged, with the mapping Regia guesses or one the screen sends.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::{arriving, everything, now, planned, refusal, still_readable, unchanged};
use crate::calendar::{csv_io, transfer};
use crate::monitoring::{self, ImportMapping, MAX_VALUE, MetricColumn, Period};

/// A day as exports write it; when `noisy`, also what is not quite one.
fn day(noisy: bool) -> BoxedStrategy<String> {
    let format = prop::sample::select(vec![
        "%d/%m/%Y",
        "%Y-%m-%d",
        "%Y%m%d",
        "%Y-%m",
        "%m/%Y",
        "%Y-%m-%dT07:00:00",
        "%d/%m/%Y 00:00",
    ]);
    let years = if noisy { 1790..2210 } else { 2000..2100 };
    let day = (years, 1..=12u32, 1..=28u32, format).prop_map(|(y, m, d, format)| {
        NaiveDate::from_ymd_opt(y, m, d)
            .map(|day| day.format(format).to_string())
            .unwrap_or_default()
    });
    if !noisy {
        return day.boxed();
    }
    prop_oneof![
        8 => day,
        1 => Just("31/02/2026".to_owned()),
        1 => "[0-9/.-]{0,12}",
    ]
    .boxed()
}

/// A value as exports write it, Italian and English thousands included;
/// when `noisy`, also big ones that add up past the largest value, and
/// what is not a number.
fn value(noisy: bool) -> BoxedStrategy<String> {
    let clean = prop_oneof![
        4 => "[0-9]{1,4}",
        2 => "[0-9]{1,3}\\.[0-9]{3},[0-9]",
        1 => "[0-9]{1,3},[0-9]{3}\\.[0-9]",
        1 => Just(String::new()),
    ];
    if !noisy {
        return clean.boxed();
    }
    prop_oneof![
        8 => clean,
        2 => Just("900000000000".to_owned()),
        1 => "[0-9]{12,14}",
        1 => Just("-3".to_owned()),
        1 => Just("1e5".to_owned()),
        1 => any::<String>(),
    ]
    .boxed()
}

/// A file of one row per day (or week, or month), a column per metric, and
/// maybe a column naming the channel.
fn export() -> impl Strategy<Value = Vec<u8>> + Clone {
    any::<bool>().prop_flat_map(|noisy| {
        let date_header = prop::sample::select(vec!["Data", "Date", "Giorno", "Settimana", "Mese"]);
        let channel_header = prop::sample::select(vec![None, Some("Canale"), Some("Platform")]);
        let metric_header = prop::sample::select(vec![
            "Copertura",
            "Contatti",
            "Follower",
            "Sessions",
            "Link clicks",
            "Mi piace",
            "Entrate",
            "Colonna mia",
        ]);
        let mut channels = vec!["Facebook", "IG", "Sito", "", "Totale"];
        if noisy {
            channels.push("TikTok");
        }
        let row = (
            day(noisy),
            prop::sample::select(channels),
            prop::collection::vec(value(noisy), 4),
        );
        let delimiter = prop::sample::select(vec![b';', b',', b'\t']);
        (
            date_header,
            channel_header,
            prop::collection::vec(metric_header, 1..4),
            prop::collection::vec(row, 0..8),
            delimiter,
            any::<bool>(),
        )
            .prop_map(|(date, channel, metrics, rows, delimiter, bom)| {
                let mut header = vec![date];
                header.extend(channel);
                header.extend(metrics.iter().copied());
                let rows = rows.into_iter().map(|(day, name, values)| {
                    let mut row = vec![day];
                    if channel.is_some() {
                        row.push(name.to_owned());
                    }
                    row.extend(values.into_iter().take(metrics.len()));
                    row
                });
                let csv = csv_io::write_csv(delimiter, &header, rows);
                (if bom { format!("\u{feff}{csv}") } else { csv }).into_bytes()
            })
    })
}

/// A mapping the screen may send, sensible or not.
fn mapping() -> impl Strategy<Value = ImportMapping> {
    let metric = prop::sample::select(vec![
        "reach",
        "leads",
        "followers",
        "visits",
        "value",
        "custom:nessuna",
        "",
    ]);
    let channel = prop::sample::select(vec!["", "facebook", "instagram", "pinterest", "x y"]);
    (
        0..6u32,
        prop::option::of(0..6u32),
        channel,
        prop::sample::select(Period::ALL.to_vec()),
        prop::collection::vec((0..6u32, metric), 0..4),
    )
        .prop_map(
            |(date_column, channel_column, channel, period, metrics)| ImportMapping {
                date_column,
                channel_column,
                channel: channel.to_owned(),
                period,
                metrics: metrics
                    .into_iter()
                    .map(|(column, metric)| MetricColumn {
                        column,
                        metric: metric.to_owned(),
                    })
                    .collect(),
            },
        )
}

fn measurements(store: &crate::Store) -> Vec<f64> {
    store
        .read(|conn| {
            Ok(conn
                .prepare("SELECT value FROM measurements")?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?)
        })
        .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_measurements_file_is_imported_whole_as_previewed_or_refused_without_a_trace(
        file in arriving(export()),
        sent in prop::option::weighted(0.3, mapping()),
        channel in prop::sample::select(vec!["", "facebook"]),
    ) {
        let f = planned().install();
        let path = f._dir.path().join("dati.csv");
        std::fs::write(&path, &file).unwrap();
        let bytes = transfer::read_file(&path).unwrap();
        let before = everything(&f.store);

        let guessed = monitoring::preview_import(&f.store, f.client, &bytes, None);
        refusal(&guessed)?;
        // The screen sends the guess back with a channel chosen, or its own.
        let mapping = match (sent, &guessed) {
            (Some(sent), _) => sent,
            (None, Ok(guessed)) => ImportMapping {
                channel: channel.to_owned(),
                ..guessed.mapping.clone()
            },
            (None, Err(_)) => return Ok(()),
        };
        let preview = monitoring::preview_import(&f.store, f.client, &bytes, Some(&mapping));
        refusal(&preview)?;
        unchanged(&f.store, &before, "a preview writes nothing")?;
        let applied = monitoring::apply_import(&f.store, f.client, &bytes, &mapping, now());
        refusal(&applied)?;
        match (&preview, &applied) {
            (_, Err(_)) => {
                unchanged(&f.store, &before, "refused, yet written")?;
            }
            (Ok(preview), Ok(written)) => {
                prop_assert!(preview.errors.is_empty(), "written despite {:?}", preview.errors);
                prop_assert_eq!(*written as usize, preview.values.len());
                for value in measurements(&f.store) {
                    prop_assert!((0.0..=MAX_VALUE).contains(&value), "{} was written", value);
                }
                still_readable(&f.store, f.client)?;
            }
            (Err(_), Ok(_)) => prop_assert!(false, "written, though the preview failed"),
        }
        if let Ok(preview) = &preview
            && preview.errors.is_empty()
        {
            prop_assert!(applied.is_ok(), "the preview was clean: {:?}", applied);
        }
    }
}
