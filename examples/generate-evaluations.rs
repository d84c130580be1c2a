//! Writes plausible evaluation files for tests and benchmarks of the regional overview.
//!
//! ```sh
//! cargo run --example generate-evaluations -- 25 /tmp/regio --versions 2026.3.0,2025.2.0 --broken 1
//! ```
//!
//! Arguments: the number of evaluations and the folder to write them to. Options:
//! `--versions a,b,…` (questionnaire versions, used in turn; default: the current one),
//! `--broken n` (also n files a regional import must refuse), `--duplicates n` (also a second,
//! newer evaluation of the first n municipalities), `--seed n` and `--questionnaire FILE`
//! (default: the Keuzehulp Wmo-toezicht).

#[path = "../tests/support/generated_evaluations.rs"]
mod generated_evaluations;

use std::path::PathBuf;
use std::process::ExitCode;

use generated_evaluations::{broken_files, file_name_for, generate_assessment, generate_files, municipality_name};
use zelfevaluatie_wmo_toezicht::model::load_questionnaire;

const USAGE: &str = "Gebruik: generate-evaluations <aantal> <map> [--versions a,b] [--broken n] [--duplicates n] [--seed n] [--questionnaire bestand.yaml]";

struct Options {
    count: usize,
    folder: PathBuf,
    versions: Vec<String>,
    broken: usize,
    duplicates: usize,
    seed: u64,
    questionnaire: String,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut positional = Vec::new();
    let mut options = Options {
        count: 0,
        folder: PathBuf::new(),
        versions: Vec::new(),
        broken: 0,
        duplicates: 0,
        seed: 2026,
        questionnaire: concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/keuzehulp-wmo-toezicht.yaml").to_owned(),
    };
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = || rest.next().cloned().ok_or(format!("{arg} mist een waarde. {USAGE}"));
        let number = |text: String| text.parse::<u64>().map_err(|_| format!("'{text}' is geen getal. {USAGE}"));
        match arg.as_str() {
            "--versions" => options.versions = value()?.split(',').map(|v| v.trim().to_owned()).collect(),
            "--broken" => options.broken = number(value()?)? as usize,
            "--duplicates" => options.duplicates = number(value()?)? as usize,
            "--seed" => options.seed = number(value()?)?,
            "--questionnaire" => options.questionnaire = value()?,
            _ => positional.push(arg.clone()),
        }
    }
    let [count, folder] = positional.as_slice() else { return Err(USAGE.to_owned()) };
    options.count = count.parse().map_err(|_| format!("'{count}' is geen aantal. {USAGE}"))?;
    options.folder = PathBuf::from(folder);
    Ok(options)
}

fn run(options: &Options) -> Result<usize, String> {
    let text = std::fs::read_to_string(&options.questionnaire)
        .map_err(|e| format!("{}: kan het bestand niet lezen: {e}", options.questionnaire))?;
    let questionnaire = load_questionnaire(&options.questionnaire, &text)
        .map_err(|problems| problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))?;
    let mut files = generate_files(&questionnaire, options.count, &options.versions, options.seed);
    for n in 0..options.duplicates.min(options.count) {
        let municipality = municipality_name(n);
        let mut newer =
            generate_assessment(&questionnaire, &municipality, &questionnaire.version, 10_000 + n, options.seed);
        newer.name = format!("{} (tweede versie)", newer.name);
        newer.updated_at = "2026-11-30T12:00:00.000Z".to_owned();
        let name = file_name_for(&municipality).replace(".json", "-tweede-versie.json");
        files.push((name, newer.to_pretty_json().unwrap()));
    }
    files.extend(broken_files(&questionnaire, options.broken, options.seed));
    std::fs::create_dir_all(&options.folder)
        .map_err(|e| format!("{}: kan de map niet maken: {e}", options.folder.display()))?;
    for (name, text) in &files {
        let path = options.folder.join(name);
        std::fs::write(&path, text).map_err(|e| format!("{}: kan niet schrijven: {e}", path.display()))?;
    }
    Ok(files.len())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse(&args).and_then(|options| run(&options).map(|n| (n, options))) {
        Ok((written, options)) => {
            println!("{written} bestanden geschreven in {}", options.folder.display());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}
