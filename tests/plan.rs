//! The verbeterplan: which actions it lists and in what order, the user's edits, own actions and
//! deadlines.
#![cfg(not(target_arch = "wasm32"))]

mod support;
use support::*;

use zelfevaluatie_wmo_toezicht::model::export::csv::plan_csv;
use zelfevaluatie_wmo_toezicht::model::export::markdown::plan_markdown;
use zelfevaluatie_wmo_toezicht::model::export::ExportContext;
use zelfevaluatie_wmo_toezicht::model::plan::period::Period;
use zelfevaluatie_wmo_toezicht::model::plan::views::{
    group_rows, inclusion_note, own_action_added_note, own_action_removed_note, priority_moved_note, BulkInclude,
    Grouping,
};
use zelfevaluatie_wmo_toezicht::model::plan::{
    plan_rows, valid_deadline, ActionEdits, ActionStatus, DateNotice, OwnAction, RowKind,
};
use zelfevaluatie_wmo_toezicht::model::questionnaire::Priority;
use zelfevaluatie_wmo_toezicht::model::{score, AnswerValue, Assessment};

#[test]
fn the_plan_lists_triggered_recommendations_and_own_actions_in_priority_order() {
    let q = snelle_scan();
    let a = filled_snelle_scan();
    let rows = plan_rows(&q, &a.answers, &a.plan);
    let keys: Vec<&str> = rows.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "aanwijzing-vastleggen",
            "toezicht-los-van-inkoop",
            "jaarverslag-publiceren",
            "waarborgen-vastleggen",
            "rapporten-publiceren",
            "regionaal-samenwerken",
            "eigen-1"
        ]
    );
    assert_eq!(rows[0].edits.owner, "Team Wmo");
    assert!(!rows[4].edits.selected);
    assert_eq!(rows[6].kind, RowKind::Own);
    assert_eq!(rows[6].principle_label, "Transparantie");
    assert!(rows[1].edits.selected, "new recommendations are in the plan by default");
}

#[test]
fn the_included_actions_are_numbered_once_for_the_screen_and_every_download() {
    let q = snelle_scan();
    let mut a = filled_snelle_scan();
    let rows = plan_rows(&q, &a.answers, &a.plan);
    let numbers: Vec<Option<usize>> = rows.iter().map(|r| r.number).collect();
    // rapporten-publiceren (the fifth) is left out: it has no number, and the count goes on.
    assert_eq!(numbers, [Some(1), Some(2), Some(3), Some(4), None, Some(5), Some(6)]);
    assert_eq!(rows[1].numbered_title(), format!("2. {}", rows[1].title));
    assert_eq!(rows[4].numbered_title(), rows[4].title);

    // Leaving out the first renumbers the rest.
    a.plan.edit_row(&rows[0], |edits| edits.selected = false);
    let rows = plan_rows(&q, &a.answers, &a.plan);
    let numbers: Vec<Option<usize>> = rows.iter().map(|r| r.number).collect();
    assert_eq!(numbers, [None, Some(1), Some(2), Some(3), None, Some(4), Some(5)]);

    // A filtered overview keeps the plan's numbers, and the downloads use the same ones.
    let own_only: Vec<_> = rows.iter().filter(|r| r.kind == RowKind::Own).cloned().collect();
    let csv = plan_csv(&own_only, "2026-12-01");
    assert!(csv.lines().nth(1).unwrap().starts_with("\"5\";\"ja\""), "{csv}");
    let markdown = markdown_on(&a, "2026-12-01");
    assert!(markdown.contains(&format!("### 1. {}\n", rows[1].title)), "{markdown}");
    let headings: Vec<&str> = markdown.lines().filter_map(|l| l.strip_prefix("### ")).collect();
    assert_eq!(headings.len(), 5);
    assert!(headings.iter().zip(1..).all(|(h, n)| h.starts_with(&format!("{n}. "))), "{headings:?}");
}

