//! Suggestions from the questionnaire: each template question says, in
//! `template.json` (`feeds`), which part of the strategy its answer feeds.
//! An answer becomes one suggestion per item (a line, a chosen option, a
//! channel); those already in the strategy, or dismissed, are not offered.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

use super::canvas::{MAX_CARD, MAX_MISSION, insert_card, insert_segment, same_text, write_mission};
use super::social::{insert_macro, insert_plan_channel};
use super::{
    Block, ObjectiveCategory, PlanChannelStatus, Strategy, StrategyDocument, editable, read,
};
use crate::error::{Error, Result};
use crate::ids::{ClientId, DismissalId, QuestionId, SegmentId};
use crate::questionnaire::{AnswerValue, Localized, Question, template};
use crate::store::Store;
use crate::{clients, text, text_enum, time};

text_enum!(
    /// Where an answer can go in the strategy.
    Target {
        Mission = "mission",
        Segment = "segment",
        Objective = "objective",
        Channel = "channel",
        Jobs = "jobs",
        Pains = "pains",
        Gains = "gains",
        Products = "products",
        PainRelievers = "pain_relievers",
        GainCreators = "gain_creators",
        Values = "values",
        Differentiators = "differentiators",
        ToneAdjectives = "tone_adjectives",
        ToneDo = "tone_do",
        ToneDont = "tone_dont",
        BannedTopics = "banned_topics",
        KeyMessages = "key_messages",
    }
);

impl Target {
    fn block(self) -> Option<Block> {
        Block::parse(self.as_str())
    }
}

/// A link from a question to a part of the strategy, as written in the
/// template: a bare target, or a target with option keys renamed.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged, deny_unknown_fields)]
pub enum Feed {
    To(Target),
    Mapped {
        target: Target,
        values: BTreeMap<String, String>,
    },
}

impl Feed {
    fn target(&self) -> Target {
        match self {
            Self::To(t) | Self::Mapped { target: t, .. } => *t,
        }
    }

    fn value(&self, key: &str) -> String {
        match self {
            Self::Mapped { values, .. } => {
                values.get(key).cloned().unwrap_or_else(|| key.to_owned())
            }
            Self::To(_) => key.to_owned(),
        }
    }
}

/// One thing the questionnaire suggests for the strategy.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Suggestion {
    pub question_id: QuestionId,
    pub question_prompt: Localized,
    pub target: Target,
    /// For the blocks of a segment: the segment it is offered to.
    pub segment_id: Option<SegmentId>,
    /// What is accepted: the text, an objective category, or a channel key.
    pub value: String,
    /// How it reads, in both languages (a chosen option has its label).
    pub label: Localized,
}

/// What the screen sends back to accept or dismiss a suggestion.
#[derive(Debug, Clone, PartialEq, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SuggestionRef {
    pub question_id: QuestionId,
    pub target: Target,
    pub segment_id: Option<SegmentId>,
    pub value: String,
}

impl Suggestion {
    fn matches(&self, r: &SuggestionRef) -> bool {
        self.question_id == r.question_id
            && self.target == r.target
            && self.segment_id == r.segment_id
            && self.value == r.value
    }

    fn dismissal_key(&self) -> String {
        dismissal_key(self.segment_id, &self.value)
    }
}

fn dismissal_key(segment: Option<SegmentId>, value: &str) -> String {
    match segment {
        Some(segment) => format!("{segment}:{}", text::name_key(value)),
        None => text::name_key(value),
    }
}

/// The items of an answer: (value, label) pairs.
fn items(question: &Question, feed: &Feed, value: &AnswerValue) -> Vec<(String, Localized)> {
    let option_label = |key: &str| {
        question
            .options
            .iter()
            .find(|o| o.key == key)
            .map(|o| o.label.clone())
            .unwrap_or_else(|| Localized::same(key))
    };
    let texts = |text: &str| -> Vec<(String, Localized)> {
        split_text(text, feed.target())
            .into_iter()
            .map(|t| (t.clone(), Localized::same(&t)))
            .collect()
    };
    match value {
        AnswerValue::Text(text) | AnswerValue::Url(text) => texts(text),
        AnswerValue::Choice(key) => vec![(feed.value(key), option_label(key))],
        AnswerValue::Choices(keys) => keys
            .iter()
            .map(|key| (feed.value(key), option_label(key)))
            .collect(),
        AnswerValue::Channels(entries) => entries
            .iter()
            .map(|e| (feed.value(&e.channel), Localized::same(&e.channel)))
            .collect(),
        AnswerValue::Scale(_) | AnswerValue::Number(_) | AnswerValue::Date(_) => Vec::new(),
    }
}

/// Splits a typed answer into card-sized items: the mission stays whole; a
/// list (lines, or commas on one line) gives one item each, bullets dropped.
fn split_text(text: &str, target: Target) -> Vec<String> {
    let text = text.trim();
    if text.is_empty() {
        return Vec::new();
    }
    if target == Target::Mission {
        return vec![text.to_owned()];
    }
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let parts: Vec<&str> = if lines.len() == 1 && !text.contains(['.', '!', '?']) {
        text.split([',', ';']).collect()
    } else {
        lines
    };
    parts
        .into_iter()
        .map(|p| {
            p.trim()
                .trim_start_matches(['-', '•', '*', '–'])
                .trim()
                .to_owned()
        })
        .filter(|p| !p.is_empty())
        .map(|p| {
            if p.chars().count() > MAX_CARD {
                let cut: String = p.chars().take(MAX_CARD - 1).collect();
                format!("{cut}…")
            } else {
                p
            }
        })
        .collect()
}

