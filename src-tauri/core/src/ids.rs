//! Typed row ids. Every primary key is a UUIDv7 stored as text: time-ordered,
//! and unique across installs, because rows will travel between them.

use std::fmt;

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! id_type {
    ($($name:ident),* $(,)?) => {$(
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            Serialize, Deserialize, specta::Type,
        )]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            #[allow(clippy::new_without_default)]
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }

            /// The id of a row that has a natural key (e.g. the answer to
            /// one question): both installs of a pairing derive the same id,
            /// so rows they create independently are the same row when
            /// they meet (see `sharing`).
            pub fn derived(parts: &[&str]) -> Self {
                Self(derived_uuid(parts))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = uuid::Error;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(text).map(Self)
            }
        }

        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.0.to_string()))
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                Uuid::parse_str(value.as_str()?)
                    .map(Self)
                    .map_err(|e| FromSqlError::Other(Box::new(e)))
            }
        }
    )*};
}

id_type!(
    ProfileId,
    SettingId,
    ClientId,
    PersonId,
    QuestionId,
    AnswerId,
    SegmentId,
    CardId,
    ObjectiveId,
    PillarId,
    PlanChannelId,
    VersionId,
    DecisionId,
    DismissalId,
    ItemId,
    ItemGroupId,
    CommentId,
    OccasionId,
    SlotId,
    ActivityId,
    CellId,
    TransferId,
    MetricId,
    MeasurementId,
    ReviewId,
    ReviewItemId,
    ConflictId,
);

/// A version-8 UUID from the SHA-256 of `parts` (separated by NUL).
pub(crate) fn derived_uuid(parts: &[&str]) -> Uuid {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    for part in parts {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    let digest = hash.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_custom_bytes(bytes).into_uuid()
}
