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
