//! Two tabs on one evaluation: neither undoes the other's answers, and no text either typed is lost.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeMap;

use proptest::prelude::*;
use zelfevaluatie_wmo_toezicht::model::cases::CaseRecord;
use zelfevaluatie_wmo_toezicht::model::merge::text::{merge_text, Shape, ONE_LINE_MARK, SEPARATOR};
use zelfevaluatie_wmo_toezicht::model::merge::{merge, texts, Merged, Place};
use zelfevaluatie_wmo_toezicht::model::plan::{ActionEdits, ActionStatus, OwnAction, PlanEdits};
use zelfevaluatie_wmo_toezicht::model::questionnaire::Priority;
use zelfevaluatie_wmo_toezicht::model::{Answer, AnswerValue, Assessment};

fn base() -> Assessment {
    let mut a = Assessment::new("e", "Evaluatie", "q", "1", "2026-11-23T10:00:00Z");
    a.answers.insert("q1".into(), Answer { value: Some(AnswerValue::Choice("nee".into())), note: String::new() });
    a.answers.insert("q9".into(), Answer { value: Some(AnswerValue::Choice("ja".into())), note: String::new() });
    a
}

fn choose(a: &mut Assessment, id: &str, option: &str) {
    a.answers.entry(id.into()).or_default().value = Some(AnswerValue::Choice(option.into()));
}

fn note(a: &mut Assessment, id: &str, text: &str) {
    a.answers.entry(id.into()).or_default().note = text.into();
}

fn own(id: &str, title: &str) -> OwnAction {
    OwnAction {
        id: id.into(),
        title: title.into(),
        text: String::new(),
        principle: None,
        priority: Priority::Medium,
        edits: ActionEdits::default(),
    }
}

fn merged(base: &Assessment, mine: &Assessment, theirs: &Assessment) -> Assessment {
    merge(base, mine, theirs).assessment
}

#[test]
fn answers_to_different_questions_are_both_kept() {
    let base = base();
    let mut mine = base.clone();
    choose(&mut mine, "q1", "ja");
    mine.updated_at = "2026-11-23T10:05:00Z".into();
    let mut theirs = base.clone();
    choose(&mut theirs, "q2", "deels");
    theirs.updated_at = "2026-11-23T10:04:00Z".into();
    let Merged { assessment, conflicts } = merge(&base, &mine, &theirs);
    assert_eq!(assessment.answers["q1"].value, Some(AnswerValue::Choice("ja".into())));
    assert_eq!(assessment.answers["q2"].value, Some(AnswerValue::Choice("deels".into())));
    assert_eq!(assessment.updated_at, "2026-11-23T10:05:00Z");
    assert_eq!(conflicts, []);
}

#[test]
fn a_removal_in_one_tab_and_no_change_in_the_other_removes() {
    let base = base();
    let mut mine = base.clone();
    mine.answers.remove("q9");
    assert!(!merged(&base, &mine, &base).answers.contains_key("q9"));
    assert!(!merged(&base, &base, &mine).answers.contains_key("q9"), "their removal is kept too");
}

#[test]
fn when_both_changed_the_same_choice_this_tab_wins_and_nothing_is_reported() {
    let base = base();
    let mut mine = base.clone();
    choose(&mut mine, "q1", "deels");
    let mut theirs = base.clone();
    choose(&mut theirs, "q1", "ja");
    let Merged { assessment, conflicts } = merge(&base, &mine, &theirs);
    assert_eq!(assessment.answers["q1"].value, Some(AnswerValue::Choice("deels".into())));
    assert_eq!(conflicts, []);
}

#[test]
fn a_choice_in_one_tab_and_a_toelichting_in_the_other_on_the_same_question_are_both_kept() {
    let base = base();
    let mut mine = base.clone();
    choose(&mut mine, "q1", "ja");
    let mut theirs = base.clone();
    note(&mut theirs, "q1", "Besluit van 2024");
    let answer = &merged(&base, &mine, &theirs).answers["q1"];
    assert_eq!(answer.value, Some(AnswerValue::Choice("ja".into())));
    assert_eq!(answer.note, "Besluit van 2024");
}

