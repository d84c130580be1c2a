//! The saved assessment document: round trip, and clear refusals of foreign or broken files.
#![cfg(not(target_arch = "wasm32"))]

use zelfevaluatie_wmo_toezicht::model::assessment::ASSESSMENT_FORMAT_VERSION;
use zelfevaluatie_wmo_toezicht::model::{Answer, AnswerValue, Assessment};

fn sample() -> Assessment {
    let mut assessment =
        Assessment::new("a1", "Zelfevaluatie 2026", "voorbeeld-snelle-scan", "2026.1.0", "2026-11-23T10:00:00Z");
    assessment.municipality = "Gemeente Voorbeeld".into();
    assessment.answers.insert(
        "q1".into(),
        Answer { value: Some(AnswerValue::Choice("ja".into())), note: "Besluit van 3 maart".into() },
    );
    assessment.answers.insert(
        "q3".into(),
        Answer { value: Some(AnswerValue::Choices(vec!["a".into(), "b".into()])), note: String::new() },
    );
    assessment.answers.insert("q4".into(), Answer { value: Some(AnswerValue::Scale(3)), note: String::new() });
    assessment.answers.insert("q5".into(), Answer { value: Some(AnswerValue::Number(1.5)), note: String::new() });
    assessment.answers.insert(
        "q6".into(),
        Answer { value: Some(AnswerValue::Text("Tekst met \"quotes\" en ë".into())), note: String::new() },
    );
    assessment
        .answers
        .insert("q7".into(), Answer { value: Some(AnswerValue::NotApplicable), note: "Regionaal".into() });
    assessment.answers.insert("q8".into(), Answer { value: None, note: "Alleen een toelichting".into() });
    assessment
}

#[test]
fn json_round_trip_is_identical() {
    let assessment = sample();
    let back = Assessment::from_json(&assessment.to_json().unwrap()).unwrap();
    assert_eq!(back, assessment);
}

#[test]
fn the_stored_json_is_readable_and_stable() {
    let json = sample().to_json().unwrap();
    let start = format!(r#"{{"format":"wmo-zelfevaluatie/assessment","format_version":{ASSESSMENT_FORMAT_VERSION},"#);
    assert!(json.starts_with(&start), "{json}");
    assert!(json.contains(r#""q1":{"value":{"choice":"ja"},"note":"Besluit van 3 maart"}"#), "{json}");
    assert!(json.contains(r#""q7":{"value":"not_applicable","note":"Regionaal"}"#), "{json}");
}

#[test]
fn broken_json_says_where() {
    let error = Assessment::from_json("{\"format\": \n  oeps}").unwrap_err();
    assert!(error.contains("geen geldig JSON-bestand (regel 2, kolom 3)"), "{error}");
}

#[test]
fn a_foreign_json_file_is_recognised() {
    let error = Assessment::from_json(r#"{"todos": []}"#).unwrap_err();
    assert!(error.contains("geen zelfevaluatie van deze app"), "{error}");
}

#[test]
fn a_newer_format_version_is_refused_with_advice() {
    let current = format!(r#""format_version":{ASSESSMENT_FORMAT_VERSION}"#);
    let json = sample().to_json().unwrap().replace(&current, r#""format_version":7"#);
    let error = Assessment::from_json(&json).unwrap_err();
    assert!(error.contains("opslagversie 7") && error.contains("nieuwste versie"), "{error}");
}

#[test]
fn damaged_content_is_refused_not_guessed() {
    let json = sample().to_json().unwrap().replace(r#""name":"Zelfevaluatie 2026","#, "");
    let error = Assessment::from_json(&json).unwrap_err();
    assert!(error.contains("beschadigd of onvolledig"), "{error}");
}

/// A document as version 1 of the app stored it (before the questionnaire title was kept).
const VERSION_1: &str = r#"{"format":"wmo-zelfevaluatie/assessment","format_version":1,"id":"e1","name":"Zelfevaluatie 2025","municipality":"Gemeente Voorbeeld","questionnaire_id":"keuzehulp-wmo-toezicht","questionnaire_version":"2026.1.0","created_at":"2025-11-01T09:00:00Z","updated_at":"2025-11-02T10:00:00Z","answers":{"aanwijzingsbesluit":{"value":{"choice":"ja"}}},"mode":"organisatie"}"#;

#[test]
fn a_version_1_document_is_migrated_step_by_step() {
    let assessment = Assessment::from_json(VERSION_1).unwrap();
    assert_eq!(assessment.format_version, ASSESSMENT_FORMAT_VERSION);
    assert_eq!(assessment.questionnaire_title, "keuzehulp-wmo-toezicht", "v1 did not know the title");
    assert_eq!(assessment.name, "Zelfevaluatie 2025");
    assert_eq!(assessment.answers["aanwijzingsbesluit"].value, Some(AnswerValue::Choice("ja".into())));
    // Saved again, it is a version 2 document that reads back identically.
    assert_eq!(Assessment::from_json(&assessment.to_json().unwrap()).unwrap(), assessment);
}

#[test]
fn a_document_without_a_valid_version_is_refused() {
    let error =
        Assessment::from_json(&VERSION_1.replace(r#""format_version":1"#, r#""format_version":0"#)).unwrap_err();
    assert!(error.contains("geen geldige opslagversie"), "{error}");
}

#[test]
fn a_document_that_would_not_read_back_is_never_written() {
    // serde_json writes NaN as `null`, which no longer reads as a number: the text would be
    // stored and then be unreadable. `to_json` refuses instead, with a Dutch reason.
    let mut broken = sample();
    broken.answers.insert("q5".into(), Answer { value: Some(AnswerValue::Number(f64::NAN)), note: String::new() });
    for written in [broken.to_json(), broken.to_pretty_json()] {
        let error = written.unwrap_err();
        assert!(
            error.contains("kon niet veilig worden weggeschreven") && error.contains("Er is niets overschreven"),
            "{error}"
        );
    }
    assert!(sample().to_json().is_ok());
}

#[test]
fn an_import_knows_which_questionnaire_to_fetch_before_the_file_is_checked() {
    use zelfevaluatie_wmo_toezicht::model::import::questionnaire_named_in;
    let file = sample().to_pretty_json().unwrap();
    assert_eq!(questionnaire_named_in(&file).as_deref(), Some("voorbeeld-snelle-scan"));
    // A file that names none is refused later for what it is; nothing is fetched for it.
    assert_eq!(questionnaire_named_in("geen json"), None);
    assert_eq!(questionnaire_named_in(r#"{"format": "wmo-zelfevaluatie/assessment"}"#), None);
    assert_eq!(questionnaire_named_in(r#"{"questionnaire_id": 5}"#), None);
}

#[test]
fn the_caption_names_the_questionnaire_once() {
    let mut assessment = sample();
    assert_eq!(assessment.caption("Snelle scan Wmo-toezicht"), "Zelfevaluatie 2026 · Snelle scan Wmo-toezicht");
    assessment.name = "Keuzehulp Wmo-toezicht 2026".into();
    assert_eq!(assessment.caption("Keuzehulp Wmo-toezicht"), "Keuzehulp Wmo-toezicht 2026", "the suggested name");
    assert_eq!(assessment.caption("keuzehulp wmo-toezicht"), "Keuzehulp Wmo-toezicht 2026", "in any case");
    assert_eq!(assessment.caption(""), "Keuzehulp Wmo-toezicht 2026", "no title, no dot");
}
