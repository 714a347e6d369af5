//! What the app holds while it runs: the store, or why it could not be opened.

use std::path::PathBuf;
use std::sync::Arc;

use regia_core::Store;

use crate::error::IpcError;

pub struct AppState {
    store: Result<Arc<Store>, IpcError>,
    pub database_path: PathBuf,
    pub system_locale: Option<String>,
}

impl AppState {
    pub fn new(
        store: Result<Arc<Store>, IpcError>,
        database_path: PathBuf,
        system_locale: Option<String>,
    ) -> Self {
        Self {
            store,
            database_path,
            system_locale,
        }
    }

    /// Why the database could not be opened, if it could not.
    pub fn storage_error(&self) -> Option<IpcError> {
        self.store.as_ref().err().cloned()
    }

    /// Runs blocking store work off the main thread and maps its error for IPC.
    pub async fn run<T, F>(&self, work: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> regia_core::Result<T> + Send + 'static,
    {
        let store = Arc::clone(self.store.as_ref().map_err(Clone::clone)?);
        tauri::async_runtime::spawn_blocking(move || work(&store))
            .await
            .map_err(IpcError::internal)?
            .map_err(IpcError::from)
    }
}
