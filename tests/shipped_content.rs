//! The shipped content as a whole: national figures, their links to questions, and
//! recommendations that real answers can trigger.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use zelfevaluatie_wmo_toezicht::model::figures::{check_figure_references, load_figures, FigureFile, FigureUnit};
use zelfevaluatie_wmo_toezicht::model::questionnaire::{Condition, Question, QuestionType};
use zelfevaluatie_wmo_toezicht::model::recommendations::triggered;
use zelfevaluatie_wmo_toezicht::model::{load_questionnaire, Answer, AnswerValue, Answers, Questionnaire};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn figures() -> FigureFile {
    let file = "questionnaires/cijfers/landelijke-cijfers.yaml";
    let text = fs::read_to_string(root().join(file)).unwrap();
    load_figures(file, &text)
        .unwrap_or_else(|p| panic!("{}", p.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")))
}

fn questionnaires() -> Vec<Questionnaire> {
    let mut all = Vec::new();
    for entry in fs::read_dir(root().join("questionnaires")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let text = fs::read_to_string(&path).unwrap();
            all.push(load_questionnaire(&path.display().to_string(), &text).unwrap());
        }
    }
    all
}

fn questionnaire(id: &str) -> Questionnaire {
    questionnaires().into_iter().find(|q| q.id == id).unwrap_or_else(|| panic!("{id} ships"))
}

#[test]
fn both_real_questionnaires_ship() {
    let keuzehulp = questionnaire("keuzehulp-wmo-toezicht");
    let count = keuzehulp.questions().count();
    assert!((35..=60).contains(&count), "keuzehulp has {count} questions");
    assert!((6..=9).contains(&keuzehulp.sections.len()));
    let tsd = questionnaire("tsd-zelfevaluatie");
    assert!(tsd.case_mode.is_some(), "the TSD questionnaire has a casus mode");
}

#[test]
fn every_figure_has_a_year_a_source_and_a_plausible_value() {
    let figures = figures();
    assert!(figures.figures.len() >= 8);
    for figure in &figures.figures {
        assert!(figure.source.url.starts_with("https://"), "{}", figure.id);
        assert!((2010..=2100).contains(&figure.year), "{}", figure.id);
        assert!(figure.statement.contains(&figure.year.to_string()), "{}", figure.id);
        if figure.unit == FigureUnit::Percent {
            assert!((0.0..=100.0).contains(&figure.value), "{}", figure.id);
        }
    }
}

#[test]
fn every_figure_reference_resolves_and_most_figures_are_used() {
    let figures = figures();
    let mut used = std::collections::BTreeSet::new();
    for q in questionnaires() {
        let problems = check_figure_references(&q, &figures, &q.id);
        assert!(problems.is_empty(), "{problems:#?}");
        used.extend(q.questions().flat_map(|(_, question)| question.figures.clone()));
    }
    let verified_unused: Vec<&str> =
        figures.figures.iter().filter(|f| f.verified && !used.contains(&f.id)).map(|f| f.id.as_str()).collect();
    assert!(verified_unused.is_empty(), "verified figures not wired to any question: {verified_unused:?}");
}

#[test]
fn only_verified_figures_are_shown() {
    let figures = figures();
    let all: Vec<String> = figures.figures.iter().map(|f| f.id.clone()).collect();
    assert!(figures.figures.iter().any(|f| !f.verified), "the file keeps an unverified example");
    let shown: Vec<&str> = figures.shown_for(&all).map(|f| f.id.as_str()).collect();
    assert_eq!(shown.len(), figures.figures.iter().filter(|f| f.verified).count());
    assert!(!shown.contains(&"igj-2024-jaarverslag-niet-openbaar-derde"));
}

#[test]
fn a_reference_to_an_unknown_figure_is_reported() {
    let mut keuzehulp = questionnaire("keuzehulp-wmo-toezicht");
    keuzehulp.sections[0].questions[0].figures.push("bestaat-niet".into());
    let problems = check_figure_references(&keuzehulp, &figures(), "k.yaml");
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "sections[0].questions[0].figures[0]");
}

