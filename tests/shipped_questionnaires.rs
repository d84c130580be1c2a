//! Every file in `questionnaires/` must load and validate, and the index must list exactly them.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use zelfevaluatie_wmo_toezicht::model::load_questionnaire;

fn shipped_files() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires"))
        .expect("questionnaires/ exists")
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".yaml") || name.ends_with(".yml"))
        .collect();
    names.sort();
    names
}

#[test]
fn there_is_at_least_one_questionnaire() {
    assert!(!shipped_files().is_empty());
}

#[test]
fn every_shipped_questionnaire_loads_without_problems() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires");
    let mut failures = Vec::new();
    for name in shipped_files() {
        let text = fs::read_to_string(dir.join(&name)).unwrap();
        if let Err(problems) = load_questionnaire(&name, &text) {
            failures.extend(problems.iter().map(ToString::to_string));
        }
    }
    assert!(failures.is_empty(), "problemen:\n{}", failures.join("\n"));
}

#[test]
fn shipped_ids_are_unique_and_match_file_names() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires");
    for name in shipped_files() {
        let text = fs::read_to_string(dir.join(&name)).unwrap();
        let questionnaire = load_questionnaire(&name, &text).unwrap();
        let stem = name.trim_end_matches(".yaml").trim_end_matches(".yml");
        assert_eq!(questionnaire.id, stem, "{name}: id en bestandsnaam horen gelijk te zijn");
    }
}

#[test]
fn every_scored_question_names_a_source_or_norm() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires");
    for name in shipped_files() {
        let text = fs::read_to_string(dir.join(&name)).unwrap();
        let questionnaire = load_questionnaire(&name, &text).unwrap();
        for (_, question) in questionnaire.questions() {
            if question.is_scored() {
                assert!(!question.sources.is_empty(), "{name}: vraag {} heeft geen bron", question.id);
            }
        }
    }
}

#[test]
fn the_sources_of_the_shipped_questionnaires_are_listed_once_each_by_label() {
    use zelfevaluatie_wmo_toezicht::model::questionnaire::cited_sources;
    let shipped: Vec<_> = ["keuzehulp-wmo-toezicht.yaml", "tsd-zelfevaluatie.yaml"]
        .iter()
        .map(|file| {
            let text =
                std::fs::read_to_string(format!("{}/questionnaires/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
            zelfevaluatie_wmo_toezicht::model::load_questionnaire(file, &text).unwrap()
        })
        .collect();
    let sources = cited_sources(&shipped);
    let cited: usize = shipped.iter().flat_map(|q| q.questions()).map(|(_, q)| q.sources.len()).sum();
    assert!(sources.len() >= 10 && sources.len() < cited, "{} distinct of {cited} citations", sources.len());
    for pair in sources.windows(2) {
        assert!(pair[0].label.to_lowercase() <= pair[1].label.to_lowercase(), "sorted: {:?}", pair);
        assert!(pair[0] != pair[1], "once each: {:?}", pair[0]);
    }
    assert!(sources.iter().any(|s| s.label == "Wmo 2015, artikel 6.1"));
}
