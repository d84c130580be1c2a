//! The stored format of an evaluation (browser storage and export files) is versioned. This test
//! makes a change of that format impossible to make by accident:
//!
//! - [`every_field`] builds a document with every struct written out in full and every enum
//!   variant used, so a new field or variant does not compile until it is added here;
//! - the document must then still serialise to `tests/golden/stored-format-v{N}.json`, where N is
//!   the current version. A different result means the format changed: add a migration step in
//!   `src/model/migrate.rs` (that raises N), write the new golden file, and keep the old one, which
//!   the last test migrates and reads.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use zelfevaluatie_wmo_toezicht::model::assessment::{Mode, ASSESSMENT_FORMAT_VERSION};
use zelfevaluatie_wmo_toezicht::model::cases::CaseRecord;
use zelfevaluatie_wmo_toezicht::model::plan::details::{Audience, PlanDetails};
use zelfevaluatie_wmo_toezicht::model::plan::period::{PartOfYear, Period};
use zelfevaluatie_wmo_toezicht::model::plan::{ActionEdits, ActionStatus, OwnAction, PlanEdits};
use zelfevaluatie_wmo_toezicht::model::questionnaire::Priority;
use zelfevaluatie_wmo_toezicht::model::{Answer, AnswerValue, Assessment};

/// Every variant of the stored enums, listed by an exhaustive match: a new variant is a compile
/// error here.
fn all_answer_values() -> Vec<AnswerValue> {
    let values = vec![
        AnswerValue::Choice("ja".into()),
        AnswerValue::Choices(vec!["a".into(), "b".into()]),
        AnswerValue::Scale(3),
        AnswerValue::Number(0.1),
        AnswerValue::Text("Tekst".into()),
        AnswerValue::NotApplicable,
    ];
    for value in &values {
        match value {
            AnswerValue::Choice(_)
            | AnswerValue::Choices(_)
            | AnswerValue::Scale(_)
            | AnswerValue::Number(_)
            | AnswerValue::Text(_)
            | AnswerValue::NotApplicable => {}
        }
    }
    values
}

/// Every kind of period, so each is in the golden file.
fn period(part: PartOfYear) -> Option<Period> {
    match part {
        PartOfYear::Whole => Period::year(2027),
        PartOfYear::Half(half) => Period::half(2027, half),
        PartOfYear::Quarter(quarter) => Period::quarter(2027, quarter),
    }
}

fn edits(status: ActionStatus, part: PartOfYear) -> ActionEdits {
    match status {
        ActionStatus::Open | ActionStatus::InProgress | ActionStatus::Done => {}
    }
    ActionEdits {
        selected: false,
        priority: Some(Priority::Low),
        owner: "Team Toezicht".into(),
        deadline: "2027-03-31".into(),
        period: period(part),
        status,
        note: "Notitie".into(),
    }
}

fn every_field() -> Assessment {
    let answers: BTreeMap<String, Answer> = all_answer_values()
        .into_iter()
        .enumerate()
        .map(|(i, value)| (format!("q{i}"), Answer { value: Some(value), note: format!("Toelichting {i}") }))
        .collect();
    let mode = Mode::Cases;
    match mode {
        Mode::Organisation | Mode::Cases => {}
    }
    let audience = Audience::Council;
    match audience {
        Audience::Executive | Audience::Council | Audience::Internal => {}
    }
    let priority = Priority::Medium;
    match priority {
        Priority::High | Priority::Medium | Priority::Low => {}
    }
    Assessment {
        format: "wmo-zelfevaluatie/assessment".into(),
        format_version: ASSESSMENT_FORMAT_VERSION,
        id: "e1".into(),
        name: "Zelfevaluatie 2026".into(),
        municipality: "Gemeente Voorbeeld".into(),
        questionnaire_id: "keuzehulp-wmo-toezicht".into(),
        questionnaire_version: "2026.1.0".into(),
        questionnaire_title: "Keuzehulp Wmo-toezicht".into(),
        created_at: "2026-11-01T09:00:00.000Z".into(),
        updated_at: "2026-11-02T10:00:00.000Z".into(),
        answers: answers.clone(),
        mode,
        cases: vec![CaseRecord {
            label: "Casus A".into(),
            ratings: BTreeMap::from([("toegang".to_owned(), answers.clone())]),
            notes: BTreeMap::from([("toegang".to_owned(), "Notitie bij de casus".to_owned())]),
        }],
        position: Some("casus/1".into()),
        plan: PlanEdits {
            recommendations: BTreeMap::from([
                ("rec-open".to_owned(), edits(ActionStatus::Open, PartOfYear::Quarter(1))),
                ("rec-bezig".to_owned(), edits(ActionStatus::InProgress, PartOfYear::Half(2))),
            ]),
            details: PlanDetails {
                summary: "Waarom dit plan".into(),
                audience: Some(audience),
                date: "2026-12-01".into(),
                version: "1.0".into(),
                author: "Team Toezicht".into(),
            },
            own: vec![OwnAction {
                id: "eigen-1".into(),
                title: "Eigen actie".into(),
                text: "Omschrijving".into(),
                principle: Some("samenwerking".into()),
                priority,
                edits: edits(ActionStatus::Done, PartOfYear::Whole),
            }],
        },
    }
}

fn golden(version: u32) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/golden/stored-format-v{version}.json"))
}

#[test]
fn the_stored_format_is_the_one_of_its_version() {
    let written = every_field().to_pretty_json().unwrap();
    let path = golden(ASSESSMENT_FORMAT_VERSION);
    if std::env::var_os("GOLDEN_SCHRIJVEN").is_some() && !path.exists() {
        std::fs::write(&path, &written).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} ontbreekt. Een nieuwe opslagversie krijgt een eigen voorbeeld: GOLDEN_SCHRIJVEN=1 cargo test --test stored_format",
            path.display()
        )
    });
    assert_eq!(
        written, expected,
        "The stored format changed. Add a migration step in src/model/migrate.rs (it raises the version) and write \
         the new version's golden file with GOLDEN_SCHRIJVEN=1; never change the file of an existing version."
    );
}

#[test]
fn every_earlier_version_still_reads() {
    for version in 1..=ASSESSMENT_FORMAT_VERSION {
        let text =
            std::fs::read_to_string(golden(version)).unwrap_or_else(|_| panic!("version {version}: no golden file"));
        let assessment = Assessment::from_json(&text).unwrap_or_else(|e| panic!("version {version}: {e}"));
        assert_eq!(assessment.format_version, ASSESSMENT_FORMAT_VERSION);
        assert_eq!(assessment.answers, every_field().answers, "version {version}: the answers survive");
    }
}
