use chrono::{NaiveDate, Utc};

use super::*;
use crate::clients::{self, ClientInput};
use crate::enums::{Language, Side};
use crate::error::{ErrorCode, ErrorKind};
use crate::profile::{self, SetupInput};

struct Fixture {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    store: Store,
    client: ClientId,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("regia.db");
    let store = Store::open(&path, Utc::now()).unwrap();
    profile::setup(
        &store,
        &SetupInput {
            kind: Side::Agency,
            name: "Studio".into(),
            language: Language::Italian,
        },
        Utc::now(),
    )
    .unwrap();
    let client = clients::create(
        &store,
        &ClientInput::named("Forno Rossi", Language::Italian),
        Utc::now(),
    )
    .unwrap()
    .id;
    Fixture {
        _dir: dir,
        path,
        store,
        client,
    }
}

/// The first question of `kind` in the client's questionnaire.
fn first(f: &Fixture, kind: QuestionKind) -> Question {
    load(&f.store, f.client, Utc::now())
        .unwrap()
        .sections
        .into_iter()
        .flat_map(|s| s.questions)
        .find(|q| q.kind == kind)
        .unwrap()
}

fn save(f: &Fixture, q: &Question, input: AnswerInput) -> Result<SavedAnswer> {
    save_answer(&f.store, q.id, &input, Utc::now())
}

#[test]
fn answers_of_every_kind_are_kept_across_reopening() {
    let f = fixture();
    let cases = [
        (
            QuestionKind::ShortText,
            AnswerInput::Text("Anna Rossi".into()),
            AnswerValue::Text("Anna Rossi".into()),
        ),
        (
            QuestionKind::LongText,
            AnswerInput::Text("Pane a lievitazione\nnaturale".into()),
            AnswerValue::Text("Pane a lievitazione\nnaturale".into()),
        ),
        (
            QuestionKind::Scale,
            AnswerInput::Scale(4),
            AnswerValue::Scale(4),
        ),
        (
            QuestionKind::Number,
            AnswerInput::Number("1.500".into()),
            AnswerValue::Number(1500.0),
        ),
        (
            QuestionKind::Date,
            AnswerInput::Date("23/11/2026".into()),
            AnswerValue::Date(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()),
        ),
        (
            QuestionKind::Url,
            AnswerInput::Url("www.fornorossi.it".into()),
            AnswerValue::Url("https://www.fornorossi.it/".into()),
        ),
        (
            QuestionKind::Channels,
            AnswerInput::Channels(vec![
                ChannelEntry {
                    channel: "instagram".into(),
                    handle: "@fornorossi".into(),
                },
                ChannelEntry {
                    channel: "facebook".into(),
                    handle: String::new(),
                },
                ChannelEntry {
                    channel: "instagram".into(),
                    handle: "@forno.rossi".into(),
                },
            ]),
            AnswerValue::Channels(vec![
                ChannelEntry {
                    channel: "instagram".into(),
                    handle: "@forno.rossi".into(),
                },
                ChannelEntry {
                    channel: "facebook".into(),
                    handle: String::new(),
                },
            ]),
        ),
    ];
    let mut expected = Vec::new();
    for (kind, input, value) in cases {
        let q = first(&f, kind);
        let saved = save(&f, &q, input).unwrap();
        assert_eq!(
            saved.question.answer.as_ref().unwrap().value,
            value,
            "{kind:?}"
        );
        assert_eq!(
            saved.question.answer.as_ref().unwrap().answered_by,
            Side::Agency
        );
        expected.push((q.id, value));
    }
    let single = first(&f, QuestionKind::SingleChoice);
    let key = single.options[1].key.clone();
    save(&f, &single, AnswerInput::Choice(key.clone())).unwrap();
    expected.push((single.id, AnswerValue::Choice(key)));
    let multi = first(&f, QuestionKind::MultipleChoice);
    // Given out of order and twice, kept in option order once.
    let keys = vec![
        multi.options[2].key.clone(),
        multi.options[0].key.clone(),
        multi.options[2].key.clone(),
    ];
    save(&f, &multi, AnswerInput::Choices(keys)).unwrap();
    expected.push((
        multi.id,
        AnswerValue::Choices(vec![
            multi.options[0].key.clone(),
            multi.options[2].key.clone(),
        ]),
    ));

    let path = f.path.clone();
    let client = f.client;
    drop(f.store);
    let store = Store::open(&path, Utc::now()).unwrap();
    let q = load(&store, client, Utc::now()).unwrap();
    let all: Vec<_> = q.sections.iter().flat_map(|s| &s.questions).collect();
    for (id, value) in expected {
        let question = all.iter().find(|q| q.id == id).unwrap();
        assert_eq!(question.answer.as_ref().unwrap().value, value);
    }
    assert_eq!(q.completion.answered, 9);
}

