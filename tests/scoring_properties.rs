//! Invariants of the scoring engine over random questionnaires and random answers.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use proptest::prelude::*;
use zelfevaluatie_wmo_toezicht::model::questionnaire::{
    ChoiceOption, Condition, NumberBand, Principle, Question, QuestionType, Range, Scale, Section,
};
use zelfevaluatie_wmo_toezicht::model::validate::validate;
use zelfevaluatie_wmo_toezicht::model::{score, Answer, AnswerValue, Answers, Questionnaire};

const PRINCIPLES: [&str; 3] = ["onafhankelijkheid", "transparantie", "samenwerking"];

fn option(id: usize, score: f64) -> ChoiceOption {
    ChoiceOption {
        id: format!("o{id}"),
        label: format!("Optie {id}"),
        score: Some(score),
        scores: BTreeMap::new(),
        exclusive: false,
        description: String::new(),
    }
}

fn blank_question(id: String, kind: QuestionType) -> Question {
    Question {
        id,
        kind,
        text: "Vraag?".into(),
        help: String::new(),
        sources: Vec::new(),
        weight: 1.0,
        scores_on: Vec::new(),
        principle_weights: BTreeMap::new(),
        answer_set: None,
        options: Vec::new(),
        max_score: None,
        range: None,
        bands: Vec::new(),
        unit: None,
        minimum: None,
        maximum: None,
        whole_numbers: false,
        allow_na: true,
        na_requires_note: false,
        visible_if: None,
        recommendations: Vec::new(),
        figures: Vec::new(),
    }
}

/// (kind 0..4, option scores, weight, principle mask, conditional on previous question)
type QuestionSeed = (u8, Vec<u8>, u8, u8, bool);

fn build(seeds: &[QuestionSeed]) -> Questionnaire {
    let mut questions: Vec<Question> = Vec::new();
    for (n, (kind, scores, weight, mask, conditional)) in seeds.iter().enumerate() {
        let kind = match kind % 4 {
            0 => QuestionType::SingleChoice,
            1 => QuestionType::MultiChoice,
            2 => QuestionType::Scale,
            _ => QuestionType::Number,
        };
        let mut q = blank_question(format!("q{n}"), kind);
        q.weight = 0.25 + f64::from(*weight) / 4.0;
        q.scores_on = PRINCIPLES
            .iter()
            .enumerate()
            .filter(|(i, _)| mask & (1 << i) != 0 || *i == n % 3)
            .map(|(_, p)| p.to_string())
            .collect();
        let mut scores: Vec<f64> = scores.iter().map(|s| f64::from(s % 5)).collect();
        scores.push(4.0); // at least one option earns points
        match kind {
            QuestionType::SingleChoice | QuestionType::MultiChoice => {
                q.options = scores.iter().enumerate().map(|(i, s)| option(i, *s)).collect();
            }
            QuestionType::Scale => {
                q.range = Some(Range { min: 1, max: 5, min_label: String::new(), max_label: String::new() })
            }
            _ => q.bands = scores.iter().enumerate().map(|(i, s)| NumberBand { min: i as f64, score: *s }).collect(),
        }
        if *conditional && n > 0 {
            q.visible_if =
                Some(Condition { question: Some(format!("q{}", n - 1)), answered: Some(true), ..Condition::default() });
        }
        questions.push(q);
    }
    let split = questions.len() / 2;
    let second = questions.split_off(split);
    let sections: Vec<Section> = [questions, second]
        .into_iter()
        .enumerate()
        .filter(|(_, qs)| !qs.is_empty())
        .map(|(i, questions)| Section { id: format!("s{i}"), title: "Sectie".into(), intro: String::new(), questions })
        .collect();
    Questionnaire {
        schema_version: 1,
        id: "prop".into(),
        version: "1".into(),
        language: "nl".into(),
        title: "Eigenschappen".into(),
        description: String::new(),
        estimated_minutes: None,
        // Declare only the principles some question scores on, as the validator demands.
        principles: PRINCIPLES
            .iter()
            .filter(|p| sections_use(&sections, p))
            .map(|p| Principle { id: p.to_string(), label: p.to_string(), description: String::new() })
            .collect(),
        scale: Scale { min: 0.0, max: 4.0 },
        levels: serde_yaml::from_str(
            "[{id: a, label: A, from: 0, to: 40}, {id: b, label: B, from: 40, to: 75}, {id: c, label: C, from: 75, to: 100}]",
        )
        .unwrap(),
        answer_sets: Vec::new(),
        sections,
        case_mode: None,
    }
}

