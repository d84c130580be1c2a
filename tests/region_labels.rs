//! What the regional overview says in words: median and spread, cells, counts per answer, the
//! colour steps of the heat map.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;
use zelfevaluatie_wmo_toezicht::model::assessment::Assessment;
use zelfevaluatie_wmo_toezicht::model::region::distribution::AnswerCount;
use zelfevaluatie_wmo_toezicht::model::region::labels::*;
use zelfevaluatie_wmo_toezicht::model::region::{region_overview, FileOutcome, Region, Spread};
use zelfevaluatie_wmo_toezicht::model::scoring::Progress;
use zelfevaluatie_wmo_toezicht::model::{Answer, AnswerValue};

const NOW: &str = "2026-12-01T10:00:00.000Z";

fn spread(values: &[f64]) -> Spread {
    Spread::of(values.iter().copied()).unwrap()
}

#[test]
fn three_bands_use_the_ends_and_the_middle_of_the_palette() {
    assert_eq!((0..3).map(|i| colour_step(i, 3)).collect::<Vec<_>>(), [0, 2, 4]);
    assert_eq!((0..5).map(|i| colour_step(i, 5)).collect::<Vec<_>>(), [0, 1, 2, 3, 4]);
    assert_eq!((0..2).map(|i| colour_step(i, 2)).collect::<Vec<_>>(), [0, 4]);
    assert_eq!(colour_step(0, 1), 2, "one band: the middle");
    assert_eq!(colour_step(9, 3), 4, "an index past the bands stays in the palette");
    for n in 1..12 {
        for i in 0..n {
            assert!(colour_step(i, n) < COLOUR_STEPS);
        }
    }
}

#[test]
fn the_spread_says_where_the_middle_half_lies() {
    let s = spread(&[10.0, 40.0, 50.0, 65.0, 90.0]);
    assert_eq!(middle_half(&s), "40% tot 65%");
    assert_eq!(lowest_to_highest(&s), "10% tot 90%");
    assert_eq!(
        spread_sentence("Onafhankelijkheid", Some(&s)),
        "Onafhankelijkheid: de mediaan is 50%; de middelste helft van de gemeenten scoort tussen 40% en 65%."
    );
    assert_eq!(spread_sentence("Borging", Some(&spread(&[70.0]))), "Borging: één gemeente heeft een score, 70%.");
    assert_eq!(spread_sentence("Borging", None), "Borging: nog geen gemeente heeft hier een score.");
    assert!(SPREAD_EXPLANATION.contains("KWARTIEL.INC"));
}

#[test]
fn a_spread_row_names_the_level_of_the_median_and_how_many_have_a_score() {
    let q = base();
    let mut region = Region::new("r", "Regio", &q, NOW, 3);
    let files: Vec<(String, String)> = [("Adorp", "ja"), ("Bdorp", "nee"), ("Cdorp", "ja")]
        .iter()
        .enumerate()
        .map(|(n, (gemeente, q1))| {
            let mut a = Assessment::new(&format!("e{n}"), "Evaluatie", &q.id, &q.version, NOW);
            a.municipality = (*gemeente).to_owned();
            a.answers
                .insert("q1".into(), Answer { value: Some(AnswerValue::Choice((*q1).into())), note: String::new() });
            (format!("{n}.json"), serde_json::to_string(&a).unwrap())
        })
        .collect();
    region.import_files(Some(&q), files, NOW);
    let overview = region_overview(&q, &region);
    let cells = spread_cells(&overview, overview.principle_spreads[0].as_ref(), 3);
    assert_eq!(cells.len(), SPREAD_COLUMNS.len());
    assert_eq!(cells[0], "100%");
    assert_eq!(cells[1], overview.levels.last().unwrap().label, "the median's band");
    assert_eq!(cells[2], "50% tot 100%");
    assert_eq!(cells[4], "3 van 3");
    let empty = spread_cells(&overview, None, 3);
    assert_eq!(empty[0], "nog geen score");
    assert_eq!(empty[4], "0 van 3");

    let cell = &overview.members[1].principles[0];
    assert_eq!(
        level_band(&overview.levels[0]),
        format!("{} (0% tot {}%)", overview.levels[0].label, overview.levels[0].to)
    );
    assert_eq!(cell_score(cell), format!("0% – {}", overview.levels[0].label));
    assert!(cell_with_coverage(cell).starts_with(&format!("0% – {}\n1 van ", overview.levels[0].label)));
}