#[test]
fn a_priority_the_user_changes_places_the_action_and_names_the_suggested_one() {
    let q = snelle_scan();
    let mut a = filled_snelle_scan();
    let rows = plan_rows(&q, &a.answers, &a.plan);
    let first = rows[0].clone();
    assert_eq!((first.key.as_str(), first.priority()), ("aanwijzing-vastleggen", Priority::High));
    assert_eq!(first.meta_line().split(" · ").next(), Some("Prioriteit: Hoog"));

    a.plan.edit_row(&first, |edits| edits.priority = Some(Priority::Low));
    let own = rows.iter().find(|r| r.kind == RowKind::Own).unwrap().clone();
    a.plan.edit_row(&own, |edits| edits.priority = Some(Priority::High));
    let rows = plan_rows(&q, &a.answers, &a.plan);
    let own_now = rows.iter().find(|r| r.key == own.key).unwrap();
    assert_eq!((own_now.priority(), own_now.edits.priority), (Priority::High, None), "kept with the own action");
    assert_eq!(a.plan.own[0].priority, Priority::High);
    assert!(!own_now.meta_line().contains("voorgesteld"), "nobody suggested an own action's priority");
    let changed = rows.iter().find(|r| r.key == first.key).unwrap();
    assert_eq!((changed.priority(), changed.suggested_priority), (Priority::Low, Priority::High));
    assert_eq!(changed.meta_line().split(" · ").next(), Some("Prioriteit: Laag (voorgesteld: hoog)"));
    let place = |key: &str| rows.iter().position(|r| r.key == key).unwrap();
    let first_medium = rows.iter().position(|r| r.priority() == Priority::Medium).unwrap();
    assert!(place("eigen-1") < first_medium, "an own action raised to high comes before every medium one");
    assert_eq!(rows.last().map(|r| r.key.as_str()), Some("aanwijzing-vastleggen"), "lowered to low: last");

    assert_eq!(
        priority_moved_note(&changed.title, Priority::Low),
        format!("'{}' heeft nu prioriteit laag en staat op de plek die daarbij hoort.", changed.title)
    );
    assert_eq!(
        own_action_added_note("Gesprek met de raad", Priority::High),
        "Eigen actie 'Gesprek met de raad' is toegevoegd bij prioriteit hoog."
    );
    assert_eq!(own_action_removed_note("Gesprek met de raad"), "Eigen actie 'Gesprek met de raad' is verwijderd.");
    let included = rows.iter().filter(|r| r.edits.selected).count();
    assert_eq!(
        inclusion_note("Gesprek met de raad", false, &rows),
        format!(
            "'Gesprek met de raad' is niet meer opgenomen in het plan. {included} van {} acties opgenomen.",
            rows.len()
        )
    );
    assert!(inclusion_note("X", true, &rows).starts_with("'X' is opgenomen in het plan. "));
    let groups = group_rows(&q, &rows, Grouping::ByPriority);
    let low = groups.iter().find(|g| g.key == "laag").unwrap();
    assert!(low.rows.iter().any(|r| r.key == first.key), "grouped under the priority the user gave");
    BulkInclude::OnlyHigh.apply(&mut a.plan, &rows);
    let rows = plan_rows(&q, &a.answers, &a.plan);
    let selected = |key: &str| rows.iter().find(|r| r.key == key).unwrap().edits.selected;
    assert!(!selected("aanwijzing-vastleggen") && selected("eigen-1"), "'alleen hoog' follows the user's priority");

    let csv = plan_csv(&rows, "2027-01-01");
    let line = csv.lines().find(|l| l.contains("aanwijzing") || l.contains(&changed.title)).unwrap();
    assert!(line.contains("Laag"), "{line}");
    let back = Assessment::from_json(&a.to_pretty_json().unwrap()).unwrap();
    assert_eq!(back, a, "the chosen priority is stored");
}

#[test]
fn a_changed_answer_removes_its_recommendation_but_keeps_the_edits() {
    let q = snelle_scan();
    let mut a = filled_snelle_scan();
    a.answers.insert("toezichthouder-aangewezen".into(), answer(AnswerValue::Choice("ja".into())));
    let rows = plan_rows(&q, &a.answers, &a.plan);
    assert!(!rows.iter().any(|r| r.key == "aanwijzing-vastleggen"));
    assert!(a.plan.recommendations.contains_key("aanwijzing-vastleggen"));
}

#[test]
fn an_own_action_from_the_form_needs_a_title_on_one_line() {
    let action =
        OwnAction::from_form("  Jaarlijks\tgesprek\n met de raad ", "Elk voorjaar.\n", "transparantie", "laag")
            .unwrap();
    assert_eq!(action.title, "Jaarlijks gesprek met de raad");
    assert_eq!(action.text, "Elk voorjaar.");
    assert_eq!(action.principle.as_deref(), Some("transparantie"));
    assert_eq!(action.priority, Priority::Low);
    assert_eq!(action.edits, ActionEdits::default(), "a new action is included and open");

    let plain = OwnAction::from_form("Overleg", "", "", "?").unwrap();
    assert_eq!((plain.principle, plain.priority), (None, Priority::Medium));
    for empty in ["", "   ", "\n\t"] {
        assert_eq!(OwnAction::from_form(empty, "tekst", "", "hoog").unwrap_err(), "Geef de actie een titel.");
    }
}