fn sections_use(sections: &[Section], principle: &str) -> bool {
    sections.iter().flat_map(|s| &s.questions).any(|q| q.scores_on.iter().any(|p| p == principle))
}

/// An answer per question from a seed: 0 = none, 1 = N/A, else a value of the right kind.
fn answer_for(q: &Questionnaire, question: &Question, seed: u16) -> Option<AnswerValue> {
    match seed % 6 {
        0 => None,
        1 => Some(AnswerValue::NotApplicable),
        _ => Some(match question.kind {
            QuestionType::SingleChoice => {
                let options = q.options_of(question);
                AnswerValue::Choice(options[usize::from(seed) % options.len()].id.clone())
            }
            QuestionType::MultiChoice => {
                let options = q.options_of(question);
                let picked = options
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| seed & (1 << (i % 16)) != 0)
                    .map(|(_, o)| o.id.clone())
                    .collect::<Vec<_>>();
                AnswerValue::Choices(if picked.is_empty() { vec![options[0].id.clone()] } else { picked })
            }
            QuestionType::Scale => AnswerValue::Scale(1 + i64::from(seed % 5)),
            QuestionType::Number => AnswerValue::Number(f64::from(seed % 10) / 2.0),
            QuestionType::Text => AnswerValue::Text("tekst".into()),
        }),
    }
}

fn answers_for(q: &Questionnaire, seeds: &[u16]) -> Answers {
    q.questions()
        .zip(seeds.iter().cycle())
        .filter_map(|((_, question), seed)| {
            answer_for(q, question, *seed)
                .map(|value| (question.id.clone(), Answer { value: Some(value), note: String::new() }))
        })
        .collect()
}

fn seeds() -> impl Strategy<Value = Vec<QuestionSeed>> {
    prop::collection::vec((0u8..4, prop::collection::vec(0u8..5, 1..5), 0u8..12, 0u8..8, any::<bool>()), 1..12)
}

