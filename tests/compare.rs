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
