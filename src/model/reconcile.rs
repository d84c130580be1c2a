//! After a questionnaire is updated, saved answers may no longer fit: the question was removed,
//! the chosen option is gone, or the question changed type. Those answers are kept in the
//! evaluation (nothing is dropped silently) and listed to the user, who may remove them.

use super::answers::{AnswerValue, Answers};
use super::questionnaire::{QuestionType, Questionnaire};

#[derive(Debug, Clone, PartialEq)]
pub struct OrphanAnswer {
    pub question_id: String,
    /// The question's current text, when the question still exists.
    pub question_text: Option<String>,
    /// Why it no longer counts, in Dutch.
    pub reason: String,
    /// What was answered, as far as it can be shown without the old questionnaire.
    pub answered: String,
}

fn raw_value(value: &AnswerValue) -> String {
    match value {
        AnswerValue::Choice(id) => id.clone(),
        AnswerValue::Choices(ids) => ids.join(", "),
        AnswerValue::Scale(v) => v.to_string(),
        AnswerValue::Number(v) => v.to_string().replace('.', ","),
        AnswerValue::Text(text) => text.clone(),
        AnswerValue::NotApplicable => "niet van toepassing".to_owned(),
    }
}

fn fits(kind: QuestionType, value: &AnswerValue) -> bool {
    matches!(
        (kind, value),
        (_, AnswerValue::NotApplicable)
            | (QuestionType::SingleChoice, AnswerValue::Choice(_))
            | (QuestionType::MultiChoice, AnswerValue::Choices(_))
            | (QuestionType::Scale, AnswerValue::Scale(_))
            | (QuestionType::Number, AnswerValue::Number(_))
            | (QuestionType::Text, AnswerValue::Text(_))
    )
}

/// Answers (with a value or a toelichting) that the current questionnaire cannot use.
pub fn orphaned_answers(questionnaire: &Questionnaire, answers: &Answers) -> Vec<OrphanAnswer> {
    let mut orphans = Vec::new();
    for (id, answer) in answers {
        let answered = answer.value.as_ref().map(raw_value).unwrap_or_default();
        let answered = match (answered.is_empty(), answer.note.trim().is_empty()) {
            (true, true) => continue,
            (false, true) => answered,
            (true, false) => format!("toelichting: {}", answer.note.trim()),
            (false, false) => format!("{answered} (toelichting: {})", answer.note.trim()),
        };
        let Some(question) = questionnaire.question(id) else {
            orphans.push(OrphanAnswer {
                question_id: id.clone(),
                question_text: None,
                reason: "Deze vraag staat niet meer in de vragenlijst.".to_owned(),
                answered,
            });
            continue;
        };
        let Some(value) = &answer.value else { continue };
        let reason = if !fits(question.kind, value) {
            Some("Het soort vraag is veranderd.".to_owned())
        } else if let AnswerValue::NotApplicable = value {
            (!question.allow_na).then(|| "'Niet van toepassing' is bij deze vraag niet meer mogelijk.".to_owned())
        } else {
            let options = questionnaire.options_of(question);
            let gone: Vec<&str> = match value {
                AnswerValue::Choice(id) => vec![id.as_str()],
                AnswerValue::Choices(ids) => ids.iter().map(String::as_str).collect(),
                _ => Vec::new(),
            }
            .into_iter()
            .filter(|id| !options.iter().any(|o| o.id == *id))
            .collect();
            let out_of_range = match (value, &question.range) {
                (AnswerValue::Scale(v), Some(range)) => !(range.min..=range.max).contains(v),
                _ => false,
            };
            if !gone.is_empty() {
                Some(format!("Het gekozen antwoord ({}) bestaat niet meer.", gone.join(", ")))
            } else if out_of_range {
                Some("De schaal van deze vraag is veranderd.".to_owned())
            } else {
                None
            }
        };
        if let Some(reason) = reason {
            orphans.push(OrphanAnswer {
                question_id: id.clone(),
                question_text: Some(question.text.clone()),
                reason,
                answered,
            });
        }
    }
    orphans
}
