//! Closed sets of words stored as text. One macro gives each the same serde
//! spelling, SQL mapping and `ALL` list, so the UI, the database and the
//! CHECK constraints agree on the words.

/// Declares a snake_case text enum usable in serde, specta and rusqlite.
#[macro_export]
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize, specta::Type,
        )]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some(Self::$variant),)+ _ => None }
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.as_str()))
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(
                value: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                Self::parse(text).ok_or_else(|| {
                    rusqlite::types::FromSqlError::Other(
                        format!("unknown {} {text:?}", stringify!($name)).into(),
                    )
                })
            }
        }
    };
}

text_enum!(
    /// The two sides of the work: the agency and the business it helps.
    Side { Agency = "agency", Business = "business" }
);

text_enum!(
    /// The languages Regia speaks, in the UI and in documents for clients.
    Language { Italian = "it", English = "en" }
);

impl Language {
    /// Italian when the system locale is Italian (`it`, `it-IT`, `it_CH.UTF-8`…),
    /// English otherwise.
    pub fn from_locale(locale: Option<&str>) -> Self {
        let primary = locale
            .unwrap_or_default()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if primary == "it" {
            Self::Italian
        } else {
            Self::English
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn italian_locales_default_to_italian() {
        for it in ["it", "it-IT", "it_IT.UTF-8", "IT-ch", "it@euro"] {
            assert_eq!(Language::from_locale(Some(it)), Language::Italian, "{it}");
        }
        for other in ["en-US", "de_DE", "", "C", "italic"] {
            assert_eq!(
                Language::from_locale(Some(other)),
                Language::English,
                "{other}"
            );
        }
        assert_eq!(Language::from_locale(None), Language::English);
    }

    #[test]
    fn words_round_trip() {
        for side in Side::ALL {
            assert_eq!(Side::parse(side.as_str()), Some(*side));
        }
        assert_eq!(Language::parse("fr"), None);
    }
}
