//! The rules as a table: each case names its factors, the side Regia must
//! advise and the reason it must give.

use super::*;
use Skill::*;

/// A baseline: a growth-phase copywriting job on a middling channel, one
/// internal person with basic skill and plenty of time, budget to spare.
fn base() -> Factors<'static> {
    Factors {
        activity_key: "copywriting",
        skills: &[Copywriting],
        voice: 0,
        importance: 3,
        phase: Phase::Growth,
        best: Some(("Giulia", 1)),
        free_hours: 40.0,
        needed_hours: 6.0,
        budget: Some(2_000.0),
        agency_cost: 0.0,
        cell_cost: 300.0,
    }
}

struct Case {
    name: &'static str,
    factors: Factors<'static>,
    side: SplitSide,
    reason: ReasonCode,
}

fn cases() -> Vec<Case> {
    use ReasonCode as R;
    use SplitSide::*;
    let case = |name, edit: fn(&mut Factors<'static>), side, reason| {
        let mut factors = base();
        edit(&mut factors);
        Case {
            name,
            factors,
            side,
            reason,
        }
    };
    vec![
        case(
            "approvals are the business's",
            |f| {
                f.activity_key = APPROVALS;
                f.skills = &[];
                f.best = None;
            },
            Business,
            R::Approvals,
        ),
        case(
            "approvals stay with the business even with the agency cheap",
            |f| {
                f.activity_key = APPROVALS;
                f.phase = Phase::Startup;
            },
            Business,
            R::Approvals,
        ),
        case(
            "nobody inside: the agency",
            |f| f.best = None,
            Agency,
            R::NoPeople,
        ),
        case(
            "nobody inside, even for community",
            |f| {
                f.activity_key = "community";
                f.voice = 2;
                f.best = None;
            },
            Agency,
            R::NoPeople,
        ),
        case(
            "no skill inside: the agency",
            |f| f.best = Some(("Giulia", 0)),
            Agency,
            R::SkillNone,
        ),
        case(
            "basic skill, nothing else: shared",
            |_| {},
            Shared,
            R::SkillBasic,
        ),
        case(
            "good skill, some voice: the business",
            |f| {
                f.best = Some(("Giulia", 2));
                f.voice = 1;
            },
            Business,
            R::SkillGood,
        ),
        case(
            "expert inside: the business",
            |f| f.best = Some(("Giulia", 3)),
            Business,
            R::SkillExpert,
        ),
        case(
            "expert inside but no time: shared",
            |f| {
                f.best = Some(("Giulia", 3));
                f.free_hours = 2.0;
            },
            Shared,
            R::NoTime,
        ),
        case(
            "community needs the business's voice",
            |f| {
                f.activity_key = "community";
                f.skills = &[Community];
                f.voice = 2;
            },
            Business,
            R::VoiceHigh,
        ),
        case(
            "on-site capture with no skill: shared",
            |f| {
                f.activity_key = "onsite_capture";
                f.skills = &[Photo];
                f.voice = 2;
                f.best = Some(("Marco", 0));
            },
            Shared,
            R::SkillNone,
        ),
        case(
            "start-up with basic skill on an important channel: the agency",
            |f| {
                f.phase = Phase::Startup;
                f.importance = 5;
            },
            Agency,
            R::PhaseStartup,
        ),
        case(
            "autonomy with good skill: the business",
            |f| {
                f.phase = Phase::Autonomy;
                f.best = Some(("Giulia", 2));
            },
            Business,
            R::SkillGood,
        ),
        case(
            "autonomy with basic skill and some voice: the business",
            |f| {
                f.phase = Phase::Autonomy;
                f.voice = 1;
            },
            Business,
            R::VoiceSome,
        ),
        case(
            "important channel needs expert hands: shared",
            |f| f.importance = 5,
            Shared,
            R::ImportantChannel,
        ),
        case(
            "important channel, no skill: the agency",
            |f| {
                f.importance = 4;
                f.best = Some(("Giulia", 0));
            },
            Agency,
            R::SkillNone,
        ),
        case(
            "minor channel with basic skill: shared, leaning inside",
            |f| f.importance = 1,
            Shared,
            R::MinorChannel,
        ),
        case(
            "minor channel with some voice: the business",
            |f| {
                f.importance = 2;
                f.voice = 1;
            },
            Business,
            R::VoiceSome,
        ),
        case(
            "no internal time: the agency",
            |f| {
                f.free_hours = 1.0;
                f.needed_hours = 8.0;
            },
            Agency,
            R::NoTime,
        ),
        case(
            "little internal time: shared",
            |f| {
                f.best = Some(("Giulia", 2));
                f.free_hours = 10.0;
            },
            Shared,
            R::LittleTime,
        ),
        case(
            "over budget pushes inside",
            |f| {
                f.agency_cost = 1_900.0;
            },
            Business,
            R::OverBudget,
        ),
        case(
            "over budget but no skill: shared",
            |f| {
                f.agency_cost = 2_500.0;
                f.best = Some(("Giulia", 0));
            },
            Shared,
            R::SkillNone,
        ),
        case(
            "no budget said: said, weighs nothing",
            |f| f.budget = None,
            Shared,
            R::SkillBasic,
        ),
        case(
            "scheduling needs no particular skill",
            |f| {
                f.activity_key = "scheduling";
                f.skills = &[];
                f.importance = 2;
            },
            Business,
            R::NoSkillNeeded,
        ),
        case(
            "strategy at start-up stays with the agency",
            |f| {
                f.activity_key = "strategy";
                f.skills = &[Strategy];
                f.phase = Phase::Startup;
                f.best = Some(("Anna", 0));
            },
            Agency,
            R::SkillNone,
        ),
        case(
            "strategy in autonomy with a skilled owner: shared",
            |f| {
                f.activity_key = "strategy";
                f.skills = &[Strategy];
                f.phase = Phase::Autonomy;
                f.best = Some(("Anna", 1));
                f.importance = 5;
            },
            Shared,
            R::PhaseAutonomy,
        ),
    ]
}

