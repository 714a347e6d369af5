//! Files that come from outside, through the services the commands call:
//! arbitrary bytes, and genuine files (made by the core's own writers)
//! damaged the way transit and hand edits damage them. Whatever comes in,
//! nothing panics; a refusal is a typed error about the file (never an
//! internal one); a refused file changes nothing in the database; what a
//! clean preview shows is exactly what is written; and what was taken in
//! reads back on every screen.
//!
//! Each case runs on a fresh copy of a database built once per run
//! ([`Seed`]): building a plan through the services costs more than a case.

mod calendar;
mod database;
mod measurements;
mod sharing;

use std::sync::OnceLock;

use chrono::{DateTime, TimeZone, Utc};
use proptest::prelude::*;
use proptest::sample::Index;

use crate::calendar::{ItemStatus, occasions, slots, transfer};
use crate::decisions::{self, DecisionQuery};
use crate::error::{ErrorCode, ErrorKind, Result};
use crate::ids::ClientId;
use crate::store::Store;
use crate::strategy::{self, PillarInput};
use crate::testing::{self, Fixture};
use crate::{Side, clients, monitoring, people, questionnaire, reviews, split};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 10, 0, 0).unwrap()
}

/// Stricter than [`super::typed_error`]: a file is refused with a code
/// about the file, not with the code of an internal failure either.
fn refusal<T>(result: &Result<T>) -> std::result::Result<(), TestCaseError> {
    if let Err(e) = result {
        prop_assert_ne!(e.kind(), ErrorKind::Internal, "{}", e);
        prop_assert_ne!(e.code(), ErrorCode::Internal, "{}", e);
    }
    Ok(())
}

/// Every row of every table: what a refused file must leave as it was.
type Content = Vec<(String, Vec<Vec<rusqlite::types::Value>>)>;

fn everything(store: &Store) -> Content {
    testing::everything(store)
}

/// Nothing changed since `before`; otherwise says which tables did (the
/// whole content is too long to read in a failure).
fn unchanged(
    store: &Store,
    before: &Content,
    what: &str,
) -> std::result::Result<(), TestCaseError> {
    let after = everything(store);
    let changed: Vec<&str> = after
        .iter()
        .zip(before)
        .filter(|(a, b)| a != b)
        .map(|((table, _), _)| table.as_str())
        .collect();
    prop_assert!(after == *before, "{}: {:?} changed", what, changed);
    Ok(())
}

/// What the screens of `client` read: after a file was taken in, every one
/// of them still loads.
fn still_readable(store: &Store, client: ClientId) -> std::result::Result<(), TestCaseError> {
    let reads: [(&str, Result<()>); 12] = [
        ("client", clients::get(store, client).map(drop)),
        (
            "items",
            transfer::export_items(store, client, None, None, None).map(drop),
        ),
        ("occasions", occasions::list(store, client).map(drop)),
        ("slots", slots::list(store, client).map(drop)),
        ("people", people::list(store, client).map(drop)),
        (
            "questionnaire",
            questionnaire::load(store, client, now()).map(drop),
        ),
        ("strategy", strategy::load(store, client).map(drop)),
        (
            "decisions",
            decisions::list(store, client, &DecisionQuery::default()).map(drop),
        ),
        ("split", split::get(store, client, now()).map(drop)),
        (
            "monitoring",
            monitoring::get(store, client, now()).map(drop),
        ),
        ("reviews", reviews::list(store, client, now()).map(drop)),
        ("sharing", crate::sharing::status(store, client).map(drop)),
    ];
    for (screen, read) in reads {
        prop_assert!(read.is_ok(), "{} no longer loads: {:?}", screen, read);
    }
    Ok(())
}

/// A database file made once per run, copied fresh for each case.
struct Seed {
    db: Vec<u8>,
    client: ClientId,
}

impl Seed {
    fn of(f: &Fixture) -> Self {
        let copy = f._dir.path().join("seed.db");
        f.store
            .read(|conn| {
                conn.execute("VACUUM INTO ?1", [copy.to_string_lossy()])?;
                Ok(())
            })
            .unwrap();
        let db = std::fs::read(&copy).unwrap();
        std::fs::remove_file(copy).unwrap();
        Self {
            db,
            client: f.client,
        }
    }

    fn install(&self) -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("regia.db");
        std::fs::write(&path, &self.db).unwrap();
        let store = Store::open(&path, now()).unwrap();
        Fixture {
            _dir: dir,
            store,
            client: self.client,
        }
    }
}

/// An agency's client with a plan (see [`testing::plan`]), the pillar
/// "Promozioni" and one post.
fn planned() -> &'static Seed {
    static SEED: OnceLock<Seed> = OnceLock::new();
    SEED.get_or_init(|| {
        let p = testing::plan(Side::Agency);
        let pillar = PillarInput {
            id: None,
            name: "Promozioni".into(),
            description: String::new(),
            share: 30,
        };
        strategy::save_pillar(&p.f.store, p.f.client, &pillar, now()).unwrap();
        p.item("instagram", None, "02/12/2026", ItemStatus::Draft);
        Seed::of(&p.f)
    })
}

/// One kind of damage a file suffers on its way: in transit, on a disk, or
/// from a person editing it by hand.
#[derive(Debug, Clone)]
enum Damage {
    FlipBit(Index, u8),
    SetByte(Index, u8),
    Insert(Index, Vec<u8>),
    Remove(Index, usize),
    CutShort(Index),
    RepeatLine(Index),
    DropLine(Index),
    SwapLines(Index, Index),
    Delimiter(u8, u8),
    Reencode(Encoding),
}