#[test]
fn the_issue_a_toelichting_typed_in_both_tabs_keeps_both_and_says_where() {
    let base = base();
    let mut mine = base.clone();
    note(&mut mine, "q1", "Tekst van B.");
    let mut theirs = base.clone();
    note(&mut theirs, "q1", "Tekst van A.");
    let Merged { assessment, conflicts } = merge(&base, &mine, &theirs);
    assert_eq!(assessment.answers["q1"].note, format!("Tekst van B.\n\n{SEPARATOR}\nTekst van A."));
    assert_eq!(conflicts, [Place::Note { question: "q1".into() }]);
}

#[test]
fn a_text_only_one_tab_changed_takes_that_change_without_a_report() {
    let mut base = base();
    note(&mut base, "q1", "Oud");
    let mut theirs = base.clone();
    note(&mut theirs, "q1", "Nieuw");
    assert_eq!(merge(&base, &base, &theirs).conflicts, []);
    assert_eq!(merged(&base, &base, &theirs).answers["q1"].note, "Nieuw");
    assert_eq!(merged(&base, &theirs, &base).answers["q1"].note, "Nieuw");
}

#[test]
fn the_same_new_text_in_both_tabs_is_kept_once_without_a_report() {
    let base = base();
    let mut mine = base.clone();
    note(&mut mine, "q1", "Gelijk");
    let Merged { assessment, conflicts } = merge(&base, &mine, &mine.clone());
    assert_eq!(assessment.answers["q1"].note, "Gelijk");
    assert_eq!(conflicts, []);
}

#[test]
fn a_text_emptied_in_one_tab_and_changed_in_the_other_keeps_the_change_and_says_so() {
    let mut base = base();
    note(&mut base, "q1", "Oud");
    let mut mine = base.clone();
    note(&mut mine, "q1", "");
    let mut theirs = base.clone();
    note(&mut theirs, "q1", "Oud, aangevuld");
    let Merged { assessment, conflicts } = merge(&base, &mine, &theirs);
    assert_eq!(assessment.answers["q1"].note, "Oud, aangevuld");
    assert_eq!(conflicts, [Place::Note { question: "q1".into() }]);
    let Merged { assessment, conflicts } = merge(&base, &theirs, &mine);
    assert_eq!(assessment.answers["q1"].note, "Oud, aangevuld");
    assert_eq!(conflicts, [Place::Note { question: "q1".into() }]);
}

#[test]
fn when_the_other_tab_already_kept_both_versions_this_tab_is_told_too() {
    let mut base = base();
    note(&mut base, "q1", "Tekst van A.");
    let mut theirs = base.clone();
    note(&mut theirs, "q1", &format!("Tekst van B.\n\n{SEPARATOR}\nTekst van A."));
    let Merged { assessment, conflicts } = merge(&base, &base, &theirs);
    assert_eq!(assessment, theirs);
    assert_eq!(conflicts, [Place::Note { question: "q1".into() }]);
    // A text that already held both versions is not reported again for an unrelated edit.
    let mut later = theirs.clone();
    choose(&mut later, "q9", "nee");
    assert_eq!(merge(&theirs, &theirs, &later).conflicts, []);
}

#[test]
fn a_version_that_already_holds_the_other_is_kept_alone() {
    let merged = merge_text("a", "a b", "a c", Shape::Lines);
    assert_eq!(merged.text, format!("a b\n\n{SEPARATOR}\na c"), "neither holds the other: both kept");
    let merged = merge_text("", "Eerste zin. Tweede zin.", "Eerste zin.", Shape::Lines);
    assert_eq!((merged.text.as_str(), merged.tell), ("Eerste zin. Tweede zin.", true));
    let merged = merge_text("", "Eerste zin.", "Eerste zin. Tweede zin.", Shape::Lines);
    assert_eq!((merged.text.as_str(), merged.tell), ("Eerste zin. Tweede zin.", true));
}

#[test]
fn one_line_texts_keep_both_versions_on_one_line() {
    let merged = merge_text("", "Team Wmo", "Beleid", Shape::OneLine);
    assert_eq!(merged.text, format!("Team Wmo {ONE_LINE_MARK}Beleid]"));
    assert!(!merged.text.contains('\n'));
    assert!(merged.tell);
}

