//! Reading many evaluation files into a regional overview: what is accepted, what is refused
//! and why, and the same municipality twice.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;
use zelfevaluatie_wmo_toezicht::model::assessment::{Assessment, Mode};
use zelfevaluatie_wmo_toezicht::model::region::identity::{member_key, normalise_name, IdentifiedBy};
use zelfevaluatie_wmo_toezicht::model::region::stored::{clean_region_name, REGION_FORMAT_VERSION};
use zelfevaluatie_wmo_toezicht::model::region::{FileOutcome, Region, Resolution};
use zelfevaluatie_wmo_toezicht::model::{Answer, AnswerValue, Questionnaire};

const NOW: &str = "2026-12-01T10:00:00.000Z";

fn region(questionnaire: &Questionnaire) -> Region {
    Region::new("regio-1", "Regio West", questionnaire, "2026-11-30T09:00:00.000Z", 42)
}

fn evaluation(id: &str, municipality: &str, name: &str, q1: &str) -> Assessment {
    let mut assessment = Assessment::new(id, name, "test", "1", "2026-03-01T10:00:00.000Z");
    assessment.municipality = municipality.to_owned();
    assessment.questionnaire_title = "Test".to_owned();
    assessment.answers.insert("q1".into(), Answer { value: Some(AnswerValue::Choice(q1.into())), note: String::new() });
    assessment
}

fn file(name: &str, assessment: &Assessment) -> (String, String) {
    (name.to_owned(), assessment.to_pretty_json().unwrap())
}

fn outcome_kinds(report: &zelfevaluatie_wmo_toezicht::model::region::ImportReport) -> Vec<&'static str> {
    report
        .files
        .iter()
        .map(|f| match f.outcome {
            FileOutcome::Added { .. } => "toegevoegd",
            FileOutcome::Unchanged { .. } => "ongewijzigd",
            FileOutcome::Conflict(_) => "dubbel",
            FileOutcome::Refused { .. } => "geweigerd",
        })
        .collect()
}

fn reason(report: &zelfevaluatie_wmo_toezicht::model::region::ImportReport, index: usize) -> &str {
    match &report.files[index].outcome {
        FileOutcome::Refused { reason } => reason,
        other => panic!("file {index} was not refused: {other:?}"),
    }
}

