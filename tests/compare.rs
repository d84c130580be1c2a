//! Two evaluations of the same questionnaire side by side.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;

use zelfevaluatie_wmo_toezicht::model::compare::compare;
use zelfevaluatie_wmo_toezicht::model::AnswerValue;

#[test]
fn two_evaluations_compare_per_principle_and_per_question() {
    let q = snelle_scan();
    let before = filled_snelle_scan();
    let mut after = filled_snelle_scan();
    after.answers.insert("toezichthouder-aangewezen".into(), answer(AnswerValue::Choice("ja".into())));
    after.answers.insert("rapporten-openbaar".into(), answer(AnswerValue::Scale(5)));
    let comparison = compare(&q, &before, &after);
    let transparantie = &comparison.principles[1];
    assert_eq!(transparantie.label, "Transparantie");
    assert!(transparantie.difference().unwrap() > 0.0);
    let changed: Vec<(&str, &str, &str)> =
        comparison.answers.iter().map(|c| (c.question_id.as_str(), c.before.as_str(), c.after.as_str())).collect();
    assert_eq!(
        changed,
        [("toezichthouder-aangewezen", "Gedeeltelijk", "Ja"), ("rapporten-openbaar", "2 van 5", "5 van 5 (Altijd)")]
    );
}

#[test]
fn a_question_asked_in_only_one_is_shown_as_not_asked_and_is_no_difference() {
    use zelfevaluatie_wmo_toezicht::model::compare::NOT_ASKED_LABEL;
    let q = snelle_scan();
    let before = filled_snelle_scan();
    let mut after = filled_snelle_scan();
    // A GGD instead of the own team: the follow-up about safeguards is no longer asked; its
    // answer is kept (hidden) but must not count as a difference.
    after.answers.insert("toezicht-belegd-bij".into(), answer(AnswerValue::Choice("ggd".into())));
    let comparison = compare(&q, &before, &after);
    let rows: Vec<(&str, &str, &str, bool)> = comparison
        .answers
        .iter()
        .map(|c| (c.question_id.as_str(), c.before.as_str(), c.after.as_str(), c.counted))
        .collect();
    assert_eq!(
        rows,
        [
            (
                "toezicht-belegd-bij",
                "In de eigen gemeente, in hetzelfde team als inkoop of contractmanagement",
                "Bij de GGD",
                true
            ),
            ("waarborgen-verstrengeling", "Geen van deze", NOT_ASKED_LABEL, false),
        ]
    );
    assert_eq!(comparison.summary(), "1 antwoord verschilt.");
    assert_eq!(
        comparison.not_asked_note().as_deref(),
        Some("1 vraag is maar in één van beide gesteld; die telt niet als verschil.")
    );
    // Hidden in both, with a kept answer in one only: nothing to compare, nothing listed.
    let mut without_kept_answer = after.clone();
    without_kept_answer.answers.remove("waarborgen-verstrengeling");
    let same = compare(&q, &after, &without_kept_answer);
    assert!(same.answers.is_empty(), "{:?}", same.answers);
    assert_eq!(same.summary(), "Geen antwoorden verschillen.");
    assert_eq!(same.not_asked_note(), None);
}