#[test]
fn a_text_answer_merges_as_a_text_and_wins_over_a_choice_of_not_applicable() {
    let base = base();
    let text = |t: &str| Some(AnswerValue::Text(t.into()));
    let mut mine = base.clone();
    mine.answers.entry("open".into()).or_default().value = text("Van mij");
    let mut theirs = base.clone();
    theirs.answers.entry("open".into()).or_default().value = text("Van hen");
    let Merged { assessment, conflicts } = merge(&base, &mine, &theirs);
    assert_eq!(assessment.answers["open"].value, text(&format!("Van mij\n\n{SEPARATOR}\nVan hen")));
    assert_eq!(conflicts, [Place::TextAnswer { question: "open".into() }]);

    let mut not_applicable = base.clone();
    not_applicable.answers.entry("open".into()).or_default().value = Some(AnswerValue::NotApplicable);
    for (mine, theirs) in [(&not_applicable, &theirs), (&theirs, &not_applicable)] {
        let Merged { assessment, conflicts } = merge(&base, mine, theirs);
        assert_eq!(assessment.answers["open"].value, text("Van hen"));
        assert_eq!(conflicts, [Place::TextAnswer { question: "open".into() }]);
    }
}

#[test]
fn plan_edits_and_own_actions_merge_per_item() {
    let mut base = base();
    base.plan.own.push(own("eigen-1", "Eerste"));
    let mut mine = base.clone();
    mine.plan.recommendations.insert("r1".into(), ActionEdits { owner: "Team A".into(), ..ActionEdits::default() });
    mine.plan.own.push(own("eigen-2", "Van mij"));
    let mut theirs = base.clone();
    theirs.plan.own[0].title = "Eerste, aangepast".into();
    theirs.plan.own.push(own("eigen-3", "Van hen"));
    theirs.name = "Nieuwe naam".into();
    let merged = merged(&base, &mine, &theirs);
    assert_eq!(merged.plan.recommendations["r1"].owner, "Team A");
    let titles: Vec<&str> = merged.plan.own.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["Eerste, aangepast", "Van hen", "Van mij"]);
    assert_eq!(merged.name, "Nieuwe naam");
}

#[test]
fn a_plan_note_edited_in_both_tabs_keeps_both_and_the_status_of_this_tab() {
    let mut base = base();
    base.plan.recommendations.insert("r1".into(), ActionEdits::default());
    let mut mine = base.clone();
    let edits = mine.plan.recommendations.get_mut("r1").unwrap();
    edits.note = "Besluit in maart".into();
    edits.status = ActionStatus::Done;
    let mut theirs = base.clone();
    let edits = theirs.plan.recommendations.get_mut("r1").unwrap();
    edits.note = "Wacht op de jurist".into();
    edits.status = ActionStatus::InProgress;
    edits.owner = "Team Wmo".into();
    edits.priority = Some(Priority::Low);
    let Merged { assessment, conflicts } = merge(&base, &mine, &theirs);
    let edits = &assessment.plan.recommendations["r1"];
    assert_eq!(edits.priority, Some(Priority::Low), "a priority changed in one tab only is kept");
    assert_eq!(edits.note, format!("Besluit in maart\n\n{SEPARATOR}\nWacht op de jurist"));
    assert_eq!(edits.status, ActionStatus::Done);
    assert_eq!(edits.owner, "Team Wmo");
    assert_eq!(conflicts, [Place::RowNote { row: "r1".into() }]);
}

#[test]
fn every_text_of_the_plan_keeps_both_versions() {
    let mut base = base();
    base.plan.own.push(own("eigen-1", "Eerste"));
    let edit = |side: &str| {
        let mut a = base.clone();
        a.plan.details.summary = format!("Samenvatting {side}");
        a.plan.details.version = format!("versie {side}");
        a.plan.details.author = format!("auteur {side}");
        let action = &mut a.plan.own[0];
        action.title = format!("Titel {side}");
        action.text = format!("Tekst {side}");
        action.edits.owner = format!("Eigenaar {side}");
        action.edits.note = format!("Notitie {side}");
        a.name = format!("Naam {side}");
        a.municipality = format!("Gemeente {side}");
        a
    };
    let Merged { assessment, conflicts } = merge(&base, &edit("hier"), &edit("daar"));
    let action = &assessment.plan.own[0];
    assert_eq!(action.title, format!("Titel hier {ONE_LINE_MARK}Titel daar]"));
    assert_eq!(action.text, format!("Tekst hier\n\n{SEPARATOR}\nTekst daar"));
    assert_eq!(assessment.plan.details.version, format!("versie hier {ONE_LINE_MARK}versie daar]"));
    let action = || "eigen-1".to_owned();
    assert_eq!(
        conflicts,
        [
            Place::Name,
            Place::Municipality,
            Place::RowOwner { row: action() },
            Place::RowNote { row: action() },
            Place::OwnTitle { action: action() },
            Place::OwnText { action: action() },
            Place::PlanSummary,
            Place::PlanVersion,
            Place::PlanAuthor,
        ]
    );
}