#[test]
fn answers_that_do_not_fit_their_kind_are_refused_and_the_saved_one_stays() {
    let f = fixture();
    let number = first(&f, QuestionKind::Number);
    save(&f, &number, AnswerInput::Number("12".into())).unwrap();
    let date = first(&f, QuestionKind::Date);
    let url = first(&f, QuestionKind::Url);
    let scale = first(&f, QuestionKind::Scale);
    let single = first(&f, QuestionKind::SingleChoice);
    let channels = first(&f, QuestionKind::Channels);
    let long = first(&f, QuestionKind::LongText);
    let cases = [
        (
            &number,
            AnswerInput::Number("dodici".into()),
            ErrorCode::InvalidNumber,
        ),
        (
            &number,
            AnswerInput::Number("-5".into()),
            ErrorCode::OutOfRange,
        ),
        (
            &number,
            AnswerInput::Text("12".into()),
            ErrorCode::WrongKind,
        ),
        (
            &date,
            AnswerInput::Date("31/02/2026".into()),
            ErrorCode::InvalidDate,
        ),
        (
            &url,
            AnswerInput::Url("fornorossi".into()),
            ErrorCode::InvalidUrl,
        ),
        (&scale, AnswerInput::Scale(6), ErrorCode::OutOfRange),
        (
            &single,
            AnswerInput::Choice("nope".into()),
            ErrorCode::InvalidChoice,
        ),
        (
            &channels,
            AnswerInput::Channels(vec![ChannelEntry {
                channel: "myspace".into(),
                handle: String::new(),
            }]),
            ErrorCode::InvalidChoice,
        ),
        (
            &long,
            AnswerInput::Text("a".repeat(20_001)),
            ErrorCode::TooLong,
        ),
    ];
    for (q, input, code) in cases {
        let err = save(&f, q, input).unwrap_err();
        assert_eq!(
            (err.kind(), err.code(), err.field()),
            (ErrorKind::Invalid, code, Some("value")),
            "{:?}",
            q.kind
        );
    }
    assert!(save(&f, &long, AnswerInput::Text("a".repeat(20_000))).is_ok());
    assert_eq!(
        first(&f, QuestionKind::Number).answer.unwrap().value,
        AnswerValue::Number(12.0)
    );
    let err = save_answer(
        &f.store,
        QuestionId::new(),
        &AnswerInput::Text("x".into()),
        Utc::now(),
    )
    .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
}

#[test]
fn what_save_returns_is_what_a_fresh_read_sees() {
    let f = fixture();
    let q = first(&f, QuestionKind::Date);
    let saved = save(&f, &q, AnswerInput::Date("01/02/2003".into())).unwrap();
    let fresh = load(&f.store, f.client, Utc::now()).unwrap();
    let section = fresh.sections.iter().find(|s| s.key == q.section).unwrap();
    assert_eq!(
        section.questions.iter().find(|x| x.id == q.id),
        Some(&saved.question)
    );
    assert_eq!(section.completion, saved.section_completion);
    assert_eq!(fresh.completion, saved.completion);
}

#[test]
fn an_empty_answer_reopens_the_question() {
    let f = fixture();
    let q = first(&f, QuestionKind::ShortText);
    let saved = save(&f, &q, AnswerInput::Text("Anna".into())).unwrap();
    assert_eq!(
        (saved.completion.answered, saved.section_completion.answered),
        (1, 1)
    );
    let cleared = save(&f, &q, AnswerInput::Text("   ".into())).unwrap();
    assert_eq!(cleared.question.answer, None);
    assert_eq!(cleared.completion.answered, 0);
    let number = first(&f, QuestionKind::Number);
    save(&f, &number, AnswerInput::Number("3".into())).unwrap();
    assert_eq!(
        save(&f, &number, AnswerInput::Number(String::new()))
            .unwrap()
            .question
            .answer,
        None
    );
}

#[test]
fn completion_per_section_and_overall() {
    let f = fixture();
    let before = load(&f.store, f.client, Utc::now()).unwrap();
    let section = &before.sections[0];
    for q in &section.questions {
        let input = match q.kind {
            QuestionKind::ShortText | QuestionKind::LongText => AnswerInput::Text("ok".into()),
            QuestionKind::SingleChoice => AnswerInput::Choice(q.options[0].key.clone()),
            QuestionKind::MultipleChoice => AnswerInput::Choices(vec![q.options[0].key.clone()]),
            QuestionKind::Scale => AnswerInput::Scale(3),
            QuestionKind::Number => AnswerInput::Number("1".into()),
            QuestionKind::Date => AnswerInput::Date("2026-01-01".into()),
            QuestionKind::Url => AnswerInput::Url("https://a.it".into()),
            QuestionKind::Channels => AnswerInput::Channels(vec![ChannelEntry {
                channel: "x".into(),
                handle: String::new(),
            }]),
        };
        save(&f, q, input).unwrap();
    }
    let after = load(&f.store, f.client, Utc::now()).unwrap();
    let n = section.questions.len() as u32;
    assert_eq!(after.sections[0].completion, Completion::new(n, n));
    assert_eq!(after.sections[0].completion.percent, 100);
    assert_eq!(after.sections[1].completion.percent, 0);
    assert_eq!(after.completion.answered, n);
    assert_eq!(
        after.completion.percent as u32,
        n * 100 / after.completion.total
    );
}

