//! Two installs making random edits and exchanging their files in random
//! orders: without crossed edits they end with the same content; a conflict
//! appears on both sides exactly for the fields both changed to different
//! values; once one side settles them, both converge.

use std::collections::{BTreeMap, BTreeSet};

use chrono::Utc;
use proptest::prelude::*;

use super::exchange::{Pair, content, paired};
use crate::error::ErrorCode;
use crate::sharing::{self, ConflictChoice};
use crate::store::Store;

const FIELDS: &[&str] = &["title", "caption", "notes"];
const VALUES: &[&str] = &["alba", "brezza", "cielo"];

#[derive(Debug, Clone)]
enum Edit {
    Set {
        row: usize,
        field: usize,
        value: usize,
    },
    Add {
        title: usize,
    },
    Delete {
        row: usize,
    },
}

#[derive(Debug, Clone)]
struct Round {
    agency: Vec<Edit>,
    business: Vec<Edit>,
    /// After how many edits each side makes its first file.
    splits: (usize, usize),
    /// Shuffles the delivery of the files.
    order: u64,
    /// Which side settles the conflicts, and how.
    agency_settles: bool,
    keep_own: Vec<bool>,
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        6 => (0..8usize, 0..FIELDS.len(), 0..VALUES.len())
            .prop_map(|(row, field, value)| Edit::Set { row, field, value }),
        1 => (0..VALUES.len()).prop_map(|title| Edit::Add { title }),
        1 => (0..8usize).prop_map(|row| Edit::Delete { row }),
    ]
}

fn round() -> impl Strategy<Value = Round> {
    (
        prop::collection::vec(edit(), 0..6),
        prop::collection::vec(edit(), 0..6),
        (0..6usize, 0..6usize),
        any::<u64>(),
        any::<bool>(),
        prop::collection::vec(any::<bool>(), 12),
    )
        .prop_map(
            |(agency, business, splits, order, agency_settles, keep_own)| Round {
                agency,
                business,
                splits,
                order,
                agency_settles,
                keep_own,
            },
        )
}

