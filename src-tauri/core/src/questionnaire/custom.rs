//! Questions added to one client's questionnaire, and the order of questions
//! within a section. The template is never touched.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{Audience, ChoiceOption, Localized, Question, QuestionKind, questions, template};
use crate::clients;
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{ClientId, QuestionId};
use crate::store::Store;
use crate::text::{self, MAX_SHORT};
use crate::time;

const MAX_PROMPT: usize = 1_000;
const MAX_OPTIONS: usize = 30;

#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CustomQuestionInput {
    pub section: String,
    pub kind: QuestionKind,
    pub audience: Audience,
    pub prompt: String,
    pub help: String,
    /// Option labels, one per line in the form; only for choice questions.
    pub options: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Up,
    Down,
}

pub fn add_custom_question(
    store: &Store,
    client_id: ClientId,
    input: &CustomQuestionInput,
    now: DateTime<Utc>,
) -> Result<Question> {
    if template().section(&input.section).is_none() {
        return Err(
            Error::invalid("section", ErrorCode::InvalidChoice, "unknown section")
                .with_param("value", &input.section),
        );
    }
    let prompt = text::bounded("prompt", input.prompt.trim(), MAX_PROMPT)?;
    if prompt.is_empty() {
        return Err(Error::invalid(
            "prompt",
            ErrorCode::Required,
            "write the question",
        ));
    }
    let help = text::optional("help", &input.help, MAX_PROMPT)?;
    let options = options(input)?;
    store.write(|tx| {
        clients::find(tx, client_id)?;
        let position: i64 = tx
            .prepare_cached(
                "SELECT coalesce(max(position) + 1, 0) FROM questionnaire_questions
                  WHERE client_id = ?1 AND section = ?2",
            )?
            .query_row(params![client_id, input.section], |row| row.get(0))?;
        let id = QuestionId::new();
        tx.prepare_cached(
            "INSERT INTO questionnaire_questions
                    (id, client_id, section, template_key, position, kind, audience, prompt, help, options,
                     created_at, updated_at)
             VALUES (?1, ?2, ?3, NULL, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        )?
        .execute(params![
            id,
            client_id,
            input.section,
            position,
            input.kind,
            input.audience,
            prompt,
            help,
            serde_json::to_string(&options)?,
            time::to_text(now),
        ])?;
        questions(tx, client_id, Some(&input.section))?
            .into_iter()
            .find(|q| q.id == id)
            .ok_or_else(|| Error::not_found("question", id))
    })
}

fn options(input: &CustomQuestionInput) -> Result<Vec<ChoiceOption>> {
    if !matches!(
        input.kind,
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice
    ) {
        return Ok(Vec::new());
    }
    let mut labels: Vec<String> = Vec::new();
    for label in &input.options {
        let label = text::optional("options", label, MAX_SHORT)?;
        if !label.is_empty()
            && !labels
                .iter()
                .any(|l| text::name_key(l) == text::name_key(&label))
        {
            labels.push(label);
        }
    }
    if labels.len() < 2 || labels.len() > MAX_OPTIONS {
        return Err(Error::invalid(
            "options",
            ErrorCode::OutOfRange,
            "a choice needs 2 to 30 different options",
        )
        .with_param("min", 2)
        .with_param("max", MAX_OPTIONS));
    }
    Ok(labels
        .iter()
        .enumerate()
        .map(|(i, label)| ChoiceOption {
            key: format!("o{}", i + 1),
            label: Localized::same(label),
        })
        .collect())
}

/// Removes a question added to this client, with its answer.
pub fn remove_custom_question(store: &Store, id: QuestionId) -> Result<()> {
    store.write(|tx| {
        let template_key: Option<Option<String>> = tx
            .prepare_cached("SELECT template_key FROM questionnaire_questions WHERE id = ?1")?
            .query_row([id], |row| row.get(0))
            .optional()?;
        match template_key {
            None => Err(Error::not_found("question", id)),
            Some(Some(_)) => Err(Error::conflict(
                None,
                ErrorCode::TemplateQuestion,
                "questions of the template cannot be removed",
            )),
            Some(None) => {
                tx.prepare_cached("DELETE FROM questionnaire_questions WHERE id = ?1")?
                    .execute([id])?;
                Ok(())
            }
        }
    })
}

/// Moves a question one place up or down within its section.
pub fn move_question(
    store: &Store,
    id: QuestionId,
    direction: Direction,
    now: DateTime<Utc>,
) -> Result<()> {
    store.write(|tx| {
        let (client_id, section): (ClientId, String) = tx
            .prepare_cached("SELECT client_id, section FROM questionnaire_questions WHERE id = ?1")?
            .query_row([id], |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()?
            .ok_or_else(|| Error::not_found("question", id))?;
        let mut order: Vec<QuestionId> = questions(tx, client_id, Some(&section))?
            .into_iter()
            .map(|q| q.id)
            .collect();
        let at = order
            .iter()
            .position(|q| *q == id)
            .ok_or_else(|| Error::not_found("question", id))?;
        let to = match direction {
            Direction::Up => at.checked_sub(1),
            Direction::Down => (at + 1 < order.len()).then_some(at + 1),
        };
        let Some(to) = to else { return Ok(()) };
        order.swap(at, to);
        let mut stmt = tx.prepare_cached(
            "UPDATE questionnaire_questions SET position = ?2, updated_at = ?3 WHERE id = ?1 AND position <> ?2",
        )?;
        let now = time::to_text(now);
        for (position, question) in order.iter().enumerate() {
            stmt.execute(params![question, position as i64, now])?;
        }
        Ok(())
    })
}
