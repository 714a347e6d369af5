//! Times the app's reads in-process: for each command of a plan written by
//! `bench_seed`, the core call its adapter in `src-tauri/src/commands/*.rs`
//! makes, with the plan's IPC arguments read into the adapter's own types
//! (and `Utc::now()` where the adapter passes it). Arguments are read once;
//! only the call is timed, 5 warm-up calls first, nothing serialized.
//! `cargo run -p regia-core --release --example bench_core -- <regia.db> <plan.json> <runs> <out.json>`

use std::error::Error;
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use chrono::Utc;
use regia_core::calendar::view::{self, CalendarQuery};
use regia_core::calendar::{cadence, items, occasions, slots};
use regia_core::clients::{self, ClientQuery};
use regia_core::decisions::{self, DecisionQuery};
use regia_core::reviews::{self, OutcomeInput};
use regia_core::{
    Store, backups, monitoring, people, profile, questionnaire, settings, sharing, split, strategy,
    text,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

const USAGE: &str = "usage: bench_core <regia.db> <plan.json> <runs> <out.json>";
const WARM_UP: usize = 5;

#[derive(Deserialize)]
struct Plan {
    commands: Vec<Command>,
}

#[derive(Deserialize)]
struct Command {
    name: String,
    label: String,
    key: Option<String>,
    args: Value,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Timed {
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    label: String,
    rows: Option<usize>,
    samples_ms: Vec<f64>,
}

/// One prepared read: the length of what it returned when that is a list.
type Read = Box<dyn Fn(&Store) -> regia_core::Result<Option<usize>>>;

/// A command's IPC arguments, by their camelCase names.
struct Args<'a>(&'a Value);

impl Args<'_> {
    fn get<T: DeserializeOwned>(&self, name: &str) -> Result<T, Box<dyn Error>> {
        let value = self.0.get(name).cloned().unwrap_or(Value::Null);
        serde_json::from_value(value).map_err(|e| format!("argument {name}: {e}").into())
    }
}

fn list<T>(rows: Vec<T>) -> Option<usize> {
    Some(black_box(rows).len())
}

/// A grid read counts the items its days hold, not the days.
fn items(days: Vec<view::CalendarDay>) -> Option<usize> {
    Some(black_box(days).iter().map(|d| d.count as usize).sum())
}

fn one<T>(value: T) -> Option<usize> {
    black_box(value);
    None
}

/// `read!(list, |s| call(s, ..)?)`: a boxed read whose result is counted by `list` or `one`.
macro_rules! read {
    ($rows:ident, |$s:ident| $call:expr) => {
        Box::new(move |$s: &Store| Ok($rows($call))) as Read
    };
}