/// What editors and spreadsheets do to a file's text when saving it.
#[derive(Debug, Clone, Copy)]
enum Encoding {
    Windows1252,
    Utf16Le,
    Utf16Be,
    AddBom,
    StripBom,
    LineFeeds,
    CarriageReturns,
}

fn lines(bytes: &[u8]) -> Vec<Vec<u8>> {
    bytes
        .split_inclusive(|b| *b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let units = std::iter::once(0xfeff).chain(text.encode_utf16());
    if big_endian {
        units.flat_map(u16::to_be_bytes).collect()
    } else {
        units.flat_map(u16::to_le_bytes).collect()
    }
}

impl Damage {
    fn apply(&self, mut bytes: Vec<u8>) -> Vec<u8> {
        let len = bytes.len();
        match self {
            Self::FlipBit(at, bit) if len > 0 => bytes[at.index(len)] ^= 1 << (bit % 8),
            Self::SetByte(at, value) if len > 0 => bytes[at.index(len)] = *value,
            Self::Insert(at, extra) => {
                let i = at.index(len + 1);
                bytes.splice(i..i, extra.iter().copied());
            }
            Self::Remove(at, n) if len > 0 => {
                let i = at.index(len);
                bytes.drain(i..(i + n).min(len));
            }
            Self::CutShort(at) => bytes.truncate(at.index(len + 1)),
            Self::RepeatLine(at) | Self::DropLine(at) if len > 0 => {
                let mut lines = lines(&bytes);
                let i = at.index(lines.len());
                if matches!(self, Self::RepeatLine(_)) {
                    lines.insert(i, lines[i].clone());
                } else {
                    lines.remove(i);
                }
                bytes = lines.concat();
            }
            Self::SwapLines(a, b) if len > 0 => {
                let mut lines = lines(&bytes);
                let n = lines.len();
                lines.swap(a.index(n), b.index(n));
                bytes = lines.concat();
            }
            Self::Delimiter(from, to) => {
                for b in &mut bytes {
                    if b == from {
                        *b = *to;
                    }
                }
            }
            Self::Reencode(encoding) => {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                bytes = match encoding {
                    Encoding::Windows1252 => encoding_rs::WINDOWS_1252.encode(&text).0.into_owned(),
                    Encoding::Utf16Le => utf16(&text, false),
                    Encoding::Utf16Be => utf16(&text, true),
                    Encoding::AddBom => [b"\xEF\xBB\xBF".as_slice(), &bytes].concat(),
                    Encoding::StripBom => text.trim_start_matches('\u{feff}').as_bytes().to_vec(),
                    Encoding::LineFeeds => text.replace("\r\n", "\n").into_bytes(),
                    Encoding::CarriageReturns => {
                        text.replace("\r\n", "\n").replace('\n', "\r").into_bytes()
                    }
                };
            }
            _ => {}
        }
        bytes
    }
}

/// Bytes a hand edit or a broken transfer puts into a file.
fn extra_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => prop::collection::vec(any::<u8>(), 1..8),
        1 => Just(b"\"".to_vec()),
        1 => Just(b";".to_vec()),
        1 => Just(b",".to_vec()),
        1 => Just(b"\r\n".to_vec()),
        1 => Just(b"\0".to_vec()),
        1 => Just("\u{feff}".as_bytes().to_vec()),
        1 => Just("€è".as_bytes().to_vec()),
        1 => Just(b"sep=,\r\n".to_vec()),
        1 => any::<String>().prop_map(String::into_bytes),
    ]
}

fn damage() -> impl Strategy<Value = Damage> {
    let delimiter = || prop::sample::select(vec![b';', b',', b'\t', b'|', b'"']);
    let encoding = prop::sample::select(vec![
        Encoding::Windows1252,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
        Encoding::AddBom,
        Encoding::StripBom,
        Encoding::LineFeeds,
        Encoding::CarriageReturns,
    ]);
    prop_oneof![
        3 => (any::<Index>(), any::<u8>()).prop_map(|(at, bit)| Damage::FlipBit(at, bit)),
        2 => (any::<Index>(), any::<u8>()).prop_map(|(at, value)| Damage::SetByte(at, value)),
        3 => (any::<Index>(), extra_bytes()).prop_map(|(at, extra)| Damage::Insert(at, extra)),
        2 => (any::<Index>(), 1..64usize).prop_map(|(at, n)| Damage::Remove(at, n)),
        2 => any::<Index>().prop_map(Damage::CutShort),
        2 => any::<Index>().prop_map(Damage::RepeatLine),
        1 => any::<Index>().prop_map(Damage::DropLine),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Damage::SwapLines(a, b)),
        1 => (delimiter(), delimiter()).prop_map(|(from, to)| Damage::Delimiter(from, to)),
        2 => encoding.prop_map(Damage::Reencode),
    ]
}

/// One to four kinds of damage, one after the other.
fn damages() -> impl Strategy<Value = Vec<Damage>> {
    prop::collection::vec(damage(), 1..5)
}

fn damaged(bytes: Vec<u8>, damages: &[Damage]) -> Vec<u8> {
    damages.iter().fold(bytes, |bytes, d| d.apply(bytes))
}

/// `file` damaged, or as it is, or bytes that were never a file of its kind.
fn arriving(file: impl Strategy<Value = Vec<u8>> + Clone) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        1 => prop::collection::vec(any::<u8>(), 0..1024),
        2 => file.clone(),
        4 => (file, damages()).prop_map(|(bytes, d)| damaged(bytes, &d)),
    ]
}
