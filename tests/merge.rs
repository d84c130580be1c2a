//! Two tabs on one evaluation: neither undoes the other's answers.
#![cfg(not(target_arch = "wasm32"))]

use zelfevaluatie_wmo_toezicht::model::merge::merge;
use zelfevaluatie_wmo_toezicht::model::plan::{ActionEdits, OwnAction};
use zelfevaluatie_wmo_toezicht::model::questionnaire::Priority;
use zelfevaluatie_wmo_toezicht::model::{Answer, AnswerValue, Assessment};

fn base() -> Assessment {
    let mut a = Assessment::new("e", "Evaluatie", "q", "1", "2026-11-23T10:00:00Z");
    a.answers.insert("q1".into(), Answer { value: Some(AnswerValue::Choice("nee".into())), note: String::new() });
    a.answers.insert("q9".into(), Answer { value: Some(AnswerValue::Choice("ja".into())), note: String::new() });
    a
}

fn choose(a: &mut Assessment, id: &str, option: &str) {
    a.answers.insert(id.into(), Answer { value: Some(AnswerValue::Choice(option.into())), note: String::new() });
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

#[test]
fn answers_to_different_questions_are_both_kept() {
    let base = base();
    let mut mine = base.clone();
    choose(&mut mine, "q1", "ja");
    mine.updated_at = "2026-11-23T10:05:00Z".into();
    let mut theirs = base.clone();
    choose(&mut theirs, "q2", "deels");
    theirs.updated_at = "2026-11-23T10:04:00Z".into();
    let merged = merge(&base, &mine, &theirs);
    assert_eq!(merged.answers["q1"].value, Some(AnswerValue::Choice("ja".into())));
    assert_eq!(merged.answers["q2"].value, Some(AnswerValue::Choice("deels".into())));
    assert_eq!(merged.updated_at, "2026-11-23T10:05:00Z");
}

#[test]
fn a_removal_in_one_tab_and_no_change_in_the_other_removes() {
    let base = base();
    let mut mine = base.clone();
    mine.answers.remove("q9");
    let merged = merge(&base, &mine, &base);
    assert!(!merged.answers.contains_key("q9"));
    let merged = merge(&base, &base, &mine);
    assert!(!merged.answers.contains_key("q9"), "their removal is kept too");
}

#[test]
fn when_both_changed_the_same_answer_this_tab_wins() {
    let base = base();
    let mut mine = base.clone();
    choose(&mut mine, "q1", "deels");
    let mut theirs = base.clone();
    choose(&mut theirs, "q1", "ja");
    assert_eq!(merge(&base, &mine, &theirs).answers["q1"].value, Some(AnswerValue::Choice("deels".into())));
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
    let merged = merge(&base, &mine, &theirs);
    assert_eq!(merged.plan.recommendations["r1"].owner, "Team A");
    let titles: Vec<&str> = merged.plan.own.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["Eerste, aangepast", "Van hen", "Van mij"]);
    assert_eq!(merged.name, "Nieuwe naam");
}

#[test]
fn nothing_changed_here_means_theirs() {
    let base = base();
    let mut theirs = base.clone();
    choose(&mut theirs, "q1", "ja");
    assert_eq!(merge(&base, &base, &theirs), theirs);
}
