//! The verbeterplan and its exports. Golden files in tests/golden/ hold the expected output;
//! run with UPDATE_GOLDEN=1 to rewrite them after an intended change, and review the diff.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use zelfevaluatie_wmo_toezicht::model::compare::compare;
use zelfevaluatie_wmo_toezicht::model::export::{
    answers_markdown, drawn_up_on, file_name, plan_csv, plan_markdown, plan_title, slug, ExportContext, CSV_HEADER,
};
use zelfevaluatie_wmo_toezicht::model::overview::answers_overview;
use zelfevaluatie_wmo_toezicht::model::plan::{
    plan_rows, valid_deadline, ActionEdits, ActionStatus, OwnAction, RowKind,
};
use zelfevaluatie_wmo_toezicht::model::questionnaire::Priority;
use zelfevaluatie_wmo_toezicht::model::{load_questionnaire, score, Answer, AnswerValue, Assessment, Questionnaire};

fn sample() -> Questionnaire {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/voorbeeld-snelle-scan.yaml"))
            .unwrap();
    load_questionnaire("voorbeeld.yaml", &text).unwrap()
}

fn answer(value: AnswerValue) -> Answer {
    Answer { value: Some(value), note: String::new() }
}

fn filled() -> Assessment {
    let mut a = Assessment::new("a1", "Snelle scan 2026", "voorbeeld-snelle-scan", "2026.1.0", "2026-11-23T10:00:00Z");
    a.municipality = "Gemeente Súdwest-Fryslân".into();
    let choice = |id: &str| answer(AnswerValue::Choice(id.into()));
    a.answers.insert(
        "toezichthouder-aangewezen".into(),
        Answer { note: "Besluit uit 2019;\nwordt in maart vernieuwd".into(), ..choice("deels") },
    );
    a.answers.insert("toezicht-belegd-bij".into(), choice("eigen-zelfde-team"));
    a.answers.insert("waarborgen-verstrengeling".into(), answer(AnswerValue::Choices(vec!["geen".into()])));
    a.answers.insert("jaarverslag-openbaar".into(), choice("nee"));
    a.answers.insert("rapporten-openbaar".into(), answer(AnswerValue::Scale(2)));
    a.answers.insert("samenwerking-gemeenten".into(), choice("nee"));
    a.answers.insert("afspraken-inspecties".into(), choice("ja"));
    a.plan.recommendations.insert(
        "aanwijzing-vastleggen".into(),
        ActionEdits {
            selected: true,
            owner: "Team Wmo".into(),
            deadline: "2027-03-31".into(),
            status: ActionStatus::InProgress,
            note: "Besluit \"in concept\"; zie |nota|".into(),
        },
    );
    a.plan
        .recommendations
        .insert("rapporten-publiceren".into(), ActionEdits { selected: false, ..ActionEdits::default() });
    a.plan.own.push(OwnAction {
        id: "eigen-1".into(),
        title: "Jaarlijks gesprek met de <raad>".into(),
        text: "Plan elk voorjaar een\ncommissiebespreking.".into(),
        principle: Some("transparantie".into()),
        priority: Priority::Low,
        edits: ActionEdits { owner: "=griffie".into(), ..ActionEdits::default() },
    });
    a
}

fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} missing; run with UPDATE_GOLDEN=1", path.display()));
    assert_eq!(actual, expected, "{name} differs from the golden file");
}

/// A small CSV reader for `;`-separated, quoted fields, to read our own output back.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').expect("starts with a byte order mark");
    let mut rows = Vec::new();
    let (mut row, mut field, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (';', false) => row.push(std::mem::take(&mut field)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => field.push(c),
        }
    }
    assert!(field.is_empty() && row.is_empty(), "the file ends with a line end");
    rows
}