#[test]
fn completion_rounds_down() {
    assert_eq!(Completion::new(0, 0).percent, 100);
    assert_eq!(Completion::new(50, 51).percent, 98);
    assert_eq!(Completion::new(1, 3).percent, 33);
    assert_eq!(Completion::new(3, 3).percent, 100);
}

#[test]
fn custom_questions_are_added_moved_and_removed_without_touching_the_template() {
    let f = fixture();
    let other = clients::create(
        &f.store,
        &ClientInput::named("Altro", Language::Italian),
        Utc::now(),
    )
    .unwrap()
    .id;
    let input = CustomQuestionInput {
        section: "brand".into(),
        kind: QuestionKind::SingleChoice,
        audience: Audience::Together,
        prompt: "Usiamo il tu o il lei?".into(),
        help: String::new(),
        options: vec!["Tu".into(), " lei ".into(), "".into(), "LEI".into()],
    };
    let added = add_custom_question(&f.store, f.client, &input, Utc::now()).unwrap();
    assert_eq!(added.template_key, None);
    assert_eq!(added.prompt, Localized::same("Usiamo il tu o il lei?"));
    let labels: Vec<_> = added.options.iter().map(|o| o.label.it.as_str()).collect();
    assert_eq!(labels, ["Tu", "lei"]);
    save(&f, &added, AnswerInput::Choice("o2".into())).unwrap();

    let brand = |client| -> Vec<QuestionId> {
        load(&f.store, client, Utc::now())
            .unwrap()
            .sections
            .into_iter()
            .find(|s| s.key == "brand")
            .unwrap()
            .questions
            .into_iter()
            .map(|q| q.id)
            .collect()
    };
    let order = brand(f.client);
    assert_eq!(order.last(), Some(&added.id));
    assert_eq!(
        brand(other).len(),
        order.len() - 1,
        "the other client's questionnaire is untouched"
    );

    move_question(&f.store, added.id, Direction::Up, Utc::now()).unwrap();
    let moved = brand(f.client);
    assert_eq!(moved[moved.len() - 2], added.id);
    move_question(&f.store, moved[0], Direction::Up, Utc::now()).unwrap();
    assert_eq!(brand(f.client), moved, "the first cannot go further up");

    let template_question = moved[0];
    let err = remove_custom_question(&f.store, template_question).unwrap_err();
    assert_eq!(err.code(), ErrorCode::TemplateQuestion);
    remove_custom_question(&f.store, added.id).unwrap();
    assert_eq!(brand(f.client).len(), order.len() - 1);
    assert_eq!(
        template()
            .questions()
            .filter(|q| q.key.starts_with("brand."))
            .count(),
        order.len() - 1
    );
}

#[test]
fn custom_questions_need_a_prompt_a_section_and_options() {
    let f = fixture();
    let base = CustomQuestionInput {
        section: "goals".into(),
        kind: QuestionKind::MultipleChoice,
        audience: Audience::Business,
        prompt: "Quali?".into(),
        help: String::new(),
        options: vec!["A".into(), "B".into()],
    };
    let cases = [
        (
            CustomQuestionInput {
                prompt: "  ".into(),
                ..base.clone()
            },
            "prompt",
        ),
        (
            CustomQuestionInput {
                section: "nope".into(),
                ..base.clone()
            },
            "section",
        ),
        (
            CustomQuestionInput {
                options: vec!["A".into(), "a".into()],
                ..base.clone()
            },
            "options",
        ),
        (
            CustomQuestionInput {
                prompt: "p".repeat(1001),
                ..base.clone()
            },
            "prompt",
        ),
    ];
    for (bad, field) in cases {
        let err = add_custom_question(&f.store, f.client, &bad, Utc::now()).unwrap_err();
        assert_eq!(err.field(), Some(field));
    }
    let err = add_custom_question(&f.store, ClientId::new(), &base, Utc::now()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    let text = CustomQuestionInput {
        kind: QuestionKind::Date,
        ..base
    };
    assert!(
        add_custom_question(&f.store, f.client, &text, Utc::now())
            .unwrap()
            .options
            .is_empty()
    );
}
