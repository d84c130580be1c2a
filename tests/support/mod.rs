//! A small valid questionnaire that tests vary one field at a time.
#![allow(dead_code)]

use std::path::Path;

use zelfevaluatie_wmo_toezicht::model::plan::details::{Audience, PlanDetails};
use zelfevaluatie_wmo_toezicht::model::plan::period::Period;
use zelfevaluatie_wmo_toezicht::model::plan::{ActionEdits, ActionStatus, OwnAction};
use zelfevaluatie_wmo_toezicht::model::questionnaire::Priority;
use zelfevaluatie_wmo_toezicht::model::{load_questionnaire, Answer, AnswerValue, Assessment, Problem, Questionnaire};

pub const BASE: &str = r#"schema_version: 1
id: test
version: "1"
title: Test
principles:
  - id: onafhankelijkheid
    label: Onafhankelijkheid
  - id: transparantie
    label: Transparantie
scale: { min: 0, max: 4 }
answer_sets:
  - id: jn
    options:
      - id: ja
        label: Ja
        score: 4
      - id: nee
        label: Nee
        score: 0
sections:
  - id: een
    title: Een
    questions:
      - id: q1
        type: single_choice
        text: Vraag een?
        scores_on: [onafhankelijkheid]
        answer_set: jn
        allow_na: true
      - id: q2
        type: single_choice
        text: Vraag twee?
        scores_on: [transparantie]
        weight: 2
        options:
          - id: goed
            label: Goed
            score: 4
          - id: matig
            label: Matig
            score: 2
          - id: slecht
            label: Slecht
            score: 0
        recommendations:
          - id: r-q2
            when: { option_in: [slecht] }
            priority: hoog
            title: Verbeter
            text: Doe iets.
  - id: twee
    title: Twee
    questions:
      - id: q3
        type: multi_choice
        text: Wat is er?
        visible_if: { question: q1, option_in: [ja] }
        scores_on: [onafhankelijkheid, transparantie]
        options:
          - id: a
            label: A
            score: 2
          - id: b
            label: B
            score: 2
          - id: c
            label: C
            score: 1
          - id: geen
            label: Geen
            score: 0
            exclusive: true
      - id: q4
        type: scale
        text: Hoe goed?
        range: { min: 1, max: 5 }
        scores_on: [transparantie]
        recommendations:
          - id: r-q4
            when: { score_below_percent: 50 }
            priority: laag
            title: Schaal omhoog
            text: Doe meer.
      - id: q5
        type: number
        text: Hoeveel fte?
        bands:
          - { min: 0, score: 0 }
          - { min: 1, score: 2 }
          - { min: 2, score: 4 }
        scores_on: [onafhankelijkheid]
        unit: fte
      - id: q6
        type: text
        text: Opmerkingen?
"#;

pub fn load(yaml: &str) -> Result<Questionnaire, Vec<Problem>> {
    load_questionnaire("test.yaml", yaml)
}

pub fn base() -> Questionnaire {
    load(BASE).unwrap_or_else(|problems| panic!("base is invalid: {problems:#?}"))
}

/// `BASE` with `from` replaced by `to` (exactly once, so a typo in a test fails loudly).
pub fn variant(from: &str, to: &str) -> String {
    assert_eq!(BASE.matches(from).count(), 1, "`{from}` must occur once in BASE");
    BASE.replacen(from, to, 1)
}

/// The problems of a variant that must fail.
pub fn problems(yaml: &str) -> Vec<Problem> {
    match load(yaml) {
        Ok(_) => panic!("expected problems, but the file is valid"),
        Err(problems) => problems,
    }
}

/// The single problem whose message contains `needle`.
pub fn problem_with<'a>(problems: &'a [Problem], needle: &str) -> &'a Problem {
    problems
        .iter()
        .find(|p| p.message.contains(needle))
        .unwrap_or_else(|| panic!("no problem mentions `{needle}`: {problems:#?}"))
}

/// A questionnaire that ships in `questionnaires/`, loaded and validated.
pub fn shipped(file: &str) -> Questionnaire {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires").join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    load_questionnaire(file, &text).unwrap_or_else(|problems| panic!("{file}: {problems:#?}"))
}

/// The shipped quick scan, the questionnaire the plan and export tests use.
pub fn snelle_scan() -> Questionnaire {
    shipped("voorbeeld-snelle-scan.yaml")
}

/// A quick scan with weak answers, plan edits and an own action with awkward characters: the
/// evaluation the plan, export and comparison tests start from.
pub fn filled_snelle_scan() -> Assessment {
    let mut a = Assessment::new("a1", "Snelle scan 2026", "voorbeeld-snelle-scan", "2026.1.0", "2026-11-23T10:00:00Z");
    a.municipality = "Gemeente Súdwest-Fryslân".into();
    let choice = |id: &str| answer(AnswerValue::Choice(id.into()));
    a.answers.insert(
        "toezichthouder-aangewezen".into(),
        Answer { note: "Besluit uit 2019;\nwordt in maart vernieuwd".into(), ..choice("deels") },
    );
    a.answers.insert("toezicht-belegd-bij".into(), choice("eigen-zelfde-team"));
    a.answers.insert("waarborgen-verstrengeling".into(), answer(AnswerValue::Choices(vec!["geen".into()])));
    a.answers.insert("jaarverslag-openbaar".into(), choice("nee"));
    a.answers.insert("rapporten-openbaar".into(), answer(AnswerValue::Scale(2)));
    a.answers.insert("samenwerking-gemeenten".into(), choice("nee"));
    a.answers.insert("afspraken-inspecties".into(), choice("ja"));
    a.plan.recommendations.insert(
        "aanwijzing-vastleggen".into(),
        ActionEdits {
            selected: true,
            priority: None,
            owner: "Team Wmo".into(),
            deadline: "2027-03-31".into(),
            period: Period::quarter(2027, 1),
            status: ActionStatus::InProgress,
            note: "Besluit \"in concept\"; zie |nota|".into(),
        },
    );
    a.plan
        .recommendations
        .insert("rapporten-publiceren".into(), ActionEdits { selected: false, ..ActionEdits::default() });
    a.plan.own.push(OwnAction {
        id: "eigen-1".into(),
        title: "Jaarlijks gesprek met de <raad>".into(),
        text: "Plan elk voorjaar een\ncommissiebespreking.".into(),
        principle: Some("transparantie".into()),
        priority: Priority::Low,
        edits: ActionEdits { owner: "=griffie".into(), period: Period::year(2027), ..ActionEdits::default() },
    });
    a.plan.details = PlanDetails {
        summary: "Het toezicht moet onafhankelijker en zichtbaarder.\n\nDit plan zegt wat we in 2027 doen.".into(),
        audience: Some(Audience::Executive),
        date: String::new(),
        version: "0.9".into(),
        author: String::new(),
    };
    a
}

pub fn answer(value: AnswerValue) -> Answer {
    Answer { value: Some(value), note: String::new() }
}

/// Compares `actual` with `tests/golden/<name>`; `UPDATE_GOLDEN=1` rewrites the file after an
/// intended change (review the diff).
pub fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} missing; run with UPDATE_GOLDEN=1", path.display()));
    assert_eq!(actual, expected, "{name} differs from the golden file");
}

/// Every `.rs` file under `dir`, at any depth (for the tests that read the app's own source).
pub fn rust_files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files_under(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}
