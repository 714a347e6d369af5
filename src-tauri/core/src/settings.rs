//! Install-wide settings, stored as key/value rows. Only the language for now;
//! when none is chosen the system locale decides.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use crate::enums::Language;
use crate::error::Result;
use crate::ids::SettingId;
use crate::store::Store;
use crate::time;

const LANGUAGE: &str = "language";

/// The language chosen in Settings, if any.
pub fn language(store: &Store) -> Result<Option<Language>> {
    store.read(|conn| {
        let value: Option<String> = conn
            .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
            .query_row([LANGUAGE], |row| row.get(0))
            .optional()?;
        Ok(value.as_deref().and_then(Language::parse))
    })
}

pub fn set_language(store: &Store, language: Language, now: DateTime<Utc>) -> Result<()> {
    store.write(|tx| store_language(tx, language, now))
}

pub(crate) fn store_language(
    conn: &Connection,
    language: Language,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.prepare_cached(
            "INSERT INTO settings (id, key, value, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?4)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        )?
    .execute(params![SettingId::new(), LANGUAGE, language.as_str(), time::to_text(now)])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_is_unset_then_kept() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(language(&store).unwrap(), None);
        set_language(&store, Language::English, Utc::now()).unwrap();
        set_language(&store, Language::Italian, Utc::now()).unwrap();
        assert_eq!(language(&store).unwrap(), Some(Language::Italian));
    }
}
