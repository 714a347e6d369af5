//! The onboarding questionnaire of each client.
//!
//! Invariants:
//! - every client has a row per template question (keyed by `template_key`),
//!   made when the client is created and topped up if the template grows;
//! - custom questions belong to one client and never touch the template;
//! - a question has at most one answer; an empty answer is no answer, so
//!   "open" means "without an answer row".

pub(crate) mod answers;
mod custom;
mod template;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

pub use answers::{
    Answer, AnswerInput, AnswerValue, ChannelEntry, SavedAnswer, parse_date, parse_number,
    save_answer,
};
pub use custom::{
    CustomQuestionInput, Direction, add_custom_question, move_question, remove_custom_question,
};
pub use template::{Template, template};

use crate::clients;
use crate::error::Result;
use crate::ids::{ClientId, QuestionId};
use crate::store::Store;
use crate::{text_enum, time};

text_enum!(
    QuestionKind {
        ShortText = "short_text",
        LongText = "long_text",
        SingleChoice = "single_choice",
        MultipleChoice = "multiple_choice",
        Scale = "scale",
        Number = "number",
        Date = "date",
        Url = "url",
        Channels = "channels",
    }
);

text_enum!(
    /// Who must answer a question.
    Audience { Business = "business", Agency = "agency", Together = "together" }
);

/// A text in both languages Regia speaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub it: String,
    pub en: String,
}

impl Localized {
    /// The same words in both languages (custom questions are written once).
    pub fn same(text: &str) -> Self {
        Self {
            it: text.to_owned(),
            en: text.to_owned(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub key: String,
    pub label: Localized,
}

/// What 1 and 5 mean on a scale question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct ScaleLabels {
    pub low: Localized,
    pub high: Localized,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Completion {
    pub answered: u32,
    pub total: u32,
    /// Rounded down, so 100 means every question is answered.
    pub percent: u8,
}

impl Completion {
    pub fn new(answered: u32, total: u32) -> Self {
        let percent = if total == 0 {
            100
        } else {
            u8::try_from(u64::from(answered.min(total)) * 100 / u64::from(total)).unwrap_or(100)
        };
        Self {
            answered,
            total,
            percent,
        }
    }

    fn of<'a>(questions: impl IntoIterator<Item = &'a Question>) -> Self {
        let (answered, total) = questions.into_iter().fold((0, 0), |(a, t), q| {
            (a + u32::from(q.answer.is_some()), t + 1)
        });
        Self::new(answered, total)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Question {
    pub id: QuestionId,
    pub section: String,
    /// `None` for a question added to this client only.
    pub template_key: Option<String>,
    pub kind: QuestionKind,
    pub audience: Audience,
    pub prompt: Localized,
    pub help: Option<Localized>,
    pub options: Vec<ChoiceOption>,
    pub scale: Option<ScaleLabels>,
    pub unit: Option<Localized>,
    pub answer: Option<Answer>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Section {
    pub key: String,
    pub title: Localized,
    pub description: Localized,
    pub completion: Completion,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Questionnaire {
    pub client_id: ClientId,
    pub completion: Completion,
    pub sections: Vec<Section>,
}

/// Gives the client a row for each template question it does not have yet.
pub(crate) fn instantiate(
    conn: &Connection,
    client_id: ClientId,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO questionnaire_questions
                (id, client_id, section, template_key, position, kind, audience, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
         ON CONFLICT (client_id, template_key) DO NOTHING",
    )?;
    let now = time::to_text(now);
    for section in &template().sections {
        for (position, q) in section.questions.iter().enumerate() {
            stmt.execute(params![
                QuestionId::new(),
                client_id,
                section.key,
                q.key,
                position as i64,
                q.kind,
                q.audience,
                now,
            ])?;
        }
    }
    Ok(())
}

/// The client's questionnaire with its answers, sections in template order.
pub fn load(store: &Store, client_id: ClientId, now: DateTime<Utc>) -> Result<Questionnaire> {
    let missing = store.read(|conn| {
        clients::find(conn, client_id)?;
        let have: i64 = conn
            .prepare_cached(
                "SELECT count(*) FROM questionnaire_questions WHERE client_id = ?1 AND template_key IS NOT NULL",
            )?
            .query_row([client_id], |row| row.get(0))?;
        Ok(usize::try_from(have).unwrap_or(0) < template().questions().count())
    })?;
    if missing {
        store.write(|tx| instantiate(tx, client_id, now))?;
    }
    store.read(|conn| read(conn, client_id))
}

pub(crate) fn read(conn: &Connection, client_id: ClientId) -> Result<Questionnaire> {
    let questions = questions(conn, client_id, None)?;
    let sections: Vec<Section> = template()
        .sections
        .iter()
        .map(|s| {
            let questions: Vec<Question> = questions
                .iter()
                .filter(|q| q.section == s.key)
                .cloned()
                .collect();
            Section {
                key: s.key.clone(),
                title: s.title.clone(),
                description: s.description.clone(),
                completion: Completion::of(&questions),
                questions,
            }
        })
        .collect();
    Ok(Questionnaire {
        client_id,
        completion: Completion::of(sections.iter().flat_map(|s| &s.questions)),
        sections,
    })
}

/// The client's questions (of one section, if given), in order, with wording
/// from the template for template questions.
pub(crate) fn questions(
    conn: &Connection,
    client_id: ClientId,
    section: Option<&str>,
) -> Result<Vec<Question>> {
    let mut stmt = conn.prepare_cached(
        "SELECT q.id, q.section, q.template_key, q.kind, q.audience, q.prompt, q.help, q.options,
                a.value, a.answered_by, a.updated_at
           FROM questionnaire_questions q
           LEFT JOIN questionnaire_answers a ON a.question_id = q.id
          WHERE q.client_id = ?1 AND (?2 IS NULL OR q.section = ?2)
          ORDER BY q.position, q.id",
    )?;
    let rows = stmt.query_map(params![client_id, section], |row| {
        let answer = match row.get::<_, Option<String>>(8)? {
            Some(value) => Some((value, row.get(9)?, time::column(row, 10)?)),
            None => None,
        };
        Ok((
            row.get::<_, QuestionId>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, Option<String>>(2)?,
            row.get::<_, QuestionKind>(3)?,
            row.get::<_, Audience>(4)?,
            row.get::<_, String>(5)?,
            row.get::<_, String>(6)?,
            row.get::<_, String>(7)?,
            answer,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, section, template_key, kind, audience, prompt, help, options, answer) = row?;
        let answer = match answer {
            Some((value, answered_by, updated_at)) => Some(Answer {
                value: serde_json::from_str(&value)?,
                answered_by,
                updated_at,
            }),
            None => None,
        };
        let question = match template_key
            .as_deref()
            .and_then(|key| template().question(key))
        {
            Some(t) => Question {
                id,
                section,
                template_key,
                kind,
                audience,
                prompt: t.prompt.clone(),
                help: t.help.clone(),
                options: t.options.clone(),
                scale: t.scale.clone(),
                unit: t.unit.clone(),
                answer,
            },
            None => Question {
                id,
                section,
                prompt: Localized::same(if prompt.is_empty() {
                    template_key.as_deref().unwrap_or_default()
                } else {
                    &prompt
                }),
                template_key,
                kind,
                audience,
                help: (!help.is_empty()).then(|| Localized::same(&help)),
                options: serde_json::from_str(&options)?,
                scale: None,
                unit: None,
                answer,
            },
        };
        out.push(question);
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
