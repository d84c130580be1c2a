//! Per question: how many members gave each answer. Every member lands in exactly one of
//! answered, niet van toepassing, unanswered, hidden (the question does not apply to them by a
//! condition) or not fitting (answered with an older version in a way the current questionnaire
//! cannot use), so these five add up to the number of members.

use crate::model::condition::Visibility;
use std::collections::BTreeSet;

use super::statistics::Spread;
use crate::model::answers::{AnswerState, AnswerValue, Answers};
use crate::model::questionnaire::{Question, QuestionType, Questionnaire};

/// One possible answer and how many members gave it.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerCount {
    /// The option id, or the point of a scale.
    pub key: String,
    pub label: String,
    pub count: usize,
}

/// Free text of one member: a toelichting, or the answer to an open question.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberText {
    /// Index into the overview's members.
    pub member: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionDistribution {
    pub question_id: String,
    pub section_id: String,
    pub text: String,
    pub kind: QuestionType,
    /// Choice questions: every option in file order (in a multiple choice a member counts once
    /// per option ticked, so the counts may add up to more than `answered`). Scale questions:
    /// every point of the scale. Empty for numbers and text.
    pub answers: Vec<AnswerCount>,
    /// Number questions: the spread of the numbers given.
    pub numbers: Option<Spread>,
    pub answered: usize,
    pub not_applicable: usize,
    pub unanswered: usize,
    pub hidden: usize,
    pub not_fitting: usize,
    /// National figures to show beside the question (look them up in the figures file; show
    /// only verified ones).
    pub figure_ids: Vec<String>,
    /// Toelichtingen, per member (never in the anonymous form).
    pub notes: Vec<MemberText>,
    /// Answers to an open question, per member (never in the anonymous form).
    pub texts: Vec<MemberText>,
}

/// What the distribution needs to know about one member.
pub struct MemberAnswers<'a> {
    pub answers: &'a Answers,
    /// Whether each question is shown to this member (from its score report).
    pub visible: &'a Visibility,
    /// Saved answers that do not fit the current questionnaire.
    pub not_fitting: &'a BTreeSet<String>,
}

fn possible_answers(questionnaire: &Questionnaire, question: &Question) -> Vec<AnswerCount> {
    match question.kind {
        QuestionType::SingleChoice | QuestionType::MultiChoice => questionnaire
            .options_of(question)
            .iter()
            .map(|o| AnswerCount { key: o.id.clone(), label: o.label.clone(), count: 0 })
            .collect(),
        QuestionType::Scale => {
            let Some(range) = &question.range else { return Vec::new() };
            (range.min..=range.max)
                .map(|point| {
                    let end = match point {
                        p if p == range.min => range.min_label.as_str(),
                        p if p == range.max => range.max_label.as_str(),
                        _ => "",
                    };
                    let label = if end.is_empty() { point.to_string() } else { format!("{point} ({end})") };
                    AnswerCount { key: point.to_string(), label, count: 0 }
                })
                .collect()
        }
        QuestionType::Number | QuestionType::Text => Vec::new(),
    }
}

fn count(answers: &mut [AnswerCount], key: &str) {
    if let Some(entry) = answers.iter_mut().find(|a| a.key == key) {
        entry.count += 1;
    }
}

pub fn distributions(questionnaire: &Questionnaire, members: &[MemberAnswers]) -> Vec<QuestionDistribution> {
    let mut result = Vec::new();
    for (section_index, question) in questionnaire.questions() {
        let mut row = QuestionDistribution {
            question_id: question.id.clone(),
            section_id: questionnaire.sections[section_index].id.clone(),
            text: question.text.clone(),
            kind: question.kind,
            answers: possible_answers(questionnaire, question),
            numbers: None,
            answered: 0,
            not_applicable: 0,
            unanswered: 0,
            hidden: 0,
            not_fitting: 0,
            figure_ids: question.figures.clone(),
            notes: Vec::new(),
            texts: Vec::new(),
        };
        let mut numbers = Vec::new();
        for (index, member) in members.iter().enumerate() {
            if !member.visible.shows(&question.id) {
                row.hidden += 1;
                continue;
            }
            if member.not_fitting.contains(&question.id) {
                row.not_fitting += 1;
                continue;
            }
            let answer = member.answers.get(&question.id);
            if let Some(note) = answer.map(|a| a.note.trim()).filter(|n| !n.is_empty()) {
                row.notes.push(MemberText { member: index, text: note.to_owned() });
            }
            let Some(answer) = answer else {
                row.unanswered += 1;
                continue;
            };
            match answer.state(questionnaire, question) {
                AnswerState::Unanswered => row.unanswered += 1,
                AnswerState::NotApplicable => row.not_applicable += 1,
                AnswerState::Answered => {
                    row.answered += 1;
                    match question.kind {
                        QuestionType::SingleChoice | QuestionType::MultiChoice => {
                            for option in answer.chosen_options() {
                                count(&mut row.answers, option);
                            }
                        }
                        QuestionType::Scale => {
                            if let Some(point) = answer.numeric() {
                                count(&mut row.answers, &(point as i64).to_string());
                            }
                        }
                        QuestionType::Number => numbers.extend(answer.numeric()),
                        QuestionType::Text => {
                            if let Some(AnswerValue::Text(text)) = &answer.value {
                                row.texts.push(MemberText { member: index, text: text.trim().to_owned() });
                            }
                        }
                    }
                }
            }
        }
        if question.kind == QuestionType::Number {
            row.numbers = Spread::of(numbers);
        }
        result.push(row);
    }
    result
}