#[test]
fn every_readable_file_is_added_and_every_other_file_is_listed_with_its_reason() {
    let q = base();
    let mut region = region(&q);
    let mut other = evaluation("e9", "Oostdorp", "Toegang 2026", "ja");
    other.questionnaire_id = "tsd-zelfevaluatie".into();
    other.questionnaire_title = "TSD-zelfevaluatie".into();
    let mut casus = evaluation("e8", "Zuiddorp", "Casussen", "ja");
    casus.mode = Mode::Cases;
    let mut newer = evaluation("e7", "Noorddorp", "Nieuw", "ja").to_json().unwrap();
    let current =
        format!("\"format_version\":{}", zelfevaluatie_wmo_toezicht::model::assessment::ASSESSMENT_FORMAT_VERSION);
    newer = newer.replace(&current, "\"format_version\":9");
    let nameless = evaluation("e6", " ", "  ", "ja");
    let files = vec![
        file("a.json", &evaluation("e1", "Westdorp", "Zelfevaluatie 2026", "ja")),
        ("kapot.json".to_owned(), "{\"format\": \"wmo-zelfevaluatie/assessment\", ".to_owned()),
        file("ander.json", &other),
        file("casus.json", &casus),
        ("nieuw.json".to_owned(), newer),
        file("naamloos.json", &nameless),
        ("lijst.json".to_owned(), "{\"boodschappen\": []}".to_owned()),
        file("b.json", &evaluation("e2", "Middendorp", "Zelfevaluatie 2026", "nee")),
    ];
    let report = region.import_files(Some(&q), files, NOW);
    assert_eq!(
        outcome_kinds(&report),
        ["toegevoegd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "geweigerd", "toegevoegd"]
    );
    assert!(reason(&report, 1).contains("geen geldig JSON-bestand (regel 1"), "{}", reason(&report, 1));
    let other_reason = reason(&report, 2);
    assert!(other_reason.contains("'TSD-zelfevaluatie'") && other_reason.contains("'Test'"), "{other_reason}");
    assert!(reason(&report, 3).contains("casusmodus"));
    assert!(reason(&report, 4).contains("opslagversie 9"));
    assert!(reason(&report, 5).contains("geen gemeentenaam"));
    assert!(reason(&report, 6).contains("geen zelfevaluatie van deze app"));
    let names: Vec<&str> = region.members.iter().map(|m| m.municipality.as_str()).collect();
    assert_eq!(names, ["Westdorp", "Middendorp"]);
    assert_eq!(region.members[0].id, "lid-1");
    assert_eq!(region.members[1].id, "lid-2");
    assert_eq!(region.members[0].file_name, "a.json");
    assert_eq!(report.refused().count(), 6);
    assert_eq!(
        report.summary(),
        "2 bestanden toegevoegd. 6 bestanden konden niet worden gelezen; de reden staat erbij."
    );
}

#[test]
fn without_the_regions_questionnaire_nothing_is_added() {
    let q = base();
    let mut region = region(&q);
    let files = vec![file("a.json", &evaluation("e1", "Westdorp", "Z", "ja"))];
    let report = region.import_files(None, files.clone(), NOW);
    assert!(reason(&report, 0).contains("('Test') is in deze app niet beschikbaar"), "{}", reason(&report, 0));
    let mut other_questionnaire = q.clone();
    other_questionnaire.id = "iets-anders".into();
    let report = region.import_files(Some(&other_questionnaire), files, NOW);
    assert!(matches!(report.files[0].outcome, FileOutcome::Refused { .. }));
    assert!(region.members.is_empty());
}

#[test]
fn municipality_names_are_compared_without_case_accents_punctuation_or_the_word_gemeente() {
    for (a, b) in [
        ("Gemeente 's-Hertogenbosch", "'s Hertogenbosch"),
        ("S-HERTOGENBOSCH", "s-hertogenbosch"),
        ("Súdwest-Fryslân", "Sudwest Fryslan"),
        ("  Bergen   (NH) ", "bergen nh"),
    ] {
        assert_eq!(normalise_name(a), normalise_name(b), "{a} / {b}");
    }
    assert_ne!(normalise_name("Bergen (NH)"), normalise_name("Bergen (L)"));
    assert_eq!(normalise_name("Gemeente"), "gemeente", "a name that is only the word stays");
    let by_name = member_key("", "Zelfevaluatie Utrecht").unwrap();
    assert_eq!(by_name.by, IdentifiedBy::EvaluationName);
    assert_ne!(member_key("Utrecht", "x"), member_key("", "Utrecht"), "the two kinds are never compared");
    assert!(IdentifiedBy::EvaluationName.explanation().unwrap().contains("geen gemeentenaam"));
    assert_eq!(member_key(" ", "-"), None);
}

#[test]
fn the_same_municipality_again_is_a_conflict_not_an_addition() {
    let q = base();
    let mut region = region(&q);
    region.import_files(
        Some(&q),
        vec![file("oud.json", &evaluation("e1", "Gemeente Westdorp", "Evaluatie 2025", "ja"))],
        NOW,
    );
    let mut newer = evaluation("e2", "westdorp", "Evaluatie 2026", "nee");
    newer.updated_at = "2026-06-05T10:00:00.000Z".into();
    let report = region.import_files(Some(&q), vec![file("nieuw.json", &newer)], NOW);
    assert_eq!(outcome_kinds(&report), ["dubbel"]);
    assert_eq!(region.members.len(), 1, "nothing is added before the user chooses");
    let conflict = report.conflicts().next().unwrap();
    assert_eq!(conflict.existing_member_id, "lid-1");
    assert_eq!(conflict.identified_by, IdentifiedBy::Municipality);
    assert_eq!(
        conflict.question(&region),
        "Gemeente Westdorp staat al in het overzicht: evaluatie 'Evaluatie 2025', bijgewerkt op 01-03-2026, uit 'oud.json'. Het bestand 'nieuw.json' bevat evaluatie 'Evaluatie 2026', bijgewerkt op 05-06-2026. Wat wilt u doen?"
    );
    assert!(report.summary().contains("1 bestand hoort bij een gemeente die al in het overzicht staat"));
}

#[test]
fn each_choice_for_a_conflict_does_what_it_says() {
    let q = base();
    let start = {
        let mut region = region(&q);
        region.import_files(
            Some(&q),
            vec![
                file("a.json", &evaluation("e1", "Westdorp", "Oud", "ja")),
                file("b.json", &evaluation("e3", "Middendorp", "M", "ja")),
            ],
            NOW,
        );
        region
    };
    let incoming = evaluation("e2", "Westdorp", "Nieuw", "nee");

    let mut kept = start.clone();
    let report = kept.import_files(Some(&q), vec![file("c.json", &incoming)], NOW);
    let conflict = report.conflicts().next().unwrap().clone();
    let message = kept.resolve(&conflict, Resolution::KeepExisting, NOW);
    assert_eq!(kept.members, start.members);
    assert!(message.contains("is gehouden"), "{message}");

    let mut replaced = start.clone();
    replaced.import_files(Some(&q), vec![file("c.json", &incoming)], NOW);
    replaced.resolve(&conflict, Resolution::Replace, "2026-12-02T08:00:00.000Z");
    let names: Vec<(&str, &str, &str)> =
        replaced.members.iter().map(|m| (m.id.as_str(), m.municipality.as_str(), m.evaluation_name.as_str())).collect();
    assert_eq!(names, [("lid-1", "Westdorp", "Nieuw"), ("lid-2", "Middendorp", "M")], "same place and id");
    assert_eq!(replaced.updated_at, "2026-12-02T08:00:00.000Z");

    let mut both = start.clone();
    both.import_files(Some(&q), vec![file("c.json", &incoming)], NOW);
    both.resolve(&conflict, Resolution::KeepBoth, NOW);
    let ids: Vec<&str> = both.members.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["lid-1", "lid-2", "lid-3"]);
    assert_eq!(
        Resolution::ALL.map(Resolution::label),
        ["Bestaande houden", "Vervangen door dit bestand", "Allebei houden"]
    );
}

