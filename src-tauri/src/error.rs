//! The one error shape that crosses IPC: `{ kind, code, message, field?, params }`.
//! The UI switches on `kind`, translates `code` and puts it next to `field`.

use std::collections::BTreeMap;

use regia_core::{Error, ErrorCode, ErrorKind};
use serde::Serialize;

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct IpcError {
    pub kind: ErrorKind,
    pub code: ErrorCode,
    /// English, for logs and as a fallback; the UI shows its own translation of `code`.
    pub message: String,
    pub field: Option<String>,
    pub params: BTreeMap<String, String>,
}

impl From<Error> for IpcError {
    fn from(error: Error) -> Self {
        Self {
            kind: error.kind(),
            code: error.code(),
            message: error.to_string(),
            field: error.field().map(str::to_owned),
            params: error.params(),
        }
    }
}

impl IpcError {
    pub fn internal(message: impl ToString) -> Self {
        Self {
            kind: ErrorKind::Internal,
            code: ErrorCode::Internal,
            message: message.to_string(),
            field: None,
            params: BTreeMap::new(),
        }
    }
}