#[test]
fn an_own_action_removed_here_but_changed_there_is_kept_and_reported() {
    let mut base = base();
    base.plan.own.push(own("eigen-1", "Eerste"));
    let mut removed = base.clone();
    removed.plan.own.clear();
    let mut noted = base.clone();
    noted.plan.own[0].edits.note = "Nog bespreken".into();
    let Merged { assessment, conflicts } = merge(&base, &removed, &noted);
    assert_eq!(assessment.plan.own, noted.plan.own);
    assert_eq!(conflicts, [Place::OwnAction { action: "eigen-1".into() }]);
    // Only a status changed there: this tab's removal stands.
    let mut done = base.clone();
    done.plan.own[0].edits.status = ActionStatus::Done;
    let Merged { assessment, conflicts } = merge(&base, &removed, &done);
    assert_eq!(assessment.plan.own, []);
    assert_eq!(conflicts, []);
    // Removed there, changed here: this tab's change wins, and its text is kept.
    let Merged { assessment, conflicts } = merge(&base, &noted, &removed);
    assert_eq!(assessment.plan.own, noted.plan.own);
    assert_eq!(conflicts, [Place::OwnAction { action: "eigen-1".into() }]);
}

#[test]
fn two_new_own_actions_under_the_same_id_are_both_kept() {
    let base = base();
    let mut mine = base.clone();
    mine.plan.own.push(own("eigen-1", "Van mij"));
    let mut theirs = base.clone();
    theirs.plan.own.push(own("eigen-1", "Van hen"));
    let merged = merged(&base, &mine, &theirs);
    let actions: Vec<(&str, &str)> = merged.plan.own.iter().map(|a| (a.id.as_str(), a.title.as_str())).collect();
    assert_eq!(actions, [("eigen-1", "Van mij"), ("eigen-2", "Van hen")]);
}

fn case(label: &str) -> CaseRecord {
    CaseRecord { label: label.into(), ..CaseRecord::default() }
}

fn with_cases(labels: &[&str]) -> Assessment {
    let mut a = base();
    a.cases = labels.iter().map(|l| case(l)).collect();
    a
}

#[test]
fn case_names_and_notes_keep_both_versions() {
    let base = with_cases(&["Casus A"]);
    let edit = |side: &str| {
        let mut a = base.clone();
        a.cases[0].label = format!("Casus {side}");
        a.cases[0].notes.insert("toegang".into(), format!("Notitie {side}"));
        a
    };
    let Merged { assessment, conflicts } = merge(&base, &edit("hier"), &edit("daar"));
    assert_eq!(assessment.cases[0].label, format!("Casus hier {ONE_LINE_MARK}Casus daar]"));
    assert_eq!(assessment.cases[0].notes["toegang"], format!("Notitie hier\n\n{SEPARATOR}\nNotitie daar"));
    assert_eq!(conflicts, [Place::CaseLabel { case: 0 }, Place::CaseNote { case: 0, topic: "toegang".into() }]);
}

#[test]
fn a_case_removed_in_one_tab_does_not_move_the_other_tabs_changes_to_another_case() {
    let base = with_cases(&["Casus A", "Casus B", "Casus C"]);
    let mut removed_first = base.clone();
    removed_first.cases.remove(0);
    let mut noted_last = base.clone();
    noted_last.cases[2].notes.insert("toegang".into(), "Over C".into());
    for (mine, theirs) in [(&removed_first, &noted_last), (&noted_last, &removed_first)] {
        let Merged { assessment, conflicts } = merge(&base, mine, theirs);
        let labels: Vec<&str> = assessment.cases.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(labels, ["Casus B", "Casus C"]);
        assert_eq!(assessment.cases[1].notes["toegang"], "Over C");
        assert_eq!(conflicts, []);
    }
}

