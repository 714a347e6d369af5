//! Who this install belongs to: an agency (many clients) or a business (one
//! client, itself). Asked once, on first start.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::clients::{self, ClientInput};
use crate::enums::{Language, Side};
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{ClientId, ProfileId};
use crate::store::Store;
use crate::{settings, text, time};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub id: ProfileId,
    pub kind: Side,
    pub name: String,
    /// For a business install, the one client that is the business itself.
    pub own_client_id: Option<ClientId>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SetupInput {
    pub kind: Side,
    pub name: String,
    pub language: Language,
}

pub fn get(store: &Store) -> Result<Option<Profile>> {
    store.read(find)
}

fn find(conn: &Connection) -> Result<Option<Profile>> {
    Ok(conn
        .prepare_cached(
            "SELECT id, kind, name, own_client_id, created_at, updated_at FROM profile",
        )?
        .query_row([], |row| {
            Ok(Profile {
                id: row.get(0)?,
                kind: row.get(1)?,
                name: row.get(2)?,
                own_client_id: row.get(3)?,
                created_at: time::column(row, 4)?,
                updated_at: time::column(row, 5)?,
            })
        })
        .optional()?)
}

/// The side this install is on, and its name; refused before set-up.
pub(crate) fn require(conn: &Connection) -> Result<Profile> {
    find(conn)?.ok_or_else(|| Error::conflict(None, ErrorCode::NotSetUp, "Regia is not set up yet"))
}

/// The side this install is on.
pub(crate) fn kind(conn: &Connection) -> Result<Side> {
    require(conn).map(|p| p.kind)
}

/// Stores the profile and the chosen language; a business also becomes its
/// own first client. All in one transaction.
pub fn setup(store: &Store, input: &SetupInput, now: DateTime<Utc>) -> Result<Profile> {
    let name = text::name("name", &input.name)?;
    store.write(|tx| {
        if find(tx)?.is_some() {
            return Err(Error::conflict(
                None,
                ErrorCode::AlreadySetUp,
                "this install is already set up",
            ));
        }
        let own_client_id = match input.kind {
            Side::Business => {
                Some(clients::insert(tx, &ClientInput::named(&name, input.language), now)?.id)
            }
            Side::Agency => None,
        };
        tx.prepare_cached(
            "INSERT INTO profile (id, kind, name, own_client_id, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        )?
        .execute(params![
            ProfileId::new(),
            input.kind,
            name,
            own_client_id,
            time::to_text(now)
        ])?;
        settings::store_language(tx, input.language, now)?;
        find(tx)?.ok_or_else(|| Error::conflict(None, ErrorCode::NotSetUp, "profile vanished"))
    })
}

pub fn rename(store: &Store, name: &str, now: DateTime<Utc>) -> Result<Profile> {
    let name = text::name("name", name)?;
    store.write(|tx| {
        let updated = tx
            .prepare_cached("UPDATE profile SET name = ?1, updated_at = ?2")?
            .execute(params![name, time::to_text(now)])?;
        if updated == 0 {
            return Err(Error::conflict(
                None,
                ErrorCode::NotSetUp,
                "this install is not set up yet",
            ));
        }
        find(tx)?.ok_or_else(|| Error::conflict(None, ErrorCode::NotSetUp, "profile vanished"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clients::ClientQuery;

    fn setup_input(kind: Side, name: &str) -> SetupInput {
        SetupInput {
            kind,
            name: name.into(),
            language: Language::Italian,
        }
    }

    #[test]
    fn a_business_becomes_its_own_client() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(get(&store).unwrap(), None);
        let profile = setup(
            &store,
            &setup_input(Side::Business, " Forno Rossi "),
            Utc::now(),
        )
        .unwrap();
        assert_eq!(profile.name, "Forno Rossi");
        let own = clients::get(&store, profile.own_client_id.unwrap()).unwrap();
        assert_eq!(own.name, "Forno Rossi");
        assert_eq!(own.timezone, "Europe/Rome");
        assert_eq!(
            clients::list(&store, &ClientQuery::default())
                .unwrap()
                .len(),
            1
        );
        assert_eq!(settings::language(&store).unwrap(), Some(Language::Italian));
    }

    #[test]
    fn an_agency_starts_with_no_clients_and_sets_up_once() {
        let store = Store::open_in_memory().unwrap();
        let profile = setup(
            &store,
            &setup_input(Side::Agency, "Studio Nord"),
            Utc::now(),
        )
        .unwrap();
        assert_eq!(profile.own_client_id, None);
        assert!(
            clients::list(&store, &ClientQuery::default())
                .unwrap()
                .is_empty()
        );
        let again = setup(&store, &setup_input(Side::Business, "Other"), Utc::now()).unwrap_err();
        assert_eq!(again.code(), ErrorCode::AlreadySetUp);
        assert_eq!(get(&store).unwrap().unwrap().kind, Side::Agency);
    }

    #[test]
    fn setup_rejects_blank_names_and_writes_nothing() {
        let store = Store::open_in_memory().unwrap();
        let err = setup(&store, &setup_input(Side::Business, "   "), Utc::now()).unwrap_err();
        assert_eq!(
            (err.code(), err.field()),
            (ErrorCode::Required, Some("name"))
        );
        assert_eq!(get(&store).unwrap(), None);
        assert!(
            clients::list(&store, &ClientQuery::default())
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn rename_needs_a_profile() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(
            rename(&store, "X", Utc::now()).unwrap_err().code(),
            ErrorCode::NotSetUp
        );
        setup(&store, &setup_input(Side::Agency, "A"), Utc::now()).unwrap();
        assert_eq!(rename(&store, "B", Utc::now()).unwrap().name, "B");
    }
}
