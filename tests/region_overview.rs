//! The regional overview: every member's numbers from the one scoring rule, the region's median
//! and spread, the heat map, the answers per question, the common improvement points and the
//! regional plan.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;
use zelfevaluatie_wmo_toezicht::model::assessment::Assessment;
use zelfevaluatie_wmo_toezicht::model::plan::{ActionStatus, OwnAction, RowKind};
use zelfevaluatie_wmo_toezicht::model::questionnaire::Priority;
use zelfevaluatie_wmo_toezicht::model::region::improvements::selected_by_default;
use zelfevaluatie_wmo_toezicht::model::region::{region_overview, region_plan_rows, region_view, Region};
use zelfevaluatie_wmo_toezicht::model::{score, Answer, AnswerValue, Answers, Questionnaire};

const NOW: &str = "2026-12-01T10:00:00.000Z";

fn choice(id: &str) -> AnswerValue {
    AnswerValue::Choice(id.to_owned())
}

fn answers(pairs: &[(&str, AnswerValue)]) -> Answers {
    pairs.iter().map(|(id, v)| (id.to_string(), Answer { value: Some(v.clone()), note: String::new() })).collect()
}

/// A region whose members are (gemeente, questionnaire version, answers), added in this order.
fn region_of(q: &Questionnaire, members: Vec<(&str, &str, Answers)>) -> Region {
    let mut region = Region::new("regio", "Regio West", q, NOW, 7);
    let files: Vec<(String, String)> = members
        .into_iter()
        .enumerate()
        .map(|(n, (municipality, version, answers))| {
            let mut a = Assessment::new(&format!("e{n}"), &format!("Evaluatie {n}"), &q.id, version, NOW);
            a.municipality = municipality.to_owned();
            a.answers = answers;
            (format!("{n}.json"), a.to_json().unwrap())
        })
        .collect();
    let report = region.import_files(Some(q), files, NOW);
    assert_eq!(report.added_count(), region.members.len(), "{report:?}");
    region
}

#[test]
fn every_members_numbers_are_the_scoring_of_its_own_answers() {
    let q = base();
    let region = region_of(
        &q,
        vec![
            ("Westdorp", "1", answers(&[("q1", choice("ja")), ("q2", choice("matig")), ("q4", AnswerValue::Scale(4))])),
            ("Oostdorp", "1", answers(&[("q1", choice("nee")), ("q2", AnswerValue::NotApplicable)])),
        ],
    );
    let overview = region_overview(&q, &region);
    assert_eq!(overview.members.len(), 2);
    for (member, view) in region.members.iter().zip(&overview.members) {
        let report = score(&q, &member.answers);
        for (cell, principle) in view.principles.iter().zip(&report.principles) {
            assert_eq!((cell.tally, cell.percent, &cell.level), (principle.tally, principle.percent, &principle.level));
        }
        for (cell, section) in view.sections.iter().zip(&report.sections) {
            assert_eq!((cell.tally, cell.percent, &cell.level), (section.tally, section.percent, &section.level));
        }
        assert_eq!(view.progress, report.progress);
    }
    let labels: Vec<&str> = overview.members.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["Westdorp", "Oostdorp"]);
    let principles: Vec<&str> = overview.principles.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(principles, ["Onafhankelijkheid", "Transparantie"]);
    assert_eq!(overview.sections.len(), 2);
    assert_eq!(overview.members[1].principles[0].level_index, Some(0), "0 % is the lowest band");
    assert_eq!(overview.members[0].principles[0].level_index, Some(2), "100 % is the highest band");
}

#[test]
fn median_and_spread_count_only_members_with_a_score() {
    let q = base();
    let region = region_of(
        &q,
        vec![
            ("A-dorp", "1", answers(&[("q1", choice("ja"))])),
            ("B-dorp", "1", answers(&[("q1", choice("nee"))])),
            ("C-dorp", "1", answers(&[("q1", AnswerValue::NotApplicable)])),
            ("D-dorp", "1", answers(&[("q1", choice("ja"))])),
            ("E-dorp", "1", Answers::new()),
        ],
    );
    let overview = region_overview(&q, &region);
    let spread = overview.principle_spreads[0].expect("three members have a score");
    assert_eq!(
        (spread.count, spread.min, spread.q1, spread.median, spread.q3, spread.max),
        (3, 0.0, 50.0, 100.0, 100.0, 100.0)
    );
    assert_eq!(overview.principle_spreads[1], None, "nobody answered a transparantie question");
    assert_eq!(overview.members[2].principles[0].percent, None);
    assert_eq!(overview.members[2].principles[0].coverage(), "0 van 2 vragen beantwoord, 1 niet van toepassing");
    assert_eq!(overview.members[0].principles[0].coverage(), "1 van 3 vragen beantwoord");
}

