//! Malformed and hostile questionnaire files (tests/corpus/): every one is refused with at least
//! one located, Dutch problem, quickly, without a panic. The first line of each file says which
//! message it must produce (`# verwacht: …`).
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use zelfevaluatie_wmo_toezicht::model::load_questionnaire;

/// Generous: the slowest file (2 MB) takes milliseconds; a hang or blow-up takes far longer.
const TIME_LIMIT: Duration = Duration::from_secs(2);

const ENGLISH_LEFTOVERS: [&str; 6] =
    ["invalid type", "unknown field", "missing field", "unknown variant", "duplicate field", "expected"];
/// libyaml's words, which no message may carry along.
const PARSER_WORDS: [&str; 6] = ["YAML:", "while ", " at line", "scalar", "found", "did not"];

#[test]
fn every_corpus_file_gives_a_located_dutch_error_without_panic_or_hang() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert!(files.len() >= 40, "the corpus has {} files", files.len());
    let mut failures = Vec::new();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let expected = text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# verwacht: "))
            .unwrap_or_else(|| panic!("{name}: no `# verwacht:` line"));
        let started = Instant::now();
        let result = std::panic::catch_unwind(|| load_questionnaire(&name, &text));
        let elapsed = started.elapsed();
        let problems = match result {
            Err(_) => {
                failures.push(format!("{name}: panicked"));
                continue;
            }
            Ok(Ok(_)) => {
                failures.push(format!("{name}: was accepted"));
                continue;
            }
            Ok(Err(problems)) => problems,
        };
        if elapsed > TIME_LIMIT {
            failures.push(format!("{name}: took {elapsed:?}"));
        }
        if !problems.iter().any(|p| p.message.contains(expected)) {
            failures.push(format!("{name}: no problem mentions `{expected}`: {problems:#?}"));
        }
        for problem in &problems {
            // About the whole file (too large) or at a place in it, never vaguely in between.
            let whole_file = problem.is_whole_file() && name == "te-groot-bestand.yaml";
            if problem.line.is_none() && problem.path.is_empty() && !whole_file {
                failures.push(format!("{name}: not located: {problem:?}"));
            }
            if let Some(word) = PARSER_WORDS.iter().find(|w| problem.message.contains(*w)) {
                failures.push(format!("{name}: parser text `{word}` in: {}", problem.message));
            }
            let start: String = problem.message.chars().take(40).collect::<String>().to_lowercase();
            if ENGLISH_LEFTOVERS.iter().any(|w| start.starts_with(w)) {
                failures.push(format!("{name}: message not in Dutch: {}", problem.message));
            }
            if problem.file != name {
                failures.push(format!("{name}: names file {}", problem.file));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