#[test]
fn cases_added_in_both_tabs_are_all_kept_and_ratings_of_both_tabs_too() {
    let base = with_cases(&["Casus A"]);
    let rate = |a: &mut Assessment, index: usize, perspective: &str| {
        a.cases[index].ratings.entry("toegang".into()).or_default().insert(
            perspective.into(),
            Answer { value: Some(AnswerValue::Choice("goed".into())), note: String::new() },
        );
    };
    let mut mine = base.clone();
    mine.cases.push(case("Casus B"));
    rate(&mut mine, 0, "dossier");
    let mut theirs = base.clone();
    theirs.cases.push(case("Casus B, gezin"));
    rate(&mut theirs, 0, "inwoner");
    let merged = merged(&base, &mine, &theirs);
    let labels: Vec<&str> = merged.cases.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["Casus A", "Casus B", "Casus B, gezin"]);
    let rated: Vec<&String> = merged.cases[0].ratings["toegang"].keys().collect();
    assert_eq!(rated, ["dossier", "inwoner"]);
}

#[test]
fn nothing_changed_here_means_theirs() {
    let base = base();
    let mut theirs = base.clone();
    choose(&mut theirs, "q1", "ja");
    assert_eq!(merge(&base, &base, &theirs), Merged { assessment: theirs, conflicts: Vec::new() });
}

#[test]
fn places_are_named_as_the_user_knows_them() {
    let questionnaire = support::snelle_scan();
    let mut a = support::filled_snelle_scan();
    a.plan.own = vec![own("eigen-1", "Jaarlijks gesprek")];
    a.cases = vec![case("Casus A")];
    let described = |place: Place| place.describe(&questionnaire, &a);
    assert_eq!(
        described(Place::Note { question: "toezichthouder-aangewezen".into() }),
        "de toelichting bij vraag 'Heeft het college een of meer toezichthouders voor de Wmo 2015 aangewezen in een besluit?'"
    );
    assert_eq!(
        described(Place::RowNote { row: "aanwijzing-vastleggen".into() }),
        "de notitie bij actie 'Leg de aanwijzing van de toezichthouder vast'"
    );
    assert_eq!(described(Place::RowOwner { row: "eigen-1".into() }), "de eigenaar van actie 'Jaarlijks gesprek'");
    assert_eq!(described(Place::PlanSummary), "de samenvatting van het plan");
    assert_eq!(described(Place::CaseLabel { case: 0 }), "de naam van casus 1");
    assert_eq!(
        described(Place::CaseNote { case: 0, topic: "toegang".into() }),
        "de toelichting bij onderwerp 'toegang' in casus 'Casus A'",
        "a topic the questionnaire does not have is named by its id"
    );
    let tsd = support::shipped("tsd-zelfevaluatie.yaml");
    assert_eq!(
        Place::CaseNote { case: 0, topic: "hulp-vinden".into() }.describe(&tsd, &a),
        "de toelichting bij onderwerp 'Hulp kunnen vinden' in casus 'Casus A'"
    );
}

// ---- Properties over random edits in both tabs ----

/// One edit a tab can make. Texts carry a word that no other edit writes.
#[derive(Debug, Clone)]
enum Edit {
    Note(usize),
    ClearNote(usize),
    Choose(usize, usize),
    TextAnswer,
    NotApplicable,
    RemoveAnswer(usize),
    RowOwner(usize),
    RowNote(usize),
    RowStatus(usize, usize),
    OwnTitle(usize),
    OwnText(usize),
    OwnNote(usize),
    OwnStatus(usize, usize),
    AddOwn,
    RemoveOwn(usize),
    Summary,
    Version,
    Author,
    CaseLabel(usize),
    CaseNote(usize, usize),
    CaseRating(usize, usize),
    AddCase,
    RemoveCase(usize),
    Name,
    Municipality,
}

fn edit_strategy() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0..4usize).prop_map(Edit::Note),
        (0..4usize).prop_map(Edit::ClearNote),
        (0..3usize, 0..3usize).prop_map(|(q, o)| Edit::Choose(q, o)),
        Just(Edit::TextAnswer),
        Just(Edit::NotApplicable),
        (0..4usize).prop_map(Edit::RemoveAnswer),
        (0..2usize).prop_map(Edit::RowOwner),
        (0..2usize).prop_map(Edit::RowNote),
        (0..2usize, 0..3usize).prop_map(|(r, s)| Edit::RowStatus(r, s)),
        (0..3usize).prop_map(Edit::OwnTitle),
        (0..3usize).prop_map(Edit::OwnText),
        (0..3usize).prop_map(Edit::OwnNote),
        (0..3usize, 0..3usize).prop_map(|(i, s)| Edit::OwnStatus(i, s)),
        Just(Edit::AddOwn),
        (0..3usize).prop_map(Edit::RemoveOwn),
        Just(Edit::Summary),
        Just(Edit::Version),
        Just(Edit::Author),
        (0..3usize).prop_map(Edit::CaseLabel),
        (0..3usize, 0..2usize).prop_map(|(c, t)| Edit::CaseNote(c, t)),
        (0..3usize, 0..2usize).prop_map(|(c, o)| Edit::CaseRating(c, o)),
        Just(Edit::AddCase),
        (0..3usize).prop_map(Edit::RemoveCase),
        Just(Edit::Name),
        Just(Edit::Municipality),
    ]
}

