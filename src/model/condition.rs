//! Evaluating `visible_if` conditions. Validation guarantees that conditions only look back, so
//! visibility is decided in one pass in document order.

use std::collections::BTreeMap;

use super::answers::{AnswerState, Answers};
use super::questionnaire::{Condition, Question, Questionnaire};
use super::text::dutch_list;

/// Which questions are shown, decided once per set of answers. Every part of the app (scores,
/// plan, overview, the form) asks this one value, so they cannot disagree about a question.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Visibility {
    shown: BTreeMap<String, bool>,
}

impl Visibility {
    /// Whether the question is shown. An id that is not a question of the questionnaire is not
    /// shown: there is nothing to show.
    pub fn shows(&self, question_id: &str) -> bool {
        self.shown.get(question_id).copied().unwrap_or(false)
    }
}

/// Visibility of every question. A question whose condition refers to a hidden question treats
/// that one as unanswered.
pub fn visibility(questionnaire: &Questionnaire, answers: &Answers) -> Visibility {
    let mut visible = Visibility::default();
    for (_, question) in questionnaire.questions() {
        let shown = match &question.visible_if {
            None => true,
            Some(condition) => holds(condition, questionnaire, answers, &visible),
        };
        visible.shown.insert(question.id.clone(), shown);
    }
    visible
}

fn holds(condition: &Condition, questionnaire: &Questionnaire, answers: &Answers, visible: &Visibility) -> bool {
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
    let shown = visible.shows(target_id);
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

/// What a screen reader is told when an answer makes questions appear or go, so a user who
/// cannot see the form change hears it: "Er is een vervolgvraag bijgekomen in dit onderdeel:
/// 'Hoeveel fte?'." `current_section` is the section on screen (its questions are "in dit
/// onderdeel", others are named). `None` when no question changed.
pub fn shown_change_note(
    questionnaire: &Questionnaire,
    answers: &Answers,
    before: &Visibility,
    after: &Visibility,
    current_section: usize,
) -> Option<String> {
    let mut sentences = Vec::new();
    let mut kept_answer = false;
    for (index, section) in questionnaire.sections.iter().enumerate() {
        let place = if index == current_section {
            "in dit onderdeel".to_owned()
        } else {
            format!("in onderdeel '{}'", section.title)
        };
        let changed = |appeared: bool| -> Vec<&Question> {
            section
                .questions
                .iter()
                .filter(|q| after.shows(&q.id) == appeared && before.shows(&q.id) != appeared)
                .collect()
        };
        let quoted = |questions: &[&Question]| -> Vec<String> {
            questions.iter().map(|q| format!("'{}'", q.text.trim())).collect()
        };
        let appeared = quoted(&changed(true));
        match appeared.len() {
            0 => {}
            1 => sentences.push(format!("Er is een vervolgvraag bijgekomen {place}: {}.", appeared[0])),
            n => sentences.push(format!("Er zijn {n} vervolgvragen bijgekomen {place}: {}.", dutch_list(&appeared))),
        }
        let gone_questions = changed(false);
        kept_answer |= gone_questions.iter().any(|q| answers.get(&q.id).is_some_and(|a| !a.is_empty()));
        let gone = quoted(&gone_questions);
        match gone.len() {
            0 => {}
            1 => sentences.push(format!("De vraag {} {place} is vervallen.", gone[0])),
            _ => sentences.push(format!("De vragen {} {place} zijn vervallen.", dutch_list(&gone))),
        }
    }
    if kept_answer {
        sentences.push("Wat u daar al invulde, blijft bewaard maar telt niet mee.".to_owned());
    }
    (!sentences.is_empty()).then(|| sentences.join(" "))
}
