//! Every label the screens, the printed pages and the downloads show is built by the model, once:
//! these tests pin the wording (Dutch plurals, dashes, levels from the questionnaire's own bands).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use zelfevaluatie_wmo_toezicht::model::answers::{number_field_label, scale_point_label};
use zelfevaluatie_wmo_toezicht::model::cases::{
    add_case, clean_case_label, max_cases_note, next_case_label, CaseCell, CaseRecord,
};
use zelfevaluatie_wmo_toezicht::model::compare::{Comparison, PrincipleChange};
use zelfevaluatie_wmo_toezicht::model::plan::period::Period;
use zelfevaluatie_wmo_toezicht::model::plan::{ActionEdits, ActionStatus, PlanRow, RowKind};
use zelfevaluatie_wmo_toezicht::model::questionnaire::{Level, Priority, Range};
use zelfevaluatie_wmo_toezicht::model::scoring::{levels_explanation, score_with_level, Tally};

fn level(id: &str, from: f64, to: f64) -> Level {
    Level { id: id.into(), label: id.into(), from, to, description: String::new() }
}

#[test]
fn the_levels_are_explained_from_the_questionnaires_own_bands() {
    assert_eq!(
        levels_explanation(&support::base()),
        "Het niveau hoort bij de score: beginnend onder 40%, op weg van 40% tot 75% en gevorderd vanaf 75%."
    );
    let mut own = support::base();
    own.levels = vec![level("Rood", 0.0, 50.0), level("Oranje", 50.0, 82.5), level("Groen", 82.5, 100.0)];
    assert_eq!(
        levels_explanation(&own),
        "Het niveau hoort bij de score: rood onder 50%, oranje van 50% tot 82,5% en groen vanaf 82,5%."
    );
    own.levels = vec![level("Enig niveau", 0.0, 100.0)];
    assert_eq!(levels_explanation(&own), "Het niveau hoort bij de score: enig niveau van 0% tot en met 100%.");
}

#[test]
fn scores_with_level_and_coverage() {
    let band = level("Op weg", 40.0, 75.0);
    assert_eq!(score_with_level(Some(41.6), Some(&band)), "42% – Op weg");
    assert_eq!(score_with_level(Some(41.6), None), "42%");
    assert_eq!(score_with_level(None, Some(&band)), "nog geen score");
    let tally = Tally { eligible: 6, answered: 3, not_applicable: 1, earned: 0.0, possible: 0.0 };
    assert_eq!(tally.coverage_label(), "3 van 6 vragen beantwoord, 1 niet van toepassing");
    assert_eq!(Tally { not_applicable: 0, ..tally }.coverage_label(), "3 van 6 vragen beantwoord");
}

#[test]
fn differences_in_percentage_points() {
    let change = |before, after| PrincipleChange { label: "x".into(), before, after };
    assert_eq!(change(Some(16.7), Some(33.3)).difference_label(), "+16 procentpunten", "17% and 33%");
    assert_eq!(change(Some(50.0), Some(49.0)).difference_label(), "−1 procentpunt");
    assert_eq!(change(Some(50.0), Some(50.2)).difference_label(), "0 procentpunten");
    assert_eq!(change(None, Some(50.0)).difference_label(), "—");
    let summary = |n: usize| {
        let answers = (0..n)
            .map(|i| zelfevaluatie_wmo_toezicht::model::compare::AnswerChange {
                question_id: format!("q{i}"),
                question_text: String::new(),
                before: String::new(),
                after: String::new(),
                counted: true,
            })
            .collect();
        Comparison { principles: vec![], answers }.summary()
    };
    assert_eq!(summary(0), "Geen antwoorden verschillen.");
    assert_eq!(summary(1), "1 antwoord verschilt.");
    assert_eq!(summary(3), "3 antwoorden verschillen.");
}

#[test]
fn a_new_case_never_gets_the_name_of_an_existing_one() {
    let case = |label: &str| CaseRecord { label: label.into(), ..CaseRecord::default() };
    assert_eq!(next_case_label(&[case("Casus A"), case("Casus B – gezin")]), "Casus C");
    assert_eq!(next_case_label(&[case("casus a")]), "Casus B", "case-insensitive");
    assert_eq!(next_case_label(&[case("Casus Anna")]), "Casus A", "another word is another name");
    let q = support::shipped("tsd-zelfevaluatie.yaml");
    let mut cases = Vec::new();
    add_case(&q, &mut cases).unwrap();
    add_case(&q, &mut cases).unwrap();
    cases[1].label = "Casus B – gezin".into();
    add_case(&q, &mut cases).unwrap();
    assert_eq!(cases[2].label, "Casus C");
    assert_eq!(max_cases_note(&q), "Hoogstens 3 casussen.");
}