#[test]
fn the_heat_map_has_a_row_per_member_and_a_cell_per_section() {
    let q = base();
    let region = region_of(
        &q,
        vec![
            ("Westdorp", "1", answers(&[("q1", choice("ja")), ("q4", AnswerValue::Scale(1))])),
            ("Oostdorp", "1", answers(&[("q2", choice("matig"))])),
        ],
    );
    let overview = region_overview(&q, &region);
    let heat = overview.heat_map();
    let columns: Vec<&str> = heat.columns.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(columns, ["een", "twee"]);
    let labels: Vec<&str> = heat.rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["Westdorp", "Oostdorp"]);
    let percents: Vec<Vec<Option<f64>>> =
        heat.rows.iter().map(|r| r.cells.iter().map(|c| c.percent).collect()).collect();
    assert_eq!(percents, [vec![Some(100.0), Some(0.0)], vec![Some(50.0), None]]);
    let levels: Vec<Vec<Option<usize>>> =
        heat.rows.iter().map(|r| r.cells.iter().map(|c| c.level_index).collect()).collect();
    assert_eq!(levels, [vec![Some(2), Some(0)], vec![Some(1), None]]);
    assert_eq!(overview.level_of(74.9).map(|(i, l)| (i, l.id.as_str())), Some((1, "op-weg")));
    assert_eq!(overview.level_of(100.0).map(|(i, _)| i), Some(2));
}

#[test]
fn each_question_counts_every_member_once_with_options_in_file_order() {
    let q = base();
    let mut noted = answers(&[("q1", choice("ja")), ("q3", AnswerValue::Choices(vec!["a".into(), "c".into()]))]);
    noted.get_mut("q1").unwrap().note = "Geregeld door de GGD.".into();
    let region = region_of(
        &q,
        vec![
            ("A-dorp", "1", noted),
            (
                "B-dorp",
                "1",
                answers(&[
                    ("q1", choice("ja")),
                    ("q3", AnswerValue::Choices(vec!["a".into()])),
                    ("q4", AnswerValue::Scale(5)),
                    ("q5", AnswerValue::Number(1.5)),
                    ("q6", AnswerValue::Text("  Veel gedaan. ".into())),
                ]),
            ),
            // q3 is hidden here (q1 is not 'ja'); its kept answer does not count.
            (
                "C-dorp",
                "1",
                answers(&[
                    ("q1", choice("nee")),
                    ("q3", AnswerValue::Choices(vec!["b".into()])),
                    ("q5", AnswerValue::Number(3.0)),
                ]),
            ),
            ("D-dorp", "1", answers(&[("q1", AnswerValue::NotApplicable), ("q4", AnswerValue::Scale(5))])),
            // Answered with an older version in a way the current one cannot use.
            ("E-dorp", "0.9", answers(&[("q1", choice("misschien")), ("q4", AnswerValue::Scale(9))])),
        ],
    );
    let overview = region_overview(&q, &region);
    let question = |id: &str| overview.questions.iter().find(|d| d.question_id == id).unwrap();
    let totals = |id: &str| {
        let d = question(id);
        (d.answered, d.not_applicable, d.unanswered, d.hidden, d.not_fitting)
    };
    for d in &overview.questions {
        assert_eq!(d.answered + d.not_applicable + d.unanswered + d.hidden + d.not_fitting, 5, "{}", d.question_id);
    }

    let q1 = question("q1");
    let counts: Vec<(&str, &str, usize)> =
        q1.answers.iter().map(|a| (a.key.as_str(), a.label.as_str(), a.count)).collect();
    assert_eq!(counts, [("ja", "Ja", 2), ("nee", "Nee", 1)]);
    assert_eq!(totals("q1"), (3, 1, 0, 0, 1));
    assert_eq!(q1.section_id, "een");
    assert_eq!(q1.notes.len(), 1);
    assert_eq!((q1.notes[0].member, q1.notes[0].text.as_str()), (0, "Geregeld door de GGD."));

    let q3 = question("q3");
    let counts: Vec<(&str, usize)> = q3.answers.iter().map(|a| (a.key.as_str(), a.count)).collect();
    assert_eq!(counts, [("a", 2), ("b", 0), ("c", 1), ("geen", 0)], "a member counts once per option ticked");
    // Hidden for C (q1 nee), D (N/A) and E (its q1 does not fit, so it counts as unanswered).
    assert_eq!(totals("q3"), (2, 0, 0, 3, 0));

    let q4 = question("q4");
    let scale: Vec<(&str, usize)> = q4.answers.iter().map(|a| (a.key.as_str(), a.count)).collect();
    assert_eq!(scale, [("1", 0), ("2", 0), ("3", 0), ("4", 0), ("5", 2)]);
    assert_eq!(totals("q4"), (2, 0, 2, 0, 1));

    let numbers = question("q5").numbers.expect("two numbers");
    assert_eq!((numbers.count, numbers.min, numbers.median, numbers.max), (2, 1.5, 2.25, 3.0));
    assert!(question("q5").answers.is_empty());

    let q6 = question("q6");
    assert_eq!(q6.texts.len(), 1);
    assert_eq!((q6.texts[0].member, q6.texts[0].text.as_str()), (1, "Veel gedaan."));
}

