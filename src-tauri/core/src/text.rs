//! Validation of the text people type: names, free text, web addresses, time
//! zones. Each check names the field it failed on, so the UI can put the
//! message right under it.

use std::str::FromStr;

use crate::error::{Error, ErrorCode, Result};
use crate::questionnaire::parse_number;

/// Longest name of a client, person or profile, in characters.
pub const MAX_NAME: usize = 200;
/// Longest short field (sector, place, role, handle), in characters.
pub const MAX_SHORT: usize = 200;
/// Longest answer or note, in characters.
pub const MAX_LONG: usize = 20_000;

/// A required name: trimmed, not empty, at most [`MAX_NAME`] characters.
pub fn name(field: &str, value: &str) -> Result<String> {
    required(field, value, MAX_NAME)
}

/// Required text, trimmed, not empty, at most `max` characters.
pub fn required(field: &str, value: &str, max: usize) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::invalid(
            field,
            ErrorCode::Required,
            "must not be empty",
        ));
    }
    bounded(field, value, max)
}

/// Optional text, trimmed, at most `max` characters; empty stays empty.
pub fn optional(field: &str, value: &str, max: usize) -> Result<String> {
    bounded(field, value.trim(), max)
}

/// Text kept as typed (long answers keep their spacing), at most `max` characters.
pub fn bounded(field: &str, value: &str, max: usize) -> Result<String> {
    let len = value.chars().count();
    if len > max {
        return Err(Error::invalid(
            field,
            ErrorCode::TooLong,
            format!("at most {max} characters (this has {len})"),
        )
        .with_param("max", max)
        .with_param("len", len));
    }
    Ok(value.to_owned())
}

/// An amount as typed (`1.234,5`, `1,234.5`, `€ 1.500`): `None` when
/// empty, refused when not a number or negative.
pub fn amount(field: &str, typed: &str) -> Result<Option<f64>> {
    if typed.trim().is_empty() {
        return Ok(None);
    }
    let value = parse_number(typed).ok_or_else(|| {
        Error::invalid(
            field,
            ErrorCode::InvalidNumber,
            format!("\"{typed}\" is not a number"),
        )
        .with_param("value", typed)
    })?;
    if value < 0.0 {
        return Err(Error::invalid(
            field,
            ErrorCode::Negative,
            "must not be negative",
        ));
    }
    Ok(Some(value))
}

/// The key two names are compared by: case- and spacing-insensitive, so
/// "Trattoria  Da Mario" and "trattoria da mario" are the same client.
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// An optional web address. A bare host ("www.example.it") gets `https://`;
/// only http(s) addresses with a dotted host are accepted. Empty stays empty.
pub fn web_address(field: &str, value: &str) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(String::new());
    }
    bounded(field, value, 2_000)?;
    let bad = || {
        Error::invalid(
            field,
            ErrorCode::InvalidUrl,
            format!("\"{value}\" is not a web address like https://www.example.it"),
        )
        .with_param("value", value)
    };
    let candidate = if value.contains("://") {
        value.to_owned()
    } else {
        format!("https://{value}")
    };
    let parsed = url::Url::parse(&candidate).map_err(|_| bad())?;
    let host_ok = parsed
        .host_str()
        .is_some_and(|h| h.contains('.') && !h.starts_with('.') && !h.ends_with('.'));
    if !matches!(parsed.scheme(), "http" | "https")
        || !host_ok
        || value.contains(char::is_whitespace)
    {
        return Err(bad());
    }
    Ok(parsed.to_string())
}

/// An IANA time zone name such as `Europe/Rome`.
pub fn timezone(field: &str, value: &str) -> Result<String> {
    let value = value.trim();
    chrono_tz::Tz::from_str(value)
        .map(|tz| tz.name().to_owned())
        .map_err(|_| {
            Error::invalid(
                field,
                ErrorCode::InvalidTimezone,
                format!("\"{value}\" is not a time zone like Europe/Rome"),
            )
            .with_param("value", value)
        })
}

/// Every IANA time zone name Regia accepts, sorted.
pub fn timezones() -> Vec<&'static str> {
    let mut names: Vec<_> = chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect();
    names.sort_unstable();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(name("name", "  Bar Sport ").unwrap(), "Bar Sport");
        assert_eq!(
            name("name", " \t\n ").unwrap_err().code(),
            ErrorCode::Required
        );
        assert_eq!(name("name", "").unwrap_err().field(), Some("name"));
        assert!(name("name", &"é".repeat(200)).is_ok());
        let err = name("name", &"é".repeat(201)).unwrap_err();
        assert_eq!(err.code(), ErrorCode::TooLong);
        assert_eq!(err.params()["len"], "201");
    }

    #[test]
    fn name_keys_ignore_case_and_spacing() {
        assert_eq!(name_key("  Trattoria   DA Mario "), "trattoria da mario");
        assert_eq!(name_key("ÀBACO"), "àbaco");
    }

    #[test]
    fn web_addresses() {
        assert_eq!(web_address("w", "").unwrap(), "");
        assert_eq!(
            web_address("w", "www.bar.it").unwrap(),
            "https://www.bar.it/"
        );
        assert_eq!(
            web_address("w", "http://bar.it/menu").unwrap(),
            "http://bar.it/menu"
        );
        for bad in [
            "ciao",
            "ftp://bar.it",
            "https://",
            "https://bar",
            "bar .it",
            "javascript:alert(1)",
        ] {
            assert_eq!(
                web_address("w", bad).unwrap_err().code(),
                ErrorCode::InvalidUrl,
                "{bad}"
            );
        }
    }

    #[test]
    fn timezones_are_iana() {
        assert_eq!(timezone("tz", " Europe/Rome ").unwrap(), "Europe/Rome");
        assert_eq!(
            timezone("tz", "Rome").unwrap_err().code(),
            ErrorCode::InvalidTimezone
        );
        assert!(timezones().contains(&"America/New_York"));
    }
}