const QUESTIONS: [&str; 4] = ["q0", "q1", "q2", "open"];
const ROWS: [&str; 2] = ["r0", "r1"];
const TOPICS: [&str; 2] = ["toegang", "regie"];
const STATUSES: [ActionStatus; 3] = ActionStatus::ALL;

/// A change to a plan row of the base (every row of `ROWS` has stored choices there).
fn edit_row(a: &mut Assessment, key: &str, change: impl FnOnce(&mut ActionEdits)) {
    change(a.plan.recommendations.entry(key.to_owned()).or_default());
}

fn random_base() -> Assessment {
    let mut a = Assessment::new("e", "Evaluatie", "q", "1", "2026-11-23T10:00:00Z");
    a.municipality = "Gemeente".into();
    for (n, id) in QUESTIONS.iter().enumerate() {
        let value =
            if *id == "open" { AnswerValue::Text("Oud antwoord".into()) } else { AnswerValue::Choice(format!("o{n}")) };
        a.answers.insert((*id).into(), Answer { value: Some(value), note: format!("Oude toelichting {n}") });
    }
    for id in ROWS {
        a.plan
            .recommendations
            .insert(id.into(), ActionEdits { note: format!("Oude notitie {id}"), ..ActionEdits::default() });
    }
    a.plan.own = vec![own("eigen-1", "Eerste"), own("eigen-2", "Tweede")];
    a.plan.details.summary = "Oude samenvatting".into();
    a.cases = vec![case("Casus A"), case("Casus B")];
    a.cases[0].notes.insert("toegang".into(), "Oude notitie".into());
    a
}

/// Applies edits; `side` and the edit's number make each written word unique.
fn apply(base: &Assessment, side: char, edits: &[Edit]) -> Assessment {
    let mut a = base.clone();
    for (n, edit) in edits.iter().enumerate() {
        let word = format!("<{side}{n}>");
        let own_at = |a: &mut Assessment, i: usize| {
            let len = a.plan.own.len();
            (len > 0).then(|| i % len)
        };
        let case_at = |a: &Assessment, i: usize| (!a.cases.is_empty()).then(|| i % a.cases.len());
        match edit {
            Edit::Note(q) => note(&mut a, QUESTIONS[*q], &format!("toelichting {word}")),
            Edit::ClearNote(q) => note(&mut a, QUESTIONS[*q], ""),
            Edit::Choose(q, o) => choose(&mut a, QUESTIONS[*q], &format!("o{o}")),
            Edit::TextAnswer => a.answers.entry("open".into()).or_default().value = Some(AnswerValue::Text(word)),
            Edit::NotApplicable => a.answers.entry("open".into()).or_default().value = Some(AnswerValue::NotApplicable),
            Edit::RemoveAnswer(q) => {
                a.answers.remove(QUESTIONS[*q]);
            }
            Edit::RowOwner(r) => edit_row(&mut a, ROWS[*r], |e| e.owner = word),
            Edit::RowNote(r) => edit_row(&mut a, ROWS[*r], |e| e.note = format!("notitie {word}")),
            Edit::RowStatus(r, s) => edit_row(&mut a, ROWS[*r], |e| e.status = STATUSES[*s]),
            Edit::OwnTitle(i) => {
                if let Some(i) = own_at(&mut a, *i) {
                    a.plan.own[i].title = word;
                }
            }
            Edit::OwnText(i) => {
                if let Some(i) = own_at(&mut a, *i) {
                    a.plan.own[i].text = format!("tekst {word}");
                }
            }
            Edit::OwnNote(i) => {
                if let Some(i) = own_at(&mut a, *i) {
                    a.plan.own[i].edits.note = format!("notitie {word}");
                }
            }
            Edit::OwnStatus(i, s) => {
                if let Some(i) = own_at(&mut a, *i) {
                    a.plan.own[i].edits.status = STATUSES[*s];
                }
            }
            Edit::AddOwn => {
                let mut action = own("", &word);
                action.id = a.plan.next_own_id();
                a.plan.own.push(action);
            }
            Edit::RemoveOwn(i) => {
                if let Some(i) = own_at(&mut a, *i) {
                    a.plan.own.remove(i);
                }
            }
            Edit::Summary => a.plan.details.summary = format!("samenvatting {word}"),
            Edit::Version => a.plan.details.version = word,
            Edit::Author => a.plan.details.author = word,
            Edit::CaseLabel(i) => {
                if let Some(i) = case_at(&a, *i) {
                    a.cases[i].label = format!("Casus {word}");
                }
            }
            Edit::CaseNote(i, t) => {
                if let Some(i) = case_at(&a, *i) {
                    a.cases[i].notes.insert(TOPICS[*t].into(), format!("notitie {word}"));
                }
            }
            Edit::CaseRating(i, o) => {
                if let Some(i) = case_at(&a, *i) {
                    let rating = Answer { value: Some(AnswerValue::Choice(format!("o{o}"))), note: String::new() };
                    a.cases[i].ratings.entry("toegang".into()).or_default().insert("dossier".into(), rating);
                }
            }
            Edit::AddCase => a.cases.push(case(&format!("Casus {word}"))),
            Edit::RemoveCase(i) => {
                if let Some(i) = case_at(&a, *i) {
                    a.cases.remove(i);
                }
            }
            Edit::Name => a.name = word,
            Edit::Municipality => a.municipality = word,
        }
        // As the state does: an answer that becomes empty is removed.
        a.answers.retain(|_, answer| *answer != Answer::default());
    }
    a
}

