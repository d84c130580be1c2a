//! The app's addresses: every page round-trips through its address, section ids cannot collide
//! with page words, and an open evaluation resumes where the user was.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use zelfevaluatie_wmo_toezicht::model::assessment::Mode;
use zelfevaluatie_wmo_toezicht::model::route::{
    assessment_href, is_reserved_section_id, region_href, reserved_section_ids, resolve, Part, RegionPart, Route,
};

#[test]
fn every_route_round_trips_through_its_address() {
    let routes = [
        Route::Start,
        Route::About,
        Route::NewAssessment { questionnaire_id: "keuzehulp-wmo-toezicht".into() },
        Route::Assessment { id: "e1".into(), part: Part::Resume },
        Route::Assessment { id: "e1".into(), part: Part::Section("aanwijzing".into()) },
        Route::Assessment { id: "e1".into(), part: Part::Case(0) },
        Route::Assessment { id: "e1".into(), part: Part::Case(2) },
        Route::Assessment { id: "e1".into(), part: Part::CaseOverview },
        Route::Assessment { id: "e1".into(), part: Part::Answers },
        Route::Assessment { id: "e1".into(), part: Part::Results },
        Route::Assessment { id: "e1".into(), part: Part::Plan },
        Route::Regions,
        Route::Region { id: "r1".into(), part: RegionPart::Members },
        Route::Region { id: "r1".into(), part: RegionPart::Scores },
        Route::Region { id: "r1".into(), part: RegionPart::Questions },
        Route::Region { id: "r1".into(), part: RegionPart::Improvements },
    ];
    for route in routes {
        assert_eq!(Route::from_hash(&route.href()), route, "{}", route.href());
    }
}

#[test]
fn addresses_as_people_type_them() {
    assert_eq!(Route::from_hash(""), Route::Start);
    assert_eq!(Route::from_hash("#"), Route::Start);
    assert_eq!(Route::from_hash("#/over/"), Route::About);
    assert_eq!(assessment_href("e1", Part::Case(1)), "#/evaluatie/e1/casus/2");
    assert_eq!(assessment_href("e1", Part::Results), "#/evaluatie/e1/resultaten");
    for unknown in
        ["#/onbekend", "#/evaluatie", "#/evaluatie/e1/casus/0", "#/evaluatie/e1/casus/x", "#/evaluatie/e1/a/b"]
    {
        assert_eq!(Route::from_hash(unknown), Route::NotFound, "{unknown}");
    }
}

#[test]
fn page_words_are_exactly_the_reserved_section_ids() {
    let mut reserved = reserved_section_ids();
    reserved.sort_unstable();
    assert_eq!(reserved, ["antwoorden", "casus", "overzicht", "resultaten", "verbeterplan"]);
    for word in &reserved {
        assert!(is_reserved_section_id(word));
        if *word == "casus" {
            continue; // `casus/<n>` addresses a case; tested above.
        }
        // A section with that id could never be reached: its address names another page.
        let route = Route::from_hash(&format!("#/evaluatie/e1/{word}"));
        assert_ne!(route, Route::Assessment { id: "e1".into(), part: Part::Section((*word).to_owned()) }, "{word}");
    }
    assert!(!is_reserved_section_id("aanwijzing"));
}

#[test]
fn positions_are_the_part_of_the_address_after_the_id() {
    for part in [Part::Section("borging".into()), Part::Case(1), Part::CaseOverview, Part::Plan] {
        let position = part.position().unwrap();
        assert_eq!(Part::from_position(&position), part);
    }
    assert_eq!(Part::Resume.position(), None);
    assert_eq!(Part::from_position("a/b/c"), Part::Resume);
}

#[test]
fn an_evaluation_opens_at_the_asked_part_else_where_the_user_was_else_at_the_start() {
    let q = support::shipped("keuzehulp-wmo-toezicht.yaml");
    let first = Part::Section(q.sections[0].id.clone());
    let second = Part::Section(q.sections[1].id.clone());
    let organisation = |asked: Part, position: Option<&str>| resolve(&q, Mode::Organisation, 0, asked, position);
    assert_eq!(organisation(second.clone(), None), second);
    assert_eq!(organisation(Part::Resume, Some(&q.sections[1].id)), second);
    assert_eq!(organisation(Part::Resume, Some("resultaten")), Part::Results);
    assert_eq!(organisation(Part::Section("bestaat-niet".into()), Some("bestaat-ook-niet")), first);
    assert_eq!(organisation(Part::Case(0), None), first, "no cases in organisation mode");

    let case_mode = |cases: usize, asked: Part| resolve(&q, Mode::Cases, cases, asked, None);
    assert_eq!(case_mode(2, Part::Case(1)), Part::Case(1));
    assert_eq!(case_mode(1, Part::Case(1)), Part::CaseOverview, "a removed case falls back to the overview");
    assert_eq!(case_mode(1, first.clone()), Part::CaseOverview, "no sections in casus mode");
}

#[test]
fn region_addresses_as_people_type_them() {
    assert_eq!(Route::from_hash("#/regio/"), Route::Regions);
    assert_eq!(region_href("r1", RegionPart::Members), "#/regio/r1");
    assert_eq!(region_href("r1", RegionPart::Scores), "#/regio/r1/scores");
    assert_eq!(region_href("r1", RegionPart::Questions), "#/regio/r1/vragen");
    assert_eq!(region_href("r1", RegionPart::Improvements), "#/regio/r1/verbeterpunten");
    for unknown in ["#/regio/r1/onbekend", "#/regio/r1/scores/extra"] {
        assert_eq!(Route::from_hash(unknown), Route::NotFound, "{unknown}");
    }
    let titles: Vec<&str> = RegionPart::ALL.iter().map(|p| p.title()).collect();
    assert_eq!(titles.len(), titles.iter().collect::<std::collections::BTreeSet<_>>().len(), "distinct titles");
}

#[test]
fn moving_between_the_parts_of_a_region_keeps_the_page() {
    let scores = Route::Region { id: "r1".into(), part: RegionPart::Scores };
    let members = Route::Region { id: "r1".into(), part: RegionPart::Members };
    assert_eq!(scores.page(), members.page());
    assert_eq!(scores.region_part(), Some(RegionPart::Scores));
    assert_ne!(scores.page(), Route::Region { id: "r2".into(), part: RegionPart::Scores }.page());
    assert_eq!(Route::Regions.region_part(), None);
}
