//! The catalog of questionnaires: shipped ones, the user's own, and the rule that an own
//! questionnaire can never hide a shipped one with the same id.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::sync::Arc;

use zelfevaluatie_wmo_toezicht::model::catalog::{custom_file_name, Catalog, CatalogEntry};
use zelfevaluatie_wmo_toezicht::model::Questionnaire;

fn with_id(id: &str) -> Arc<Questionnaire> {
    let mut q = support::base();
    q.id = id.to_owned();
    Arc::new(q)
}

fn catalog() -> Catalog {
    Catalog::Loaded {
        entries: vec![
            CatalogEntry::Ready { file: "gedeeld.yaml".into(), questionnaire: with_id("gedeeld"), custom: false },
            CatalogEntry::Unavailable { file: "kapot.yaml".into(), problems: vec![], own: None },
        ],
        figures: None,
    }
}

#[test]
fn an_own_questionnaire_is_added_replaced_and_removed() {
    let added = catalog().with_custom(with_id("regio"));
    assert!(added.questionnaire("regio").is_some());
    assert_eq!(added.entries().len(), 3);
    let replaced = added.with_custom(with_id("regio"));
    assert_eq!(replaced.entries().len(), 3, "the same id replaces the earlier own version");
    let removed = replaced.without_custom("regio");
    assert!(removed.questionnaire("regio").is_none());
    assert!(removed.questionnaire("gedeeld").is_some());
}

#[test]
fn removing_an_own_questionnaire_never_removes_a_shipped_one() {
    assert!(catalog().without_custom("gedeeld").questionnaire("gedeeld").is_some());
}

#[test]
fn an_own_questionnaire_with_a_shipped_id_is_refused_with_the_field_named() {
    let file = custom_file_name("gedeeld");
    let problem = catalog().shipped_id_clash(&file, "gedeeld").expect("clash");
    assert_eq!(problem.path, "id");
    assert_eq!(problem.file, "eigen vragenlijst 'gedeeld'");
    assert!(problem.message.contains("meegeleverde vragenlijst met het id `gedeeld`"), "{}", problem.message);
    // Another own questionnaire with that id, or an unavailable file, is no clash.
    let own = Catalog::Loaded {
        entries: vec![CatalogEntry::Ready { file: file.clone(), questionnaire: with_id("regio"), custom: true }],
        figures: None,
    };
    assert!(own.shipped_id_clash(&file, "regio").is_none());
    assert!(catalog().shipped_id_clash(&file, "kapot").is_none());
    assert!(Catalog::Loading.shipped_id_clash(&file, "gedeeld").is_none());
}

#[test]
fn removing_an_own_questionnaire_also_removes_it_when_it_is_unavailable() {
    let file = custom_file_name("kapot");
    let catalog = Catalog::Loaded {
        entries: vec![
            CatalogEntry::Unavailable { file: file.clone(), problems: vec![], own: Some("kapot".into()) },
            CatalogEntry::Unavailable { file: "kapot.yaml".into(), problems: vec![], own: None },
        ],
        figures: None,
    };
    let left = catalog.without_custom("kapot");
    assert_eq!(left.entries().len(), 1, "the site's own broken file stays");
    assert!(matches!(&left.entries()[0], CatalogEntry::Unavailable { own: None, .. }));
}

#[test]
fn the_card_counts_questions_as_the_progress_bar_does() {
    use zelfevaluatie_wmo_toezicht::model::catalog::{card_facts, question_counts};
    use zelfevaluatie_wmo_toezicht::model::{score, Answers};
    for file in ["keuzehulp-wmo-toezicht.yaml", "voorbeeld-snelle-scan.yaml", "tsd-zelfevaluatie.yaml"] {
        let q = support::shipped(file);
        let (at_start, follow_ups) = question_counts(&q);
        assert_eq!(
            at_start,
            score(&q, &Answers::new()).progress.visible,
            "{file}: the walk starts where the card says"
        );
        assert_eq!(at_start + follow_ups, q.questions().count(), "{file}");
    }
    let keuzehulp = support::shipped("keuzehulp-wmo-toezicht.yaml");
    assert_eq!(
        card_facts(&keuzehulp),
        "46 vragen, plus tot 7 vervolgvragen bij bepaalde antwoorden · ongeveer 60 minuten"
    );
    let scan = support::snelle_scan();
    assert_eq!(card_facts(&scan), "8 vragen, plus 1 vervolgvraag bij bepaalde antwoorden · ongeveer 15 minuten");
}

#[test]
fn a_description_that_counts_the_questions_counts_them_right() {
    use zelfevaluatie_wmo_toezicht::model::catalog::question_counts;
    const WORDS: [&str; 21] = [
        "nul",
        "één",
        "twee",
        "drie",
        "vier",
        "vijf",
        "zes",
        "zeven",
        "acht",
        "negen",
        "tien",
        "elf",
        "twaalf",
        "dertien",
        "veertien",
        "vijftien",
        "zestien",
        "zeventien",
        "achttien",
        "negentien",
        "twintig",
    ];
    for file in ["keuzehulp-wmo-toezicht.yaml", "voorbeeld-snelle-scan.yaml", "tsd-zelfevaluatie.yaml"] {
        let q = support::shipped(file);
        let words: Vec<String> = q
            .description
            .to_lowercase()
            .split_whitespace()
            .map(|w| w.trim_matches(['(', ',', '.']).to_owned())
            .collect();
        let (at_start, follow_ups) = question_counts(&q);
        for pair in words.windows(2) {
            let said = WORDS.iter().position(|w| *w == pair[0]).or_else(|| pair[0].parse().ok());
            match (said, pair[1].as_str()) {
                (Some(n), "vragen" | "vraag") => assert_eq!(n, at_start, "{file}: {}", q.description),
                (Some(n), "vervolgvraag" | "vervolgvragen") => assert_eq!(n, follow_ups, "{file}: {}", q.description),
                _ => {}
            }
        }
    }
}
