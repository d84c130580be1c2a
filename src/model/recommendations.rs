//! Which recommendations the answers trigger, in the order a plan should list them.

use super::answers::{AnswerState, Answers};
use super::condition::visibility;
use super::questionnaire::{Question, Questionnaire, Recommendation};
use super::scoring::question_percent;
use super::sorted::sort_by_key;

#[derive(Debug, Clone, PartialEq)]
pub struct TriggeredRecommendation<'q> {
    pub recommendation: &'q Recommendation,
    pub question: &'q Question,
    /// The principle it improves (its own, or the question's first).
    pub principle_id: &'q str,
}

/// Recommendations whose trigger holds for a visible, answered question; sorted by priority,
/// then by the order of principles in the file, then by document order.
pub fn triggered<'q>(questionnaire: &'q Questionnaire, answers: &Answers) -> Vec<TriggeredRecommendation<'q>> {
    let visible = visibility(questionnaire, answers);
    let mut found = Vec::new();
    for (_, question) in questionnaire.questions() {
        if !visible.shows(&question.id) {
            continue;
        }
        let Some(answer) = answers.get(&question.id) else { continue };
        if answer.state(questionnaire, question) != AnswerState::Answered {
            continue;
        }
        for recommendation in &question.recommendations {
            let when = &recommendation.when;
            let by_option = when
                .option_in
                .as_ref()
                .is_some_and(|ids| answer.chosen_options().iter().any(|c| ids.iter().any(|id| id == c)));
            let by_score = when.score_below_percent.is_some_and(|threshold| {
                question_percent(questionnaire, question, answers).is_some_and(|p| p < threshold)
            });
            if by_option || by_score {
                let principle_id = recommendation
                    .principle
                    .as_deref()
                    .or(question.scores_on.first().map(String::as_str))
                    .unwrap_or("");
                found.push(TriggeredRecommendation { recommendation, question, principle_id });
            }
        }
    }
    // A stable sort keeps document order within equal priority and principle.
    sort_by_key(&mut found, |t| (t.recommendation.priority, questionnaire.principle_rank(t.principle_id)));
    found
}
