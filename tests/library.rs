//! Managing several assessments: summaries for the start page (also of cases), copies, names.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;
use zelfevaluatie_wmo_toezicht::model::assessment::{clean_name, Mode};
use zelfevaluatie_wmo_toezicht::model::cases::{case_progress, CaseRecord};
use zelfevaluatie_wmo_toezicht::model::library::{sort_for_listing, summarize};
use zelfevaluatie_wmo_toezicht::model::{load_questionnaire, Answer, AnswerValue, Assessment};

fn assessment(id: &str, updated: &str) -> Assessment {
    let mut a = Assessment::new(id, &format!("Evaluatie {id}"), "test", "1", "2026-01-01T00:00:00Z");
    a.updated_at = updated.into();
    a
}

#[test]
fn a_summary_shows_progress_against_the_questionnaire() {
    let q = base();
    let mut a = assessment("a", "2026-02-01T00:00:00Z");
    a.municipality = "Gemeente Voorbeeld".into();
    a.answers.insert("q2".into(), Answer { value: Some(AnswerValue::Choice("goed".into())), note: String::new() });
    let summary = summarize(&a, Some(&q));
    assert_eq!(summary.progress_percent, Some(20), "1 of 5 visible questions");
    assert_eq!(summary.questionnaire_title, "Test");
    assert_eq!(summary.municipality, "Gemeente Voorbeeld");
}

#[test]
fn a_summary_without_its_questionnaire_still_lists() {
    let summary = summarize(&assessment("a", "2026-02-01T00:00:00Z"), None);
    assert_eq!(summary.progress_percent, None);
    assert_eq!(summary.questionnaire_title, "test");
}

#[test]
fn newest_first() {
    let q = base();
    let mut list = vec![
        summarize(&assessment("oud", "2026-01-01T00:00:00Z"), Some(&q)),
        summarize(&assessment("nieuw", "2026-03-01T00:00:00Z"), Some(&q)),
        summarize(&assessment("midden", "2026-02-01T00:00:00Z"), Some(&q)),
    ];
    sort_for_listing(&mut list);
    let ids: Vec<&str> = list.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["nieuw", "midden", "oud"]);
}

#[test]
fn a_copy_keeps_the_answers_under_a_new_id_and_name() {
    let mut a = assessment("a", "2026-02-01T00:00:00Z");
    a.answers.insert("q1".into(), Answer { value: Some(AnswerValue::Choice("ja".into())), note: "n".into() });
    a.position = Some("twee".into());
    let copy = a.duplicate("b", "2026-03-01T00:00:00Z");
    assert_eq!(copy.id, "b");
    assert_eq!(copy.name, "Kopie van Evaluatie a");
    assert_eq!(copy.answers, a.answers);
    assert_eq!(copy.created_at, "2026-03-01T00:00:00Z");
    assert_eq!(a.id, "a", "the original is untouched");
}

#[test]
fn names_are_trimmed_and_must_not_be_empty() {
    assert_eq!(clean_name("  Zelfevaluatie   2026 ").unwrap(), "Zelfevaluatie 2026");
    assert!(clean_name("   ").unwrap_err().contains("Geef de evaluatie een naam"));
    assert!(clean_name(&"x".repeat(121)).unwrap_err().contains("te lang"));
}

#[test]
fn a_summary_of_cases_counts_the_ratings_given() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/tsd-zelfevaluatie.yaml")).unwrap();
    let q = load_questionnaire("tsd.yaml", &text).unwrap();
    let mut case = CaseRecord { label: "Casus A".into(), ..CaseRecord::default() };
    case.ratings
        .entry("toegang".into())
        .or_default()
        .insert("dossier".into(), Answer { value: Some(AnswerValue::NotApplicable), note: String::new() });
    case.ratings
        .entry("toegang".into())
        .or_default()
        .insert("inwoner".into(), Answer { value: Some(AnswerValue::Choice("goed".into())), note: String::new() });
    assert_eq!(case_progress(&q, &[case.clone()]), (2, 27));
    let mut a = assessment("c", "2026-02-01T00:00:00Z");
    a.mode = Mode::Cases;
    a.cases = vec![case];
    assert_eq!(summarize(&a, Some(&q)).progress_percent, Some(7));
}
