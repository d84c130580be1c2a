//! Checks questionnaire files (and the national figures file) the way the app does, and prints
//! every problem as `bestand:regel:kolom: [pad] melding`. Exit code 0 when all files are valid.
//!
//! Usage: `cargo run --bin controleer-vragenlijst -- questionnaires/*.yaml questionnaires/cijfers/*.yaml`
//!
//! With `--json` it also writes, beside each valid file, the JSON the app reads instead of the
//! YAML while the YAML is unchanged (`x.yaml` → `x.json`; see `model::prepared`). With
//! `--index <map>/index.json` (after `--json`) it writes the site's index: every questionnaire
//! file, the national figures file, which files have JSON, and a summary of each for the start
//! page (`model::summary`). The build does this for the site it makes; neither is ever kept in
//! `questionnaires/` itself.
//!
//! A questionnaire's `figures:` references are checked against `cijfers/landelijke-cijfers.yaml`
//! next to it, when that file exists.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use zelfevaluatie_wmo_toezicht::model::catalog::write_index;
use zelfevaluatie_wmo_toezicht::model::figures::{check_figure_references, load_figures, FigureFile};
use zelfevaluatie_wmo_toezicht::model::prepared::{fingerprint, prepared_json};
use zelfevaluatie_wmo_toezicht::model::summary::QuestionnaireSummary;
use zelfevaluatie_wmo_toezicht::model::text::count;
use zelfevaluatie_wmo_toezicht::model::text_file::text_from_bytes;
use zelfevaluatie_wmo_toezicht::model::{load_questionnaire, Problem};

const FIGURES_FILE: &str = "cijfers/landelijke-cijfers.yaml";

fn main() -> ExitCode {
    let mut files: Vec<String> = std::env::args().skip(1).collect();
    let write_json = files.first().is_some_and(|flag| flag == "--json");
    if write_json {
        files.remove(0);
    }
    let index_path =
        (write_json && files.first().is_some_and(|flag| flag == "--index") && files.len() > 1).then(|| {
            files.remove(0);
            files.remove(0)
        });
    // An option in the wrong place (`--index` without `--json`, say) is not a file name.
    if files.is_empty() || files.iter().any(|file| file.starts_with("--")) {
        eprintln!(
            "Gebruik: controleer-vragenlijst [--json [--index <map>/index.json]] <bestand.yaml> [meer bestanden]"
        );
        return ExitCode::from(2);
    }
    let mut all_valid = true;
    // For the index: every questionnaire, the figures file, what got JSON, and summaries.
    let mut listed = Vec::new();
    let mut figures_file = None;
    let mut prepared = BTreeMap::new();
    let mut summaries = BTreeMap::new();
    for file in &files {
        // Listed even when unreadable or invalid: the app then shows the file as unavailable,
        // with its problems, instead of leaving it out without a word.
        let name = index_path.as_deref().map(|index| name_in_index(index, file));
        match &name {
            Some(figures) if figures.starts_with("cijfers/") => figures_file = Some(figures.clone()),
            _ => listed.extend(name.clone()),
        }
        let text = match std::fs::read(file) {
            Ok(bytes) => match text_from_bytes(bytes) {
                Ok(text) => text,
                Err(refusal) => {
                    all_valid = false;
                    print_problems(file, &[refusal.problem(file)]);
                    continue;
                }
            },
            Err(error) => {
                eprintln!("{file}: {}", unreadable(&error));
                all_valid = false;
                continue;
            }
        };
        // The summary, and with --json the prepared JSON of the value just loaded.
        let result = if is_figures_file(&text) {
            load_figures(file, &text).map(|figures| {
                (format!("{} cijfers", figures.figures.len()), write_json.then(|| prepared_json(&text, &figures)))
            })
        } else {
            load_questionnaire(file, &text).and_then(|questionnaire| {
                let problems = figures_next_to(file)
                    .map(|figures| check_figure_references(&questionnaire, &figures, file))
                    .unwrap_or_default();
                if problems.is_empty() {
                    if let Some(name) = &name {
                        summaries.insert(name.clone(), QuestionnaireSummary::of(&questionnaire));
                    }
                    let summary = format!(
                        "{} secties, {} vragen",
                        questionnaire.sections.len(),
                        questionnaire.questions().count()
                    );
                    Ok((summary, write_json.then(|| prepared_json(&text, &questionnaire))))
                } else {
                    Err(problems)
                }
            })
        };
        let result = result.and_then(|(summary, json)| match json {
            Some(json) => write_prepared(file, &json).map(|json_file| {
                if let Some(name) = &name {
                    prepared.insert(name.clone(), fingerprint(&text));
                }
                format!("{summary}; {json_file} geschreven")
            }),
            None => Ok(summary),
        });
        if result.is_err() {
            if let Some(name) = &name {
                summaries.remove(name);
            }
        }
        match result {
            Ok(summary) => println!("{file}: in orde ({summary})"),
            Err(problems) => {
                all_valid = false;
                print_problems(file, &problems);
            }
        }
    }
    if let Some(index) = index_path {
        let text = write_index(listed, figures_file, prepared, summaries);
        if let Err(error) = std::fs::write(&index, text) {
            eprintln!("{index}: {}", unreadable(&error));
            return ExitCode::from(2);
        }
        println!("{index} geschreven");
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Writes the prepared JSON as `x.json` beside `x.yaml`; returns its path.
fn write_prepared(file: &str, json: &str) -> Result<String, Vec<Problem>> {
    let path = Path::new(file).with_extension("json");
    std::fs::write(&path, json).map_err(|error| {
        let reason = match error.kind() {
            std::io::ErrorKind::PermissionDenied => "geen toestemming",
            _ => "schrijven mislukt",
        };
        vec![Problem::whole_file(
            file,
            format!("Kan {} niet schrijven ({reason}). Controleer of de map schrijfbaar is.", path.display()),
        )]
    })?;
    Ok(path.display().to_string())
}

/// A file's name as the index lists it: its path from the index's folder (`x.yaml`,
/// `cijfers/landelijke-cijfers.yaml`).
fn name_in_index(index: &str, file: &str) -> String {
    let folder = Path::new(index).parent().unwrap_or(Path::new(""));
    Path::new(file).strip_prefix(folder).unwrap_or(Path::new(file)).to_string_lossy().replace('\\', "/")
}

fn is_figures_file(text: &str) -> bool {
    text.lines().any(|line| line.starts_with("figures:"))
}

fn figures_next_to(file: &str) -> Option<FigureFile> {
    let path = Path::new(file).parent()?.join(FIGURES_FILE);
    let text = std::fs::read_to_string(&path).ok()?;
    load_figures(&path.display().to_string(), &text).ok()
}

fn print_problems(file: &str, problems: &[Problem]) {
    for problem in problems {
        println!("{problem}");
    }
    println!("{file}: {} gevonden", count(problems.len(), "probleem", "problemen"));
}

/// Why a file could not be opened, in Dutch.
fn unreadable(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "dit bestand bestaat niet. Controleer de naam en de map.".to_owned(),
        std::io::ErrorKind::PermissionDenied => "u hebt geen toestemming om dit bestand te lezen.".to_owned(),
        std::io::ErrorKind::IsADirectory => "dit is een map, geen bestand.".to_owned(),
        _ => "het bestand kan niet worden gelezen.".to_owned(),
    }
}