#[test]
fn a_municipality_twice_in_one_batch_conflicts_with_the_first_file() {
    let q = base();
    let mut region = region(&q);
    let report = region.import_files(
        Some(&q),
        vec![
            file("a.json", &evaluation("e1", "Westdorp", "Een", "ja")),
            file("b.json", &evaluation("e2", "WESTDORP", "Twee", "nee")),
            file("c.json", &evaluation("e3", "Westdorp", "Drie", "nee")),
        ],
        NOW,
    );
    assert_eq!(outcome_kinds(&report), ["toegevoegd", "dubbel", "dubbel"]);
    let conflicts: Vec<_> = report.conflicts().cloned().collect();
    region.resolve(&conflicts[0], Resolution::Replace, NOW);
    // The second choice is about the member as it is now: the one the first choice put there.
    assert_eq!(region.conflicting_member(&conflicts[1]).unwrap().evaluation_name, "Twee");
    region.resolve(&conflicts[1], Resolution::Replace, NOW);
    assert_eq!(region.members.len(), 1);
    assert_eq!(region.members[0].evaluation_name, "Drie");
}

#[test]
fn replacing_a_member_that_was_removed_in_the_meantime_adds_the_file() {
    let q = base();
    let mut region = region(&q);
    region.import_files(Some(&q), vec![file("a.json", &evaluation("e1", "Westdorp", "Een", "ja"))], NOW);
    let report = region.import_files(Some(&q), vec![file("b.json", &evaluation("e2", "Westdorp", "Twee", "ja"))], NOW);
    let conflict = report.conflicts().next().unwrap().clone();
    assert!(region.remove_member("lid-1", NOW));
    assert!(!region.remove_member("lid-1", NOW));
    let message = region.resolve(&conflict, Resolution::Replace, NOW);
    assert!(message.contains("intussen verwijderd"), "{message}");
    assert_eq!(region.members.len(), 1);
    assert_eq!(region.members[0].id, "lid-2", "a removed member's id is not reused");
}

#[test]
fn an_evaluation_without_a_gemeente_is_recognised_by_its_name() {
    let q = base();
    let mut region = region(&q);
    let report = region.import_files(
        Some(&q),
        vec![
            file("a.json", &evaluation("e1", "", "Zelfevaluatie Westdorp", "ja")),
            file("b.json", &evaluation("e2", "", "zelfevaluatie  westdorp", "nee")),
        ],
        NOW,
    );
    assert_eq!(outcome_kinds(&report), ["toegevoegd", "dubbel"]);
    let conflict = report.conflicts().next().unwrap();
    assert_eq!(conflict.identified_by, IdentifiedBy::EvaluationName);
    assert!(conflict
        .question(&region)
        .starts_with("De evaluatie 'Zelfevaluatie Westdorp' (zonder gemeentenaam) staat al"));
}

