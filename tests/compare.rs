//! Two evaluations of the same questionnaire side by side.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;

use zelfevaluatie_wmo_toezicht::model::answers::NOT_APPLICABLE_LABEL;
use zelfevaluatie_wmo_toezicht::model::compare::{
    compare, AnswerChange, PrincipleChange, ASKED_IN_ONE_CAPTION, NOT_ASKED_LABEL,
};
use zelfevaluatie_wmo_toezicht::model::scoring::percent_label;
use zelfevaluatie_wmo_toezicht::model::{AnswerValue, Assessment};

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
    assert!(transparantie.difference().unwrap() > 0);
    let changed: Vec<(&str, &str, &str)> =
        comparison.answers.iter().map(|c| (c.question_id.as_str(), c.before.as_str(), c.after.as_str())).collect();
    assert_eq!(
        changed,
        [("toezichthouder-aangewezen", "Gedeeltelijk", "Ja"), ("rapporten-openbaar", "2 van 5", "5 van 5 (Altijd)")]
    );
}

/// (question, before, after) of each row.
fn rows<'a>(changes: impl Iterator<Item = &'a AnswerChange>) -> Vec<(&'a str, &'a str, &'a str)> {
    changes.map(|c| (c.question_id.as_str(), c.before.as_str(), c.after.as_str())).collect()
}