/// The adapter of `name`, as a read with its arguments already parsed.
fn prepare(name: &str, a: &Args<'_>) -> Result<Read, Box<dyn Error>> {
    Ok(match name {
        // app.rs (app_status also reports the path and the system's language: no store work)
        "app_status" => read!(one, |s| (profile::get(s)?, settings::language(s)?)),
        "list_backups" => read!(list, |s| backups::list(s)?),
        "list_timezones" => read!(list, |_s| text::timezones()
            .into_iter()
            .map(str::to_owned)
            .collect::<Vec<String>>()),
        // clients.rs, people.rs, questionnaire.rs
        "list_clients" => {
            let query: ClientQuery = a.get("query")?;
            read!(list, |s| clients::list(s, &query)?)
        }
        "get_client" => {
            let id = a.get("id")?;
            read!(one, |s| clients::get(s, id)?)
        }
        "list_people" => {
            let client_id = a.get("clientId")?;
            read!(list, |s| people::list(s, client_id)?)
        }
        "get_questionnaire" => {
            let client_id = a.get("clientId")?;
            read!(one, |s| questionnaire::load(s, client_id, Utc::now())?)
        }
        // strategy.rs, decisions.rs
        "get_strategy" => {
            let client_id = a.get("clientId")?;
            read!(one, |s| strategy::load(s, client_id)?)
        }
        "get_strategy_version" => {
            let id = a.get("id")?;
            read!(one, |s| strategy::get_version(s, id)?)
        }
        "diff_strategy" => {
            let (client_id, from, to) = (a.get("clientId")?, a.get("from")?, a.get("to")?);
            read!(list, |s| strategy::diff(s, client_id, from, to)?)
        }
        "list_decisions" => {
            let client_id = a.get("clientId")?;
            let query: DecisionQuery = a.get("query")?;
            read!(list, |s| decisions::list(s, client_id, &query)?)
        }
        // calendar.rs
        "list_calendar" => {
            let query: CalendarQuery = a.get("query")?;
            read!(list, |s| view::entries(s, &query)?)
        }
        "calendar_days" => {
            let (query, per_day): (CalendarQuery, u32) = (a.get("query")?, a.get("perDay")?);
            read!(items, |s| view::days(s, &query, per_day)?)
        }
        "get_item" => {
            let id = a.get("id")?;
            read!(one, |s| items::get(s, id)?)
        }
        "list_occasions" => {
            let (client_id, from, to) = (a.get("clientId")?, a.get("from")?, a.get("to")?);
            read!(list, |s| occasions::between(s, client_id, from, to)?)
        }
        "list_own_occasions" => {
            let client_id = a.get("clientId")?;
            read!(list, |s| occasions::list(s, client_id)?)
        }
        "suggest_occasions" => {
            let client_id = a.get("clientId")?;
            read!(list, |s| occasions::from_questionnaire(
                s,
                client_id,
                Utc::now()
            )?)
        }
        "list_slots" => {
            let client_id = a.get("clientId")?;
            read!(list, |s| slots::list(s, client_id)?)
        }
        "calendar_cadence" => {
            let (client_id, from, weeks) = (a.get("clientId")?, a.get("from")?, a.get("weeks")?);
            read!(one, |s| cadence::check(s, client_id, from, weeks)?)
        }
        // split.rs, monitoring.rs
        "get_split" => {
            let client_id = a.get("clientId")?;
            read!(one, |s| split::get(s, client_id, Utc::now())?)
        }
        "get_monitoring" => {
            let client_id = a.get("clientId")?;
            read!(one, |s| monitoring::get(s, client_id, Utc::now())?)
        }
        // reviews.rs
        "list_reviews" => {
            let client_id = a.get("clientId")?;
            read!(one, |s| reviews::list(s, client_id, Utc::now())?)
        }
        "get_review" => {
            let id = a.get("id")?;
            read!(one, |s| reviews::get(s, id)?)
        }
        "preview_review_outcome" => {
            let item_id = a.get("itemId")?;
            let input: OutcomeInput = a.get("input")?;
            read!(one, |s| reviews::preview_outcome(
                s,
                item_id,
                &input,
                Utc::now()
            )?)
        }
        // sharing.rs
        "get_share" => {
            let client_id = a.get("clientId")?;
            read!(one, |s| sharing::status(s, client_id)?)
        }
        _ => return Err("unknown command".into()),
    })
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, db, plan, runs, out] = args.as_slice() else {
        return Err(USAGE.into());
    };
    let runs: usize = runs.parse()?;
    let plan: Plan = serde_json::from_str(&std::fs::read_to_string(plan)?)?;
    let store = Store::open(Path::new(db), Utc::now())?;
    let mut results = Vec::new();
    for command in plan.commands {
        let read = prepare(&command.name, &Args(&command.args))
            .map_err(|e| format!("{}: {e}", command.name))?;
        let failed = |e: regia_core::Error| format!("{} ({}): {e}", command.name, command.label);
        for _ in 0..WARM_UP {
            read(&store).map_err(failed)?;
        }
        let mut rows = None;
        let mut samples_ms = Vec::with_capacity(runs);
        for _ in 0..runs {
            let started = Instant::now();
            rows = read(&store).map_err(failed)?;
            samples_ms.push(started.elapsed().as_secs_f64() * 1_000.0);
        }
        let mut sorted = samples_ms.clone();
        sorted.sort_by(f64::total_cmp);
        let at = |q: f64| sorted.get(((sorted.len() as f64 - 1.0) * q).round() as usize);
        println!(
            "{:<24} p50 {:>8.3} ms  p95 {:>8.3} ms  rows {:>5}  {}",
            command.name,
            at(0.5).copied().unwrap_or(f64::NAN),
            at(0.95).copied().unwrap_or(f64::NAN),
            rows.map_or("-".into(), |n| n.to_string()),
            command.label
        );
        results.push(Timed {
            name: command.name,
            key: command.key,
            label: command.label,
            rows,
            samples_ms,
        });
    }
    let report = serde_json::json!({ "results": results });
    std::fs::write(out, serde_json::to_string_pretty(&report)?)?;
    Ok(())
}
