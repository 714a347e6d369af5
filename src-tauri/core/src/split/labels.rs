//! The words the core itself writes for a client (decisions in the log, the
//! exported RACI table), in the client's language. The screens have their own
//! catalogs; `ui/src/features/split/matrix/labels.test.ts` keeps the activity
//! names in step.

use crate::Language;
use crate::clients::Phase;
use crate::people::Skill;

use super::recommend::SplitSide;
use super::{CATALOG, Role};

/// One catalog activity: its key, the skills it needs, how much it needs the
/// business's own voice (0–2), the hours it usually takes a month on one
/// channel, and its names.
pub struct CatalogActivity {
    pub key: &'static str,
    pub skills: &'static [Skill],
    pub voice: u8,
    pub hours: f64,
    pub it: &'static str,
    pub en: &'static str,
}

pub fn activity(key: &str, name: &str, language: Language) -> String {
    match CATALOG.iter().find(|a| a.key == key) {
        Some(a) => pick(language, a.it, a.en).to_owned(),
        None => name.to_owned(),
    }
}

pub fn side(side: SplitSide, language: Language) -> &'static str {
    match side {
        SplitSide::Agency => pick(language, "agenzia", "agency"),
        SplitSide::Business => pick(language, "interno", "in-house"),
        SplitSide::Shared => pick(language, "condiviso", "shared"),
    }
}

pub fn phase(phase: Phase, language: Language) -> &'static str {
    match phase {
        Phase::Startup => pick(language, "avvio", "start-up"),
        Phase::Growth => pick(language, "crescita", "growth"),
        Phase::Autonomy => pick(language, "autonomia", "autonomy"),
    }
}

pub fn role_letter(role: Role) -> &'static str {
    match role {
        Role::Responsible => "R",
        Role::Accountable => "A",
        Role::Consulted => "C",
        Role::Informed => "I",
    }
}

/// A channel of the plan as people call it: a catalog key's name, or the
/// name given to a custom channel.
pub fn channel(key: &str, name: &str, language: Language) -> String {
    let known = match key {
        "instagram" => "Instagram",
        "facebook" => "Facebook",
        "tiktok" => "TikTok",
        "linkedin" => "LinkedIn",
        "youtube" => "YouTube",
        "google_business" => pick(
            language,
            "Profilo dell'attività su Google",
            "Google Business Profile",
        ),
        "whatsapp" => "WhatsApp Business",
        "pinterest" => "Pinterest",
        "threads" => "Threads",
        "x" => "X (Twitter)",
        "telegram" => "Telegram",
        "newsletter" => "Newsletter",
        "blog" => pick(language, "Blog o sito", "Blog or website"),
        _ => return name.to_owned(),
    };
    known.to_owned()
}

pub(crate) fn pick(language: Language, it: &'static str, en: &'static str) -> &'static str {
    match language {
        Language::Italian => it,
        Language::English => en,
    }
}
