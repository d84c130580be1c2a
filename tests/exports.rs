//! The downloads: the plan as Markdown and CSV, the answers as Markdown, and their file names.
//! Golden files in tests/golden/ hold the expected output; run with UPDATE_GOLDEN=1 to rewrite
//! them after an intended change, and review the diff.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;

use zelfevaluatie_wmo_toezicht::model::export::csv::{plan_csv, CSV_HEADER};
use zelfevaluatie_wmo_toezicht::model::export::markdown::{answers_markdown, plan_markdown};
use zelfevaluatie_wmo_toezicht::model::export::{drawn_up_on, file_name, plan_title, slug, ExportContext};
use zelfevaluatie_wmo_toezicht::model::overview::answers_overview;
use zelfevaluatie_wmo_toezicht::model::plan::plan_rows;
use zelfevaluatie_wmo_toezicht::model::score;

/// A small CSV reader for `;`-separated, quoted fields, to read our own output back.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').expect("starts with a byte order mark");
    let mut rows = Vec::new();
    let (mut row, mut field, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (';', false) => row.push(std::mem::take(&mut field)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => field.push(c),
        }
    }
    assert!(field.is_empty() && row.is_empty(), "the file ends with a line end");
    rows
}

#[test]
fn the_answers_as_markdown_match_the_golden_file() {
    let q = snelle_scan();
    let a = filled_snelle_scan();
    let report = score(&q, &a.answers);
    let context =
        ExportContext { questionnaire: &q, assessment: &a, report: &report, figures: None, date: "2026-11-23" };
    let markdown = answers_markdown(&context, &answers_overview(&q, &a.answers));
    golden("antwoorden.md", &markdown);
    assert!(
        markdown.contains("Toelichting: Besluit uit 2019; wordt in maart vernieuwd"),
        "a toelichting stays on its line"
    );
}

#[test]
fn markdown_matches_the_golden_file() {
    let q = snelle_scan();
    let a = filled_snelle_scan();
    let report = score(&q, &a.answers);
    let rows = plan_rows(&q, &a.answers, &a.plan);
    let markdown = plan_markdown(
        &ExportContext { questionnaire: &q, assessment: &a, report: &report, figures: None, date: "2026-11-23" },
        &rows,
    );
    golden("verbeterplan.md", &markdown);
    for line in markdown.lines().filter(|l| l.starts_with("| ")) {
        assert_eq!(line.matches(" | ").count(), 4, "five columns in every table row: {line}");
    }
}

#[test]
fn the_title_names_the_municipality_on_one_line_and_says_when() {
    let mut a = filled_snelle_scan();
    assert_eq!(plan_title(&a), "Verbeterplan Wmo-toezicht – Gemeente Súdwest-Fryslân");
    a.municipality = "  Gemeente\n  <Voorbeeld>  ".into();
    assert_eq!(
        plan_title(&a),
        "Verbeterplan Wmo-toezicht – Gemeente <Voorbeeld>",
        "plain text: escaping is the Markdown's job"
    );
    a.municipality = " \t ".into();
    assert_eq!(plan_title(&a), "Verbeterplan Wmo-toezicht");
    assert_eq!(drawn_up_on("2026-11-29"), "Opgesteld op 29-11-2026 met de Zelfevaluatie Wmo-toezicht.");
}

#[test]
fn csv_matches_the_golden_file_and_reads_back_into_the_same_plan() {
    let q = snelle_scan();
    let a = filled_snelle_scan();
    let rows = plan_rows(&q, &a.answers, &a.plan);
    let csv = plan_csv(&rows, "2026-11-23");
    golden("verbeterplan.csv", &csv);
    assert!(csv.contains("\r\n"), "CRLF line ends for Excel");
    let table = parse_csv(&csv);
    assert_eq!(table[0], CSV_HEADER.map(String::from));
    // Every row the overview shows, included or not, in its order.
    assert_eq!(table.len(), rows.len() + 1);
    for (line, row) in table[1..].iter().zip(&rows) {
        assert_eq!(line.len(), CSV_HEADER.len());
        assert_eq!(line[4], row.title);
        assert_eq!(line[2], row.priority().label());
        assert_eq!(line[1], if row.edits.selected { "ja" } else { "nee" });
    }
    assert_eq!(table[1][12], "Besluit \"in concept\"; zie |nota|", "quotes and semicolons survive");
    assert_eq!(table[1][9], "31-03-2027");
    assert_eq!(table[1][10], "nee", "the deadline has not passed on 23-11-2026");
    assert_eq!(table[1][8], "2027 K1");
    let own = table.iter().find(|l| l[4] == "Jaarlijks gesprek met de <raad>").expect("the own action");
    assert_eq!(own[7], "'=griffie", "a formula is neutralised for Excel");
    assert_eq!(own[5], "Plan elk voorjaar een commissiebespreking.");
    assert_eq!(own[8], "2027", "a whole year");
    assert_eq!(own[10], "", "no deadline, so none has passed");
    let later = plan_csv(&rows, "2027-04-01");
    assert_eq!(parse_csv(&later)[1][10], "ja", "open past its deadline");
}

#[test]
fn file_names_carry_the_municipality_and_date() {
    let a = filled_snelle_scan();
    assert_eq!(
        file_name("verbeterplan", &a, "2026-11-23", "csv"),
        "verbeterplan-gemeente-sudwest-fryslan-2026-11-23.csv"
    );
    let mut anonymous = a.clone();
    anonymous.municipality.clear();
    assert_eq!(file_name("evaluatie", &anonymous, "2026-11-23", "json"), "evaluatie-snelle-scan-2026-2026-11-23.json");
    assert_eq!(slug("  ’s-Hertogenbosch / Den Bosch "), "s-hertogenbosch-den-bosch");
    anonymous.name = "!!!".into();
    assert_eq!(file_name("evaluatie", &anonymous, "2026-11-23", "json"), "evaluatie-2026-11-23.json");
}
