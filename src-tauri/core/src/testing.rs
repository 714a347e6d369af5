//! Test fixtures shared by the modules' tests: a real database file in a
//! temp dir, an install set up on one side, and a client.

use chrono::Utc;

use crate::clients::{self, ClientInput};
use crate::enums::{Language, Side};
use crate::ids::{ClientId, QuestionId};
use crate::profile::{self, SetupInput};
use crate::questionnaire::{self, AnswerInput};
use crate::store::Store;

pub struct Fixture {
    pub _dir: tempfile::TempDir,
    pub store: Store,
    pub client: ClientId,
}

/// An install of `side` with one client, "Forno Rossi" (the business itself
/// in a business install).
pub fn fixture(side: Side) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("regia.db"), Utc::now()).unwrap();
    let name = match side {
        Side::Agency => "Studio Nord",
        Side::Business => "Forno Rossi",
    };
    let me = profile::setup(
        &store,
        &SetupInput {
            kind: side,
            name: name.into(),
            language: Language::Italian,
        },
        Utc::now(),
    )
    .unwrap();
    let client = match me.own_client_id {
        Some(own) => own,
        None => add_client(&store, "Forno Rossi"),
    };
    Fixture {
        _dir: dir,
        store,
        client,
    }
}

/// Every row of every table, sorted: the whole content of the database, to
/// compare before and after something that must change nothing.
pub fn everything(store: &Store) -> Vec<(String, Vec<Vec<rusqlite::types::Value>>)> {
    store
        .read(|conn| {
            let tables: Vec<String> = conn
                .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")?
                .query_map([], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let mut out = Vec::new();
            for table in tables {
                let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\""))?;
                let n = stmt.column_count();
                let mut rows: Vec<Vec<rusqlite::types::Value>> = stmt
                    .query_map([], |row| (0..n).map(|i| row.get(i)).collect())?
                    .collect::<rusqlite::Result<_>>()?;
                rows.sort_by_key(|r| format!("{r:?}"));
                out.push((table, rows));
            }
            Ok(out)
        })
        .unwrap()
}

pub fn add_client(store: &Store, name: &str) -> ClientId {
    clients::create(
        store,
        &ClientInput::named(name, Language::Italian),
        Utc::now(),
    )
    .unwrap()
    .id
}

/// The id of a template question of a client.
pub fn question(store: &Store, client: ClientId, key: &str) -> QuestionId {
    questionnaire::load(store, client, Utc::now())
        .unwrap()
        .sections
        .into_iter()
        .flat_map(|s| s.questions)
        .find(|q| q.template_key.as_deref() == Some(key))
        .unwrap()
        .id
}

pub fn answer(store: &Store, client: ClientId, key: &str, input: AnswerInput) -> QuestionId {
    let id = question(store, client, key);
    questionnaire::save_answer(store, id, &input, Utc::now()).unwrap();
    id
}

/// A client with a plan to monitor: Instagram and Facebook in the plan; a
/// micro objective "Contatti da Facebook" (leads on Facebook, from 2 to 10 a
/// month, August 2026 to January 2027) under "Più richieste"; Giulia
/// (business) and Marco (agency); in the split, advertising on Facebook
/// (agency, 8 h) and copywriting on Instagram (business, 6 h), Giulia
/// accountable for both. The plan is made at [`planned_at`], a fixed instant
/// before the ones the reviews and monitoring tests act at, so their order
/// does not depend on the day the tests run.
pub struct Plan {
    pub f: Fixture,
    pub facebook: crate::ids::PlanChannelId,
    pub advertising: crate::ids::ActivityId,
    pub copywriting: crate::ids::ActivityId,
}

/// When [`plan`] writes its plan: 1 November 2026, 09:00 UTC.
pub fn planned_at() -> chrono::DateTime<Utc> {
    use chrono::TimeZone;
    Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap()
}

