//! Answers: what the UI sends is parsed and checked against the question's
//! kind here, never trusted. Numbers and dates accept the Italian ways of
//! writing them (`1.234,5`, `23/11/2026`) as well as the ISO ones.

use chrono::{DateTime, NaiveDate, SubsecRound, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{Completion, Question, QuestionKind, questions};
use crate::enums::Side;
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{AnswerId, ClientId, QuestionId};
use crate::store::Store;
use crate::text::{self, MAX_LONG, MAX_SHORT};
use crate::{channels, time};

/// What the questionnaire screen sends as the user types. Numbers, dates and
/// addresses come as typed, so the core decides what they mean.
#[derive(Debug, Clone, PartialEq, Deserialize, specta::Type)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum AnswerInput {
    Text(String),
    Choice(String),
    Choices(Vec<String>),
    Scale(u8),
    Number(String),
    Date(String),
    Url(String),
    Channels(Vec<ChannelEntry>),
}

/// An answer as stored (JSON in `questionnaire_answers.value`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum AnswerValue {
    Text(String),
    Choice(String),
    Choices(Vec<String>),
    Scale(u8),
    Number(f64),
    Date(NaiveDate),
    Url(String),
    Channels(Vec<ChannelEntry>),
}

/// A channel the business uses or wants, with its handle or address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ChannelEntry {
    pub channel: String,
    pub handle: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Answer {
    pub value: AnswerValue,
    pub answered_by: Side,
    pub updated_at: DateTime<Utc>,
}

/// The result of saving: the question as it now stands, and the completion
/// figures it changed, so the screen updates without reloading everything.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SavedAnswer {
    pub question: Question,
    pub section_completion: Completion,
    pub completion: Completion,
}

const FIELD: &str = "value";

/// Saves (or, when empty, clears) the answer to one question.
pub fn save_answer(
    store: &Store,
    question_id: QuestionId,
    input: &AnswerInput,
    now: DateTime<Utc>,
) -> Result<SavedAnswer> {
    store.write(|tx| {
        let (client_id, section, kind) = question_row(tx, question_id)?;
        let mut section_questions = questions(tx, client_id, Some(&section))?;
        let question = section_questions
            .iter_mut()
            .find(|q| q.id == question_id)
            .ok_or_else(|| Error::not_found("question", question_id))?;
        question.answer = match parse(question, kind, input)? {
            Some(value) => {
                let answered_by = tx
                    .prepare_cached("SELECT kind FROM profile")?
                    .query_row([], |row| row.get::<_, Side>(0))
                    .optional()?
                    .unwrap_or(Side::Business);
                tx.prepare_cached(
                    "INSERT INTO questionnaire_answers (id, question_id, value, answered_by, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                     ON CONFLICT (question_id) DO UPDATE SET value = excluded.value,
                            answered_by = excluded.answered_by, updated_at = excluded.updated_at",
                )?
                .execute(params![
                    AnswerId::derived(&[&question_id.to_string()]),
                    question_id,
                    serde_json::to_string(&value)?,
                    answered_by,
                    time::to_text(now),
                ])?;
                Some(Answer {
                    value,
                    answered_by,
                    updated_at: now.trunc_subsecs(3),
                })
            }
            None => {
                tx.prepare_cached("DELETE FROM questionnaire_answers WHERE question_id = ?1")?
                    .execute([question_id])?;
                None
            }
        };
        let question = question.clone();
        Ok(SavedAnswer {
            question,
            section_completion: Completion::of(&section_questions),
            completion: completion(tx, client_id)?,
        })
    })
}

