//! What the app holds while it runs: the store, or why it could not be opened.

use std::path::PathBuf;
use std::sync::Arc;

use regia_core::Store;

use crate::error::IpcError;

/// A handler of commands, as [`AppState::route`] calls it.
pub type Handle<I> = Arc<dyn Fn(I) -> bool + Send + Sync>;

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

    /// Runs a read: bounded work of a few milliseconds at most (a month, a
    /// client's strategy) on the thread that called it, its error mapped for
    /// IPC; a panic inside is an internal error, as it is from the pool.
    ///
    /// Read commands are plain commands (not `async`) that call this:
    /// [`Self::route`] runs them on the window's thread with the store held
    /// for them when it is free, and on the blocking pool when it is not.
    pub fn read<T>(
        &self,
        work: impl FnOnce(&Store) -> regia_core::Result<T>,
    ) -> Result<T, IpcError> {
        let store = self.store.as_ref().map_err(Clone::clone)?;
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(store)))
            .map_err(|_| IpcError::internal("a read stopped unexpectedly"))?
            .map_err(IpcError::from)
    }

    /// Where a command runs: the app's invoke handler passes every one of
    /// its commands here, on the window's thread, with `handle` (Tauri's
    /// handler of the command list).
    ///
    /// When nothing holds the store, `handle` runs right here with the store
    /// taken for this thread ([`Store::hold`]): a read command runs and
    /// answers at once, with no thread hand-off (about 0.1 ms less than the
    /// async workers, one hand-off each way); an `async` command is only
    /// handed to the async runtime, as Tauri would. When another thread holds
    /// the store (a write, an import, the daily snapshot), `handle` runs on
    /// the blocking pool instead: the window's thread never waits for the
    /// store. Taking the store and running are one step, so nothing can take
    /// it in between.
    ///
    /// Returns what `handle` returned, or `true` once handed to the pool.
    pub fn route<I: Send + 'static>(&self, item: I, handle: &Handle<I>) -> bool {
        let Ok(store) = &self.store else {
            return handle(item);
        };
        if let Some(_held) = store.hold() {
            return handle(item);
        }
        let handle = Arc::clone(handle);
        drop(tauri::async_runtime::spawn_blocking(move || handle(item)));
        true
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
    use std::time::Duration;

    use chrono::Utc;

    use super::*;

    fn state(dir: &tempfile::TempDir) -> (AppState, Arc<Store>) {
        let path = dir.path().join("regia.db");
        let store = Arc::new(Store::open(&path, Utc::now()).expect("store"));
        (AppState::new(Ok(Arc::clone(&store)), path, None), store)
    }

    /// A handler that reads the store through `state` and reports the thread
    /// it ran on and whether another thread could take the store meanwhile.
    fn reporting(
        state: Arc<AppState>,
        store: Arc<Store>,
    ) -> (Handle<()>, mpsc::Receiver<(ThreadId, bool)>) {
        let (report, reports) = mpsc::channel();
        let handle: Handle<()> = Arc::new(move |()| {
            let store = Arc::clone(&store);
            let taken_elsewhere = thread::spawn(move || store.hold().is_some())
                .join()
                .expect("probe");
            state
                .read(|store| store.read(|conn| Ok(conn.query_row("SELECT 1", [], |_| Ok(()))?)))
                .expect("read");
            report
                .send((thread::current().id(), taken_elsewhere))
                .expect("report");
            true
        });
        (handle, reports)
    }

    #[test]
    fn with_the_store_free_a_command_runs_where_it_arrived_holding_the_store() {
        let dir = tempfile::tempdir().expect("dir");
        let (state, store) = state(&dir);
        let state = Arc::new(state);
        let (handle, reports) = reporting(Arc::clone(&state), Arc::clone(&store));
        assert!(state.route((), &handle));
        let (ran_on, taken_elsewhere) = reports.try_recv().expect("ran before route returned");
        assert_eq!(ran_on, thread::current().id());
        assert!(
            !taken_elsewhere,
            "no other thread could take the store meanwhile"
        );
        assert!(store.hold().is_some(), "released after");
    }

    #[test]
    fn with_the_store_held_a_command_waits_on_the_pool_not_where_it_arrived() {
        let dir = tempfile::tempdir().expect("dir");
        let (state, store) = state(&dir);
        let state = Arc::new(state);
        let (handle, reports) = reporting(Arc::clone(&state), Arc::clone(&store));
        let (inside, held) = mpsc::channel();
        let (release, released) = mpsc::channel::<()>();
        let writer = {
            let store = Arc::clone(&store);
            thread::spawn(move || {
                store.write(|_| {
                    inside.send(()).expect("send");
                    released.recv().expect("recv");
                    Ok(())
                })
            })
        };
        held.recv().expect("held");
        let (routed, returned) = mpsc::channel();
        let arrived = {
            let state = Arc::clone(&state);
            thread::spawn(move || {
                routed.send(state.route((), &handle)).expect("routed");
                thread::current().id()
            })
        };
        let handed_over = returned.recv_timeout(Duration::from_secs(5));
        assert_eq!(handed_over, Ok(true), "handed over at once, not waited for");
        let arrived = arrived.join().expect("arrival thread");
        thread::sleep(Duration::from_millis(50));
        assert!(
            reports.try_recv().is_err(),
            "the command waits for the write"
        );
        release.send(()).expect("release");
        writer.join().expect("writer").expect("write");
        let (ran_on, _) = reports
            .recv_timeout(Duration::from_secs(10))
            .expect("ran after the write");
        assert_ne!(ran_on, arrived);
    }

    #[test]
    fn a_panicking_read_is_an_internal_error() {
        let dir = tempfile::tempdir().expect("dir");
        let (state, _) = state(&dir);
        let result: Result<(), IpcError> = state.read(|_| panic!("boom"));
        let error = result.expect_err("an error");
        assert_eq!(error.code, regia_core::ErrorCode::Internal);
    }
}
