//! Casus mode: its validation rules and the topics × cases overview.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;
use zelfevaluatie_wmo_toezicht::model::assessment::Mode;
use zelfevaluatie_wmo_toezicht::model::cases::{
    add_case, case_overview, case_progress, case_progress_label, next_case_label, CaseRecord,
};
use zelfevaluatie_wmo_toezicht::model::load_questionnaire;
use zelfevaluatie_wmo_toezicht::model::{Answer, AnswerValue, Assessment};

const CASUS: &str = r#"casus:
  max_cases: 3
  answer_set: oordeel
  allow_na: true
  perspectives:
    - { id: dossier, label: Dossier }
    - { id: inwoner, label: Inwoner }
  topics:
    - id: vinden
      title: Hulp vinden
      section: een
      scores_on: [transparantie]
      prompts: { dossier: "Staat het erin?", inwoner: "Wist u het?" }
    - id: plan
      title: Eén plan
      scores_on: [onafhankelijkheid]
      prompts: { dossier: "Is er een plan?", inwoner: "Kende u het plan?" }
"#;

fn with_casus(casus: &str) -> String {
    let answer_set = "answer_sets:\n  - id: oordeel\n    options:\n      - { id: goed, label: Goed, score: 4 }\n      - { id: matig, label: Matig, score: 2 }\n      - { id: slecht, label: Slecht, score: 0 }\n";
    format!("{}{casus}", BASE.replacen("answer_sets:\n", answer_set, 1))
}

fn rating(value: &str) -> Answer {
    let value = if value == "nvt" { AnswerValue::NotApplicable } else { AnswerValue::Choice(value.into()) };
    Answer { value: Some(value), note: String::new() }
}

fn case(label: &str, ratings: &[(&str, &str, &str)]) -> CaseRecord {
    let mut record = CaseRecord { label: label.into(), ..CaseRecord::default() };
    for (topic, perspective, value) in ratings {
        record.ratings.entry(topic.to_string()).or_default().insert(perspective.to_string(), rating(value));
    }
    record
}

#[test]
fn a_valid_casus_mode_loads() {
    let q = load(&with_casus(CASUS)).unwrap();
    let case_mode = q.case_mode.as_ref().unwrap();
    assert_eq!(case_mode.topics.len(), 2);
    assert_eq!(case_mode.perspectives[1].label, "Inwoner");
}

#[test]
fn topics_by_cases_with_perspectives_averaged() {
    let q = load(&with_casus(CASUS)).unwrap();
    let cases = [
        case(
            "Casus A",
            &[("vinden", "dossier", "goed"), ("vinden", "inwoner", "matig"), ("plan", "dossier", "slecht")],
        ),
        case("Casus B", &[("vinden", "dossier", "nvt"), ("vinden", "inwoner", "slecht")]),
        case("Casus C", &[]),
    ];
    let rows = case_overview(&q, &cases).unwrap();
    assert_eq!(rows.len(), 2);
    let vinden = &rows[0];
    assert_eq!(vinden.title, "Hulp vinden");
    assert_eq!(vinden.cells[0].percent, Some(75.0));
    assert_eq!(vinden.cells[0].rated, 2);
    assert_eq!(vinden.cells[1].percent, Some(0.0), "N/A is left out, not counted as zero");
    assert_eq!(vinden.cells[1].not_applicable, 1);
    assert_eq!(vinden.cells[2].percent, None);
    assert_eq!(vinden.overall.percent, Some(50.0));
    assert_eq!(vinden.overall.rated, 3);
    assert_eq!(rows[1].cells[0].percent, Some(0.0));
    assert_eq!(rows[1].overall.rated, 1);
}

#[test]
fn ratings_with_unknown_options_do_not_count() {
    let q = load(&with_casus(CASUS)).unwrap();
    let rows = case_overview(&q, &[case("A", &[("vinden", "dossier", "uitstekend")])]).unwrap();
    assert_eq!(rows[0].cells[0].percent, None);
}

#[test]
fn a_questionnaire_without_casus_mode_has_no_overview() {
    assert!(case_overview(&base(), &[]).is_none());
}

