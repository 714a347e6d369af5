//! Files on disk: written whole or not at all, and the shared folder's rules.
//!
//! A file appears under its final name only once complete: it is written to
//! a hidden temporary name in the same folder, flushed to disk, renamed,
//! and the folder itself is flushed, so a sync tool (Syncthing, Nextcloud,
//! Dropbox) never carries half a file. Each install writes only its own
//! names (`regia-<pairing>-<side>-<sequence>.regiax`) and reads the other's.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::enums::Side;
use crate::error::{Error, ErrorCode, Result};

pub(crate) const EXTENSION: &str = "regiax";

fn file_error(path: &Path, source: std::io::Error) -> Error {
    Error::File {
        path: path.to_owned(),
        source,
    }
}

/// Writes `bytes` to `path` atomically.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let written = (|| {
        let mut file = File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temporary, path)?;
        // The rename itself must reach the disk too.
        File::open(dir)?.sync_all()
    })();
    written.map_err(|e| {
        let _ = fs::remove_file(&temporary);
        file_error(path, e)
    })
}

pub(crate) fn read(path: &Path) -> Result<Vec<u8>> {
    fs::read(path).map_err(|e| file_error(path, e))
}

/// The name of a file of changes in the shared folder.
pub(crate) fn name(pairing: &str, side: Side, sequence: u64) -> String {
    format!(
        "regia-{}-{}-{sequence:06}.{EXTENSION}",
        short(pairing),
        side.as_str()
    )
}

fn short(pairing: &str) -> String {
    pairing
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(12)
        .collect()
}

/// The other side's files of a pairing in `folder`, by sequence.
pub(crate) fn incoming(folder: &Path, pairing: &str, from: Side) -> Result<Vec<(u64, PathBuf)>> {
    let prefix = format!("regia-{}-{}-", short(pairing), from.as_str());
    let suffix = format!(".{EXTENSION}");
    let mut found = Vec::new();
    for entry in fs::read_dir(folder).map_err(|e| file_error(folder, e))? {
        let entry = entry.map_err(|e| file_error(folder, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(sequence) = name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(&suffix))
            .and_then(|n| n.parse::<u64>().ok())
        {
            found.push((sequence, entry.path()));
        }
    }
    found.sort();
    Ok(found)
}

/// Checks a folder chosen for the exchange: it exists, Regia can write in
/// it, and it does not hold the live database (a sync tool copying a
/// database while it is written corrupts it).
pub(crate) fn check(folder: &Path, database: Option<&Path>) -> Result<PathBuf> {
    let unusable = |message: &str| {
        Error::invalid("folder", ErrorCode::SharedFolderUnusable, message)
            .with_param("folder", folder.display())
    };
    let canonical = folder
        .canonicalize()
        .map_err(|_| unusable("the folder does not exist"))?;
    if !canonical.is_dir() {
        return Err(unusable("this is not a folder"));
    }
    if let Some(database) = database {
        let live = database
            .parent()
            .and_then(|d| d.canonicalize().ok())
            .unwrap_or_else(|| database.to_owned());
        if live.starts_with(&canonical) {
            return Err(Error::invalid(
                "folder",
                ErrorCode::SharedFolderHoldsDatabase,
                "the folder holds Regia's database",
            )
            .with_param("folder", folder.display()));
        }
    }
    let probe = canonical.join(format!(".regia-probe-{}.tmp", std::process::id()));
    File::create(&probe)
        .and_then(|_| fs::remove_file(&probe))
        .map_err(|_| unusable("Regia cannot write in this folder"))?;
    Ok(canonical)
}
