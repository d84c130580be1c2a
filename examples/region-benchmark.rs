//! How long the regional overview's model takes for a whole country of evaluations, natively.
//! The real budget (400 files imported and shown in under 2 s) is measured in the browser; this
//! shows how much of it the model itself uses.
//!
//! ```sh
//! cargo run --release --example region-benchmark -- 400
//! ```

#[path = "../tests/support/generated_evaluations.rs"]
mod generated_evaluations;

use std::time::Instant;

use generated_evaluations::generate_files;
use zelfevaluatie_wmo_toezicht::model::load_questionnaire;
use zelfevaluatie_wmo_toezicht::model::region::{anonymise, region_overview, region_plan_rows, Region};

const NOW: &str = "2026-12-01T10:00:00.000Z";
const RUNS: usize = 7;

/// The median duration of `RUNS` runs of `work`, in milliseconds.
fn median_ms<T>(mut work: impl FnMut() -> T) -> (f64, T) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..RUNS {
        let start = Instant::now();
        let result = work();
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        last = Some(result);
    }
    times.sort_by(f64::total_cmp);
    (times[RUNS / 2], last.expect("at least one run"))
}

fn main() {
    let count: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(400);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/keuzehulp-wmo-toezicht.yaml");
    let text = std::fs::read_to_string(path).expect("the keuzehulp is there");
    let questionnaire = load_questionnaire(path, &text).expect("the keuzehulp is valid");
    let versions = [questionnaire.version.clone(), "2025.2.0".to_owned(), "2025.1.0".to_owned()];
    let files = generate_files(&questionnaire, count, &versions, 2026);
    let bytes: usize = files.iter().map(|(_, text)| text.len()).sum();

    let (import_ms, region) = median_ms(|| {
        let mut region = Region::new("regio", "Nederland", &questionnaire, NOW, 1);
        let report = region.import_files(Some(&questionnaire), files.iter().map(|(n, t)| (n, t)), NOW);
        assert_eq!(report.added_count(), count);
        region
    });
    let (overview_ms, overview) = median_ms(|| region_overview(&questionnaire, &region));
    let (anonymise_ms, _) = median_ms(|| anonymise(&overview, region.anonymous_seed));
    let (plan_ms, rows) = median_ms(|| region_plan_rows(&questionnaire, &region));
    let (store_ms, stored) = median_ms(|| region.to_json().expect("stores"));
    let (read_ms, _) = median_ms(|| Region::from_json(&stored).expect("reads back"));

    println!("Regio-overzicht, {count} evaluaties (Keuzehulp, 3 versies), mediaan van {RUNS} runs:");
    println!("  bestanden inlezen en controleren  {import_ms:8.1} ms  ({:.1} MB JSON)", bytes as f64 / 1e6);
    println!("  overzicht berekenen               {overview_ms:8.1} ms");
    println!("  anoniem maken                     {anonymise_ms:8.1} ms");
    println!("  regionaal verbeterplan ({:3} rijen) {plan_ms:8.1} ms", rows.len());
    println!("  opslaan als JSON                  {store_ms:8.1} ms  ({:.2} MB)", stored.len() as f64 / 1e6);
    println!("  opgeslagen overzicht lezen        {read_ms:8.1} ms");
    println!("  samen (inlezen + overzicht)       {:8.1} ms", import_ms + overview_ms);
}
