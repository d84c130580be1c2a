//! Prints what the Regio-overzicht must show for a folder of evaluation files, as JSON, so the
//! end-to-end test can check the numbers on screen against the model (tests/e2e/region.test.mjs).
//!
//! ```sh
//! cargo run --example region-figures -- DIR file1.json file2.json …
//! ```
//!
//! The files are imported in the order given, into an overview of the Keuzehulp Wmo-toezicht; a
//! municipality that comes twice is replaced by the later file ("Vervangen door dit bestand").

use std::process::ExitCode;

use serde_json::json;
use zelfevaluatie_wmo_toezicht::model::load_questionnaire;
use zelfevaluatie_wmo_toezicht::model::region::labels::{cell_with_coverage, spread_cells};
use zelfevaluatie_wmo_toezicht::model::region::{region_overview, Region, Resolution};

const NOW: &str = "2026-12-01T10:00:00.000Z";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [folder, files @ ..] = args.as_slice() else {
        eprintln!("Gebruik: region-figures <map> <bestand> …");
        return ExitCode::from(2);
    };
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/keuzehulp-wmo-toezicht.yaml");
    let text = std::fs::read_to_string(path).expect("the keuzehulp is there");
    let questionnaire = load_questionnaire(path, &text).expect("the keuzehulp is valid");
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|name| (name.clone(), std::fs::read_to_string(format!("{folder}/{name}")).unwrap_or_default()))
        .collect();
    let mut region = Region::new("regio", "Regio", &questionnaire, NOW, 1);
    let report = region.import_files(Some(&questionnaire), texts, NOW);
    for conflict in report.conflicts() {
        region.resolve(conflict, Resolution::Replace, NOW);
    }
    let overview = region_overview(&questionnaire, &region);
    let members = overview.members.len();
    let spreads = |dimensions: &[_], spreads: &[_]| -> Vec<serde_json::Value> {
        dimensions
            .iter()
            .zip(spreads)
            .map(|(d, s): (&zelfevaluatie_wmo_toezicht::model::region::overview::Dimension, &Option<_>)| {
                json!({ "id": d.id, "label": d.label, "cells": spread_cells(&overview, s.as_ref(), members) })
            })
            .collect()
    };
    let figures = json!({
        "members": overview.members.iter().map(|m| json!({
            "label": m.label,
            "principles": m.principles.iter().map(cell_with_coverage).collect::<Vec<_>>(),
            "sections": m.sections.iter().map(cell_with_coverage).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "principles": spreads(&overview.principles, &overview.principle_spreads),
        "sections": spreads(&overview.sections, &overview.section_spreads),
        "improvements": overview.improvements.iter().map(|c| json!({ "id": c.recommendation_id, "members": c.members.len() })).collect::<Vec<_>>(),
    });
    println!("{figures}");
    ExitCode::SUCCESS
}
