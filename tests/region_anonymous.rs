//! "Anoniem delen": letters instead of names, in an order that says nothing about the names,
//! and no free text from the members.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/generated_evaluations.rs"]
mod generated_evaluations;
mod support;

use generated_evaluations::generate_files;
use support::*;
use zelfevaluatie_wmo_toezicht::model::assessment::Assessment;
use zelfevaluatie_wmo_toezicht::model::region::anonymous::{anonymous_label, anonymous_order};
use zelfevaluatie_wmo_toezicht::model::region::{anonymise, region_overview, Region};
use zelfevaluatie_wmo_toezicht::model::{Answer, AnswerValue, Questionnaire};

const NOW: &str = "2026-12-01T10:00:00.000Z";

#[test]
fn letters_run_from_a_to_z_and_then_on_as_aa_ab() {
    let labels: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702].into_iter().map(anonymous_label).collect();
    assert_eq!(
        labels,
        [
            "Gemeente A",
            "Gemeente B",
            "Gemeente Z",
            "Gemeente AA",
            "Gemeente AB",
            "Gemeente AZ",
            "Gemeente BA",
            "Gemeente ZZ",
            "Gemeente AAA"
        ]
    );
}

#[test]
fn the_order_is_fixed_by_the_seed_and_follows_neither_import_order_nor_names() {
    let ids: Vec<String> = (1..=30).map(|n| format!("lid-{n}")).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let order = anonymous_order(7, &ids);
    let mut sorted = order.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, (0..30).collect::<Vec<_>>(), "every member gets exactly one letter");
    assert_eq!(anonymous_order(7, &ids), order, "the same overview gives the same letters every time");
    assert_ne!(order, (0..30).collect::<Vec<_>>(), "not the import order");
    assert_ne!(anonymous_order(8, &ids), order, "another region's seed gives other letters");
    let moved = order.iter().enumerate().filter(|(letter, index)| letter != *index).count();
    assert!(moved > 20, "nearly every member moves: {order:?}");
}

fn region_with_free_text(q: &Questionnaire) -> Region {
    let mut region = Region::new("regio", "Regio West", q, NOW, 99);
    let members = [("Westdorp", "0.9"), ("Oostdorp", "1"), ("Zuiddorp", "1")];
    let files: Vec<(String, String)> = members
        .iter()
        .enumerate()
        .map(|(n, (municipality, version))| {
            let mut a =
                Assessment::new(&format!("e{n}"), &format!("Evaluatie van {municipality}"), "test", version, NOW);
            a.municipality = (*municipality).to_owned();
            let value = |v: AnswerValue, note: &str| Answer { value: Some(v), note: note.to_owned() };
            a.answers.insert(
                "q1".into(),
                value(AnswerValue::Choice("ja".into()), &format!("Zo geregeld in {municipality}")),
            );
            a.answers.insert(
                "q2".into(),
                value(AnswerValue::Choice(if n == 0 { "Westdorp-optie" } else { "slecht" }.into()), ""),
            );
            a.answers.insert("q6".into(), value(AnswerValue::Text(format!("{municipality} doet mee")), ""));
            a.answers.insert("weg".into(), value(AnswerValue::Text("x".into()), &format!("{municipality} vroeger")));
            (format!("zelfevaluatie-{municipality}.json"), a.to_json().unwrap())
        })
        .collect();
    region.import_files(Some(q), files, NOW);
    region
}

#[test]
fn the_anonymous_form_keeps_the_numbers_and_drops_every_name_and_free_text() {
    let q = base();
    let region = region_with_free_text(&q);
    let named = region_overview(&q, &region);
    let anonymous = anonymise(&named, region.anonymous_seed);
    assert!(anonymous.anonymous && !named.anonymous);
    let labels: Vec<&str> = anonymous.members.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["Gemeente A", "Gemeente B", "Gemeente C"]);
    let text = format!("{anonymous:?}");
    for leak in
        ["Westdorp", "Oostdorp", "Zuiddorp", "Evaluatie van", "zelfevaluatie-", "lid-", "doet mee", "vroeger", NOW]
    {
        assert!(!text.contains(leak), "'{leak}' is in the anonymous form");
    }
    for member in &anonymous.members {
        assert!(member.identified_by.is_none() && member.questionnaire_version.is_empty());
        assert!(member.not_fitting.iter().all(|n| n.reason.is_empty() && n.answered.is_empty()));
    }
    assert!(anonymous.questions.iter().all(|d| d.notes.is_empty() && d.texts.is_empty()));

    // The letters are a reordering: each letter carries exactly one member's numbers.
    let order = anonymous_order(region.anonymous_seed, &["lid-1", "lid-2", "lid-3"]);
    for (letter, &index) in order.iter().enumerate() {
        let (a, n) = (&anonymous.members[letter], &named.members[index]);
        assert_eq!((&a.principles, &a.sections, a.progress), (&n.principles, &n.sections, n.progress));
        assert_eq!(a.other_version, n.other_version);
        assert_eq!(a.not_fitting.len(), n.not_fitting.len());
    }
    assert_eq!(anonymous.principle_spreads, named.principle_spreads);
    assert_eq!(anonymous.section_spreads, named.section_spreads);
    // Improvements point at the same members under their letters.
    for (a, n) in anonymous.improvements.iter().zip(&named.improvements) {
        let mut expected: Vec<usize> =
            n.members.iter().map(|&index| order.iter().position(|&i| i == index).unwrap()).collect();
        expected.sort_unstable();
        assert_eq!(a.members, expected);
    }
    assert!(!named.improvements.is_empty());
}

#[test]
fn generated_files_anonymised_hold_no_name_of_a_gemeente() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/keuzehulp-wmo-toezicht.yaml"))
            .unwrap();
    let q = load(&text).unwrap();
    let files = generate_files(&q, 30, &[q.version.clone(), "2025.1.0".into()], 5);
    let mut region = Region::new("regio", "Regio", &q, NOW, 1234);
    region.import_files(Some(&q), files, NOW);
    assert_eq!(region.members.len(), 30);
    let named = format!("{:?}", region_overview(&q, &region));
    let anonymous = format!("{:?}", anonymise(&region_overview(&q, &region), region.anonymous_seed));
    for member in &region.members {
        assert!(named.contains(&member.municipality), "the named form does show {}", member.municipality);
        assert!(!anonymous.contains(&member.municipality), "{} in the anonymous form", member.municipality);
    }
}
