//! Who should do an activity on a channel: the rules behind Regia's advice,
//! in one place. The seed's factors each add points towards the business
//! (positive) or the agency (negative), and each says why in a [`Reason`]
//! the UI turns into plain words:
//!
//! | Factor | Points |
//! |---|---|
//! | Best internal level in the skills the activity needs (the lowest of them, for the person best at them): 0 / 1 / 2 / 3 | −2 / 0 / +1 / +2 |
//! | The activity needs no particular skill | +1 |
//! | How much it needs the business's own voice: some / a lot | +1 / +2 |
//! | Phase: start-up (the agency sets up the method) / autonomy | −1 / +1 |
//! | Important channel (importance 4–5) and internal level below 2 | −1 |
//! | Minor channel (importance 1–2): keep the agency's cost low | +1 |
//! | Internal hours left within the protected margin: fewer than the activity needs / fewer than twice that | −2 / −1 |
//! | The agency's cost with this activity goes over the monthly budget | +2 |
//!
//! Two points or more: the business; minus two or less: the agency; in
//! between: shared. Two rules come first: approvals are always the
//! business's to give, and with nobody inside (no internal person with hours)
//! the agency does it. A missing budget is said, and weighs nothing.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::clients::Phase;
use crate::people::Skill;
use crate::text_enum;

text_enum!(
    /// Who does an activity on a channel.
    SplitSide { Agency = "agency", Business = "business", Shared = "shared" }
);

text_enum!(
    /// Why Regia advises a side; each has words in both UI catalogs.
    ReasonCode {
        Approvals = "approvals",
        NoPeople = "no_people",
        SkillNone = "skill_none",
        SkillBasic = "skill_basic",
        SkillGood = "skill_good",
        SkillExpert = "skill_expert",
        NoSkillNeeded = "no_skill_needed",
        VoiceHigh = "voice_high",
        VoiceSome = "voice_some",
        PhaseStartup = "phase_startup",
        PhaseAutonomy = "phase_autonomy",
        ImportantChannel = "important_channel",
        MinorChannel = "minor_channel",
        NoTime = "no_time",
        LittleTime = "little_time",
        OverBudget = "over_budget",
        NoBudget = "no_budget",
    }
);

/// The activity whose rule comes first: the business approves.
pub const APPROVALS: &str = "approvals";

/// Points at or above which the business does it (and at or below whose
/// negative the agency does).
pub const THRESHOLD: i32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Reason {
    pub code: ReasonCode,
    /// Points towards the business (negative: towards the agency).
    pub weight: i32,
    /// Words the sentence names: `person`, `level`, `free`, `needed`, `cost`, `budget`.
    pub params: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Recommendation {
    pub side: SplitSide,
    pub score: i32,
    /// Strongest first.
    pub reasons: Vec<Reason>,
}

/// What the rules look at for one activity on one channel in one phase.
#[derive(Debug, Clone)]
pub struct Factors<'a> {
    pub activity_key: &'a str,
    pub skills: &'a [Skill],
    /// 0 none, 1 some, 2 a lot.
    pub voice: u8,
    /// The channel's importance in the strategy, 1–5.
    pub importance: u8,
    pub phase: Phase,
    /// The internal person best at the needed skills and their level (the
    /// lowest of those skills); `None` when nobody inside has hours.
    pub best: Option<(&'a str, u8)>,
    /// Internal hours a month still free within the protected margin.
    pub free_hours: f64,
    /// Hours a month the activity takes.
    pub needed_hours: f64,
    pub budget: Option<f64>,
    /// What the agency's other work of the phase costs a month.
    pub agency_cost: f64,
    /// What this activity would cost a month if the agency did it.
    pub cell_cost: f64,
}

pub fn recommend(f: &Factors<'_>) -> Recommendation {
    if f.activity_key == APPROVALS {
        return fixed(SplitSide::Business, reason(ReasonCode::Approvals, 0, &[]));
    }
    let Some((person, level)) = f.best else {
        return fixed(SplitSide::Agency, reason(ReasonCode::NoPeople, 0, &[]));
    };
    let mut reasons = Vec::new();
    if f.skills.is_empty() {
        reasons.push(reason(ReasonCode::NoSkillNeeded, 1, &[]));
    } else {
        let (code, weight) = match level {
            0 => (ReasonCode::SkillNone, -2),
            1 => (ReasonCode::SkillBasic, 0),
            2 => (ReasonCode::SkillGood, 1),
            _ => (ReasonCode::SkillExpert, 2),
        };
        let level = level.to_string();
        reasons.push(reason(
            code,
            weight,
            &[("person", person), ("level", &level)],
        ));
    }
    match f.voice {
        0 => {}
        1 => reasons.push(reason(ReasonCode::VoiceSome, 1, &[])),
        _ => reasons.push(reason(ReasonCode::VoiceHigh, 2, &[])),
    }
    match f.phase {
        Phase::Startup => reasons.push(reason(ReasonCode::PhaseStartup, -1, &[])),
        Phase::Growth => {}
        Phase::Autonomy => reasons.push(reason(ReasonCode::PhaseAutonomy, 1, &[])),
    }
    let skilled = f.skills.is_empty() || level >= 2;
    if f.importance >= 4 && !skilled {
        reasons.push(reason(ReasonCode::ImportantChannel, -1, &[]));
    } else if f.importance <= 2 {
        reasons.push(reason(ReasonCode::MinorChannel, 1, &[]));
    }
    let free = hours(f.free_hours.max(0.0));
    let needed = hours(f.needed_hours);
    if f.free_hours < f.needed_hours {
        reasons.push(reason(
            ReasonCode::NoTime,
            -2,
            &[("free", &free), ("needed", &needed)],
        ));
    } else if f.free_hours < 2.0 * f.needed_hours {
        reasons.push(reason(
            ReasonCode::LittleTime,
            -1,
            &[("free", &free), ("needed", &needed)],
        ));
    }
    match f.budget {
        None => reasons.push(reason(ReasonCode::NoBudget, 0, &[])),
        Some(budget) if f.agency_cost + f.cell_cost > budget => {
            let cost = money(f.agency_cost + f.cell_cost);
            let budget = money(budget);
            reasons.push(reason(
                ReasonCode::OverBudget,
                2,
                &[("cost", &cost), ("budget", &budget)],
            ));
        }
        Some(_) => {}
    }
    let score: i32 = reasons.iter().map(|r| r.weight).sum();
    // Strongest first, and among equals the ones that carried the day; a
    // reason that weighs nothing is said last.
    reasons.sort_by_key(|r| {
        (
            std::cmp::Reverse(r.weight.abs()),
            r.weight.signum() != score.signum(),
        )
    });
    let side = if score >= THRESHOLD {
        SplitSide::Business
    } else if score <= -THRESHOLD {
        SplitSide::Agency
    } else {
        SplitSide::Shared
    };
    Recommendation {
        side,
        score,
        reasons,
    }
}

fn fixed(side: SplitSide, reason: Reason) -> Recommendation {
    Recommendation {
        side,
        score: 0,
        reasons: vec![reason],
    }
}

fn reason(code: ReasonCode, weight: i32, params: &[(&str, &str)]) -> Reason {
    Reason {
        code,
        weight,
        params: params
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect(),
    }
}

/// Hours as the sentence shows them: whole, or to a quarter.
fn hours(value: f64) -> String {
    let rounded = (value * 4.0).round() / 4.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded}")
    }
}

/// Euro, whole.
fn money(value: f64) -> String {
    format!("{:.0}", value.round())
}

#[cfg(test)]
mod tests;