#[test]
fn counts_per_answer_and_the_sentence_under_a_question() {
    let answer = AnswerCount { key: "ja".into(), label: "Ja".into(), count: 3 };
    assert_eq!(answer_count(&answer, 8), "3 (38%)");
    assert_eq!(answer_count(&AnswerCount { count: 0, ..answer.clone() }, 0), "0");

    let overview = {
        let q = base();
        let region = Region::new("r", "Regio", &q, NOW, 3);
        region_overview(&q, &region)
    };
    let mut question = overview.questions[0].clone();
    question.answered = 18;
    question.not_applicable = 2;
    question.unanswered = 3;
    question.hidden = 1;
    question.not_fitting = 1;
    assert_eq!(
        distribution_summary(&question, 25),
        "18 van 25 gemeenten hebben deze vraag beantwoord; 2 niet van toepassing, 3 niet ingevuld, 1 gemeente kreeg de vraag niet door een eerder antwoord en 1 antwoord past niet bij deze versie van de vragenlijst."
    );
    question.not_applicable = 0;
    question.unanswered = 0;
    question.hidden = 0;
    question.not_fitting = 0;
    question.answered = 1;
    assert_eq!(distribution_summary(&question, 1), "1 van 1 gemeente heeft deze vraag beantwoord.");
    assert_eq!(
        numbers_summary(&spread(&[0.0, 2.0, 3.5, 5.0, 12.0])),
        "Mediaan 3,5; middelste helft 2 tot 5; laagste 0, hoogste 12."
    );
}

#[test]
fn small_labels() {
    assert_eq!(members_count(14, 25), "14 van 25");
    assert_eq!(members_label(1), "1 gemeente");
    assert_eq!(members_label(25), "25 gemeenten");
    assert_eq!(not_fitting_heading(1), "1 antwoord past niet bij de huidige vragenlijst");
    assert_eq!(not_fitting_heading(3), "3 antwoorden passen niet bij de huidige vragenlijst");
    assert_eq!(version_label("2025.2.0", "2026.1.0", true), "2025.2.0 (de huidige is 2026.1.0)");
    assert_eq!(version_label("2026.1.0", "2026.1.0", false), "2026.1.0");
    assert_eq!(version_label("", "2026.1.0", true), "een andere versie dan de huidige", "anonymous");
    assert_eq!(
        progress_label(&Progress { visible: 53, done: 40, not_applicable: 2, notes_missing: 0 }),
        "40 van 53 vragen beantwoord (75%)"
    );
}

#[test]
fn what_happened_to_each_file() {
    let added = |n| file_outcome(&FileOutcome::Added { member_id: "lid-1".into(), not_fitting: n });
    assert_eq!(added(0), "Toegevoegd");
    assert_eq!(added(2), "Toegevoegd; 2 antwoorden passen niet bij de huidige vragenlijst");
    assert_eq!(file_outcome(&FileOutcome::Unchanged { member_id: "lid-1".into() }), "Stond er al, ongewijzigd");
    assert_eq!(
        file_outcome(&FileOutcome::Refused { reason: "Dit is geen evaluatie.".into() }),
        "Niet toegevoegd: Dit is geen evaluatie."
    );
}

#[test]
fn the_members_table_counts_in_dutch() {
    assert_eq!(members_caption(1), "De gemeente in dit overzicht");
    assert_eq!(members_caption(12), "De 12 gemeenten in dit overzicht");
}
