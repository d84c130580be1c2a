//! The catalog of questionnaires: shipped ones, the user's own, and the rule that an own
//! questionnaire can never hide a shipped one with the same id.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::sync::Arc;

use zelfevaluatie_wmo_toezicht::model::catalog::{
    custom_file_name, Catalog, CatalogEntry, NationalFigures, Unreadable,
};
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
            CatalogEntry::Unavailable {
                file: "kapot.yaml".into(),
                why: Unreadable::Faulty(vec![]),
                id: None,
                own: false,
            },
        ],
        figures: NationalFigures::Absent,
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
        figures: NationalFigures::Absent,
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
            CatalogEntry::Unavailable {
                file: file.clone(),
                why: Unreadable::Faulty(vec![]),
                id: Some("kapot".into()),
                own: true,
            },
            CatalogEntry::Unavailable {
                file: "kapot.yaml".into(),
                why: Unreadable::Faulty(vec![]),
                id: None,
                own: false,
            },
        ],
        figures: NationalFigures::Absent,
    };
    let left = catalog.without_custom("kapot");
    assert_eq!(left.entries().len(), 1, "the site's own broken file stays");
    assert!(matches!(&left.entries()[0], CatalogEntry::Unavailable { own: false, .. }));
}

#[test]
fn the_card_counts_questions_as_the_progress_bar_does() {
    use zelfevaluatie_wmo_toezicht::model::summary::{card_facts, question_counts};
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
        "44 vragen, plus tot 9 vervolgvragen bij bepaalde antwoorden · ongeveer 60 minuten"
    );
    let scan = support::snelle_scan();
    assert_eq!(card_facts(&scan), "8 vragen, plus 1 vervolgvraag bij bepaalde antwoorden · ongeveer 15 minuten");
}