/// What one side did in a round, decided before anything is written: at
/// most one change per field, never a value the field already has.
#[derive(Default)]
struct Plan {
    sets: BTreeMap<(String, &'static str), String>,
    adds: Vec<String>,
    deletes: BTreeSet<String>,
    /// The order the edits are made in.
    steps: Vec<Step>,
}

#[derive(Debug, Clone)]
enum Step {
    Set(String, &'static str, String),
    Add(String, String),
    Delete(String),
}

fn value_of(store: &Store, id: &str, field: &str) -> String {
    store
        .read(|c| {
            Ok(c.query_row(
                &format!("SELECT {field} FROM content_items WHERE id = ?1"),
                [id],
                |row| row.get(0),
            )?)
        })
        .unwrap()
}

fn plan(store: &Store, rows: &[String], edits: &[Edit]) -> Plan {
    let mut plan = Plan::default();
    for edit in edits {
        match *edit {
            Edit::Set { row, field, value } if !rows.is_empty() => {
                let id = rows[row % rows.len()].clone();
                let field = FIELDS[field];
                let value = VALUES[value].to_owned();
                if plan.deletes.contains(&id)
                    || plan.sets.contains_key(&(id.clone(), field))
                    || value_of(store, &id, field) == value
                {
                    continue;
                }
                plan.sets.insert((id.clone(), field), value.clone());
                plan.steps.push(Step::Set(id, field, value));
            }
            Edit::Delete { row } if !rows.is_empty() => {
                let id = rows[row % rows.len()].clone();
                if plan.deletes.insert(id.clone()) {
                    plan.steps.push(Step::Delete(id));
                }
            }
            Edit::Add { title } => {
                let id = crate::ids::ItemId::new().to_string();
                plan.adds.push(id.clone());
                plan.steps.push(Step::Add(id, VALUES[title].to_owned()));
            }
            _ => {}
        }
    }
    plan
}

/// Drops the deletes of rows the other side edits in the same round: that
/// case (the delete wins, the edit is shown as lost) has its own test.
fn without_crossed_deletes(mine: &mut Plan, theirs: &Plan) {
    let edited: BTreeSet<&String> = theirs.sets.keys().map(|(id, _)| id).collect();
    mine.steps
        .retain(|s| !matches!(s, Step::Delete(id) if edited.contains(id)));
    mine.deletes.retain(|id| !edited.contains(id));
}

fn write(store: &Store, client: crate::ids::ClientId, step: &Step, clock: &mut u32) {
    *clock += 1;
    let at = format!(
        "2026-11-24T10:{:02}:{:02}.000Z",
        *clock / 60 % 60,
        *clock % 60
    );
    store
        .write(|tx| {
            match step {
                Step::Set(id, field, value) => tx.execute(
                    &format!(
                        "UPDATE content_items SET {field} = ?2, updated_at = ?3 WHERE id = ?1"
                    ),
                    rusqlite::params![id, value, at],
                )?,
                Step::Add(id, title) => tx.execute(
                    "INSERT INTO content_items (id, client_id, group_id, channel, title, status,
                            created_at, updated_at)
                     VALUES (?1, ?2, ?3, 'instagram', ?4, 'idea', ?5, ?5)",
                    rusqlite::params![id, client, crate::ids::ItemGroupId::new(), title, at],
                )?,
                Step::Delete(id) => tx.execute("DELETE FROM content_items WHERE id = ?1", [id])?,
            };
            Ok(())
        })
        .unwrap();
}

/// Makes the edits, with a file after the first `split` and one at the end.
fn act(
    pair: &Pair,
    store: &Store,
    plan: &Plan,
    split: usize,
    name: &str,
    clock: &mut u32,
) -> Vec<Vec<u8>> {
    let mut files = Vec::new();
    for (n, step) in plan.steps.iter().enumerate() {
        if n == split {
            files.extend(pair.ship(store, &format!("{name}-a")));
        }
        write(store, pair.client, step, clock);
    }
    files.extend(pair.ship(store, &format!("{name}-b")));
    files
}

/// Delivers files in the given order; one that comes before its turn waits.
fn deliver(to: &Store, pending: &mut Vec<Vec<u8>>, file: Vec<u8>) {
    pending.push(file);
    loop {
        let mut progressed = false;
        let mut index = 0;
        while index < pending.len() {
            match sharing::receive(to, &pending[index], Utc::now()) {
                Ok(_) => {
                    pending.remove(index);
                    progressed = true;
                }
                Err(e) if e.code() == ErrorCode::ExchangeGap => index += 1,
                Err(e) => panic!("{e}"),
            }
        }
        if !progressed {
            return;
        }
    }
}

fn open_fields(store: &Store, client: crate::ids::ClientId) -> BTreeSet<(String, String)> {
    sharing::status(store, client)
        .unwrap()
        .unwrap()
        .conflicts
        .into_iter()
        .map(|c| {
            assert_eq!(c.kind, sharing::ConflictKind::Field, "{c:?}");
            (c.row.clone(), c.column.clone().unwrap_or_default())
        })
        .collect()
}

fn exchange_all(pair: &Pair) {
    for _ in 0..2 {
        if let Some(file) = pair.ship(pair.agency(), "flush-a") {
            sharing::receive(pair.business(), &file, Utc::now()).unwrap();
        }
        if let Some(file) = pair.ship(pair.business(), "flush-b") {
            sharing::receive(pair.agency(), &file, Utc::now()).unwrap();
        }
    }
}

fn item_ids(store: &Store, client: crate::ids::ClientId) -> Vec<String> {
    store
        .read(|c| {
            Ok(
                c.prepare("SELECT id FROM content_items WHERE client_id = ?1 ORDER BY id")?
                    .query_map([client], |row| row.get(0))?
                    .collect::<rusqlite::Result<_>>()?,
            )
        })
        .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn two_installs_converge_and_conflict_exactly_on_crossed_fields(
        rounds in prop::collection::vec(round(), 1..4)
    ) {
        let pair = paired();
        let mut clock = 0;
        for round in rounds {
            let rows = item_ids(pair.agency(), pair.client);
            let mut mine = plan(pair.agency(), &rows, &round.agency);
            let mut theirs = plan(pair.business(), &rows, &round.business);
            without_crossed_deletes(&mut mine, &theirs);
            without_crossed_deletes(&mut theirs, &mine);
            // The fields both sides change to different values.
            let mut crossed = BTreeSet::new();
            for ((id, field), value) in &mine.sets {
                if let Some(other) = theirs.sets.get(&(id.clone(), *field))
                    && other != value
                {
                    crossed.insert((id.clone(), (*field).to_owned()));
                }
            }

            let from_agency = act(&pair, pair.agency(), &mine, round.splits.0, "a", &mut clock);
            let from_business = act(&pair, pair.business(), &theirs, round.splits.1, "b", &mut clock);
            let mut deliveries: Vec<(bool, Vec<u8>)> = from_agency
                .into_iter()
                .map(|f| (true, f))
                .chain(from_business.into_iter().map(|f| (false, f)))
                .collect();
            let mut seed = round.order | 1;
            for i in (1..deliveries.len()).rev() {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                deliveries.swap(i, (seed >> 33) as usize % (i + 1));
            }
            let (mut to_business, mut to_agency) = (Vec::new(), Vec::new());
            for (to_the_business, file) in deliveries {
                if to_the_business {
                    deliver(pair.business(), &mut to_business, file);
                } else {
                    deliver(pair.agency(), &mut to_agency, file);
                }
            }
            prop_assert!(to_business.is_empty() && to_agency.is_empty());

            // A conflict on both sides for exactly the crossed fields.
            prop_assert_eq!(&open_fields(pair.agency(), pair.client), &crossed);
            prop_assert_eq!(&open_fields(pair.business(), pair.client), &crossed);
            if crossed.is_empty() {
                prop_assert_eq!(content(pair.agency(), pair.client), content(pair.business(), pair.client));
            }

            // One side settles them; its choices travel and close the other's.
            let settler = if round.agency_settles { pair.agency() } else { pair.business() };
            let open = sharing::status(settler, pair.client).unwrap().unwrap().conflicts;
            for (n, conflict) in open.iter().enumerate() {
                let choice = if round.keep_own[n % round.keep_own.len()] {
                    ConflictChoice::Local
                } else {
                    ConflictChoice::Remote
                };
                sharing::resolve(settler, conflict.id, choice, Utc::now()).unwrap();
            }
            exchange_all(&pair);
            prop_assert!(open_fields(pair.agency(), pair.client).is_empty());
            prop_assert!(open_fields(pair.business(), pair.client).is_empty());
            prop_assert_eq!(content(pair.agency(), pair.client), content(pair.business(), pair.client));
        }
    }
}
