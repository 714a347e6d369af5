//! Whatever sequence of operations a user (or a bug in the screen) sends, an
//! approved version never changes and a client never has two open versions.

use std::collections::BTreeMap;

use chrono::Utc;
use proptest::prelude::{
    Just, ProptestConfig, Strategy as Generator, prop, prop_assert, prop_assert_eq, prop_oneof,
    proptest,
};

use super::super::{
    Block, CardInput, ItemRef, PillarInput, Store, VersionStatus, approve_version, get_version,
    load, remove_item, request_changes, save_card, save_pillar, set_mission, submit_strategy,
    withdraw_version,
};
use super::agency_approval;
use crate::enums::Side;
use crate::testing::fixture;

#[derive(Debug, Clone)]
enum Op {
    Mission(String),
    Card(String),
    Pillar(i32),
    RemoveCard,
    Submit,
    Approve,
    RequestChanges,
    Withdraw,
    /// A transition sent to an old version, as a stale screen would.
    ApproveOldest,
}

fn op() -> impl Generator<Value = Op> {
    prop_oneof![
        "[a-z ]{0,12}".prop_map(Op::Mission),
        "[a-z]{1,8}".prop_map(Op::Card),
        (0i32..=100).prop_map(Op::Pillar),
        Just(Op::RemoveCard),
        Just(Op::Submit),
        Just(Op::Approve),
        Just(Op::RequestChanges),
        Just(Op::Withdraw),
        Just(Op::ApproveOldest),
    ]
}

fn snapshot_of_closed(store: &Store) -> BTreeMap<String, (String, String)> {
    store
        .read(|c| {
            Ok(c.prepare(
                "SELECT id, status, content || '|' || coalesce(decided_at, '') || comment
                   FROM strategy_versions WHERE status IN ('approved', 'changes_requested', 'withdrawn')",
            )?
            .query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?
            .collect::<rusqlite::Result<_>>()?)
        })
        .unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn approved_versions_never_change_and_one_version_at_most_is_open(ops in prop::collection::vec(op(), 1..40)) {
        let f = fixture(Side::Agency);
        let now = Utc::now;
        let mut closed = BTreeMap::new();
        for op in ops {
            let before = load(&f.store, f.client).unwrap();
            let submitted = before.open_version.as_ref().filter(|v| v.status == VersionStatus::Submitted).map(|v| v.id);
            let any_version = before.versions.last().map(|v| v.id);
            let result = match &op {
                Op::Mission(text) => set_mission(&f.store, f.client, text, now()),
                Op::Card(text) => save_card(&f.store, f.client, &CardInput { id: None, segment_id: None, block: Block::Values, text: text.clone(), rank: 0 }, now()),
                Op::Pillar(share) => save_pillar(&f.store, f.client, &PillarInput { id: None, name: "p".into(), description: String::new(), share: *share }, now()),
                Op::RemoveCard => match before.document.cards.first() {
                    Some(card) => remove_item(&f.store, ItemRef::Card(card.id), now()),
                    None => continue,
                },
                Op::Submit => submit_strategy(&f.store, f.client, now()),
                Op::Approve => match submitted.or(any_version) {
                    Some(id) => approve_version(&f.store, id, &agency_approval(), now()),
                    None => continue,
                },
                Op::RequestChanges => match submitted.or(any_version) {
                    Some(id) => request_changes(&f.store, id, "di nuovo", &agency_approval(), now()),
                    None => continue,
                },
                Op::Withdraw => match submitted.or(any_version) {
                    Some(id) => withdraw_version(&f.store, id, now()),
                    None => continue,
                },
                Op::ApproveOldest => match any_version {
                    Some(id) => approve_version(&f.store, id, &agency_approval(), now()),
                    None => continue,
                },
            };
            if result.is_err() {
                // A refused operation leaves everything as it was.
                let after = load(&f.store, f.client).unwrap();
                prop_assert_eq!(&after, &before, "{:?} was refused but changed the strategy", op);
            }
            let now_closed = snapshot_of_closed(&f.store);
            for (id, was) in &closed {
                prop_assert_eq!(now_closed.get(id), Some(was), "closed version {} changed after {:?}", id, op);
            }
            closed = now_closed;
            let open: i64 = f.store.read(|c| Ok(c.query_row(
                "SELECT count(*) FROM strategy_versions WHERE status IN ('draft', 'submitted')", [], |r| r.get(0))?)).unwrap();
            prop_assert!(open <= 1, "{} open versions after {:?}", open, op);
            // A submitted version's snapshot is what was submitted: the live
            // document cannot have moved while it waits.
            if let Some(v) = load(&f.store, f.client).unwrap().open_version.filter(|v| v.status == VersionStatus::Submitted) {
                let frozen = get_version(&f.store, v.id).unwrap().document;
                prop_assert_eq!(frozen, load(&f.store, f.client).unwrap().document);
            }
        }
    }
}