#[test]
fn a_description_that_counts_the_questions_counts_them_right() {
    use zelfevaluatie_wmo_toezicht::model::summary::question_counts;
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

/// The index the build writes for the shipped questionnaires, read back as the app reads it.
fn shipped_index() -> zelfevaluatie_wmo_toezicht::model::catalog::CatalogIndex {
    use std::collections::BTreeMap;
    use zelfevaluatie_wmo_toezicht::model::catalog::{parse_index, write_index};
    use zelfevaluatie_wmo_toezicht::model::prepared::fingerprint;
    use zelfevaluatie_wmo_toezicht::model::summary::QuestionnaireSummary;
    let files = ["keuzehulp-wmo-toezicht.yaml", "tsd-zelfevaluatie.yaml"];
    let mut prepared = BTreeMap::new();
    let mut summaries = BTreeMap::new();
    for file in files {
        let text = std::fs::read_to_string(format!("{}/questionnaires/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        prepared.insert(file.to_owned(), fingerprint(&text));
        summaries.insert(file.to_owned(), QuestionnaireSummary::of(&support::shipped(file)));
    }
    prepared.insert("cijfers/landelijke-cijfers.yaml".to_owned(), "0123456789abcdef".to_owned());
    let mut listed: Vec<String> = files.iter().map(|f| f.to_string()).collect();
    listed.push("nieuw-op-de-host.yaml".to_owned());
    let text = write_index(listed, Some("cijfers/landelijke-cijfers.yaml".into()), prepared, summaries);
    parse_index(&text).expect("the app reads the index the build writes")
}

#[test]
fn the_start_page_is_drawn_from_the_index_alone() {
    use zelfevaluatie_wmo_toezicht::model::catalog::CatalogCard;
    let index = shipped_index();
    let fingerprint = index.prepared_file("keuzehulp-wmo-toezicht.yaml").unwrap();
    assert_eq!(fingerprint.json, "keuzehulp-wmo-toezicht.json");
    // A file an editor added on the host has no summary: it is read at once.
    assert_eq!(index.unsummarised().collect::<Vec<_>>(), ["nieuw-op-de-host.yaml"]);
    let catalog = index.catalog(Vec::new());
    let cards: Vec<CatalogCard> = catalog.entries().iter().map(CatalogEntry::card).collect();
    let CatalogCard::Usable { summary, custom: false } = &cards[0] else { panic!("{cards:?}") };
    assert_eq!(summary.title, "Keuzehulp Wmo-toezicht");
    assert_eq!(summary.card_facts(), card_facts_of("keuzehulp-wmo-toezicht.yaml"));
    let CatalogCard::Usable { summary, .. } = &cards[1] else { panic!("{cards:?}") };
    assert_eq!(summary.card_facts(), card_facts_of("tsd-zelfevaluatie.yaml"), "casus mode is named from the index too");
    assert_eq!(catalog.figures_to_load().as_deref(), Some("cijfers/landelijke-cijfers.yaml"));
}

fn card_facts_of(file: &str) -> String {
    zelfevaluatie_wmo_toezicht::model::summary::card_facts(&support::shipped(file))
}

#[test]
fn a_page_waits_for_its_questionnaire_and_the_figures_and_is_drawn_once() {
    use zelfevaluatie_wmo_toezicht::model::catalog::Opening;
    let listed = shipped_index().catalog(Vec::new());
    assert_eq!(Catalog::Loading.opening("keuzehulp-wmo-toezicht"), Opening::Waiting);
    assert_eq!(Catalog::Failed("weg".into()).opening("keuzehulp-wmo-toezicht"), Opening::Missing);
    assert_eq!(listed.opening("keuzehulp-wmo-toezicht"), Opening::Waiting);
    assert_eq!(listed.to_load("keuzehulp-wmo-toezicht").as_deref(), Some("keuzehulp-wmo-toezicht.yaml"));
    assert_eq!(listed.opening("bestaat-niet"), Opening::Missing);

    let keuzehulp = Arc::new(support::shipped("keuzehulp-wmo-toezicht.yaml"));
    let loaded = listed.with_loaded("keuzehulp-wmo-toezicht.yaml", Ok(keuzehulp.clone()));
    assert_eq!(loaded.to_load("keuzehulp-wmo-toezicht"), None);
    assert_eq!(loaded.opening("keuzehulp-wmo-toezicht"), Opening::Waiting, "the figures are still on their way");
    let ready = loaded.with_figures(None);
    assert_eq!(
        ready.opening("keuzehulp-wmo-toezicht"),
        Opening::Ready { questionnaire: keuzehulp.clone(), figures: None }
    );
    // Another file arriving does not change this page's opening.
    let tsd = Arc::new(support::shipped("tsd-zelfevaluatie.yaml"));
    let both = ready.with_loaded("tsd-zelfevaluatie.yaml", Ok(tsd));
    assert_eq!(both.opening("keuzehulp-wmo-toezicht"), ready.opening("keuzehulp-wmo-toezicht"));
    // Nor does a card change when its content arrives.
    assert_eq!(both.entries()[0].card(), listed.entries()[0].card());
    assert!(both.all_to_load().is_empty());
    assert_eq!(both.shipped().len(), 2);

    // A listed file that turns out invalid is shown as unavailable, and a page says it is missing.
    let problem = zelfevaluatie_wmo_toezicht::model::Problem::whole_file("tsd-zelfevaluatie.yaml", "kapot");
    let broken = ready.with_loaded("tsd-zelfevaluatie.yaml", Err(Unreadable::Faulty(vec![problem])));
    assert_eq!(broken.opening("tsd-zelfevaluatie"), Opening::Missing);
    assert!(matches!(&broken.entries()[1], CatalogEntry::Unavailable { own: false, .. }));
    assert_eq!(broken.summaries().len(), 1);

    // One that did not arrive (no connection, or the code that reads it) may be fine: its page
    // says so instead of calling it missing.
    let problem =
        zelfevaluatie_wmo_toezicht::model::Problem::whole_file("tsd-zelfevaluatie.yaml", "niet binnengekomen");
    let away = ready.with_loaded("tsd-zelfevaluatie.yaml", Err(Unreadable::NotArrived(problem)));
    assert_eq!(away.opening("tsd-zelfevaluatie"), Opening::NotArrived);
    assert_eq!(away.opening("keuzehulp-wmo-toezicht"), ready.opening("keuzehulp-wmo-toezicht"));
    assert_eq!(away.opening("bestaat-niet"), Opening::Missing);
}

#[test]
fn an_own_questionnaire_may_not_take_the_id_of_a_shipped_one_not_yet_fetched() {
    let listed = shipped_index().catalog(Vec::new());
    let file = custom_file_name("keuzehulp-wmo-toezicht");
    assert!(listed.shipped_id_clash(&file, "keuzehulp-wmo-toezicht").is_some());
}

#[test]
fn a_questionnaire_that_did_not_arrive_is_not_called_faulty_and_is_not_offered_for_removal() {
    use zelfevaluatie_wmo_toezicht::model::Problem;
    let faulty = Unreadable::Faulty(vec![Problem::whole_file("eigen.yaml", "regel 3: een tab")]);
    let not_arrived = Unreadable::NotArrived(Problem::whole_file("eigen.yaml", "netwerkfout"));
    assert!(faulty.advice(true).contains("bevat fouten"));
    assert!(faulty.advice(false).contains("beheerder"));
    for own in [true, false] {
        let advice = not_arrived.advice(own);
        assert!(!advice.contains("fouten"), "{advice}");
        assert!(advice.contains("Laad de pagina opnieuw"), "{advice}");
    }
    assert!(faulty.offers_removal());
    assert!(!not_arrived.offers_removal());
    assert_eq!(not_arrived.problems().len(), 1);

    // A listed file that did not arrive is unavailable for why it did not, and a page says so.
    let listed = shipped_index().catalog(Vec::new());
    let gone = listed.with_loaded("tsd-zelfevaluatie.yaml", Err(not_arrived.clone()));
    let card = gone.entries().iter().find_map(|e| match e.card() {
        zelfevaluatie_wmo_toezicht::model::catalog::CatalogCard::Unavailable { why, .. } => Some(why),
        _ => None,
    });
    assert_eq!(card, Some(not_arrived));
}

#[test]
fn a_summary_whose_id_is_not_an_id_is_ignored_and_its_file_read_at_once() {
    use std::collections::BTreeMap;
    use zelfevaluatie_wmo_toezicht::model::catalog::{parse_index, write_index};
    use zelfevaluatie_wmo_toezicht::model::summary::QuestionnaireSummary;
    let file = "keuzehulp-wmo-toezicht.yaml";
    let mut summary = QuestionnaireSummary::of(&support::shipped(file));
    summary.id = "../../x?y=<script>".into();
    let prepared = BTreeMap::from([(file.to_owned(), "vingerafdruk".to_owned())]);
    let summaries = BTreeMap::from([(file.to_owned(), summary)]);
    let index = parse_index(&write_index(vec![file.to_owned()], None, prepared, summaries)).unwrap();
    assert!(index.summaries.is_empty());
    assert_eq!(index.unsummarised().collect::<Vec<_>>(), [file]);
}

#[test]
fn an_index_kept_from_an_earlier_build_still_lists_its_files() {
    use zelfevaluatie_wmo_toezicht::model::catalog::parse_index;
    // Earlier builds listed prepared files without fingerprints; a summary may be of a shape
    // this build does not read. Neither stops the catalog: those files are read from their YAML.
    let old = r#"{"files": ["keuzehulp-wmo-toezicht.yaml", "eigen.yaml"], "prepared": ["keuzehulp-wmo-toezicht.yaml"],
                  "summaries": {"keuzehulp-wmo-toezicht.yaml": {"titel": "oud"}}}"#;
    let index = parse_index(old).expect("an old index is read");
    assert_eq!(index.files, ["keuzehulp-wmo-toezicht.yaml", "eigen.yaml"]);
    assert!(index.prepared.is_empty());
    assert!(index.summaries.is_empty());
    assert_eq!(index.unsummarised().count(), 2);
}