fn question_row(conn: &Connection, id: QuestionId) -> Result<(ClientId, String, QuestionKind)> {
    conn.prepare_cached(
        "SELECT client_id, section, kind FROM questionnaire_questions WHERE id = ?1",
    )?
    .query_row([id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
    .optional()?
    .ok_or_else(|| Error::not_found("question", id))
}

fn completion(conn: &Connection, client_id: ClientId) -> Result<Completion> {
    let (answered, total) = conn
        .prepare_cached(
            "SELECT count(a.id), count(*) FROM questionnaire_questions q
               LEFT JOIN questionnaire_answers a ON a.question_id = q.id
              WHERE q.client_id = ?1",
        )?
        .query_row([client_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
    Ok(Completion::new(answered, total))
}

/// Checks the input against the question; `None` means "no answer".
fn parse(
    question: &Question,
    kind: QuestionKind,
    input: &AnswerInput,
) -> Result<Option<AnswerValue>> {
    use QuestionKind as K;
    let value = match (kind, input) {
        (K::ShortText | K::LongText, AnswerInput::Text(text)) => {
            let text = text::bounded(FIELD, text, MAX_LONG)?;
            (!text.trim().is_empty()).then_some(AnswerValue::Text(text))
        }
        (K::SingleChoice, AnswerInput::Choice(key)) if key.is_empty() => None,
        (K::SingleChoice, AnswerInput::Choice(key)) => {
            Some(AnswerValue::Choice(known_option(question, key)?))
        }
        (K::MultipleChoice, AnswerInput::Choices(keys)) => {
            for key in keys {
                known_option(question, key)?;
            }
            // Kept in the order the options are listed, each once.
            let chosen: Vec<String> = question
                .options
                .iter()
                .filter(|o| keys.contains(&o.key))
                .map(|o| o.key.clone())
                .collect();
            (!chosen.is_empty()).then_some(AnswerValue::Choices(chosen))
        }
        (K::Scale, AnswerInput::Scale(0)) => None,
        (K::Scale, AnswerInput::Scale(n @ 1..=5)) => Some(AnswerValue::Scale(*n)),
        (K::Scale, AnswerInput::Scale(_)) => {
            return Err(
                Error::invalid(FIELD, ErrorCode::OutOfRange, "choose a value from 1 to 5")
                    .with_param("min", 1)
                    .with_param("max", 5),
            );
        }
        (K::Number, AnswerInput::Number(typed)) if typed.trim().is_empty() => None,
        (K::Number, AnswerInput::Number(typed)) => {
            let number = parse_number(typed).ok_or_else(|| {
                Error::invalid(
                    FIELD,
                    ErrorCode::InvalidNumber,
                    format!("\"{typed}\" is not a number"),
                )
                .with_param("value", typed)
            })?;
            if !(0.0..=1e12).contains(&number) {
                return Err(Error::invalid(
                    FIELD,
                    ErrorCode::OutOfRange,
                    "the number must be 0 or more",
                )
                .with_param("min", 0)
                .with_param("max", 1_000_000_000_000u64));
            }
            Some(AnswerValue::Number(number))
        }
        (K::Date, AnswerInput::Date(typed)) if typed.trim().is_empty() => None,
        (K::Date, AnswerInput::Date(typed)) => {
            Some(AnswerValue::Date(parse_date(typed).ok_or_else(|| {
                Error::invalid(
                    FIELD,
                    ErrorCode::InvalidDate,
                    format!("\"{typed}\" is not a date like 31/12/2026"),
                )
                .with_param("value", typed)
            })?))
        }
        (K::Url, AnswerInput::Url(typed)) => {
            let url = text::web_address(FIELD, typed)?;
            (!url.is_empty()).then_some(AnswerValue::Url(url))
        }
        (K::Channels, AnswerInput::Channels(entries)) => {
            let mut kept: Vec<ChannelEntry> = Vec::new();
            for entry in entries {
                if !channels::is_known(&entry.channel) {
                    return Err(Error::invalid(
                        FIELD,
                        ErrorCode::InvalidChoice,
                        format!("unknown channel {}", entry.channel),
                    )
                    .with_param("value", &entry.channel));
                }
                let handle = text::optional(FIELD, &entry.handle, MAX_SHORT)?;
                match kept.iter_mut().find(|k| k.channel == entry.channel) {
                    Some(existing) => existing.handle = handle,
                    None => kept.push(ChannelEntry {
                        channel: entry.channel.clone(),
                        handle,
                    }),
                }
            }
            (!kept.is_empty()).then_some(AnswerValue::Channels(kept))
        }
        _ => {
            return Err(Error::invalid(
                FIELD,
                ErrorCode::WrongKind,
                format!("this answer does not fit a {} question", kind.as_str()),
            )
            .with_param("kind", kind.as_str()));
        }
    };
    Ok(value)
}

fn known_option(question: &Question, key: &str) -> Result<String> {
    question
        .options
        .iter()
        .find(|o| o.key == key)
        .map(|o| o.key.clone())
        .ok_or_else(|| {
            Error::invalid(
                FIELD,
                ErrorCode::InvalidChoice,
                format!("\"{key}\" is not one of the options"),
            )
            .with_param("value", key)
        })
}

/// Reads a number as people type it in Italy or elsewhere: `1234`, `1234,5`,
/// `1.234,5`, `1,234.5`, `1 234`, `€ 1.500`. A lone `.` or `,` followed by
/// exactly three digits groups thousands (`1.500` is fifteen hundred).
pub fn parse_number(typed: &str) -> Option<f64> {
    let cleaned: String = typed
        .trim()
        .trim_matches('€')
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    let (sign, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, cleaned.as_str()),
    };
    if !digits
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let (integer, fraction) = match decimal_separator(digits) {
        Some(at) => (&digits[..at], &digits[at + 1..]),
        None => (digits, ""),
    };
    if fraction.contains(['.', ',']) || (fraction.is_empty() && integer.len() < digits.len()) {
        return None;
    }
    let integer = ungrouped(integer)?;
    format!("{integer}.{fraction}0")
        .parse::<f64>()
        .ok()
        .map(|n| sign * n)
}

/// Where the decimal separator is: the last of `.`/`,` when both appear;
/// a lone one unless it groups thousands (`1.500`, `1.234.567`).
fn decimal_separator(digits: &str) -> Option<usize> {
    match (digits.rfind('.'), digits.rfind(',')) {
        (Some(dot), Some(comma)) => Some(dot.max(comma)),
        (Some(at), None) | (None, Some(at)) => {
            let separator = &digits[at..=at];
            let groups_thousands = digits.matches(separator).count() > 1
                || (digits.len() - at - 1 == 3 && !digits.starts_with('0') && at > 0 && at <= 3);
            (!groups_thousands).then_some(at)
        }
        (None, None) => None,
    }
}

/// The integer part without thousands separators, if they group by three.
fn ungrouped(integer: &str) -> Option<String> {
    let mut groups = integer.split(['.', ',']);
    let first = groups.next()?;
    if first.is_empty() || first.len() > 3 && integer.len() > first.len() {
        return None;
    }
    let mut out = first.to_owned();
    let separators: Vec<char> = integer.chars().filter(|c| !c.is_ascii_digit()).collect();
    if separators.windows(2).any(|w| w[0] != w[1]) {
        return None;
    }
    for group in groups {
        if group.len() != 3 {
            return None;
        }
        out.push_str(group);
    }
    Some(out)
}

/// Reads a date as ISO (`2026-11-23`, what date inputs send) or Italian
/// (`23/11/2026`, `23-11-2026`, `23.11.2026`). Years 1800–2200.
pub fn parse_date(typed: &str) -> Option<NaiveDate> {
    let typed = typed.trim();
    let date = NaiveDate::parse_from_str(typed, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(typed, "%d/%m/%Y"))
        .or_else(|_| NaiveDate::parse_from_str(typed, "%d-%m-%Y"))
        .or_else(|_| NaiveDate::parse_from_str(typed, "%d.%m.%Y"))
        .ok()?;
    use chrono::Datelike;
    (1800..=2200).contains(&date.year()).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_the_italian_way_and_the_english_way() {
        let cases = [
            ("1234", 1234.0),
            ("1234,5", 1234.5),
            ("1234.5", 1234.5),
            ("1.234,5", 1234.5),
            ("1,234.5", 1234.5),
            ("1.500", 1500.0),
            ("1.234.567", 1_234_567.0),
            ("1 234", 1234.0),
            ("€ 1.500", 1500.0),
            ("0,5", 0.5),
            ("0.500", 0.5),
            ("12,75", 12.75),
            ("-3", -3.0),
            ("20", 20.0),
        ];
        for (typed, expected) in cases {
            assert_eq!(parse_number(typed), Some(expected), "{typed}");
        }
        for bad in [
            "", "abc", "1,2,3", "12.34.5", "1.23,4", ",", ".", "1e5", "--1", "12a",
        ] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn dates_iso_and_italian() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 23);
        for typed in [
            "2026-11-23",
            "23/11/2026",
            "23-11-2026",
            "23.11.2026",
            " 23/11/2026 ",
        ] {
            assert_eq!(parse_date(typed), day, "{typed}");
        }
        for bad in [
            "31/02/2026",
            "2026-13-01",
            "ieri",
            "11/23/2026",
            "23/11/3026",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
