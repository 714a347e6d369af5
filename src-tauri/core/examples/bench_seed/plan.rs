//! The plan of reads bench_core and bench.mjs time, with the IPC
//! arguments the UI sends.

use super::*;

/// The reads the benchmark times, with the IPC arguments the UI sends.
pub(super) fn plan(
    store: &Store,
    items: usize,
    first: &Seeded,
    version: VersionId,
    item: ItemId,
) -> Result<Value, Box<dyn Error>> {
    let client = first.id.to_string();
    let (from, to) = GRID;
    let range = |client_id: Option<&str>, from: &str, to: &str| {
        json!({
            "clientId": client_id, "from": from, "to": to, "channels": [], "statuses": [],
            "pillarId": null, "objectiveId": null, "ownerSide": null,
        })
    };
    // The month grid reads three chips a day, the week forty (CELL_CHIPS and
    // COLUMN_CHIPS in the UI), the list every item of its month.
    let grid = |client_id: Option<&str>, per_day: u32| json!({ "query": range(client_id, from, to), "perDay": per_day });
    let review = reviews::get(store, first.review)?;
    let review_item = review.items.first().ok_or("the review has no agenda")?;
    let by_id = |name, label, id: String| (name, label, json!({ "id": id }));
    let of_client = |name, label| (name, label, json!({ "clientId": client }));
    let no_filter =
        json!({ "status": null, "subjectKind": null, "proposedBy": null, "search": "" });
    let keep = json!({ "outcome": "keep", "note": "", "scope": null, "target": "", "start": null });
    let commands = [
        (
            "calendar_days",
            "month grid of Cliente 00, December 2026",
            grid(Some(&client), 3),
        ),
        (
            "calendar_days",
            "agency overview, December 2026 grid",
            grid(None, 3),
        ),
        (
            "calendar_days",
            "week of Cliente 00, 7-13 December 2026",
            json!({ "query": range(Some(&client), "2026-12-07", "2026-12-13"), "perDay": 40 }),
        ),
        (
            "list_calendar",
            "list of Cliente 00, December 2026, every item",
            json!({ "query": range(Some(&client), "2026-12-01", "2026-12-31") }),
        ),
        ("app_status", "status at start-up", json!({})),
        ("list_backups", "snapshots in Settings", json!({})),
        ("list_timezones", "time zones of the client form", json!({})),
        (
            "list_clients",
            "clients list (50)",
            json!({ "query": { "search": "", "includeArchived": false } }),
        ),
        by_id("get_client", "Cliente 00", client.clone()),
        of_client("list_people", "people of Cliente 00"),
        of_client(
            "get_questionnaire",
            "questionnaire, every question answered",
        ),
        of_client("get_strategy", "strategy of Cliente 00"),
        by_id(
            "get_strategy_version",
            "approved version 1",
            version.to_string(),
        ),
        (
            "diff_strategy",
            "version 1 against the draft",
            json!({ "clientId": client, "from": { "kind": "version", "id": version }, "to": { "kind": "draft" } }),
        ),
        (
            "list_decisions",
            "decision log, unfiltered",
            json!({ "clientId": client, "query": no_filter }),
        ),
        by_id(
            "get_item",
            "an item in review, with comments",
            item.to_string(),
        ),
        (
            "list_occasions",
            "occasions in the December 2026 grid",
            json!({ "clientId": client, "from": from, "to": to }),
        ),
        of_client("list_own_occasions", "own occasions of Cliente 00"),
        of_client("suggest_occasions", "occasions the questionnaire suggests"),
        of_client("list_slots", "recurring slots of Cliente 00"),
        (
            "calendar_cadence",
            "cadence, 4 weeks from 30 November 2026",
            json!({ "clientId": client, "from": from, "weeks": 4 }),
        ),
        of_client("get_split", "in-house / agency split of Cliente 00"),
        of_client("get_monitoring", "monitoring of Cliente 00 (400 values)"),
        of_client("list_reviews", "reviews of Cliente 00"),
        by_id(
            "get_review",
            "the October 2026 review",
            first.review.to_string(),
        ),
        (
            "preview_review_outcome",
            "keeping the review's first item",
            json!({ "itemId": review_item.id, "input": keep }),
        ),
        of_client("get_share", "sharing of Cliente 00, changes waiting"),
    ];
    let mut out: Vec<Value> = commands
        .into_iter()
        .map(|(name, label, args)| json!({ "name": name, "label": label, "args": args }))
        .collect();
    if let Some(month) = out.first_mut() {
        month["key"] = json!("month");
    }
    // The draft differs from version 1 (the mission), so the diff has rows.
    let changes = strategy::diff(
        store,
        first.id,
        VersionRef::Version(version),
        VersionRef::Draft,
    )?;
    if changes.is_empty() {
        return Err("the draft does not differ from version 1".into());
    }
    Ok(json!({ "items": items, "client": client, "commands": out }))
}
