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
