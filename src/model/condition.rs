//! Evaluating `visible_if` conditions. Validation guarantees that conditions only look back, so
//! visibility is decided in one pass in document order.

use std::collections::BTreeMap;

use super::answers::{AnswerState, Answers};
use super::questionnaire::{Condition, Questionnaire};

/// Visibility of every question, by id. A question whose condition refers to a hidden question
/// treats that one as unanswered.
pub fn visibility<'q>(questionnaire: &'q Questionnaire, answers: &Answers) -> BTreeMap<&'q str, bool> {
    let mut visible = BTreeMap::new();
    for (_, question) in questionnaire.questions() {
        let shown = match &question.visible_if {
            None => true,
            Some(condition) => holds(condition, questionnaire, answers, &visible),
        };
        visible.insert(question.id.as_str(), shown);
    }
    visible
}

fn holds(
    condition: &Condition,
    questionnaire: &Questionnaire,
    answers: &Answers,
    visible: &BTreeMap<&str, bool>,
) -> bool {
    if let Some(all) = &condition.all {
        return all.iter().all(|c| holds(c, questionnaire, answers, visible));
    }
    if let Some(any) = &condition.any {
        return any.iter().any(|c| holds(c, questionnaire, answers, visible));
    }
    if let Some(inner) = &condition.not {
        return !holds(inner, questionnaire, answers, visible);
    }
    let Some(target_id) = &condition.question else { return false };
    let Some(target) = questionnaire.question(target_id) else { return false };
    let shown = visible.get(target_id.as_str()).copied().unwrap_or(false);
    let answer = answers.get(target_id).filter(|_| shown);
    let answered = answer.is_some_and(|a| a.state(questionnaire, target) == AnswerState::Answered);
    let chosen = answer.filter(|_| answered).map(|a| a.chosen_options()).unwrap_or_default();
    let number = answer.filter(|_| answered).and_then(|a| a.numeric());

    let checks = [
        condition.answered.map(|wanted| wanted == answered),
        condition.option_in.as_ref().map(|ids| chosen.iter().any(|c| ids.iter().any(|id| id == c))),
        condition.option_not_in.as_ref().map(|ids| answered && !chosen.iter().any(|c| ids.iter().any(|id| id == c))),
        condition.at_least.map(|min| number.is_some_and(|v| v >= min)),
        condition.at_most.map(|max| number.is_some_and(|v| v <= max)),
    ];
    checks.iter().flatten().all(|ok| *ok) && checks.iter().any(Option::is_some)
}
