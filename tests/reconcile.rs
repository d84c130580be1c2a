//! Saved answers after a questionnaire update: what no longer fits is listed, not dropped.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;
use zelfevaluatie_wmo_toezicht::model::reconcile::orphaned_answers;
use zelfevaluatie_wmo_toezicht::model::{score, Answer, AnswerValue, Answers};

fn answers(pairs: &[(&str, AnswerValue, &str)]) -> Answers {
    pairs
        .iter()
        .map(|(id, v, note)| (id.to_string(), Answer { value: Some(v.clone()), note: note.to_string() }))
        .collect()
}

#[test]
fn answers_that_still_fit_are_not_listed() {
    let q = base();
    let a = answers(&[
        ("q1", AnswerValue::Choice("ja".into()), ""),
        ("q4", AnswerValue::Scale(3), ""),
        ("q6", AnswerValue::Text("x".into()), ""),
    ]);
    assert!(orphaned_answers(&q, &a).is_empty());
}

#[test]
fn removed_questions_options_types_and_ranges_are_listed_with_what_was_answered() {
    let q = base();
    let a = answers(&[
        ("verdwenen", AnswerValue::Choice("ja".into()), "oude toelichting"),
        ("q2", AnswerValue::Choice("uitstekend".into()), ""),
        ("q3", AnswerValue::Choices(vec!["a".into(), "weg".into()]), ""),
        ("q5", AnswerValue::Text("vijf".into()), ""),
        ("q4", AnswerValue::Scale(9), ""),
        ("q2b", AnswerValue::NotApplicable, ""),
    ]);
    let orphans = orphaned_answers(&q, &a);
    let summary: Vec<(&str, &str, &str)> =
        orphans.iter().map(|o| (o.question_id.as_str(), o.reason.as_str(), o.answered.as_str())).collect();
    assert_eq!(
        summary,
        [
            ("q2", "Het gekozen antwoord (uitstekend) bestaat niet meer.", "uitstekend"),
            ("q2b", "Deze vraag staat niet meer in de vragenlijst.", "niet van toepassing"),
            ("q3", "Het gekozen antwoord (weg) bestaat niet meer.", "a, weg"),
            ("q4", "De schaal van deze vraag is veranderd.", "9"),
            ("q5", "Het soort vraag is veranderd.", "vijf"),
            ("verdwenen", "Deze vraag staat niet meer in de vragenlijst.", "ja (toelichting: oude toelichting)"),
        ]
    );
    assert_eq!(orphans[0].question_text.as_deref(), Some("Vraag twee?"));
}

#[test]
fn orphans_do_not_count_in_the_score() {
    let q = base();
    let a =
        answers(&[("q2", AnswerValue::Choice("uitstekend".into()), ""), ("q1", AnswerValue::Choice("ja".into()), "")]);
    let report = score(&q, &a);
    assert_eq!(report.progress.done, 1);
}

#[test]
fn not_applicable_where_it_is_no_longer_allowed() {
    let q = base();
    let orphans = orphaned_answers(&q, &answers(&[("q2", AnswerValue::NotApplicable, "")]));
    assert_eq!(orphans[0].reason, "'Niet van toepassing' is bij deze vraag niet meer mogelijk.");
}
