//! What changed between two versions of the strategy. Items keep their ids
//! across versions (the live rows are the draft of every version), so an item
//! is matched by id: added, removed, or changed field by field.

use serde::{Deserialize, Serialize};

use super::versions::snapshot;
use super::{StrategyDocument, document};
use crate::error::Result;
use crate::ids::{ClientId, VersionId};
use crate::store::Store;
use crate::{clients, text_enum};

/// A side of a comparison: a version, or the draft as it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum VersionRef {
    Draft,
    Version(VersionId),
}

text_enum!(
    DiffArea {
        Mission = "mission",
        Segment = "segment",
        Card = "card",
        Objective = "objective",
        Pillar = "pillar",
        Channel = "channel",
    }
);

text_enum!(
    ChangeKind { Added = "added", Removed = "removed", Changed = "changed" }
);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    pub area: DiffArea,
    pub kind: ChangeKind,
    /// Where the item sits (a card's block and segment, a micro objective's macro).
    pub context: String,
    /// The item, as it reads in the newer version (or the older, if removed).
    pub label: String,
    /// The field that changed; empty for an added or removed item.
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// An item flattened for comparison.
struct Item {
    area: DiffArea,
    id: String,
    context: String,
    label: String,
    fields: Vec<(&'static str, String)>,
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn flatten(doc: &StrategyDocument) -> Vec<Item> {
    let mut items = vec![Item {
        area: DiffArea::Mission,
        id: "mission".into(),
        context: String::new(),
        label: String::new(),
        fields: vec![("text", doc.mission.clone())],
    }];
    let card = |c: &document::Card, context: String| Item {
        area: DiffArea::Card,
        id: c.id.to_string(),
        context,
        label: c.text.clone(),
        fields: vec![("text", c.text.clone()), ("rank", c.rank.to_string())],
    };
    for s in &doc.segments {
        items.push(Item {
            area: DiffArea::Segment,
            id: s.id.to_string(),
            context: String::new(),
            label: s.name.clone(),
            fields: vec![
                ("name", s.name.clone()),
                ("description", s.description.clone()),
            ],
        });
        for c in &s.cards {
            items.push(card(c, format!("{} · {}", s.name, c.block.as_str())));
        }
    }
    for c in &doc.cards {
        items.push(card(c, c.block.as_str().to_owned()));
    }
    for o in &doc.objectives {
        items.push(Item {
            area: DiffArea::Objective,
            id: o.id.to_string(),
            context: String::new(),
            label: o.title.clone(),
            fields: vec![
                ("title", o.title.clone()),
                ("category", o.category.as_str().to_owned()),
                ("description", o.description.clone()),
            ],
        });
        for m in &o.micros {
            items.push(Item {
                area: DiffArea::Objective,
                id: m.id.to_string(),
                context: o.title.clone(),
                label: m.title.clone(),
                fields: vec![
                    ("title", m.title.clone()),
                    ("channel", opt(m.channel.as_deref())),
                    ("metric", m.metric.clone()),
                    ("baseline", opt(m.baseline)),
                    ("target", opt(m.target)),
                    ("frequency", opt(m.frequency.map(|f| f.as_str()))),
                    ("periodStart", opt(m.period_start)),
                    ("deadline", opt(m.deadline)),
                ],
            });
        }
    }
    for p in &doc.pillars {
        items.push(Item {
            area: DiffArea::Pillar,
            id: p.id.to_string(),
            context: String::new(),
            label: p.name.clone(),
            fields: vec![
                ("name", p.name.clone()),
                ("description", p.description.clone()),
                ("share", p.share.to_string()),
            ],
        });
    }
    for c in &doc.channels {
        items.push(Item {
            area: DiffArea::Channel,
            id: c.id.to_string(),
            context: String::new(),
            label: if c.name.is_empty() {
                c.channel.clone()
            } else {
                c.name.clone()
            },
            fields: vec![
                ("channel", c.channel.clone()),
                ("name", c.name.clone()),
                ("role", c.role.clone()),
                ("audience", c.audience.clone()),
                ("importance", c.importance.to_string()),
                ("postsPerWeek", c.posts_per_week.to_string()),
                ("status", c.status.as_str().to_owned()),
            ],
        });
    }
    items
}

/// The changes that lead from `before` to `after`, in the order of `after`
/// (removed items last).
pub fn compare(before: &StrategyDocument, after: &StrategyDocument) -> Vec<Change> {
    let old = flatten(before);
    let new = flatten(after);
    let mut changes = Vec::new();
    for item in &new {
        match old.iter().find(|o| o.id == item.id) {
            None => changes.push(Change {
                area: item.area,
                kind: ChangeKind::Added,
                context: item.context.clone(),
                label: item.label.clone(),
                field: String::new(),
                before: None,
                after: Some(item.label.clone()),
            }),
            Some(was) => {
                for ((field, value), (_, old_value)) in item.fields.iter().zip(&was.fields) {
                    if value != old_value {
                        changes.push(Change {
                            area: item.area,
                            kind: ChangeKind::Changed,
                            context: item.context.clone(),
                            label: item.label.clone(),
                            field: (*field).to_owned(),
                            before: Some(old_value.clone()),
                            after: Some(value.clone()),
                        });
                    }
                }
            }
        }
    }
    for item in &old {
        if !new.iter().any(|n| n.id == item.id) {
            changes.push(Change {
                area: item.area,
                kind: ChangeKind::Removed,
                context: item.context.clone(),
                label: item.label.clone(),
                field: String::new(),
                before: Some(item.label.clone()),
                after: None,
            });
        }
    }
    changes
}

/// What changed from one version (or the draft) to another.
pub fn diff(
    store: &Store,
    client_id: ClientId,
    from: VersionRef,
    to: VersionRef,
) -> Result<Vec<Change>> {
    store.read(|conn| {
        clients::find(conn, client_id)?;
        let load = |r: VersionRef| match r {
            VersionRef::Draft => document::read(conn, client_id),
            VersionRef::Version(id) => snapshot(conn, client_id, id),
        };
        Ok(compare(&load(from)?, &load(to)?))
    })
}
