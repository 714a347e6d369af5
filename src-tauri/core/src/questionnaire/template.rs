//! The built-in onboarding questionnaire, in Italian and English, embedded
//! from `template.json`. Clients get their own copy of its questions (by key);
//! wording always comes from here, so a fix to the template reaches everyone.

use std::sync::LazyLock;

use serde::Deserialize;

use super::{Audience, ChoiceOption, Localized, QuestionKind, ScaleLabels};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub version: u32,
    pub sections: Vec<TemplateSection>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateSection {
    pub key: String,
    pub title: Localized,
    pub description: Localized,
    pub questions: Vec<TemplateQuestion>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateQuestion {
    pub key: String,
    pub kind: QuestionKind,
    pub audience: Audience,
    pub prompt: Localized,
    pub help: Option<Localized>,
    #[serde(default)]
    pub options: Vec<ChoiceOption>,
    pub scale: Option<ScaleLabels>,
    pub unit: Option<Localized>,
    /// The parts of the strategy this question's answer suggests content for.
    #[serde(default)]
    pub feeds: Vec<crate::strategy::Feed>,
}

static TEMPLATE: LazyLock<Template> = LazyLock::new(|| {
    // The file is embedded and checked by the tests below: it cannot fail in a build that passed them.
    #[allow(clippy::expect_used)]
    serde_json::from_str(include_str!("template.json")).expect("template.json is valid")
});

pub fn template() -> &'static Template {
    &TEMPLATE
}

impl Template {
    pub fn section(&self, key: &str) -> Option<&TemplateSection> {
        self.sections.iter().find(|s| s.key == key)
    }

    pub fn question(&self, key: &str) -> Option<&TemplateQuestion> {
        self.questions().find(|q| q.key == key)
    }

    pub fn questions(&self) -> impl Iterator<Item = &TemplateQuestion> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn complete(text: &Localized) -> bool {
        !text.it.trim().is_empty() && !text.en.trim().is_empty()
    }

    #[test]
    fn has_the_sections_of_the_product_brief() {
        let keys: Vec<_> = template().sections.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "contacts",
                "business",
                "value_proposition",
                "audience",
                "competitors",
                "brand",
                "goals",
                "channels",
                "people",
                "rhythm",
                "budget",
                "constraints"
            ]
        );
        for section in &template().sections {
            assert!(
                complete(&section.title) && complete(&section.description),
                "{}",
                section.key
            );
            assert!(
                section.questions.len() >= 3,
                "{} has too few questions",
                section.key
            );
        }
    }

    #[test]
    fn has_at_least_40_questions_of_every_kind_and_audience() {
        assert!(template().questions().count() >= 40);
        let kinds: BTreeSet<_> = template().questions().map(|q| q.kind).collect();
        assert_eq!(kinds.len(), QuestionKind::ALL.len());
        let audiences: BTreeSet<_> = template().questions().map(|q| q.audience).collect();
        assert_eq!(audiences.len(), Audience::ALL.len());
    }

    #[test]
    fn questions_are_well_formed_in_both_languages() {
        let mut keys = BTreeSet::new();
        for section in &template().sections {
            for q in &section.questions {
                assert!(keys.insert(q.key.as_str()), "duplicate key {}", q.key);
                assert!(
                    q.key.starts_with(&format!("{}.", section.key)),
                    "{} outside its section",
                    q.key
                );
                assert!(complete(&q.prompt), "{}", q.key);
                assert!(q.help.as_ref().is_none_or(complete), "{}", q.key);
                let choice = matches!(
                    q.kind,
                    QuestionKind::SingleChoice | QuestionKind::MultipleChoice
                );
                assert_eq!(choice, q.options.len() >= 2, "{}: options", q.key);
                let option_keys: BTreeSet<_> = q.options.iter().map(|o| o.key.as_str()).collect();
                assert_eq!(
                    option_keys.len(),
                    q.options.len(),
                    "{}: duplicate option",
                    q.key
                );
                assert!(q.options.iter().all(|o| complete(&o.label)), "{}", q.key);
                assert_eq!(
                    q.kind == QuestionKind::Scale,
                    q.scale.is_some(),
                    "{}: scale",
                    q.key
                );
                assert!(
                    q.unit.is_none() || q.kind == QuestionKind::Number,
                    "{}: unit",
                    q.key
                );
            }
        }
    }
}