/// The texts one tab wrote: those the base has nowhere (cases move when one is removed, so a
/// text is not compared with the one at the same place).
fn written(base: &Assessment, side: &Assessment) -> Vec<String> {
    let before: Vec<String> = texts(base).into_iter().map(|(_, text)| text).collect();
    texts(side).into_iter().map(|(_, text)| text).filter(|text| !text.is_empty() && !before.contains(text)).collect()
}

/// The merge as it was before texts were merged: whatever this tab changed in an item (an
/// answer, a plan row, an own action, the cases, the details) wins as a whole.
fn merge_before_texts(base: &Assessment, mine: &Assessment, theirs: &Assessment) -> Assessment {
    fn pick<T: Clone + PartialEq>(base: &T, mine: &T, theirs: &T) -> T {
        if mine != base {
            mine.clone()
        } else {
            theirs.clone()
        }
    }
    fn maps<V: Clone + PartialEq>(
        base: &BTreeMap<String, V>,
        mine: &BTreeMap<String, V>,
        theirs: &BTreeMap<String, V>,
    ) -> BTreeMap<String, V> {
        let keys: std::collections::BTreeSet<&String> = base.keys().chain(mine.keys()).chain(theirs.keys()).collect();
        keys.into_iter()
            .filter_map(|k| pick(&base.get(k), &mine.get(k), &theirs.get(k)).map(|v| (k.clone(), v.clone())))
            .collect()
    }
    let find = |list: &[OwnAction], id: &str| list.iter().find(|a| a.id == id).cloned();
    let mut ids: Vec<String> = Vec::new();
    for action in base.plan.own.iter().chain(&theirs.plan.own).chain(&mine.plan.own) {
        if !ids.contains(&action.id) {
            ids.push(action.id.clone());
        }
    }
    let own = ids
        .into_iter()
        .filter_map(|id| pick(&find(&base.plan.own, &id), &find(&mine.plan.own, &id), &find(&theirs.plan.own, &id)))
        .collect();
    Assessment {
        name: pick(&base.name, &mine.name, &theirs.name),
        municipality: pick(&base.municipality, &mine.municipality, &theirs.municipality),
        answers: maps(&base.answers, &mine.answers, &theirs.answers),
        cases: pick(&base.cases, &mine.cases, &theirs.cases),
        plan: PlanEdits {
            recommendations: maps(&base.plan.recommendations, &mine.plan.recommendations, &theirs.plan.recommendations),
            own,
            details: pick(&base.plan.details, &mine.plan.details, &theirs.plan.details),
        },
        updated_at: mine.updated_at.clone().max(theirs.updated_at.clone()),
        ..theirs.clone()
    }
}