/// Answers that make `target` visible, by satisfying its condition on earlier questions.
fn make_visible(q: &Questionnaire, condition: &Condition, answers: &mut Answers) -> bool {
    if let Some(all) = &condition.all {
        return all.iter().all(|c| make_visible(q, c, answers));
    }
    if let Some(any) = &condition.any {
        return any.iter().any(|c| make_visible(q, c, answers));
    }
    let Some(id) = &condition.question else { return false };
    let question = q.question(id).unwrap();
    if let Some(inner) = &question.visible_if {
        if !make_visible(q, inner, answers) {
            return false;
        }
    }
    let value = if let Some(options) = &condition.option_in {
        if question.kind == QuestionType::MultiChoice {
            AnswerValue::Choices(vec![options[0].clone()])
        } else {
            AnswerValue::Choice(options[0].clone())
        }
    } else if let Some(min) = condition.at_least {
        AnswerValue::Number(min)
    } else {
        any_value(q, question)
    };
    answers.insert(id.clone(), Answer { value: Some(value), note: String::new() });
    true
}

fn any_value(q: &Questionnaire, question: &Question) -> AnswerValue {
    match question.kind {
        QuestionType::SingleChoice => AnswerValue::Choice(q.options_of(question)[0].id.clone()),
        QuestionType::MultiChoice => AnswerValue::Choices(vec![q.options_of(question)[0].id.clone()]),
        QuestionType::Scale => AnswerValue::Scale(question.range.as_ref().unwrap().min),
        QuestionType::Number => AnswerValue::Number(0.0),
        QuestionType::Text => AnswerValue::Text("tekst".into()),
    }
}

/// The weakest possible answer: the lowest-scoring option, or the bottom of the scale.
fn weakest_value(q: &Questionnaire, question: &Question) -> AnswerValue {
    let lowest = || {
        q.options_of(question)
            .iter()
            .min_by(|a, b| {
                let score = |o: &&zelfevaluatie_wmo_toezicht::model::questionnaire::ChoiceOption| {
                    question.scores_on.iter().map(|p| o.score_for(p).unwrap_or(0.0)).sum::<f64>()
                };
                score(a).partial_cmp(&score(b)).unwrap()
            })
            .unwrap()
            .id
            .clone()
    };
    match question.kind {
        QuestionType::MultiChoice => AnswerValue::Choices(vec![lowest()]),
        QuestionType::SingleChoice => AnswerValue::Choice(lowest()),
        _ => any_value(q, question),
    }
}

#[test]
fn every_recommendation_can_be_triggered_by_real_answers() {
    for q in questionnaires() {
        for (_, question) in q.questions() {
            for recommendation in &question.recommendations {
                let mut answers = Answers::new();
                if let Some(condition) = &question.visible_if {
                    assert!(make_visible(&q, condition, &mut answers), "{}: cannot show {}", q.id, question.id);
                }
                let value = match &recommendation.when.option_in {
                    Some(options) if question.kind == QuestionType::MultiChoice => {
                        AnswerValue::Choices(vec![options[0].clone()])
                    }
                    Some(options) => AnswerValue::Choice(options[0].clone()),
                    None => weakest_value(&q, question),
                };
                answers.insert(question.id.clone(), Answer { value: Some(value), note: String::new() });
                let fired = triggered(&q, &answers);
                assert!(
                    fired.iter().any(|t| t.recommendation.id == recommendation.id),
                    "{}: recommendation {} of {} never fires",
                    q.id,
                    recommendation.id,
                    question.id
                );
            }
        }
    }
}

#[test]
fn every_weak_choice_leads_to_a_recommendation() {
    // A scored choice question whose lowest option triggers nothing would leave the user
    // without advice exactly where it is needed.
    for q in questionnaires() {
        for (_, question) in q.questions() {
            if !(question.kind.has_options() && question.is_scored()) {
                continue;
            }
            let mut answers = Answers::new();
            if let Some(condition) = &question.visible_if {
                make_visible(&q, condition, &mut answers);
            }
            answers
                .insert(question.id.clone(), Answer { value: Some(weakest_value(&q, question)), note: String::new() });
            let fired = triggered(&q, &answers);
            assert!(
                fired.iter().any(|t| t.question.id == question.id),
                "{}: the weakest answer to {} triggers no recommendation",
                q.id,
                question.id
            );
        }
    }
}

#[test]
fn the_figures_file_gets_the_same_guards_against_hostile_yaml() {
    let nested = format!("schema_version: 1\nfigures: {}{}\n", "[".repeat(100), "]".repeat(100));
    let problems = load_figures("c.yaml", &nested).unwrap_err();
    assert!(problems[0].message.contains("te diep genest"), "{problems:?}");
    let tagged = "schema_version: 1\nfigures: !!python/object:os.system []\n";
    assert!(load_figures("c.yaml", tagged).unwrap_err()[0].message.contains("YAML-tag"));
    assert!(load_figures("c.yaml", "# niets\n").unwrap_err()[0].message.contains("leeg"));
}
