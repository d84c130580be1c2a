//! Property-based fuzzing of everything that reads outside input: questionnaire YAML and
//! imported or stored assessment JSON. Nothing may panic; valid documents must round-trip.
//!
//! Longer run: `PROPTEST_CASES=20000 cargo test --release --test fuzz_inputs`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use proptest::prelude::*;
use zelfevaluatie_wmo_toezicht::model::cases::CaseRecord;
use zelfevaluatie_wmo_toezicht::model::catalog::parse_index;
use zelfevaluatie_wmo_toezicht::model::figures::load_figures;
use zelfevaluatie_wmo_toezicht::model::plan::{ActionEdits, ActionStatus, OwnAction};
use zelfevaluatie_wmo_toezicht::model::questionnaire::Priority;
use zelfevaluatie_wmo_toezicht::model::{load_questionnaire, Answer, AnswerValue, Assessment};

const KEUZEHULP: &str = include_str!("../questionnaires/keuzehulp-wmo-toezicht.yaml");

/// A valid document with a few bytes deleted, inserted or replaced.
fn mutated(source: &'static str) -> impl Strategy<Value = String> {
    let len = source.len();
    prop::collection::vec((0..len, 0u8..3, any::<char>()), 1..6).prop_map(move |edits| {
        let mut text = source.to_owned();
        for (at, kind, c) in edits {
            let mut at = at.min(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            match kind {
                0 if at < text.len() => {
                    let width = text[at..].chars().next().map_or(0, char::len_utf8);
                    text.replace_range(at..at + width, "");
                }
                1 => text.insert(at, c),
                _ => text.insert_str(
                    at,
                    ["\n", ": ", "- ", "[", "{", "*a", "&a ", "\"", "'", "#", "!"][usize::from(c as u8) % 11],
                ),
            }
        }
        text
    })
}

fn answer_value() -> impl Strategy<Value = Option<AnswerValue>> {
    prop_oneof![
        Just(None),
        Just(Some(AnswerValue::NotApplicable)),
        "[a-z-]{1,12}".prop_map(|s| Some(AnswerValue::Choice(s))),
        prop::collection::vec("[a-z-]{1,12}", 0..4).prop_map(|v| Some(AnswerValue::Choices(v))),
        (-5i64..20).prop_map(|v| Some(AnswerValue::Scale(v))),
        (-1.0e6f64..1.0e6).prop_map(|v| Some(AnswerValue::Number(v))),
        "\\PC{0,40}".prop_map(|s| Some(AnswerValue::Text(s))),
    ]
}

fn assessment() -> impl Strategy<Value = Assessment> {
    (
        "\\PC{1,30}",
        "\\PC{0,20}",
        prop::collection::btree_map("[a-z][a-z0-9-]{0,15}", (answer_value(), "\\PC{0,30}"), 0..12),
        prop::collection::vec(("\\PC{1,20}", "\\PC{0,30}", any::<bool>(), 0u8..3), 0..3),
        prop::collection::btree_map("[a-z-]{1,10}", (any::<bool>(), "\\PC{0,10}", 0u8..3), 0..4),
    )
        .prop_map(|(name, municipality, answers, own, edits)| {
            let mut a = Assessment::new("e1", &name, "keuzehulp-wmo-toezicht", "2026.1.0", "2026-11-23T10:00:00Z");
            a.municipality = municipality;
            a.answers = answers.into_iter().map(|(k, (value, note))| (k, Answer { value, note })).collect();
            let status = |n: u8| ActionStatus::ALL[usize::from(n)];
            for (i, (title, owner, selected, s)) in own.into_iter().enumerate() {
                a.plan.own.push(OwnAction {
                    id: format!("eigen-{}", i + 1),
                    title,
                    text: String::new(),
                    principle: None,
                    priority: Priority::Medium,
                    edits: ActionEdits { selected, owner, status: status(s), ..ActionEdits::default() },
                });
            }
            for (key, (selected, note, s)) in edits {
                a.plan
                    .recommendations
                    .insert(key, ActionEdits { selected, note, status: status(s), ..ActionEdits::default() });
            }
            a.cases = vec![CaseRecord { label: "Casus A".into(), ..CaseRecord::default() }];
            a
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn mutated_questionnaires_never_panic_and_problems_are_located(text in mutated(KEUZEHULP)) {
        if let Err(problems) = load_questionnaire("k.yaml", &text) {
            prop_assert!(!problems.is_empty());
            for p in problems {
                prop_assert!(p.line.is_some() || !p.path.is_empty(), "{:?}", p);
                prop_assert!(!p.message.is_empty());
            }
        }
    }

    #[test]
    fn mutated_test_fixture_never_panics(text in mutated(support::BASE)) {
        let _ = load_questionnaire("t.yaml", &text);
    }

    #[test]
    fn arbitrary_figure_files_never_panic(text in "\\PC{0,300}") {
        let _ = load_figures("c.yaml", &text);
    }

    #[test]
    fn arbitrary_indexes_never_panic(text in "\\PC{0,200}") {
        let _ = parse_index(&text);
    }

    #[test]
    fn arbitrary_text_as_an_import_never_panics(text in "\\PC{0,400}") {
        let _ = Assessment::from_json(&text);
    }

    #[test]
    fn mutated_exports_never_panic(a in assessment(), cut in any::<prop::sample::Index>(), junk in "\\PC{0,5}") {
        let mut json = a.to_pretty_json().unwrap();
        let mut at = cut.index(json.len() + 1);
        while !json.is_char_boundary(at) {
            at -= 1;
        }
        json.insert_str(at, &junk);
        let _ = Assessment::from_json(&json);
    }

    #[test]
    fn every_assessment_round_trips_through_export_and_import(a in assessment()) {
        prop_assert_eq!(Assessment::from_json(&a.to_pretty_json().unwrap()).unwrap(), a.clone());
        prop_assert_eq!(Assessment::from_json(&a.to_json().unwrap()).unwrap(), a);
    }
}