#[test]
fn the_same_file_chosen_again_changes_nothing() {
    let q = base();
    let mut region = region(&q);
    let a = file("a.json", &evaluation("e1", "Westdorp", "Een", "ja"));
    region.import_files(Some(&q), vec![a.clone()], NOW);
    let before = region.clone();
    let report = region.import_files(Some(&q), vec![("kopie van a.json".to_owned(), a.1)], "2026-12-09T00:00:00.000Z");
    assert_eq!(report.files[0].outcome, FileOutcome::Unchanged { member_id: "lid-1".into() });
    assert_eq!(region, before);
    assert_eq!(report.summary(), "Er is geen bestand toegevoegd. 1 bestand stond al ongewijzigd in het overzicht.");
}

#[test]
fn an_added_file_says_how_many_answers_do_not_fit() {
    let q = base();
    let mut region = region(&q);
    let mut old = evaluation("e1", "Westdorp", "Een", "ja");
    old.questionnaire_version = "0.9".into();
    old.answers
        .insert("verdwenen".into(), Answer { value: Some(AnswerValue::Choice("ja".into())), note: String::new() });
    old.answers
        .insert("q2".into(), Answer { value: Some(AnswerValue::Choice("uitstekend".into())), note: String::new() });
    let report = region.import_files(Some(&q), vec![file("a.json", &old)], NOW);
    assert_eq!(report.files[0].outcome, FileOutcome::Added { member_id: "lid-1".into(), not_fitting: 2 });
    assert_eq!(region.members[0].questionnaire_version, "0.9", "the member keeps the version it was answered with");
    assert_eq!(region.members[0].answers.len(), 3, "answers that do not fit are kept, not dropped");
}

#[test]
fn a_region_is_stored_and_read_back_unchanged() {
    let q = base();
    let mut region = region(&q);
    region.import_files(Some(&q), vec![file("a.json", &evaluation("e1", "Westdorp", "Een", "ja"))], NOW);
    region.anonymous = true;
    let text = region.to_json().unwrap();
    assert!(text.contains("\"format\":\"wmo-zelfevaluatie/region\""));
    assert!(!text.contains("\"plan\""), "an empty plan is left out");
    assert_eq!(Region::from_json(&text).unwrap(), region);
    assert_eq!(region.format_version, REGION_FORMAT_VERSION);
}

#[test]
fn a_stored_region_that_is_not_one_is_refused_with_a_reason() {
    let q = base();
    let text = region(&q).to_json().unwrap();
    let written_version = format!("\"format_version\":{REGION_FORMAT_VERSION}");
    assert!(text.contains(&written_version));
    let version_1 = text.replace(&written_version, "\"format_version\":1");
    let read = Region::from_json(&version_1).expect("an overview of version 1 (without priorities) still reads");
    assert!(read.to_json().unwrap().contains(&written_version), "and is written as this version");
    let cases = [
        ("niet json".to_owned(), "geen geldig JSON"),
        ("null".to_owned(), "geen regio-overzicht"),
        ("[1, 2]".to_owned(), "geen regio-overzicht"),
        (text.replace("wmo-zelfevaluatie/region", "wmo-zelfevaluatie/assessment"), "geen regio-overzicht"),
        (text.replace(&written_version, "\"format_version\":99"), "opslagversie 99"),
        (text.replace(&written_version, "\"format_version\":0"), "geen geldige opslagversie"),
        (text.replace("\"name\"", "\"naam\""), "beschadigd of onvolledig"),
    ];
    for (broken, expected) in cases {
        let error = Region::from_json(&broken).unwrap_err();
        assert!(error.contains(expected), "{expected}: {error}");
    }
}

#[test]
fn a_region_name_is_required_on_one_line_and_not_too_long() {
    assert_eq!(clean_region_name("  GGD regio\nUtrecht  ").unwrap(), "GGD regio Utrecht");
    assert!(clean_region_name(" \t").unwrap_err().contains("Geef het regio-overzicht een naam"));
    assert!(clean_region_name(&"x".repeat(121)).unwrap_err().contains("hoogstens 120"));
}
