//! The READMEs say what is there, so a newcomer can trust them: the module map names every Rust
//! module of `src/` exactly once (a new module without a line there, or a line for a module that
//! is gone, fails here), and both count the shipped Keuzehulp's questions right.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::Path;

mod support;

/// The backticked names in a table cell.
fn quoted(cell: &str) -> Vec<&str> {
    cell.split('`').skip(1).step_by(2).collect()
}

/// Every module path the map names, with how often. Rows under a bold folder row name files in
/// that folder; a row naming a subfolder (`start/`) names the files its description lists.
fn mapped_modules(readme: &str) -> BTreeMap<String, usize> {
    let map = readme.split("### Module map").nth(1).expect("README has a module map");
    let map = map.split("\n### ").next().unwrap();
    let mut counts = BTreeMap::new();
    let mut folder = String::new();
    for row in map.lines().filter(|l| l.starts_with("| ")) {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let (first, description) = (cells[1], cells.get(2).copied().unwrap_or(""));
        if first.starts_with("**") {
            folder = quoted(first)[0].to_owned();
            continue;
        }
        for name in quoted(first) {
            if name.starts_with("src/") {
                *counts.entry(name.to_owned()).or_default() += 1;
            } else if let Some(sub) = name.strip_suffix('/') {
                let sub = if sub.starts_with("src/") { format!("{sub}/") } else { format!("{folder}{sub}/") };
                for file in quoted(description).into_iter().filter(|f| f.ends_with(".rs")) {
                    *counts.entry(format!("{sub}{file}")).or_default() += 1;
                }
            } else if name.ends_with(".rs") {
                *counts.entry(format!("{folder}{name}")).or_default() += 1;
            }
        }
    }
    counts
}

#[test]
fn the_module_map_names_every_module_once() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let mapped = mapped_modules(&readme);
    let mut files: Vec<String> = support::rust_files_under(&root.join("src"))
        .iter()
        .map(|path| path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/"))
        .collect();
    files.sort();
    // `mod.rs` files that only list their modules need no line of their own.
    let listed_only = |file: &str| {
        file.ends_with("/mod.rs") && !mapped.contains_key(file) && {
            let text = std::fs::read_to_string(root.join(file)).unwrap();
            text.lines()
                .all(|l| l.is_empty() || l.starts_with("//") || l.starts_with("pub mod ") || l.starts_with("mod "))
        }
    };
    let missing: Vec<&String> = files.iter().filter(|f| !mapped.contains_key(*f) && !listed_only(f)).collect();
    let twice: Vec<(&String, &usize)> = mapped.iter().filter(|(_, n)| **n > 1).collect();
    let gone: Vec<&String> = mapped.keys().filter(|m| !files.contains(m)).collect();
    assert!(missing.is_empty(), "modules missing from the README's module map: {missing:?}");
    assert!(twice.is_empty(), "modules named more than once in the module map: {twice:?}");
    assert!(gone.is_empty(), "the module map names files that do not exist: {gone:?}");
}

/// Both READMEs count the Keuzehulp's questions as the start page does: a follow-up
/// question added or a condition changed shows up here, not in a stale README.
#[test]
fn the_questionnaire_readme_counts_the_keuzehulp_right() {
    use zelfevaluatie_wmo_toezicht::model::summary::question_counts;
    let readme = std::fs::read_to_string("questionnaires/README.md").unwrap();
    let (at_start, follow_ups) = question_counts(&support::shipped("keuzehulp-wmo-toezicht.yaml"));
    let said = format!("({at_start} vragen, plus tot {follow_ups} vervolgvragen)");
    assert!(readme.contains(&said), "questionnaires/README.md should say {said}");
    let main = std::fs::read_to_string("README.md").unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    let said =
        format!("({at_start} questions in 8 sections, from aanwijzing to borging, plus up to {follow_ups} follow-up");
    assert!(main.contains(&said), "README.md should say {said}");
}