#[test]
fn every_case_gets_its_side_and_reason() {
    let cases = cases();
    assert!(cases.len() >= 20);
    for case in cases {
        let got = recommend(&case.factors);
        assert_eq!(got.side, case.side, "{}: {got:?}", case.name);
        assert!(
            got.reasons.iter().any(|r| r.code == case.reason),
            "{}: {got:?}",
            case.name
        );
        let strongest = got.reasons.iter().map(|r| r.weight.abs()).max().unwrap();
        assert_eq!(
            got.reasons[0].weight.abs(),
            strongest,
            "{}: strongest first",
            case.name
        );
        let sum: i32 = got.reasons.iter().map(|r| r.weight).sum();
        assert_eq!(
            sum, got.score,
            "{}: the score is the sum of its reasons",
            case.name
        );
    }
}

#[test]
fn reasons_name_the_person_and_the_hours() {
    let mut f = base();
    f.free_hours = 3.5;
    let got = recommend(&f);
    let time = got
        .reasons
        .iter()
        .find(|r| r.code == ReasonCode::NoTime)
        .unwrap();
    assert_eq!(time.params["free"], "3.5");
    assert_eq!(time.params["needed"], "6");
    let skill = got
        .reasons
        .iter()
        .find(|r| r.code == ReasonCode::SkillBasic)
        .unwrap();
    assert_eq!(skill.params["person"], "Giulia");
    assert_eq!(skill.params["level"], "1");
}

#[test]
fn a_missing_budget_is_said_last() {
    let mut f = base();
    f.budget = None;
    let got = recommend(&f);
    assert_eq!(got.reasons.last().unwrap().code, ReasonCode::NoBudget);
}
