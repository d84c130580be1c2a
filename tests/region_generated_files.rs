//! The generated evaluation files used for the regional overview's tests and benchmark are
//! plausible (valid, varied, of several versions) and a whole country of them goes through.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/generated_evaluations.rs"]
mod generated_evaluations;
mod support;

use std::collections::BTreeSet;

use generated_evaluations::{broken_files, generate_files, municipality_name, REMOVED_QUESTION, RENAMED_OPTION};
use zelfevaluatie_wmo_toezicht::model::assessment::Assessment;
use zelfevaluatie_wmo_toezicht::model::region::identity::normalise_name;
use zelfevaluatie_wmo_toezicht::model::region::{region_overview, FileOutcome, Region};
use zelfevaluatie_wmo_toezicht::model::{AnswerValue, Questionnaire};

const NOW: &str = "2026-12-01T10:00:00.000Z";

fn keuzehulp() -> Questionnaire {
    support::load(include_str!("../questionnaires/keuzehulp-wmo-toezicht.yaml")).unwrap()
}

#[test]
fn gemeente_names_are_distinct_even_after_normalising() {
    let names: BTreeSet<String> = (0..1_000).map(|n| normalise_name(&municipality_name(n))).collect();
    assert_eq!(names.len(), 1_000);
    assert_eq!(municipality_name(0), "'s-Gravenwolde");
}

#[test]
fn generated_files_are_valid_varied_and_of_the_versions_asked_for() {
    let q = keuzehulp();
    let versions = vec![q.version.clone(), "2025.1.0".to_owned()];
    let files = generate_files(&q, 40, &versions, 11);
    assert_eq!(files, generate_files(&q, 40, &versions, 11), "the same seed gives the same files");
    assert_ne!(files, generate_files(&q, 40, &versions, 12));
    let assessments: Vec<Assessment> = files.iter().map(|(_, text)| Assessment::from_json(text).unwrap()).collect();
    let file_names: BTreeSet<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(file_names.len(), 40);
    assert!(files.iter().all(|(name, text)| name.ends_with(".json") && text.starts_with("{\n  \"format\"")));
    let count = |test: &dyn Fn(&Assessment) -> bool| assessments.iter().filter(|a| test(a)).count();
    assert_eq!(count(&|a| a.questionnaire_id == q.id && a.questionnaire_title == q.title), 40);
    assert_eq!(count(&|a| a.questionnaire_version == q.version), 20);
    assert_eq!(count(&|a| a.questionnaire_version == "2025.1.0"), 20);
    let answers = |test: &dyn Fn(&str, &zelfevaluatie_wmo_toezicht::model::Answer, &Assessment) -> bool| {
        assessments.iter().map(|a| a.answers.iter().filter(|(id, answer)| test(id, answer, a)).count()).sum::<usize>()
    };
    assert!(answers(&|_, a, _| a.value == Some(AnswerValue::NotApplicable)) > 5, "some N/A");
    assert!(answers(&|_, a, _| !a.note.is_empty()) > 40, "some toelichtingen");
    assert!(answers(&|_, a, e| a.note.contains(&e.municipality)) > 0, "some notes name the gemeente");
    assert!(answers(&|id, _, _| id == REMOVED_QUESTION) > 0, "older files answer a question since removed");
    let (question, _, old_option) = RENAMED_OPTION;
    assert!(answers(&|id, a, _| id == question && a.value == Some(AnswerValue::Choice(old_option.into()))) > 0);
    let per_file: Vec<usize> = assessments.iter().map(|a| a.answers.len()).collect();
    assert!(per_file.iter().max() > per_file.iter().min(), "some are more complete than others: {per_file:?}");
}

#[test]
fn broken_files_are_each_refused_for_their_own_reason() {
    let q = keuzehulp();
    let mut region = Region::new("regio", "Regio", &q, NOW, 3);
    let report = region.import_files(Some(&q), broken_files(&q, 3, 1), NOW);
    let reasons: Vec<&str> = report.refused().map(|(_, reason)| reason).collect();
    assert_eq!(reasons.len(), 3);
    assert!(reasons[0].contains("geen geldig JSON-bestand"), "{}", reasons[0]);
    assert!(reasons[1].contains("'TSD-zelfevaluatie'"), "{}", reasons[1]);
    assert!(reasons[2].contains("geen zelfevaluatie van deze app"), "{}", reasons[2]);
    assert!(region.members.is_empty());
}

#[test]
fn four_hundred_municipalities_import_and_aggregate() {
    let q = keuzehulp();
    let files = generate_files(&q, 400, &[q.version.clone(), "2025.2.0".into(), "2025.1.0".into()], 2026);
    let mut region = Region::new("regio", "Nederland", &q, NOW, 9);
    let report = region.import_files(Some(&q), files, NOW);
    assert!(report.files.iter().all(|f| matches!(f.outcome, FileOutcome::Added { .. })), "{}", report.summary());
    let overview = region_overview(&q, &region);
    assert_eq!(overview.members.len(), 400);
    assert!(overview.members.iter().filter(|m| m.other_version).count() > 200);
    for question in &overview.questions {
        let total =
            question.answered + question.not_applicable + question.unanswered + question.hidden + question.not_fitting;
        assert_eq!(total, 400, "{}", question.question_id);
    }
    assert!(overview.principle_spreads.iter().all(|s| s.is_some_and(|s| s.count > 300)));
    assert!(overview.improvements.windows(2).all(|w| w[0].members.len() >= w[1].members.len()));
    let stored = region.to_json().unwrap();
    assert_eq!(Region::from_json(&stored).unwrap(), region);
}
