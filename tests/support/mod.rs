//! A small valid questionnaire that tests vary one field at a time.
#![allow(dead_code)]

use zelfevaluatie_wmo_toezicht::model::{load_questionnaire, Problem, Questionnaire};

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