#[test]
fn an_action_is_overdue_after_its_deadline_until_it_is_done() {
    let mut edits =
        ActionEdits { deadline: "2027-03-31".into(), status: ActionStatus::InProgress, ..ActionEdits::default() };
    assert!(!edits.overdue("2027-03-31"), "not on the day itself");
    assert!(edits.overdue("2027-04-01"));
    edits.status = ActionStatus::Done;
    assert!(!edits.overdue("2027-04-01"), "done is never overdue");
    edits.status = ActionStatus::Open;
    edits.deadline = String::new();
    assert!(!edits.overdue("2027-04-01"), "no deadline, nothing overdue");

    let later = markdown_on(&filled_snelle_scan(), "2027-04-01");
    assert!(later.contains("- Deadline: 31-03-2027 (verstreken)\n"), "{later}");
    let before = markdown_on(&filled_snelle_scan(), "2027-03-31");
    assert!(!before.contains("verstreken"));
}

/// The Snelle scan evaluation's plan as Markdown, written on `date`.
fn markdown_on(a: &Assessment, date: &str) -> String {
    let q = snelle_scan();
    let report = score(&q, &a.answers);
    let rows = plan_rows(&q, &a.answers, &a.plan);
    plan_markdown(&ExportContext { questionnaire: &q, assessment: a, report: &report, figures: None, date }, &rows)
}

#[test]
fn a_deadline_before_the_chosen_period_is_pointed_out() {
    let edits = |deadline: &str, period: Option<Period>| ActionEdits {
        deadline: deadline.into(),
        period,
        ..ActionEdits::default()
    };
    assert!(edits("2026-06-30", Period::quarter(2027, 1)).deadline_before_period());
    assert!(edits("2027-06-30", Period::half(2027, 2)).deadline_before_period());
    for fine in [
        edits("2027-01-01", Period::quarter(2027, 1)),
        edits("2027-12-31", Period::year(2027)),
        edits("2026-06-30", None),
        edits("", Period::quarter(2027, 1)),
        edits("31-12-2026", Period::quarter(2027, 1)),
    ] {
        assert!(!fine.deadline_before_period(), "{fine:?}");
    }
    // The documents say so after the deadline, as the plan page does.
    let early = edits("2027-03-15", Period::quarter(2027, 4));
    assert_eq!(early.deadline_remarks("2026-11-23"), " (ligt vóór de periode)");
    assert_eq!(early.deadline_remarks("2027-04-01"), " (verstreken; ligt vóór de periode)");
    assert_eq!(edits("2027-12-01", Period::quarter(2027, 4)).deadline_remarks("2026-11-23"), "");
    // The page's notices are the same two, and only the second is about the period.
    assert_eq!(early.date_notices("2027-04-01"), [DateNotice::Overdue, DateNotice::DeadlineBeforePeriod]);
    assert_eq!(early.date_notices("2026-11-23"), [DateNotice::DeadlineBeforePeriod]);
    assert!(DateNotice::DeadlineBeforePeriod.concerns_period() && !DateNotice::Overdue.concerns_period());

    let mut a = filled_snelle_scan();
    a.plan.recommendations.get_mut("aanwijzing-vastleggen").unwrap().period = Period::quarter(2027, 2);
    let markdown = markdown_on(&a, "2026-11-23");
    assert!(markdown.contains("- Deadline: 31-03-2027 (ligt vóór de periode)\n"), "{markdown}");
}

#[test]
fn deadlines_must_be_real_dates() {
    for good in ["", "2026-12-31", "2028-02-29"] {
        assert!(valid_deadline(good), "{good}");
    }
    for bad in ["2027-02-29", "2026-13-01", "31-12-2026", "2026-1-1", "morgen", "1999-01-01"] {
        assert!(!valid_deadline(bad), "{bad}");
    }
}

#[test]
fn the_plan_survives_the_json_round_trip() {
    let a = filled_snelle_scan();
    let back = Assessment::from_json(&a.to_pretty_json().unwrap()).unwrap();
    assert_eq!(back, a);
}

#[test]
fn a_priority_is_chosen_in_the_form_by_the_word_the_yaml_uses() {
    for priority in Priority::ALL {
        assert_eq!(Priority::from_key(priority.key()), Some(priority));
        assert_eq!(serde_json::to_string(&priority).unwrap(), format!("\"{}\"", priority.key()));
    }
    assert_eq!(Priority::from_key("Hoog"), None);
}
