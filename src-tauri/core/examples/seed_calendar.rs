//! Seeds an agency database the size the issue asks the calendar to handle:
//! 50 clients, about 80,000 items over three years, and one client with
//! 2,000 items in December 2026. Items go in through the CSV import (one
//! transaction per client), then the month reads are timed.
//! `cargo run -p regia-core --release --example seed_calendar -- <regia.db>`

use std::fmt::Write as _;
use std::time::Instant;

use chrono::{Duration, NaiveDate, Utc};
use regia_core::Language;
use regia_core::calendar::transfer;
use regia_core::calendar::view::{self, CalendarQuery};
use regia_core::clients::{self, ClientInput};

const CHANNELS: [&str; 4] = ["Instagram", "Facebook", "LinkedIn", "TikTok"];

fn csv(rows: impl Iterator<Item = (NaiveDate, u32, usize)>) -> String {
    let mut out = String::from("Canale;Titolo;Testo;Data;Ora;Stato\r\n");
    for (i, (day, minute, channel)) in rows.enumerate() {
        let _ = write!(
            out,
            "{};Post {i};Testo del post {i}, con qualche parola in più;{};{:02}:{:02};bozza\r\n",
            CHANNELS[channel % CHANNELS.len()],
            day.format("%d/%m/%Y"),
            8 + (minute / 60) % 12,
            minute % 60
        );
    }
    out
}

mod common;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let total: usize = std::env::args()
        .nth(2)
        .map(|n| n.parse())
        .transpose()?
        .unwrap_or(80_000);
    let (_path, store) = common::agency_store("seed_calendar")?;
    let started = Instant::now();
    let first = NaiveDate::from_ymd_opt(2025, 1, 1).ok_or("date")?;
    let december = NaiveDate::from_ymd_opt(2026, 12, 1).ok_or("date")?;
    let dense = 2_000;
    let per_client = (total - dense) / 50;
    let mut dense_client = None;
    for c in 0..50 {
        let client = clients::create(
            &store,
            &ClientInput::named(&format!("Cliente {c:02}"), Language::Italian),
            Utc::now(),
        )?
        .id;
        // Spread over three years (1,095 days), a few a day.
        let spread = (0..per_client).map(|i| {
            (
                first + Duration::days((i * 1_095 / per_client.max(1)) as i64),
                (i * 37 % 600) as u32,
                i,
            )
        });
        let mut file = csv(spread);
        if c == 0 {
            dense_client = Some(client);
            let busy = (0..dense).map(|i| {
                (
                    december + Duration::days((i % 31) as i64),
                    (i * 7 % 600) as u32,
                    i,
                )
            });
            file.push_str(
                csv(busy)
                    .split_once("\r\n")
                    .map(|(_, rows)| rows)
                    .unwrap_or_default(),
            );
        }
        transfer::apply(&store, client, file.as_bytes(), Utc::now(), &mut |_, _| {})?;
    }
    let seeded = started.elapsed();
    let client = dense_client.ok_or("no client")?;
    let month = |client_id| CalendarQuery {
        client_id,
        from: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or(december),
        to: NaiveDate::from_ymd_opt(2027, 1, 10).unwrap_or(december),
        ..Default::default()
    };
    let time = |q: &CalendarQuery| -> Result<(f64, usize), Box<dyn std::error::Error>> {
        let runs = 30;
        let mut n = 0;
        let started = Instant::now();
        for _ in 0..runs {
            n = view::entries(&store, q)?.len();
        }
        Ok((
            started.elapsed().as_secs_f64() * 1000.0 / f64::from(runs),
            n,
        ))
    };
    let (one_ms, one_n) = time(&month(Some(client)))?;
    let (all_ms, all_n) = time(&month(None))?;
    println!(
        "seeded {} items for 50 clients in {:.1} s; the 6-week grid of December 2026: one client {one_n} items in {one_ms:.2} ms, every client {all_n} items in {all_ms:.2} ms",
        per_client * 50 + dense,
        seeded.as_secs_f64()
    );
    Ok(())
}
