//! Checks questionnaire files the way the app does and prints every problem as
//! `bestand:regel:kolom: [pad] melding`. Exit code 0 when all files are valid, 1 otherwise.
//!
//! Usage: `cargo run --bin controleer-vragenlijst -- questionnaires/*.yaml`

use std::process::ExitCode;

use zelfevaluatie_wmo_toezicht::model::load_questionnaire;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("Gebruik: controleer-vragenlijst <bestand.yaml> [meer bestanden]");
        return ExitCode::from(2);
    }
    let mut all_valid = true;
    for file in &files {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("{file}: kan het bestand niet lezen: {error}");
                all_valid = false;
                continue;
            }
        };
        match load_questionnaire(file, &text) {
            Ok(questionnaire) => println!(
                "{file}: in orde ({} secties, {} vragen)",
                questionnaire.sections.len(),
                questionnaire.questions().count()
            ),
            Err(problems) => {
                all_valid = false;
                for problem in &problems {
                    println!("{problem}");
                }
                println!("{file}: {} probleem/problemen gevonden", problems.len());
            }
        }
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