/// The items a tab changed, as the merge before texts saw them.
fn changed_items(base: &Assessment, side: &Assessment) -> Vec<String> {
    let items = |a: &Assessment| {
        let mut items: BTreeMap<String, String> = BTreeMap::new();
        items.insert("naam".into(), a.name.clone());
        items.insert("gemeente".into(), a.municipality.clone());
        items.insert("casussen".into(), format!("{:?}", a.cases));
        items.insert("details".into(), format!("{:?}", a.plan.details));
        for (id, answer) in &a.answers {
            items.insert(format!("antwoord {id}"), format!("{answer:?}"));
        }
        for (id, edits) in &a.plan.recommendations {
            items.insert(format!("rij {id}"), format!("{edits:?}"));
        }
        for action in &a.plan.own {
            items.insert(format!("eigen {}", action.id), format!("{action:?}"));
        }
        items
    };
    let (before, after) = (items(base), items(side));
    let keys: std::collections::BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    keys.into_iter().filter(|k| before.get(*k) != after.get(*k)).cloned().collect()
}

proptest! {
    #[test]
    fn no_text_either_tab_wrote_is_lost(
        mine_edits in proptest::collection::vec(edit_strategy(), 0..6),
        theirs_edits in proptest::collection::vec(edit_strategy(), 0..6),
    ) {
        let base = random_base();
        let mine = apply(&base, 'm', &mine_edits);
        let theirs = apply(&base, 't', &theirs_edits);
        let Merged { assessment, conflicts } = merge(&base, &mine, &theirs);
        let kept: Vec<String> = texts(&assessment).into_iter().map(|(_, text)| text).collect();
        for text in written(&base, &mine).into_iter().chain(written(&base, &theirs)) {
            prop_assert!(kept.iter().any(|k| k.contains(&text)), "lost {text:?}; kept {kept:#?}");
        }
        // Every text both tabs changed differently is reported (cases aside: their places move).
        let at = |a: &Assessment| texts(a).into_iter().collect::<BTreeMap<Place, String>>();
        let (b, m, t) = (at(&base), at(&mine), at(&theirs));
        for (place, text) in &m {
            let case = matches!(place, Place::CaseLabel { .. } | Place::CaseNote { .. });
            if let (Some(before), Some(other)) = (b.get(place), t.get(place)) {
                if !case && text != before && other != before && text != other {
                    prop_assert!(conflicts.contains(place), "{place:?} not reported: {conflicts:?}");
                }
            }
        }
    }

    #[test]
    fn when_the_tabs_changed_different_items_the_merge_is_what_it_was_before_texts_were_merged(
        mine_edits in proptest::collection::vec(edit_strategy(), 0..6),
        theirs_edits in proptest::collection::vec(edit_strategy(), 0..6),
    ) {
        let base = random_base();
        let mine = apply(&base, 'm', &mine_edits);
        let mine_changed = changed_items(&base, &mine);
        // The other tab's edits, leaving out each that touches an item this tab changed.
        let mut kept_edits = Vec::new();
        for edit in theirs_edits {
            kept_edits.push(edit);
            let theirs = apply(&base, 't', &kept_edits);
            if changed_items(&base, &theirs).iter().any(|item| mine_changed.contains(item)) {
                kept_edits.pop();
            }
        }
        let theirs = apply(&base, 't', &kept_edits);
        let Merged { assessment, conflicts } = merge(&base, &mine, &theirs);
        prop_assert_eq!(conflicts, Vec::<Place>::new());
        prop_assert_eq!(assessment, merge_before_texts(&base, &mine, &theirs));
    }
}

#[test]
fn the_caret_stays_where_the_user_was_typing() {
    use zelfevaluatie_wmo_toezicht::model::merge::text::caret_after_change;
    let kept_both = format!("Tekst van B\n\n{SEPARATOR}\nTekst van A");
    assert_eq!(caret_after_change("Tekst van B", &kept_both, 11), 11, "after this tab's own words");
    assert_eq!(caret_after_change("Tekst van B", &kept_both, 5), 5);
    assert_eq!(caret_after_change("", "Tekst van A", 0), 11, "an empty field: after the other tab's words");
    assert_eq!(caret_after_change("abc", "x abc", 3), 5, "text put before it: the caret moves along");
    assert_eq!(caret_after_change("abc", "xyz", 2), 3, "all changed: the end");
    // Offsets in UTF-16, as the browser counts: 'ë' is one unit, '𝄞' two.
    assert_eq!(caret_after_change("een 𝄞", "twee 𝄞", 6), 7);
    assert_eq!(caret_after_change("abc", "abc", 99), 3, "a caret past the end is at the end");
}
