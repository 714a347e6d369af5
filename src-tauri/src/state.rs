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

    /// Runs a read: bounded work of about a millisecond at most (a month,
    /// a client's strategy), off the main thread, its error mapped for IPC.
    ///
    /// When the store is free the read runs right here, on the async worker
    /// that received the command: two thread hand-offs fewer than [`Self::run`],
    /// about 0.1 ms of every read through IPC. When something holds the store
    /// (an import, the daily snapshot) it waits on the blocking pool like any
    /// other work, so an async worker does not sit behind long work. (The
    /// check is a hint: work that takes the store between the check and the
    /// read still holds the worker until it ends; a rare, bounded case.) A
    /// panic in `work` is an internal error, as it is from the pool.
    pub async fn read<T, F>(&self, work: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> regia_core::Result<T> + Send + 'static,
    {
        let store = self.store.as_ref().map_err(Clone::clone)?;
        if store.is_busy() {
            return self.run(work).await;
        }
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(store)))
            .map_err(|_| IpcError::internal("a read stopped unexpectedly"))?
            .map_err(IpcError::from)
    }

    /// Runs store work on the blocking pool, off the main thread and the
    /// async workers, and maps its error for IPC: every write, and whatever
    /// reads or writes files (imports, exports, snapshots).
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

#[cfg(test)]
mod tests {
    use std::sync::mpsc;
    use std::thread::{self, ThreadId};

    use chrono::Utc;

    use super::*;

    fn state(dir: &tempfile::TempDir) -> (AppState, Arc<Store>) {
        let path = dir.path().join("regia.db");
        let store = Arc::new(Store::open(&path, Utc::now()).expect("store"));
        (AppState::new(Ok(Arc::clone(&store)), path, None), store)
    }

    /// The thread a read ran on, with the async worker that awaited it.
    fn read_threads(state: &AppState) -> (ThreadId, ThreadId) {
        tauri::async_runtime::block_on(async {
            let worker = thread::current().id();
            let ran = state
                .read(|store| store.read(|_| Ok(thread::current().id())))
                .await
                .expect("read");
            (worker, ran)
        })
    }

    #[test]
    fn a_read_runs_where_it_was_awaited_when_the_store_is_free() {
        let dir = tempfile::tempdir().expect("dir");
        let (state, _) = state(&dir);
        let (worker, ran) = read_threads(&state);
        assert_eq!(worker, ran);
    }

    #[test]
    fn a_read_waits_on_the_blocking_pool_while_the_store_is_held() {
        let dir = tempfile::tempdir().expect("dir");
        let (state, store) = state(&dir);
        let (inside, held) = mpsc::channel();
        let (release, released) = mpsc::channel::<()>();
        let writer = thread::spawn(move || {
            store.write(|_| {
                inside.send(()).expect("send");
                released.recv().expect("recv");
                Ok(())
            })
        });
        held.recv().expect("held");
        let reader = thread::spawn(move || {
            let threads = read_threads(&state);
            (state, threads)
        });
        thread::sleep(std::time::Duration::from_millis(50));
        assert!(!reader.is_finished(), "the read waits for the write");
        release.send(()).expect("release");
        writer.join().expect("writer").expect("write");
        let (_, (worker, ran)) = reader.join().expect("reader");
        assert_ne!(worker, ran);
    }

    #[test]
    fn a_panicking_read_is_an_internal_error() {
        let dir = tempfile::tempdir().expect("dir");
        let (state, _) = state(&dir);
        let result: Result<(), IpcError> =
            tauri::async_runtime::block_on(state.read(|_| panic!("boom")));
        let error = result.expect_err("an error");
        assert_eq!(error.code, regia_core::ErrorCode::Internal);
    }
}
