//! Invariants of the regional overview over random regions of generated Keuzehulp evaluations:
//! the median lies within the members' scores, the anonymous form holds no name or free text of
//! a member, and adding a file never changes another member's numbers.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/generated_evaluations.rs"]
mod generated_evaluations;
mod support;

use std::sync::OnceLock;

use generated_evaluations::{generate_assessment, municipality_name};
use proptest::prelude::*;
use zelfevaluatie_wmo_toezicht::model::region::overview::MemberView;
use zelfevaluatie_wmo_toezicht::model::region::{
    anonymise, region_overview, region_plan_rows, FileOutcome, Region, Resolution, Spread,
};
use zelfevaluatie_wmo_toezicht::model::{Answer, AnswerValue, Questionnaire};

const NOW: &str = "2026-12-01T10:00:00.000Z";
const VERSIONS: [&str; 3] = ["2026.1.0", "2025.2.0", "2025.1.0"];
const KEUZEHULP: &str = include_str!("../questionnaires/keuzehulp-wmo-toezicht.yaml");

fn keuzehulp() -> &'static Questionnaire {
    static LOADED: OnceLock<Questionnaire> = OnceLock::new();
    LOADED.get_or_init(|| support::load(KEUZEHULP).expect("the keuzehulp is valid"))
}

/// The file of member `number`: a generated evaluation of `municipality`.
fn file(municipality: &str, evaluation_name: &str, number: usize, seed: u64) -> (String, String) {
    let q = keuzehulp();
    let mut a = generate_assessment(q, municipality, VERSIONS[number % VERSIONS.len()], number, seed);
    a.name = evaluation_name.to_owned();
    (format!("{municipality}.json"), a.to_json().unwrap())
}

fn region_of(files: Vec<(String, String)>, seed: u64) -> Region {
    let mut region = Region::new("regio", "Regio", keuzehulp(), NOW, seed);
    let report = region.import_files(Some(keuzehulp()), files, NOW);
    for conflict in report.conflicts().cloned().collect::<Vec<_>>() {
        region.resolve(&conflict, Resolution::KeepBoth, NOW);
    }
    region
}

/// The numbers of a member, without its label (which may change when a namesake is added).
fn numbers(member: &MemberView) -> impl PartialEq + std::fmt::Debug + '_ {
    (&member.principles, &member.sections, member.progress, &member.not_fitting, member.other_version)
}

fn assert_within(spread: &Spread, values: &[f64]) {
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    assert_eq!((spread.count, spread.min, spread.max), (values.len(), min, max));
    assert!(spread.min <= spread.q1 && spread.q1 <= spread.median, "{spread:?}");
    assert!(spread.median <= spread.q3 && spread.q3 <= spread.max, "{spread:?}");
}

/// A made-up name that occurs nowhere in the questionnaire, so finding it means it leaked.
fn name() -> impl Strategy<Value = String> {
    "[A-Z][a-z]{5,11}".prop_filter("not in the questionnaire", |n| !KEUZEHULP.contains(n.as_str()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn the_median_lies_between_the_lowest_and_highest_value(values in prop::collection::vec(-1e6f64..1e6, 1..40)) {
        let spread = Spread::of(values.iter().copied()).unwrap();
        assert_within(&spread, &values);
    }

    #[test]
    fn the_regions_medians_lie_within_its_members_scores(count in 1usize..9, seed in any::<u64>()) {
        let files = (0..count).map(|n| file(&municipality_name(n), "Zelfevaluatie", n, seed)).collect();
        let overview = region_overview(keuzehulp(), &region_of(files, seed));
        for (p, spread) in overview.principle_spreads.iter().enumerate() {
            let values: Vec<f64> = overview.members.iter().filter_map(|m| m.principles[p].percent).collect();
            match spread {
                Some(spread) => assert_within(spread, &values),
                None => prop_assert!(values.is_empty()),
            }
        }
        for (s, spread) in overview.section_spreads.iter().enumerate() {
            let values: Vec<f64> = overview.members.iter().filter_map(|m| m.sections[s].percent).collect();
            match spread {
                Some(spread) => assert_within(spread, &values),
                None => prop_assert!(values.is_empty()),
            }
        }
    }

    #[test]
    fn the_anonymous_form_holds_no_name_note_or_open_answer(
        members in prop::collection::vec((name(), name(), name()), 1..7),
        seed in any::<u64>(),
    ) {
        let q = keuzehulp();
        let files: Vec<(String, String)> = members
            .iter()
            .enumerate()
            .map(|(n, (municipality, evaluation, note))| {
                let mut a = generate_assessment(q, municipality, VERSIONS[n % 3], n, seed);
                a.name = format!("{evaluation} 2026");
                let with_note = |value: AnswerValue| Answer { value: Some(value), note: format!("Vraag {note} ernaar") };
                a.answers.insert("aanwijzingsbesluit".into(), with_note(AnswerValue::Choice("ja".into())));
                a.answers.insert("opmerkingen".into(), Answer { value: Some(AnswerValue::Text(note.clone())), note: String::new() });
                a.answers.insert(format!("oud-{note}"), with_note(AnswerValue::Choice(municipality.clone())));
                (format!("{municipality}.json"), a.to_json().unwrap())
            })
            .collect();
        let mut region = region_of(files, seed);
        region.plan.recommendations.entry("aanwijzing-vastleggen".into()).or_default().owner = "Regiocoördinator".into();
        let named = region_overview(q, &region);
        let named_text = format!("{named:?}");
        let shared = format!("{:?}{:?}", anonymise(&named, region.anonymous_seed), region_plan_rows(q, &region));
        for (municipality, evaluation, note) in &members {
            prop_assert!(named_text.contains(municipality.as_str()));
            for secret in [municipality, evaluation, note] {
                prop_assert!(!shared.contains(secret.as_str()), "'{}' is in the anonymous form", secret);
            }
        }
    }

    #[test]
    fn adding_a_file_never_changes_another_members_numbers(
        count in 1usize..8,
        extra in 0usize..12,
        seed in any::<u64>(),
    ) {
        // `extra` below `count` is a second evaluation of an existing member's gemeente (kept
        // both); otherwise a new gemeente.
        let files: Vec<_> = (0..count).map(|n| file(&municipality_name(n), "Zelfevaluatie", n, seed)).collect();
        let before_region = region_of(files.clone(), seed);
        let before = region_overview(keuzehulp(), &before_region);
        let mut after_region = before_region.clone();
        let report = after_region.import_files(Some(keuzehulp()), [file(&municipality_name(extra), "Nog een", 100 + extra, seed)], NOW);
        if let FileOutcome::Conflict(conflict) = &report.files[0].outcome {
            after_region.resolve(conflict, Resolution::KeepBoth, NOW);
        }
        let after = region_overview(keuzehulp(), &after_region);
        prop_assert_eq!(after.members.len(), before.members.len() + 1);
        for member in &before.members {
            let same = after.members.iter().find(|m| m.member_id == member.member_id).unwrap();
            prop_assert_eq!(numbers(same), numbers(member));
        }
    }
}