#[test]
fn casus_rules_are_checked() {
    let cases = [
        ("max_cases: 3", "max_cases: 5", "kies 1, 2 of 3 casussen"),
        (
            "answer_set: oordeel\n  allow_na",
            "answer_set: oordelen\n  allow_na",
            "antwoordset `oordelen`, maar die bestaat niet",
        ),
        (
            "{ dossier: \"Is er een plan?\", inwoner: \"Kende u het plan?\" }",
            "{ dossier: \"Is er een plan?\" }",
            "geen vraag voor perspectief `inwoner`",
        ),
        (
            "{ dossier: \"Is er een plan?\", inwoner: \"Kende u het plan?\" }",
            "{ dossier: \"Is er een plan?\", inwoner: \"Kende u het plan?\", buurman: \"?\" }",
            "`buurman` is geen gedeclareerd perspectief",
        ),
        ("section: een", "section: drie", "sectie `drie`, maar die bestaat niet"),
        (
            "scores_on: [onafhankelijkheid]\n      prompts",
            "scores_on: [samenwerking]\n      prompts",
            "scoort op `samenwerking`, maar dat principe is niet gedeclareerd",
        ),
        ("- id: plan\n", "- id: vinden\n", "`vinden` komt al eerder voor bij een onderwerp"),
    ];
    for (from, to, expected) in cases {
        assert_eq!(CASUS.matches(from).count(), 1, "{from}");
        let problems = problems(&with_casus(&CASUS.replacen(from, to, 1)));
        let problem = problem_with(&problems, expected);
        assert!(problem.path.starts_with("casus"), "{problem:?}");
        assert!(problem.line.is_some(), "located: {problem:?}");
    }
}

#[test]
fn an_unknown_field_in_the_casus_block_is_located() {
    let problems = problems(&with_casus(&CASUS.replacen("max_cases: 3", "max_cases: 3\n  maximum: 3", 1)));
    assert!(problems[0].message.starts_with("Onbekend veld `maximum`"), "{:?}", problems[0]);
    assert!(problems[0].line.is_some());
}

#[test]
fn cases_and_mode_survive_a_save_and_load() {
    let mut assessment = Assessment::new("a", "Casusevaluatie", "tsd-zelfevaluatie", "1", "2026-11-23T10:00:00Z");
    assessment.mode = Mode::Cases;
    assessment.cases = vec![case("Casus A", &[("vinden", "dossier", "goed"), ("plan", "inwoner", "nvt")])];
    let json = assessment.to_json().unwrap();
    assert!(json.contains(r#""mode":"casus""#), "{json}");
    assert_eq!(Assessment::from_json(&json).unwrap(), assessment);
}

#[test]
fn an_assessment_without_mode_is_an_organisation_assessment() {
    let assessment = Assessment::new("a", "Naam", "q", "1", "2026-11-23T10:00:00Z");
    let json = assessment.to_json().unwrap().replace(r#","mode":"organisatie""#, "");
    let back = Assessment::from_json(&json).unwrap();
    assert_eq!(back.mode, Mode::Organisation);
    assert!(back.cases.is_empty());
}

#[test]
fn cases_get_free_letters_up_to_the_maximum() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/tsd-zelfevaluatie.yaml")).unwrap();
    let q = load_questionnaire("tsd.yaml", &text).unwrap();
    let mut cases = Vec::new();
    assert_eq!(add_case(&q, &mut cases), Ok(0));
    assert_eq!(add_case(&q, &mut cases), Ok(1));
    assert_eq!(cases[1].label, "Casus B");
    cases.remove(0);
    assert_eq!(next_case_label(&cases), "Casus A", "a removed letter is reused");
    add_case(&q, &mut cases).unwrap();
    add_case(&q, &mut cases).unwrap();
    assert!(add_case(&q, &mut cases).unwrap_err().contains("hoogstens 3"));
    assert!(add_case(&base(), &mut Vec::new()).is_err(), "no casus mode, no cases");
}

#[test]
fn the_progress_line_says_what_to_do_before_the_first_case() {
    let q = load(&with_casus(CASUS)).unwrap();
    assert_eq!(case_progress(&q, &[]), (0, 0));
    assert_eq!(case_progress_label(case_progress(&q, &[])), "Nog geen casussen: voeg een casus toe om te beginnen");
    assert_eq!(case_progress_label((3, 12)), "3 van 12 beoordelingen gegeven");
}
