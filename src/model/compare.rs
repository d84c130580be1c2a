//! Two evaluations of the same questionnaire side by side (e.g. 2025 and 2026).

use super::answers::{answer_text, AnswerState};
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
    /// False when the question was not asked in one of the two (a condition hid it there):
    /// then the answers cannot differ, and the row does not count as a difference.
    pub counted: bool,
}

/// What a comparison shows where a condition hid the question.
pub const NOT_ASKED_LABEL: &str = "Niet van toepassing (vraag niet gesteld)";

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub principles: Vec<PrincipleChange>,
    /// Only questions whose answer differs, in document order.
    pub answers: Vec<AnswerChange>,
}

impl Comparison {
    /// "3 antwoorden verschillen.", "1 antwoord verschilt." or "Geen antwoorden verschillen."
    /// Only questions asked in both count.
    pub fn summary(&self) -> String {
        match self.answers.iter().filter(|a| a.counted).count() {
            0 => "Geen antwoorden verschillen.".to_owned(),
            1 => "1 antwoord verschilt.".to_owned(),
            n => format!("{n} antwoorden verschillen."),
        }
    }

    /// "2 vragen zijn maar in één van beide gesteld; die tellen niet als verschil.", when there
    /// are such questions (they are listed, but not counted in [`Comparison::summary`]).
    pub fn not_asked_note(&self) -> Option<String> {
        let n = self.answers.iter().filter(|a| !a.counted).count();
        let (is, counts) = if n == 1 { ("is", "telt") } else { ("zijn", "tellen") };
        (n > 0).then(|| {
            format!(
                "{} {is} maar in één van beide gesteld; die {counts} niet als verschil.",
                count(n, "vraag", "vragen")
            )
        })
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
            let in_words = |report: &super::scoring::ScoreReport, assessment: &Assessment| {
                if report.visible.shows(&question.id) {
                    answer_text(questionnaire, question, assessment.answers.get(&question.id))
                } else {
                    NOT_ASKED_LABEL.to_owned()
                }
            };
            let (before_text, after_text) = (in_words(&old, before), in_words(&new, after));
            let counted = old.visible.shows(&question.id) && new.visible.shows(&question.id);
            // Asked in one only and not answered there: nothing to show. (An answer kept while a
            // condition hides its question is not shown either.)
            let answered = |report: &super::scoring::ScoreReport, a: &Assessment| {
                report.visible.shows(&question.id)
                    && a.answers
                        .get(&question.id)
                        .is_some_and(|a| a.state(questionnaire, question) != AnswerState::Unanswered)
            };
            let worth_a_row = counted || answered(&old, before) || answered(&new, after);
            (before_text != after_text && worth_a_row).then(|| AnswerChange {
                question_id: question.id.clone(),
                question_text: question.text.clone(),
                counted,
                before: before_text,
                after: after_text,
            })
        })
        .collect();
    Comparison { principles, answers }
}