#[test]
fn the_plan_lists_triggered_recommendations_and_own_actions_in_priority_order() {
    let q = sample();
    let a = filled();
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
fn a_changed_answer_removes_its_recommendation_but_keeps_the_edits() {
    let q = sample();
    let mut a = filled();
    a.answers.insert("toezichthouder-aangewezen".into(), answer(AnswerValue::Choice("ja".into())));
    let rows = plan_rows(&q, &a.answers, &a.plan);
    assert!(!rows.iter().any(|r| r.key == "aanwijzing-vastleggen"));
    assert!(a.plan.recommendations.contains_key("aanwijzing-vastleggen"));
}

#[test]
fn the_answers_as_markdown_match_the_golden_file() {
    let q = sample();
    let a = filled();
    let report = score(&q, &a.answers);
    let context = ExportContext { questionnaire: &q, assessment: &a, report: &report, date: "2026-11-23" };
    let markdown = answers_markdown(&context, &answers_overview(&q, &a.answers));
    golden("antwoorden.md", &markdown);
    assert!(
        markdown.contains("Toelichting: Besluit uit 2019; wordt in maart vernieuwd"),
        "a toelichting stays on its line"
    );
}

#[test]
fn markdown_matches_the_golden_file() {
    let q = sample();
    let a = filled();
    let report = score(&q, &a.answers);
    let rows = plan_rows(&q, &a.answers, &a.plan);
    let markdown =
        plan_markdown(&ExportContext { questionnaire: &q, assessment: &a, report: &report, date: "2026-11-23" }, &rows);
    golden("verbeterplan.md", &markdown);
    for line in markdown.lines().filter(|l| l.starts_with("| ")) {
        assert_eq!(line.matches(" | ").count(), 4, "five columns in every table row: {line}");
    }
}

#[test]
fn the_title_names_the_municipality_on_one_line_and_says_when() {
    let mut a = filled();
    assert_eq!(plan_title(&a), "Verbeterplan Wmo-toezicht – Gemeente Súdwest-Fryslân");
    a.municipality = "  Gemeente\n  <Voorbeeld>  ".into();
    assert_eq!(
        plan_title(&a),
        "Verbeterplan Wmo-toezicht – Gemeente <Voorbeeld>",
        "plain text: escaping is the Markdown's job"
    );
    a.municipality = " \t ".into();
    assert_eq!(plan_title(&a), "Verbeterplan Wmo-toezicht");
    assert_eq!(drawn_up_on("2026-11-29"), "Opgesteld op 29-11-2026 met de Zelfevaluatie Wmo-toezicht.");
}

#[test]
fn csv_matches_the_golden_file_and_reads_back_into_the_same_plan() {
    let q = sample();
    let a = filled();
    let rows = plan_rows(&q, &a.answers, &a.plan);
    let csv = plan_csv(&rows);
    golden("verbeterplan.csv", &csv);
    assert!(csv.contains("\r\n"), "CRLF line ends for Excel");
    let table = parse_csv(&csv);
    assert_eq!(table[0], CSV_HEADER.map(String::from));
    let selected: Vec<_> = rows.iter().filter(|r| r.edits.selected).collect();
    assert_eq!(table.len(), selected.len() + 1);
    for (line, row) in table[1..].iter().zip(&selected) {
        assert_eq!(line.len(), CSV_HEADER.len());
        assert_eq!(line[3], row.title);
        assert_eq!(line[1], row.priority.label());
    }
    assert_eq!(table[1][9], "Besluit \"in concept\"; zie |nota|", "quotes and semicolons survive");
    assert_eq!(table[1][7], "31-03-2027");
    assert_eq!(table[6][6], "'=griffie", "a formula is neutralised for Excel");
    assert_eq!(table[6][4], "Plan elk voorjaar een commissiebespreking.");
    assert_eq!(table[6][3], "Jaarlijks gesprek met de <raad>", "CSV keeps the text as typed");
}

#[test]
fn file_names_carry_the_municipality_and_date() {
    let a = filled();
    assert_eq!(
        file_name("verbeterplan", &a, "2026-11-23", "csv"),
        "verbeterplan-gemeente-sudwest-fryslan-2026-11-23.csv"
    );
    let mut anonymous = a.clone();
    anonymous.municipality.clear();
    assert_eq!(file_name("evaluatie", &anonymous, "2026-11-23", "json"), "evaluatie-snelle-scan-2026-2026-11-23.json");
    assert_eq!(slug("  ’s-Hertogenbosch / Den Bosch "), "s-hertogenbosch-den-bosch");
    anonymous.name = "!!!".into();
    assert_eq!(file_name("evaluatie", &anonymous, "2026-11-23", "json"), "evaluatie-2026-11-23.json");
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

    let q = sample();
    let a = filled();
    let report = score(&q, &a.answers);
    let rows = plan_rows(&q, &a.answers, &a.plan);
    let later =
        plan_markdown(&ExportContext { questionnaire: &q, assessment: &a, report: &report, date: "2027-04-01" }, &rows);
    assert!(later.contains("- Deadline: 31-03-2027 (verstreken)\n"), "{later}");
    let before =
        plan_markdown(&ExportContext { questionnaire: &q, assessment: &a, report: &report, date: "2027-03-31" }, &rows);
    assert!(!before.contains("verstreken"));
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
fn two_evaluations_compare_per_principle_and_per_question() {
    let q = sample();
    let before = filled();
    let mut after = filled();
    after.answers.insert("toezichthouder-aangewezen".into(), answer(AnswerValue::Choice("ja".into())));
    after.answers.insert("rapporten-openbaar".into(), answer(AnswerValue::Scale(5)));
    let comparison = compare(&q, &before, &after);
    let transparantie = &comparison.principles[1];
    assert_eq!(transparantie.label, "Transparantie");
    assert!(transparantie.difference().unwrap() > 0.0);
    let changed: Vec<(&str, &str, &str)> =
        comparison.answers.iter().map(|c| (c.question_id.as_str(), c.before.as_str(), c.after.as_str())).collect();
    assert_eq!(
        changed,
        [("toezichthouder-aangewezen", "Gedeeltelijk", "Ja"), ("rapporten-openbaar", "2 van 5", "5 van 5 (Altijd)")]
    );
}

#[test]
fn the_plan_survives_the_json_round_trip() {
    let a = filled();
    let back = Assessment::from_json(&a.to_pretty_json()).unwrap();
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
