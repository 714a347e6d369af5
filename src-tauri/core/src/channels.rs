//! The catalog of social channels Regia knows. Labels live in the UI catalogs
//! under `channels.<key>`; a test there keeps them in step with this list.

/// Keys of the known channels, in the order the UI lists them.
pub const CATALOG: &[&str] = &[
    "instagram",
    "facebook",
    "tiktok",
    "linkedin",
    "youtube",
    "google_business",
    "whatsapp",
    "pinterest",
    "threads",
    "x",
    "telegram",
    "newsletter",
    "blog",
];

pub fn is_known(key: &str) -> bool {
    CATALOG.contains(&key)
}
