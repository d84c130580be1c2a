//! "Antwoorden controleren": what the overview lists, per section, for the example questionnaire.
#![cfg(not(target_arch = "wasm32"))]

use zelfevaluatie_wmo_toezicht::model::overview::answers_overview;
use zelfevaluatie_wmo_toezicht::model::{load_questionnaire, Answer, AnswerState, AnswerValue, Answers};

fn sample() -> zelfevaluatie_wmo_toezicht::model::Questionnaire {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/voorbeeld-snelle-scan.yaml"))
            .unwrap();
    load_questionnaire("voorbeeld.yaml", &text).unwrap()
}

fn answer(value: AnswerValue, note: &str) -> Answer {
    Answer { value: Some(value), note: note.into() }
}

#[test]
fn every_visible_question_with_its_answer_in_words_and_its_toelichting() {
    let questionnaire = sample();
    let mut answers = Answers::new();
    answers.insert(
        "toezichthouder-aangewezen".into(),
        answer(AnswerValue::Choice("deels".into()), "  Besluit uit 2019 \n"),
    );
    answers.insert("toezicht-belegd-bij".into(), answer(AnswerValue::Choice("ggd".into()), ""));
    answers.insert("jaarverslag-openbaar".into(), answer(AnswerValue::NotApplicable, ""));
    answers.insert("meldingen-geregistreerd".into(), answer(AnswerValue::Number(12.0), ""));

    let overview = answers_overview(&questionnaire, &answers);
    let ids: Vec<&str> = overview.iter().map(|s| s.section_id.as_str()).collect();
    assert_eq!(ids, ["basis", "openheid", "samen"], "every section, in order");

    let basis = &overview[0];
    assert_eq!(basis.title, questionnaire.sections[0].title);
    let questions: Vec<&str> = basis.questions.iter().map(|q| q.question_id.as_str()).collect();
    assert!(!questions.contains(&"waarborgen-verstrengeling"), "hidden by its condition: {questions:?}");
    let first = &basis.questions[0];
    assert_eq!(
        (first.answer.as_str(), first.state, first.note.as_str()),
        ("Gedeeltelijk", AnswerState::Answered, "Besluit uit 2019")
    );
    assert!(!first.note_missing);

    let openheid = &overview[1].questions;
    assert_eq!((openheid[0].answer.as_str(), openheid[0].state), ("Niet van toepassing", AnswerState::NotApplicable));
    assert!(openheid[0].note_missing, "this N/A asks for a toelichting");
    assert_eq!((openheid[1].answer.as_str(), openheid[1].state), ("Niet beantwoord", AnswerState::Unanswered));
    assert_eq!(openheid[2].answer, "12 meldingen");

    // Choosing the team that also buys care shows the follow-up question.
    answers.insert("toezicht-belegd-bij".into(), answer(AnswerValue::Choice("eigen-zelfde-team".into()), ""));
    let basis = &answers_overview(&questionnaire, &answers)[0];
    assert!(basis.questions.iter().any(|q| q.question_id == "waarborgen-verstrengeling"));
}
