//! The rapport's "Score per onderdeel" counts as the results page does: both take their cells
//! from `scoring::score_row`, so the document handed to the college and the raad says what the
//! screen said.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;

use zelfevaluatie_wmo_toezicht::model::document::{Block, Document, Table};
use zelfevaluatie_wmo_toezicht::model::export::report_document::report_document;
use zelfevaluatie_wmo_toezicht::model::export::ExportContext;
use zelfevaluatie_wmo_toezicht::model::plan::plan_rows;
use zelfevaluatie_wmo_toezicht::model::{score, Answer, AnswerValue, Assessment};

/// The tester's evaluation: every question of the Snelle scan answered, the jaarverslag
/// question "niet van toepassing" with its toelichting.
fn every_question_answered() -> Assessment {
    let q = snelle_scan();
    let mut a = Assessment::new("t1", "Snelle scan", &q.id, &q.version, "2026-11-23T10:00:00Z");
    let mut give = |id: &str, value: AnswerValue| {
        a.answers.insert(id.into(), answer(value));
    };
    give("toezichthouder-aangewezen", AnswerValue::Choice("ja".into()));
    give("toezicht-belegd-bij", AnswerValue::Choice("eigen-zelfde-team".into()));
    give("waarborgen-verstrengeling", AnswerValue::Choices(vec!["vier-ogen".into()]));
    give("rapporten-openbaar", AnswerValue::Scale(2));
    give("meldingen-geregistreerd", AnswerValue::Number(3.0));
    give("samenwerking-gemeenten", AnswerValue::Choice("deels".into()));
    give("afspraken-inspecties", AnswerValue::Choice("nee".into()));
    give("opmerkingen", AnswerValue::Text("Regionaal belegd.".into()));
    a.answers.insert(
        "jaarverslag-openbaar".into(),
        Answer { value: Some(AnswerValue::NotApplicable), note: "Er is nog geen eigen toezichthouder.".into() },
    );
    a
}

fn section_table(document: &Document) -> &Table {
    document
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(t) if t.caption == "Score per onderdeel van de vragenlijst" => Some(t),
            _ => None,
        })
        .expect("the rapport has a table per section")
}

#[test]
fn the_report_counts_each_section_as_the_results_page_does() {
    let q = snelle_scan();
    let a = every_question_answered();
    assert!(score(&q, &a.answers).progress.is_complete(), "the tester answered everything");
    let report = score(&q, &a.answers);
    let rows = plan_rows(&q, &a.answers, &a.plan);
    let context =
        ExportContext { questionnaire: &q, assessment: &a, report: &report, figures: None, date: "2026-11-23" };
    let document = report_document(&context, &rows);
    let table = section_table(&document);

    let row = |title: &str| table.rows.iter().find(|r| r[0] == title).unwrap_or_else(|| panic!("no row {title}"));
    // What the tester saw on the screen: scored questions only, N/A apart.
    assert_eq!(row("Openheid en verantwoording")[3..], ["1 van 2", "1"]);
    assert_eq!(row("Samenwerking")[3..], ["2 van 2", "0"]);
}
