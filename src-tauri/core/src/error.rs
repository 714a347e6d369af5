//! Errors keep their kind and a stable code all the way to the screen.
//!
//! The UI translates `code` (its catalogs are type-checked against
//! [`ErrorCode`]) and shows it next to `field`; `message` is the English
//! fallback for logs. Nobody matches on message strings.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What kind of failure this is: decides how the UI reacts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The input is wrong; show the message next to the field.
    Invalid,
    /// The thing asked for does not exist (any more).
    NotFound,
    /// The input clashes with what is stored (e.g. a duplicate name).
    Conflict,
    /// The database file cannot be used as it is.
    Storage,
    /// A bug or an unexpected failure.
    Internal,
}

/// A stable, translatable reason. Every variant has an entry in both UI catalogs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Required,
    TooLong,
    InvalidUrl,
    InvalidDate,
    InvalidNumber,
    OutOfRange,
    InvalidTimezone,
    InvalidChoice,
    WrongKind,
    DuplicateName,
    NotFound,
    AlreadySetUp,
    NotSetUp,
    TemplateQuestion,
    Negative,
    MetricRequired,
    DeadlineBeforeStart,
    DuplicateChannel,
    PillarMixTotal,
    InReview,
    NothingToSubmit,
    IllegalTransition,
    FutureDate,
    BeforeSubmission,
    NonexistentTime,
    InvalidTime,
    MissingColumns,
    ImportHasErrors,
    NotACalendarFile,
    NoAccountable,
    TwoAccountables,
    ForeignPerson,
    StillAccountable,
    HoursInMonth,
    NotInternal,
    NotAnImprovement,
    NotASpreadsheetFile,
    DuplicateMeasurement,
    MetricInUse,
    ReviewClosed,
    OutcomeNotAllowed,
    NotAnExchangeFile,
    ExchangeTruncated,
    ExchangeTampered,
    ExchangeForeign,
    ExchangeReplayed,
    ExchangeGap,
    ExchangeNewerFormat,
    ExchangeIsInvitation,
    ExchangeOwnFile,
    NotShared,
    NothingToSend,
    SharedFolderHoldsDatabase,
    SharedFolderUnusable,
    SharingAgencyOnly,
    SharingBusinessOnly,
    InvitationAlreadyAccepted,
    ConflictClosed,
    NotSqlite,
    NewerSchema,
    Storage,
    Internal,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{field}: {message}")]
    Invalid {
        code: ErrorCode,
        field: String,
        message: String,
        params: BTreeMap<String, String>,
    },
    #[error("{entity} {id} was not found")]
    NotFound { entity: &'static str, id: String },
    #[error("{message}")]
    Conflict {
        code: ErrorCode,
        field: Option<String>,
        message: String,
        params: BTreeMap<String, String>,
    },
    #[error("{} is not a SQLite database; Regia did not touch it", path.display())]
    NotSqlite { path: PathBuf },
    #[error(
        "{} was written by a newer Regia (schema {found}, this version knows up to {supported}); Regia did not touch it",
        path.display()
    )]
    NewerSchema {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("cannot use {}: {source}", path.display())]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored data is malformed: {0}")]
    Json(#[from] serde_json::Error),
}

impl Error {
    pub fn invalid(field: impl Into<String>, code: ErrorCode, message: impl Into<String>) -> Self {
        Self::Invalid {
            code,
            field: field.into(),
            message: message.into(),
            params: BTreeMap::new(),
        }
    }

    /// Adds a parameter the translated message interpolates (e.g. `max`).
    #[must_use]
    pub fn with_param(mut self, key: &str, value: impl ToString) -> Self {
        if let Self::Invalid { params, .. } | Self::Conflict { params, .. } = &mut self {
            params.insert(key.to_owned(), value.to_string());
        }
        self
    }

    pub fn conflict(field: Option<&str>, code: ErrorCode, message: impl Into<String>) -> Self {
        Self::Conflict {
            code,
            field: field.map(str::to_owned),
            message: message.into(),
            params: BTreeMap::new(),
        }
    }

    pub fn not_found(entity: &'static str, id: impl ToString) -> Self {
        Self::NotFound {
            entity,
            id: id.to_string(),
        }
    }

    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::Invalid { .. } => ErrorKind::Invalid,
            Self::NotFound { .. } => ErrorKind::NotFound,
            Self::Conflict { .. } => ErrorKind::Conflict,
            Self::NotSqlite { .. } | Self::NewerSchema { .. } | Self::File { .. } => {
                ErrorKind::Storage
            }
            Self::Sqlite(_) | Self::Json(_) => ErrorKind::Internal,
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Invalid { code, .. } | Self::Conflict { code, .. } => *code,
            Self::NotFound { .. } => ErrorCode::NotFound,
            Self::NotSqlite { .. } => ErrorCode::NotSqlite,
            Self::NewerSchema { .. } => ErrorCode::NewerSchema,
            Self::File { .. } => ErrorCode::Storage,
            Self::Sqlite(_) | Self::Json(_) => ErrorCode::Internal,
        }
    }

    pub fn field(&self) -> Option<&str> {
        match self {
            Self::Invalid { field, .. } => Some(field),
            Self::Conflict { field, .. } => field.as_deref(),
            _ => None,
        }
    }

    /// Values the UI interpolates into the translated message.
    pub fn params(&self) -> BTreeMap<String, String> {
        match self {
            Self::Invalid { params, .. } | Self::Conflict { params, .. } => params.clone(),
            Self::NotFound { entity, id } => BTreeMap::from([
                ("entity".into(), (*entity).into()),
                ("id".into(), id.clone()),
            ]),
            Self::NotSqlite { path } | Self::File { path, .. } => {
                BTreeMap::from([("path".into(), path.display().to_string())])
            }
            Self::NewerSchema {
                path,
                found,
                supported,
            } => BTreeMap::from([
                ("path".into(), path.display().to_string()),
                ("found".into(), found.to_string()),
                ("supported".into(), supported.to_string()),
            ]),
            Self::Sqlite(_) | Self::Json(_) => BTreeMap::new(),
        }
    }
}
