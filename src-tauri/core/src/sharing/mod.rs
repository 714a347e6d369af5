//! Shared management between two installs (issue 8, in progress): so far
//! the exchange file's envelope ([`envelope`]). Pairing, capturing changes
//! with SQLite's session extension and applying them come next.

pub mod envelope;

#[cfg(test)]
mod tests;