pub fn plan(side: Side) -> Plan {
    use crate::people::{self, PersonInput, Skills};
    use crate::split::{self, CellInput, RaciEntry, Role, recommend::SplitSide};
    use crate::strategy::{
        self, Frequency, ObjectiveCategory, ObjectiveInput, PlanChannelInput, PlanChannelStatus,
    };

    let f = fixture(side);
    let now = planned_at();
    let mut channels = Vec::new();
    for key in ["instagram", "facebook"] {
        let s = strategy::save_plan_channel(
            &f.store,
            f.client,
            &PlanChannelInput {
                id: None,
                channel: key.into(),
                name: String::new(),
                role: String::new(),
                audience: String::new(),
                importance: 3,
                posts_per_week: 2.0,
                status: PlanChannelStatus::Active,
            },
            now,
        )
        .unwrap();
        channels.push(s.document.channels.last().unwrap().id);
    }
    let s = strategy::save_objective(
        &f.store,
        f.client,
        &ObjectiveInput::new_macro("Più richieste", ObjectiveCategory::Leads),
        now,
    )
    .unwrap();
    let parent = s.document.objectives[0].id;
    let s = strategy::save_objective(
        &f.store,
        f.client,
        &ObjectiveInput {
            id: None,
            parent_id: Some(parent),
            title: "Contatti da Facebook".into(),
            description: String::new(),
            category: None,
            channel: Some("facebook".into()),
            metric: "leads".into(),
            baseline: "2".into(),
            target: "10".into(),
            frequency: Some(Frequency::Month),
            period_start: "01/08/2026".into(),
            deadline: "31/01/2027".into(),
        },
        now,
    )
    .unwrap();
    assert_eq!(s.document.objectives[0].micros.len(), 1);
    let person = |name: &str, side: Side| PersonInput {
        name: name.into(),
        side,
        role: String::new(),
        weekly_hours: 20.0,
        skills: Skills::default(),
    };
    let giulia = people::create(&f.store, f.client, &person("Giulia", Side::Business), now)
        .unwrap()
        .id;
    people::create(&f.store, f.client, &person("Marco", Side::Agency), now).unwrap();
    let sp = split::get(&f.store, f.client, now).unwrap();
    let id_of = |key: &str| sp.activities.iter().find(|a| a.key == key).unwrap().id;
    let (advertising, copywriting) = (id_of("advertising"), id_of("copywriting"));
    for (activity, channel, side, hours) in [
        (advertising, channels[1], SplitSide::Agency, 8.0),
        (copywriting, channels[0], SplitSide::Business, 6.0),
    ] {
        split::save_cell(
            &f.store,
            f.client,
            &CellInput {
                phase: sp.phase,
                activity_id: activity,
                channel_id: channel,
                side,
                business_hours: hours,
                agency_hours: hours,
                raci: vec![RaciEntry {
                    person_id: giulia,
                    role: Role::Accountable,
                }],
                rationale: String::new(),
            },
            now,
        )
        .unwrap();
    }
    Plan {
        f,
        facebook: channels[1],
        advertising,
        copywriting,
    }
}

impl Plan {
    /// An item on `channel` at `date` (dd/mm/yyyy), of `activity` if given, in `status`.
    pub fn item(
        &self,
        channel: &str,
        activity: Option<crate::ids::ActivityId>,
        date: &str,
        status: crate::calendar::ItemStatus,
    ) -> crate::ids::ItemId {
        let created = crate::calendar::items::create(
            &self.f.store,
            self.f.client,
            &crate::calendar::items::ItemInput {
                channels: vec![channel.into()],
                title: format!("{channel} {date}"),
                caption: String::new(),
                date: date.into(),
                time: "10:00".into(),
                status: if date.is_empty() {
                    crate::calendar::ItemStatus::Idea
                } else {
                    crate::calendar::ItemStatus::Draft
                },
                pillar_id: None,
                objective_id: None,
                occasion: None,
                owner_id: None,
                activity_id: activity,
                notes: String::new(),
            },
            Utc::now(),
        )
        .unwrap();
        let id = created[0].id;
        self.f
            .store
            .write(|tx| {
                tx.execute(
                    "UPDATE content_items SET status = ?2 WHERE id = ?1",
                    rusqlite::params![id, status],
                )?;
                Ok(())
            })
            .unwrap();
        id
    }
}
