//! After any sequence of edits, good or refused: every stored row has exactly
//! one Accountable, a refused edit changes nothing, and for each phase and
//! side the hours given to people plus the unassigned hours are the rows' hours.

use chrono::Utc;
use proptest::prelude::{
    Just, ProptestConfig, Strategy, any, prop, prop_assert_eq, prop_oneof, proptest,
};

use super::{World, person, world};
use crate::Result;
use crate::clients::Phase;
use crate::enums::Side;
use crate::people::{self, Skills};
use crate::split::recommend::SplitSide;
use crate::split::*;

#[derive(Debug, Clone)]
enum Op {
    Save {
        activity: usize,
        channel: usize,
        phase: usize,
        side: usize,
        business_hours: f64,
        agency_hours: f64,
        /// A role (0–3) or none (4) for each of the people, in order.
        roles: Vec<usize>,
    },
    DeleteCell(usize),
    AddPerson {
        business: bool,
        weekly_hours: f64,
    },
    DeletePerson(usize),
    CopyPhase(usize, usize),
    DeleteActivity(usize),
}

fn op() -> impl Strategy<Value = Op> {
    let hours = prop_oneof![Just(0.0), 0.0..60.0f64, Just(-3.0), Just(800.0)];
    prop_oneof![
        6 => (
            0..11usize,
            0..2usize,
            0..3usize,
            0..3usize,
            hours.clone(),
            hours,
            prop::collection::vec(prop_oneof![Just(1usize), 0..5usize], 0..6),
        )
            .prop_map(|(activity, channel, phase, side, business_hours, agency_hours, roles)| {
                Op::Save {
                    activity,
                    channel,
                    phase,
                    side,
                    business_hours,
                    agency_hours,
                    roles,
                }
            }),
        1 => (0..8usize).prop_map(Op::DeleteCell),
        1 => (any::<bool>(), 0.0..40.0f64)
            .prop_map(|(business, weekly_hours)| Op::AddPerson { business, weekly_hours }),
        1 => (0..6usize).prop_map(Op::DeletePerson),
        1 => (0..3usize, 0..3usize).prop_map(|(a, b)| Op::CopyPhase(a, b)),
        1 => (0..14usize).prop_map(Op::DeleteActivity),
    ]
}

fn apply(w: &World, op: &Op) -> Result<Split> {
    let store = &w.f.store;
    let client = w.f.client;
    let now = Utc::now();
    let split = get(store, client, now)?;
    match op {
        Op::Save {
            activity,
            channel,
            phase,
            side,
            business_hours,
            agency_hours,
            roles,
        } => {
            let Some(activity) = split
                .activities
                .get(activity % split.activities.len().max(1))
            else {
                return Ok(split);
            };
            let raci = split
                .people
                .iter()
                .zip(roles)
                .filter_map(|(p, &r)| {
                    Role::ALL.get(r).map(|&role| RaciEntry {
                        person_id: p.id,
                        role,
                    })
                })
                .collect();
            save_cell(
                store,
                client,
                &CellInput {
                    phase: Phase::ALL[*phase],
                    activity_id: activity.id,
                    channel_id: w.channels[*channel],
                    side: SplitSide::ALL[*side],
                    business_hours: *business_hours,
                    agency_hours: *agency_hours,
                    raci,
                    rationale: String::new(),
                },
                now,
            )
        }
        Op::DeleteCell(i) => match split.cells.get(*i) {
            Some(cell) => delete_cell(store, client, cell.id),
            None => Ok(split),
        },
        Op::AddPerson {
            business,
            weekly_hours,
        } => {
            let side = if *business {
                Side::Business
            } else {
                Side::Agency
            };
            let name = format!("P{}", split.people.len() + 1);
            people::create(
                store,
                client,
                &person(&name, side, *weekly_hours, Skills::default()),
                now,
            )?;
            get(store, client, now)
        }
        Op::DeletePerson(i) => match split.people.get(*i) {
            Some(p) => {
                people::delete(store, p.id)?;
                get(store, client, now)
            }
            None => Ok(split),
        },
        Op::CopyPhase(from, to) => {
            copy_phase(store, client, Phase::ALL[*from], Phase::ALL[*to], now)
        }
        Op::DeleteActivity(i) => match split.activities.get(*i) {
            Some(a) => delete_activity(store, client, a.id),
            None => Ok(split),
        },
    }
}

fn check(w: &World, split: &Split) {
    let off: i64 =
        w.f.store
            .read(|c| {
                Ok(c.query_row(
                    "SELECT count(*) FROM split_cells c
                  WHERE (SELECT count(*) FROM split_raci r
                          WHERE r.cell_id = c.id AND r.role = 'accountable') <> 1",
                    [],
                    |r| r.get(0),
                )?)
            })
            .unwrap();
    assert_eq!(off, 0, "a stored row without exactly one Accountable");
    for capacity in &split.capacity {
        let cells = split.cells.iter().filter(|c| c.phase == capacity.phase);
        let (business, agency) = cells.fold((0.0, 0.0), |(b, a), c| {
            (b + c.business_hours, a + c.agency_hours)
        });
        let given = |side: Side| -> f64 {
            capacity
                .people
                .iter()
                .filter(|l| {
                    split
                        .people
                        .iter()
                        .any(|p| p.id == l.person_id && p.side == side)
                })
                .map(|l| l.assigned)
                .sum()
        };
        assert!((capacity.business_hours - business).abs() < 1e-6);
        assert!((capacity.agency_hours - agency).abs() < 1e-6);
        assert!(
            (given(Side::Business) + capacity.unassigned_business - business).abs() < 1e-6,
            "business hours lost in {:?}",
            capacity.phase
        );
        assert!(
            (given(Side::Agency) + capacity.unassigned_agency - agency).abs() < 1e-6,
            "agency hours lost in {:?}",
            capacity.phase
        );
        assert!((capacity.agency_cost - agency * split.settings.hourly_rate).abs() < 1e-6);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn one_accountable_and_every_hour_counted(ops in prop::collection::vec(op(), 1..30)) {
        let w = world(Side::Agency);
        let rate = SettingsInput { hourly_rate: 35.0, monthly_budget: Some(800.0), capacity_margin: 80 };
        save_settings(&w.f.store, w.f.client, &rate, Utc::now()).unwrap();
        for op in &ops {
            let before = get(&w.f.store, w.f.client, Utc::now()).unwrap();
            match apply(&w, op) {
                Ok(split) => check(&w, &split),
                Err(_) => {
                    let after = get(&w.f.store, w.f.client, Utc::now()).unwrap();
                    prop_assert_eq!(&before, &after, "a refused edit changed something: {:?}", op);
                    check(&w, &after);
                }
            }
        }
    }
}