fn percents(report: &zelfevaluatie_wmo_toezicht::model::ScoreReport) -> Vec<Option<f64>> {
    report.principles.iter().map(|p| p.percent).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn generated_questionnaires_are_valid(seeds in seeds()) {
        let q = build(&seeds);
        let problems = validate(&q, "prop.yaml");
        prop_assert!(problems.is_empty(), "{:#?}", problems);
    }

    #[test]
    fn scores_stay_between_0_and_100(seeds in seeds(), answer_seeds in prop::collection::vec(any::<u16>(), 1..12)) {
        let q = build(&seeds);
        let report = score(&q, &answers_for(&q, &answer_seeds));
        for p in report.principles.iter().map(|p| p.percent).chain(report.sections.iter().map(|s| s.percent)).flatten() {
            prop_assert!((0.0..=100.0).contains(&p), "{}", p);
        }
        prop_assert!(report.progress.done <= report.progress.visible);
        for p in &report.principles {
            prop_assert!(p.tally.answered + p.tally.not_applicable <= p.tally.eligible);
            prop_assert_eq!(p.level.is_some(), p.percent.is_some());
        }
    }

    #[test]
    fn not_applicable_never_changes_other_scores(seeds in seeds(), answer_seeds in prop::collection::vec(any::<u16>(), 1..12), pick in any::<prop::sample::Index>()) {
        let q = build(&seeds);
        let answers = answers_for(&q, &answer_seeds);
        let ids: Vec<String> = q.questions().map(|(_, question)| question.id.clone()).collect();
        let target = pick.get(&ids).clone();
        let mut as_na = answers.clone();
        as_na.insert(target.clone(), Answer { value: Some(AnswerValue::NotApplicable), note: String::new() });
        let mut as_blank = answers.clone();
        as_blank.remove(&target);
        let na_report = score(&q, &as_na);
        let blank_report = score(&q, &as_blank);
        prop_assert_eq!(percents(&na_report), percents(&blank_report));
        prop_assert_eq!(na_report.progress.visible, blank_report.progress.visible);
    }

    #[test]
    fn answers_to_hidden_questions_change_nothing(seeds in seeds(), answer_seeds in prop::collection::vec(any::<u16>(), 1..12), extra in any::<u16>()) {
        let q = build(&seeds);
        let answers = answers_for(&q, &answer_seeds);
        let visible = zelfevaluatie_wmo_toezicht::model::condition::visibility(&q, &answers);
        let hidden: Vec<&Question> = q.questions().map(|(_, question)| question).filter(|question| !visible.shows(&question.id)).collect();
        let mut changed = answers.clone();
        for question in &hidden {
            // Only questions nobody else depends on may change without changing visibility.
            let depended_on = q.questions().any(|(_, other)| other.visible_if.as_ref().and_then(|c| c.question.as_deref()) == Some(question.id.as_str()));
            if !depended_on {
                match answer_for(&q, question, extra) {
                    Some(value) => { changed.insert(question.id.clone(), Answer { value: Some(value), note: String::new() }); }
                    None => { changed.remove(&question.id); }
                }
            }
        }
        prop_assert_eq!(score(&q, &answers), score(&q, &changed));
    }

    #[test]
    fn scaling_every_weight_keeps_every_percentage(seeds in seeds(), answer_seeds in prop::collection::vec(any::<u16>(), 1..12), factor in 1u8..10) {
        let q = build(&seeds);
        let answers = answers_for(&q, &answer_seeds);
        let mut heavier = q.clone();
        for section in &mut heavier.sections {
            for question in &mut section.questions {
                question.weight *= f64::from(factor);
            }
        }
        let before = score(&q, &answers);
        let after = score(&heavier, &answers);
        for (a, b) in percents(&before).into_iter().zip(percents(&after)) {
            match (a, b) {
                (Some(a), Some(b)) => prop_assert!((a - b).abs() < 1e-9, "{} vs {}", a, b),
                (a, b) => prop_assert_eq!(a, b),
            }
        }
    }

    #[test]
    fn a_better_single_choice_never_lowers_a_score(seeds in seeds(), answer_seeds in prop::collection::vec(any::<u16>(), 1..12)) {
        let q = build(&seeds);
        let mut answers = answers_for(&q, &answer_seeds);
        let before = score(&q, &answers);
        // Move every answered single choice to its best option.
        for (_, question) in q.questions() {
            if question.kind == QuestionType::SingleChoice {
                if let Some(answer) = answers.get_mut(&question.id) {
                    if matches!(answer.value, Some(AnswerValue::Choice(_))) {
                        let best = q.options_of(question).iter().max_by(|a, b| a.score.partial_cmp(&b.score).unwrap()).unwrap();
                        answer.value = Some(AnswerValue::Choice(best.id.clone()));
                    }
                }
            }
        }
        let after = score(&q, &answers);
        for (a, b) in percents(&before).into_iter().zip(percents(&after)) {
            if let (Some(a), Some(b)) = (a, b) {
                prop_assert!(b + 1e-9 >= a, "{} fell to {}", a, b);
            }
        }
    }

    #[test]
    fn the_loader_never_panics_on_arbitrary_text(text in "\\PC{0,400}") {
        let _ = zelfevaluatie_wmo_toezicht::model::load_questionnaire("fuzz.yaml", &text);
    }
}