#[test]
fn a_question_names_the_national_figures_to_show_beside_it() {
    let q = keuzehulp();
    let region = region_of(&q, vec![("Westdorp", &q.version.clone(), Answers::new())]);
    let overview = region_overview(&q, &region);
    let figures = &overview.questions.iter().find(|d| d.question_id == "functieverstrengeling").unwrap().figure_ids;
    assert_eq!(figures, &["igj-2024-functieverstrengeling"]);
    assert!(overview.questions.iter().any(|d| d.figure_ids.is_empty()));
}

fn keuzehulp() -> Questionnaire {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/keuzehulp-wmo-toezicht.yaml"))
            .unwrap();
    load(&text).unwrap()
}

#[test]
fn answers_from_another_version_that_no_longer_fit_are_listed_per_member_and_not_counted() {
    let q = base();
    let mut old = answers(&[("q2", choice("uitstekend")), ("q1", choice("ja"))]);
    old.insert("verdwenen".into(), Answer { value: Some(choice("ja")), note: "oude toelichting".into() });
    let region =
        region_of(&q, vec![("Westdorp", "0.9", old.clone()), ("Oostdorp", "1", answers(&[("q1", choice("ja"))]))]);
    let overview = region_overview(&q, &region);
    let west = &overview.members[0];
    assert!(west.other_version);
    assert_eq!(west.questionnaire_version, "0.9");
    assert!(!overview.members[1].other_version);
    let listed: Vec<(Option<&str>, &str, &str)> = west
        .not_fitting
        .iter()
        .map(|n| (n.question.as_ref().map(|(id, _)| id.as_str()), n.reason.as_str(), n.answered.as_str()))
        .collect();
    assert_eq!(
        listed,
        [
            (Some("q2"), "Het gekozen antwoord (uitstekend) bestaat niet meer.", "uitstekend"),
            (None, "Deze vraag staat niet meer in de vragenlijst.", "ja (toelichting: oude toelichting)"),
        ]
    );
    // Westdorp scores exactly as if the answers that do not fit were not there.
    let only_fitting = answers(&[("q1", choice("ja"))]);
    assert_eq!(west.principles[1].percent, score(&q, &only_fitting).principles[1].percent);
    assert_eq!(west.principles[1].percent, None);
}

#[test]
fn common_improvements_are_ranked_by_members_then_priority_then_document_order() {
    let q = base();
    // r-q2 (hoog): q2 'slecht'. r-q4 (laag): q4 below 50 %.
    let region = region_of(
        &q,
        vec![
            ("A-dorp", "1", answers(&[("q2", choice("slecht")), ("q4", AnswerValue::Scale(1))])),
            ("B-dorp", "1", answers(&[("q4", AnswerValue::Scale(2))])),
            ("C-dorp", "1", answers(&[("q2", choice("goed")), ("q4", AnswerValue::Scale(1))])),
            ("D-dorp", "1", answers(&[("q2", choice("slecht"))])),
        ],
    );
    let overview = region_overview(&q, &region);
    let ranked: Vec<(&str, Vec<usize>)> =
        overview.improvements.iter().map(|c| (c.recommendation_id.as_str(), c.members.clone())).collect();
    assert_eq!(ranked, [("r-q4", vec![0, 1, 2]), ("r-q2", vec![0, 3])], "more members first, whatever the priority");
    assert_eq!(overview.improvements[1].priority, Priority::High);
    assert_eq!(overview.improvements[1].question_text, "Vraag twee?");
    assert_eq!(overview.improvements[1].principle_label, "Transparantie");

    // Equal counts: higher priority first.
    let region = region_of(
        &q,
        vec![
            ("A-dorp", "1", answers(&[("q4", AnswerValue::Scale(1))])),
            ("B-dorp", "1", answers(&[("q2", choice("slecht"))])),
        ],
    );
    let ids: Vec<String> = region_overview(&q, &region).improvements.into_iter().map(|c| c.recommendation_id).collect();
    assert_eq!(ids, ["r-q2", "r-q4"]);

    // Equal counts and priority: the order of the questionnaire (r-q2 comes before r-q4).
    let same_priority = load(&variant("            priority: laag\n", "            priority: hoog\n")).unwrap();
    let region = region_of(
        &same_priority,
        vec![
            ("A-dorp", "1", answers(&[("q4", AnswerValue::Scale(1))])),
            ("B-dorp", "1", answers(&[("q2", choice("slecht"))])),
        ],
    );
    let ids: Vec<String> =
        region_overview(&same_priority, &region).improvements.into_iter().map(|c| c.recommendation_id).collect();
    assert_eq!(ids, ["r-q2", "r-q4"]);
}

