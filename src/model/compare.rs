//! Two evaluations of the same questionnaire side by side (e.g. 2025 and 2026).

use super::answers::answer_text;
use super::assessment::Assessment;
use super::questionnaire::Questionnaire;
use super::scoring::score;
use super::text::{count, NONE_GIVEN};

#[derive(Debug, Clone, PartialEq)]
pub struct PrincipleChange {
    pub label: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
}

impl PrincipleChange {
    /// Percentage points, when both have a score.
    pub fn difference(&self) -> Option<f64> {
        Some(self.after? - self.before?)
    }

    /// "+5 procentpunten", "−1 procentpunt", "0 procentpunten", or a dash without two scores.
    pub fn difference_label(&self) -> String {
        let Some(difference) = self.difference() else { return NONE_GIVEN.to_owned() };
        let points = difference.round();
        let sign = match points {
            p if p > 0.0 => "+",
            p if p < 0.0 => "−",
            _ => "",
        };
        let size = points.abs() as usize;
        format!("{sign}{}", count(size, "procentpunt", "procentpunten"))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AnswerChange {
    pub question_id: String,
    pub question_text: String,
    pub before: String,
    pub after: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub principles: Vec<PrincipleChange>,
    /// Only questions whose answer differs, in document order.
    pub answers: Vec<AnswerChange>,
}

impl Comparison {
    /// "3 antwoorden verschillen.", "1 antwoord verschilt." or "Geen antwoorden verschillen."
    pub fn summary(&self) -> String {
        match self.answers.len() {
            0 => "Geen antwoorden verschillen.".to_owned(),
            1 => "1 antwoord verschilt.".to_owned(),
            n => format!("{n} antwoorden verschillen."),
        }
    }
}

/// Compares `before` with `after`; both must belong to `questionnaire`.
pub fn compare(questionnaire: &Questionnaire, before: &Assessment, after: &Assessment) -> Comparison {
    let (old, new) = (score(questionnaire, &before.answers), score(questionnaire, &after.answers));
    let principles = old
        .principles
        .iter()
        .zip(&new.principles)
        .map(|(o, n)| PrincipleChange { label: o.label.clone(), before: o.percent, after: n.percent })
        .collect();
    let answers = questionnaire
        .questions()
        .filter_map(|(_, question)| {
            let old = answer_text(questionnaire, question, before.answers.get(&question.id));
            let new = answer_text(questionnaire, question, after.answers.get(&question.id));
            (old != new).then(|| AnswerChange {
                question_id: question.id.clone(),
                question_text: question.text.clone(),
                before: old,
                after: new,
            })
        })
        .collect();
    Comparison { principles, answers }
}
