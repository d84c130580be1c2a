//! The `controleer-vragenlijst` command that content editors use.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn run(args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_controleer-vragenlijst"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (output.status.code().unwrap_or(-1), String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn shipped_files_are_reported_in_order() {
    let (code, out) = run(&[
        "questionnaires/keuzehulp-wmo-toezicht.yaml",
        "questionnaires/tsd-zelfevaluatie.yaml",
        "questionnaires/cijfers/landelijke-cijfers.yaml",
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("questionnaires/keuzehulp-wmo-toezicht.yaml: in orde (8 secties, 53 vragen)"), "{out}");
    assert!(out.contains("questionnaires/cijfers/landelijke-cijfers.yaml: in orde"), "{out}");
}

#[test]
fn a_broken_file_prints_located_problems_and_fails() {
    let dir = std::env::temp_dir().join(format!("controleer-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("kapot.yaml");
    std::fs::write(&file, "schema_version: 1\nid: kapot\nversion: \"1\"\ntitle: Kapot\nprincipes: []\n").unwrap();
    let (code, out) = run(&[file.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("kapot.yaml:5:1: Onbekend veld `principes`"), "{out}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn without_arguments_it_explains_its_use() {
    let (code, _) = run(&[]);
    assert_eq!(code, 2);
}

#[test]
fn an_option_in_the_wrong_place_is_not_taken_for_a_file() {
    let (code, output) =
        run(&["--index", "dist/questionnaires/index.json", "questionnaires/voorbeeld-snelle-scan.yaml"]);
    assert_eq!(code, 2, "the usage, not a check: {output}");
    assert_eq!(output, "", "no file was checked");
}

#[test]
fn with_json_it_writes_the_prepared_file_beside_each_valid_one_only() {
    let dir = std::env::temp_dir().join(format!("controleer-json-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("cijfers")).unwrap();
    let shipped = std::fs::read_to_string("questionnaires/voorbeeld-snelle-scan.yaml").unwrap();
    std::fs::write(dir.join("goed.yaml"), &shipped).unwrap();
    std::fs::write(dir.join("kapot.yaml"), "schema_version: 1\nid: kapot\n").unwrap();
    let figures = std::fs::read_to_string("questionnaires/cijfers/landelijke-cijfers.yaml").unwrap();
    std::fs::write(dir.join("cijfers/cijfers.yaml"), &figures).unwrap();
    let paths = ["goed.yaml", "kapot.yaml", "cijfers/cijfers.yaml"].map(|f| dir.join(f).to_str().unwrap().to_owned());
    let (code, out) = run(&["--json", &paths[0], &paths[1], &paths[2]]);
    assert_eq!(code, 1, "the broken file still fails: {out}");
    assert!(out.contains("goed.json geschreven"), "{out}");
    let json = std::fs::read_to_string(dir.join("goed.json")).unwrap();
    let questionnaire =
        zelfevaluatie_wmo_toezicht::model::prepared::load_prepared_questionnaire("goed", &shipped, Some(&json))
            .unwrap();
    assert_eq!(questionnaire.id, "voorbeeld-snelle-scan");
    assert!(json.contains(&zelfevaluatie_wmo_toezicht::model::prepared::fingerprint(&shipped)));
    assert!(dir.join("cijfers/cijfers.json").exists(), "{out}");
    assert!(!dir.join("kapot.json").exists(), "no JSON for an invalid file");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_file_that_is_not_utf8_text_is_refused_in_dutch() {
    let dir = std::env::temp_dir().join(format!("controleer-tekst-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let latin1 = dir.join("latin1.yaml");
    std::fs::write(&latin1, b"schema_version: 1\ntitle: Caf\xe9\n").unwrap();
    let binary = dir.join("plaatje.yaml");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
    let (code, out) = run(&[latin1.to_str().unwrap(), binary.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("latin1.yaml:2:11: Het bestand is geen UTF-8-tekstbestand"), "{out}");
    assert!(out.contains("plaatje.yaml: Het bestand is geen tekstbestand"), "{out}");
    assert!(out.contains("plaatje.yaml: 1 probleem gevonden"), "one problem, one word: {out}");
    assert!(!out.contains("stream did not contain valid UTF-8") && !out.contains("probleem/problemen"), "{out}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_file_that_does_not_exist_is_named_in_dutch() {
    let output = Command::new(env!("CARGO_BIN_EXE_controleer-vragenlijst"))
        .arg("bestaat-niet.yaml")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr.contains("bestaat-niet.yaml: dit bestand bestaat niet"), "{stderr}");
    assert!(!stderr.contains("No such file"), "{stderr}");
}