/// Whether the document already holds what a suggestion proposes.
fn present(
    doc: &StrategyDocument,
    target: Target,
    segment: Option<SegmentId>,
    value: &str,
    label: &Localized,
) -> bool {
    let same = |text: &str| {
        same_text(text, value) || same_text(text, &label.it) || same_text(text, &label.en)
    };
    match target {
        Target::Mission => same_text(&doc.mission, value),
        Target::Segment => doc.segments.iter().any(|s| same(&s.name)),
        Target::Objective => doc.objectives.iter().any(|o| o.category.as_str() == value),
        Target::Channel => doc.channels.iter().any(|c| c.channel == value),
        _ => {
            let block = target.block();
            let cards = match segment {
                Some(id) => doc
                    .segments
                    .iter()
                    .find(|s| s.id == id)
                    .map(|s| s.cards.as_slice())
                    .unwrap_or_default(),
                None => doc.cards.as_slice(),
            };
            cards
                .iter()
                .any(|c| Some(c.block) == block && same(&c.text))
        }
    }
}

pub(crate) fn list(
    conn: &Connection,
    client_id: ClientId,
    doc: &StrategyDocument,
) -> Result<Vec<Suggestion>> {
    let dismissed: BTreeSet<(QuestionId, String, String)> = conn
        .prepare_cached(
            "SELECT question_id, target, value_key FROM strategy_dismissed WHERE client_id = ?1",
        )?
        .query_map([client_id], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let questions = crate::questionnaire::questions(conn, client_id, None)?;
    let mut out = Vec::new();
    for question in &questions {
        let (Some(key), Some(answer)) = (&question.template_key, &question.answer) else {
            continue;
        };
        let Some(template_question) = template().question(key) else {
            continue;
        };
        for feed in &template_question.feeds {
            let target = feed.target();
            let segments: Vec<Option<SegmentId>> = if target.block().is_some_and(Block::per_segment)
            {
                doc.segments.iter().map(|s| Some(s.id)).collect()
            } else {
                vec![None]
            };
            for (value, label) in items(question, feed, &answer.value) {
                if target == Target::Objective && ObjectiveCategory::parse(&value).is_none() {
                    continue;
                }
                for &segment_id in &segments {
                    let suggestion = Suggestion {
                        question_id: question.id,
                        question_prompt: question.prompt.clone(),
                        target,
                        segment_id,
                        value: value.clone(),
                        label: label.clone(),
                    };
                    let gone = dismissed.contains(&(
                        question.id,
                        target.as_str().to_owned(),
                        suggestion.dismissal_key(),
                    ));
                    if !gone && !present(doc, target, segment_id, &value, &label) {
                        out.push(suggestion);
                    }
                }
            }
        }
    }
    Ok(out)
}

fn find(conn: &Connection, client_id: ClientId, r: &SuggestionRef) -> Result<Suggestion> {
    let doc = super::document::read(conn, client_id)?;
    list(conn, client_id, &doc)?
        .into_iter()
        .find(|s| s.matches(r))
        .ok_or_else(|| Error::not_found("suggestion", &r.value))
}

/// Puts a suggestion into the strategy, in the client's language.
pub fn accept_suggestion(
    store: &Store,
    client_id: ClientId,
    r: &SuggestionRef,
    now: DateTime<Utc>,
) -> Result<Strategy> {
    store.write(|tx| {
        editable(tx, client_id, now)?;
        let client = clients::find(tx, client_id)?;
        let s = find(tx, client_id, r)?;
        let label = match client.language {
            crate::Language::Italian => &s.label.it,
            crate::Language::English => &s.label.en,
        };
        let short = |max: usize| label.chars().take(max).collect::<String>();
        match s.target {
            Target::Mission => write_mission(tx, client_id, &short(MAX_MISSION), now)?,
            Target::Segment => {
                insert_segment(tx, client_id, &short(text::MAX_NAME), "", now)?;
            }
            Target::Objective => {
                if let Some(category) = ObjectiveCategory::parse(&s.value) {
                    insert_macro(tx, client_id, category, &short(text::MAX_NAME), now)?;
                }
            }
            Target::Channel => {
                insert_plan_channel(
                    tx,
                    client_id,
                    &s.value,
                    "",
                    ("", ""),
                    (3, 0.0, PlanChannelStatus::Planned),
                    now,
                )?;
            }
            target => {
                if let Some(block) = target.block() {
                    insert_card(
                        tx,
                        client_id,
                        s.segment_id,
                        block,
                        &short(MAX_CARD),
                        0,
                        Some(s.question_id),
                        now,
                    )?;
                }
            }
        }
        read(tx, client_id)
    })
}

/// Stops offering a suggestion. Allowed at any time: it changes no version.
pub fn dismiss_suggestion(
    store: &Store,
    client_id: ClientId,
    r: &SuggestionRef,
    now: DateTime<Utc>,
) -> Result<Strategy> {
    store.write(|tx| {
        let s = find(tx, client_id, r)?;
        tx.prepare_cached(
            "INSERT INTO strategy_dismissed (id, client_id, question_id, target, value_key, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
             ON CONFLICT (client_id, question_id, target, value_key) DO NOTHING",
        )?
        .execute(params![
            DismissalId::new(),
            client_id,
            s.question_id,
            s.target,
            s.dismissal_key(),
            time::to_text(now)
        ])?;
        read(tx, client_id)
    })
}
