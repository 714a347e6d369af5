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

/// The longest caption a channel accepts, in characters, where it has one.
/// Regia warns above it; the text is still saved (the user may shorten it later).
pub fn caption_limit(key: &str) -> Option<usize> {
    match key {
        "x" => Some(280),
        "threads" | "pinterest" => Some(500),
        "google_business" => Some(1_500),
        "instagram" | "tiktok" => Some(2_200),
        "linkedin" => Some(3_000),
        "telegram" => Some(4_096),
        "youtube" => Some(5_000),
        "facebook" => Some(63_206),
        _ => None,
    }
}