#[test]
fn the_regional_plan_starts_from_the_ranked_improvements_and_keeps_the_coordinators_choices() {
    let q = base();
    let mut region = region_of(
        &q,
        vec![
            ("A-dorp", "1", answers(&[("q2", choice("slecht")), ("q4", AnswerValue::Scale(1))])),
            ("B-dorp", "1", answers(&[("q4", AnswerValue::Scale(2))])),
            ("C-dorp", "1", answers(&[("q4", AnswerValue::Scale(1))])),
            ("D-dorp", "1", answers(&[("q2", choice("goed"))])),
            ("E-dorp", "1", Answers::new()),
        ],
    );
    for (title, priority) in [("Verslag delen", "laag"), ("Regionaal overleg inplannen", "hoog")] {
        let mut own = OwnAction::from_form(title, "", "", priority).unwrap();
        own.id = region.plan.next_own_id();
        region.plan.own.push(own);
    }
    let rows = region_plan_rows(&q, &region);
    let summary: Vec<(&str, RowKind, bool, &str)> =
        rows.iter().map(|r| (r.key.as_str(), r.kind, r.edits.selected, r.question_text.as_str())).collect();
    assert_eq!(
        summary,
        [
            ("r-q4", RowKind::Recommendation, true, "Hoe goed? (geldt in 3 van 5 gemeenten)"),
            ("r-q2", RowKind::Recommendation, false, "Vraag twee? (geldt in 1 van 5 gemeenten)"),
            ("eigen-2", RowKind::Own, true, ""),
            ("eigen-1", RowKind::Own, true, ""),
        ]
    );

    // One count over the common points and the own actions, as in a municipal plan.
    let numbers: Vec<Option<usize>> = rows.iter().map(|r| r.number).collect();
    assert_eq!(numbers, [Some(1), None, Some(2), Some(3)]);

    // Editing the owner of a row that is off by default leaves it off.
    let off = rows[1].clone();
    region.edit_plan_row(&off, |e| e.owner = "Regiocoördinator".into(), "2026-12-03T00:00:00.000Z");
    region.edit_plan_row(&rows[2], |e| e.status = ActionStatus::InProgress, NOW);
    assert_eq!(region.plan.own[1].edits.status, ActionStatus::InProgress, "the row's own action, not the first one");
    let rows = region_plan_rows(&q, &region);
    assert_eq!((rows[1].edits.selected, rows[1].edits.owner.as_str()), (false, "Regiocoördinator"));
    assert_eq!(rows[2].edits.status, ActionStatus::InProgress);
    assert_eq!(region.updated_at, NOW);
    assert!(selected_by_default(2, 4) && !selected_by_default(1, 3) && selected_by_default(1, 1));
}

#[test]
fn a_municipality_kept_twice_is_told_apart_by_its_evaluation() {
    let q = base();
    let region = region_of(&q, vec![("Westdorp", "1", Answers::new()), ("Oostdorp", "1", Answers::new())]);
    let mut region = region;
    let mut again = Assessment::new("e9", "Evaluatie 0", "test", "1", NOW);
    again.municipality = "Westdorp".into();
    let report = region.import_files(Some(&q), vec![("x.json", again.to_json().unwrap())], NOW);
    let conflict = report.conflicts().next().unwrap().clone();
    region.resolve(&conflict, zelfevaluatie_wmo_toezicht::model::region::Resolution::KeepBoth, NOW);
    let labels: Vec<String> = region_overview(&q, &region).members.into_iter().map(|m| m.label).collect();
    assert_eq!(labels, ["Westdorp (Evaluatie 0)", "Oostdorp", "Westdorp (Evaluatie 0) (2)"]);
    let mut renamed = region.clone();
    renamed.members[2].municipality = "gemeente WESTDORP".into();
    renamed.members[2].evaluation_name = "Evaluatie 2026".into();
    let labels: Vec<String> = region_overview(&q, &renamed).members.into_iter().map(|m| m.label).collect();
    assert_eq!(labels, ["Westdorp (Evaluatie 0)", "Oostdorp", "gemeente WESTDORP (Evaluatie 2026)"]);
}

#[test]
fn the_view_is_anonymous_exactly_when_the_region_asks_for_it() {
    let q = base();
    let mut region = region_of(&q, vec![("Westdorp", "1", Answers::new())]);
    assert_eq!(region_view(&q, &region).members[0].label, "Westdorp");
    region.anonymous = true;
    let view = region_view(&q, &region);
    assert!(view.anonymous);
    assert_eq!(view.members[0].label, "Gemeente A");
}