#[test]
fn case_names_are_checked_by_the_model() {
    assert_eq!(clean_case_label("  Casus A \t– jeugd ").unwrap(), "Casus A – jeugd");
    assert!(clean_case_label("   ").unwrap_err().contains("Geef de casus een naam"));
    assert!(clean_case_label(&"x".repeat(41)).unwrap_err().contains("hoogstens 40 tekens"));
}

#[test]
fn casus_texts_name_the_questionnaires_own_perspectives() {
    let q = support::shipped("tsd-zelfevaluatie.yaml");
    assert_eq!(q.case_mode.as_ref().unwrap().perspectives_phrase(), "dossier, inwoner en professional");
    let mut own = q.clone();
    own.case_mode.as_mut().unwrap().perspectives.truncate(2);
    own.case_mode.as_mut().unwrap().perspectives[1].label = "GGD".into();
    assert_eq!(own.case_mode.as_ref().unwrap().perspectives_phrase(), "dossier en GGD");
    let cell = |percent, not_applicable| CaseCell { percent, rated: 1, not_applicable };
    assert_eq!(cell(Some(80.0), 0).label(&q), format!("80% – {}", q.level_for(80.0).unwrap().label));
    assert_eq!(cell(None, 1).label(&q), "niet te beoordelen");
    assert_eq!(cell(None, 0).label(&q), "nog niet beoordeeld");
}

#[test]
fn form_labels_for_scales_and_numbers() {
    let range = Range { min: 1, max: 5, min_label: "Helemaal niet".into(), max_label: "Volledig".into() };
    assert_eq!(scale_point_label(&range, 1), "1 – Helemaal niet");
    assert_eq!(scale_point_label(&range, 3), "3");
    assert_eq!(scale_point_label(&range, 5), "5 – Volledig");
    let q = support::shipped("keuzehulp-wmo-toezicht.yaml");
    let with_unit = q.questions().map(|(_, q)| q).find(|q| q.unit.is_some()).expect("a question with a unit");
    assert_eq!(number_field_label(with_unit), format!("Aantal ({})", with_unit.unit.as_ref().unwrap()));
}

#[test]
fn plan_lines() {
    let edits = ActionEdits {
        selected: true,
        priority: None,
        owner: " ".into(),
        deadline: "2027-03-31".into(),
        period: Period::quarter(2027, 2),
        status: ActionStatus::InProgress,
        note: "Eerst het budget".into(),
    };
    assert_eq!(
        edits.summary_line(),
        "Eigenaar: — · Deadline: 31-03-2027 · Periode: 2027 K2 · Status: Bezig · Notitie: Eerst het budget"
    );
    assert_eq!(ActionEdits::default().deadline_label(), "—");
    let row = PlanRow {
        key: "r".into(),
        kind: RowKind::Recommendation,
        title: "Titel".into(),
        text: String::new(),
        suggested_priority: Priority::High,
        principle_id: "onafhankelijkheid".into(),
        principle_label: "Onafhankelijkheid".into(),
        question_text: "Is er een toezichthouder?".into(),
        edits,
        number: Some(3),
    };
    assert_eq!(row.meta_line(), "Prioriteit: Hoog · Onafhankelijkheid · Aanleiding: Is er een toezichthouder?");
    let own = PlanRow { kind: RowKind::Own, principle_label: String::new(), ..row };
    assert_eq!(own.meta_line(), "Prioriteit: Hoog · Eigen actie");
    assert_eq!(own.occasion(), "Eigen actie");
}

#[test]
fn no_label_leaves_its_plural_to_the_reader() {
    // "antwoord(en)", "optie(s)", "probleem/problemen": the app counts, so it can choose the word.
    let mut offenders = Vec::new();
    let mut dirs = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                // A word glued to "(en)" or "(s)" inside a string, such as "antwoord(en)"; code such as
                // `Some(s)` or `summary(s)` is fine.
                let strings: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
                let glued = strings.iter().any(|text| {
                    ["(en)", "(s)"].iter().any(|suffix| {
                        text.match_indices(suffix)
                            .any(|(at, _)| text[..at].chars().last().is_some_and(char::is_alphabetic))
                    })
                });
                let slashed =
                    ["probleem/problemen", "vraag/vragen", "antwoord/antwoorden"].iter().any(|w| line.contains(w));
                let hedged = glued || slashed;
                if hedged && !line.trim_start().starts_with("//") {
                    offenders.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:#?}");
}
