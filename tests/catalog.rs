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