#[test]
fn a_question_asked_in_only_one_is_listed_apart_and_is_no_difference() {
    let q = snelle_scan();
    let before = filled_snelle_scan();
    let mut after = filled_snelle_scan();
    // A GGD instead of the own team: the follow-up about safeguards is no longer asked; its
    // answer is kept (hidden) but must not count as a difference.
    after.answers.insert("toezicht-belegd-bij".into(), answer(AnswerValue::Choice("ggd".into())));
    let comparison = compare(&q, &before, &after);
    assert_eq!(
        rows(comparison.differing()),
        [(
            "toezicht-belegd-bij",
            "In de eigen gemeente, in hetzelfde team als inkoop of contractmanagement",
            "Bij de GGD"
        )]
    );
    assert_eq!(rows(comparison.asked_in_one()), [("waarborgen-verstrengeling", "Geen van deze", NOT_ASKED_LABEL)]);
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

#[test]
fn the_keuzehulp_lists_differing_answers_only_for_questions_asked_in_both() {
    // The tester's case: proactive supervision started, so "Registreert de toezichthouder hoeveel
    // proactieve onderzoeken…" is asked only in the later evaluation.
    let q = shipped("keuzehulp-wmo-toezicht.yaml");
    let choice = |id: &str| answer(AnswerValue::Choice(id.into()));
    let mut before =
        Assessment::new("k1", "Keuzehulp 2025", "keuzehulp-wmo-toezicht", "2026.1.0", "2025-11-01T10:00:00Z");
    before.answers.insert("vorm-van-toezicht".into(), choice("reactief"));
    let mut after = before.clone();
    after.id = "k2".into();
    after.name = "Keuzehulp 2026".into();
    after.answers.insert("vorm-van-toezicht".into(), choice("proactief"));
    after.answers.insert("proactief-geregistreerd".into(), choice("nee"));
    let comparison = compare(&q, &before, &after);
    assert_eq!(
        rows(comparison.differing()),
        [(
            "vorm-van-toezicht",
            "Na meldingen en na andere signalen (reactief)",
            "Reactief én proactief, op basis van risico's of thema's"
        )]
    );
    assert_eq!(rows(comparison.asked_in_one()), [("proactief-geregistreerd", NOT_ASKED_LABEL, "Nee")]);
    assert_eq!(comparison.summary(), "1 antwoord verschilt.");
    // The note counts exactly the questions listed apart, and no row says "Niet van toepassing"
    // for a question that was not asked.
    assert_eq!(
        comparison.not_asked_note().as_deref(),
        Some("1 vraag is maar in één van beide gesteld; die telt niet als verschil.")
    );
    assert!(comparison.differing().all(|c| c.before != NOT_ASKED_LABEL && c.after != NOT_ASKED_LABEL));
    assert!(comparison.answers.iter().all(|c| c.before != NOT_APPLICABLE_LABEL && c.after != NOT_APPLICABLE_LABEL));
    assert_eq!(ASKED_IN_ONE_CAPTION, "Vragen die maar in één van beide zijn gesteld");
}

/// The whole number a shown score stands for: "57%" is 57.
fn shown(percent: Option<f64>) -> i64 {
    percent_label(percent).trim_end_matches('%').parse().unwrap()
}

/// The number in "+5 procentpunten" or "−11 procentpunten".
fn points(label: &str) -> i64 {
    label.replace('−', "-").trim_start_matches('+').split(' ').next().unwrap().parse().unwrap()
}

#[test]
fn the_difference_is_the_difference_of_the_two_percentages_shown() {
    let change = |before: f64, after: f64| PrincipleChange {
        label: "Transparantie".into(),
        before: Some(before),
        after: Some(after),
    };
    // The tester's row: shown as 57% and 47%, so a reader expects −10, not the −10.8 of the
    // unrounded scores rounded to −11.
    let transparantie = change(57.4, 46.6);
    assert_eq!(percent_label(transparantie.before), "57%");
    assert_eq!(percent_label(transparantie.after), "47%");
    assert_eq!(transparantie.difference_label(), "−10 procentpunten");
    // 2 of 12 points and 4 of 12: 17% and 33%, so 16 points.
    assert_eq!(change(100.0 / 6.0, 100.0 / 3.0).difference_label(), "+16 procentpunten");
    assert_eq!(change(49.6, 50.4).difference_label(), "0 procentpunten");
    assert_eq!(change(50.5, 49.4).difference_label(), "−2 procentpunten", "51% and 49%");
    // Every pair on a grid of quarter points (halves included): the label always says what a
    // reader works out from the two percentages beside it.
    let grid = (0..=400).map(|i| f64::from(i) / 4.0);
    for before in grid.clone() {
        for after in grid.clone() {
            let c = change(before, after);
            assert_eq!(points(&c.difference_label()), shown(c.after) - shown(c.before), "{before} → {after}");
        }
    }
}

#[test]
fn a_real_comparison_shows_differences_that_follow_from_its_percentages() {
    let q = snelle_scan();
    let before = filled_snelle_scan();
    let mut after = filled_snelle_scan();
    after.answers.insert("toezichthouder-aangewezen".into(), answer(AnswerValue::Choice("ja".into())));
    let comparison = compare(&q, &before, &after);
    let onafhankelijkheid = &comparison.principles[0];
    let row = [
        percent_label(onafhankelijkheid.before),
        percent_label(onafhankelijkheid.after),
        onafhankelijkheid.difference_label(),
    ];
    assert_eq!(row, ["17%", "33%", "+16 procentpunten"], "from 2 of 12 to 4 of 12 points");
    for p in &comparison.principles {
        if p.before.is_some() && p.after.is_some() {
            assert_eq!(points(&p.difference_label()), shown(p.after) - shown(p.before), "{}", p.label);
        }
    }
}

#[test]
fn a_question_not_asked_is_never_called_not_applicable() {
    // "Niet van toepassing" is an answer the user chooses; a question a condition hid was not
    // asked at all.
    assert_eq!(NOT_ASKED_LABEL, "Niet gesteld");
    assert!(!NOT_ASKED_LABEL.to_lowercase().contains(&NOT_APPLICABLE_LABEL.to_lowercase()));
}

#[test]
fn every_question_asked_in_only_one_is_listed_and_counted_in_the_note() {
    let q = snelle_scan();
    // Before: the GGD, so the follow-up about safeguards was not asked. After: the own team, and
    // the follow-up is asked but not answered yet. It was still asked in one only.
    let mut before = filled_snelle_scan();
    before.answers.insert("toezicht-belegd-bij".into(), answer(AnswerValue::Choice("ggd".into())));
    before.answers.remove("waarborgen-verstrengeling");
    let mut after = filled_snelle_scan();
    after.answers.remove("waarborgen-verstrengeling");
    let comparison = compare(&q, &before, &after);
    assert_eq!(rows(comparison.asked_in_one()), [("waarborgen-verstrengeling", NOT_ASKED_LABEL, "Niet beantwoord")]);
    assert!(comparison.differing().all(|c| c.question_id != "waarborgen-verstrengeling"));
    assert_eq!(
        comparison.not_asked_note().as_deref(),
        Some("1 vraag is maar in één van beide gesteld; die telt niet als verschil.")
    );
}
