//! Two evaluations of the same questionnaire side by side (e.g. 2025 and 2026).

use super::answers::answer_text;
use super::assessment::Assessment;
use super::questionnaire::Questionnaire;
use super::scoring::{score, shown_percent};
use super::text::{count, NONE_GIVEN};

#[derive(Debug, Clone, PartialEq)]
pub struct PrincipleChange {
    pub label: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
}

impl PrincipleChange {
    /// Whole percentage points, when both have a score: the difference of the two percentages as
    /// the table shows them (57% and 47% make −10), so a reader can check it. Not the unrounded
    /// difference rounded, which can be one point off (−10,8 would show as −11).
    pub fn difference(&self) -> Option<i64> {
        Some(shown_percent(self.after?) - shown_percent(self.before?))
    }

    /// "+5 procentpunten", "−1 procentpunt", "0 procentpunten", or a dash without two scores.
    pub fn difference_label(&self) -> String {
        let Some(points) = self.difference() else { return NONE_GIVEN.to_owned() };
        let sign = match points {
            p if p > 0 => "+",
            p if p < 0 => "−",
            _ => "",
        };
        format!("{sign}{}", count(points.unsigned_abs() as usize, "procentpunt", "procentpunten"))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AnswerChange {
    pub question_id: String,
    pub question_text: String,
    pub before: String,
    pub after: String,
    /// True when the question was asked in both: then the answers differ. False when it was asked
    /// in only one (a condition hid it in the other): that is no difference, and it is listed
    /// apart ([`Comparison::asked_in_one`]).
    pub counted: bool,
}

/// What a comparison shows for the evaluation where a condition hid the question. Not "Niet van
/// toepassing": that is an answer the user chooses.
pub const NOT_ASKED_LABEL: &str = "Niet gesteld";

/// The caption of the questions asked in only one of the two.
pub const ASKED_IN_ONE_CAPTION: &str = "Vragen die maar in één van beide zijn gesteld";

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub principles: Vec<PrincipleChange>,
    /// In document order: the questions asked in both whose answers differ ([`Self::differing`])
    /// and every question asked in only one ([`Self::asked_in_one`]).
    pub answers: Vec<AnswerChange>,
}

impl Comparison {
    /// The answers that differ: questions asked in both, nothing else.
    pub fn differing(&self) -> impl Iterator<Item = &AnswerChange> {
        self.answers.iter().filter(|a| a.counted)
    }

    /// The questions asked in only one of the two, listed apart: they are no difference.
    pub fn asked_in_one(&self) -> impl Iterator<Item = &AnswerChange> {
        self.answers.iter().filter(|a| !a.counted)
    }

    /// "3 antwoorden verschillen.", "1 antwoord verschilt." or "Geen antwoorden verschillen.":
    /// the rows of [`Comparison::differing`].
    pub fn summary(&self) -> String {
        match self.differing().count() {
            0 => "Geen antwoorden verschillen.".to_owned(),
            1 => "1 antwoord verschilt.".to_owned(),
            n => format!("{n} antwoorden verschillen."),
        }
    }

    /// "2 vragen zijn maar in één van beide gesteld; die tellen niet als verschil.", when there
    /// are such questions: the rows of [`Comparison::asked_in_one`].
    pub fn not_asked_note(&self) -> Option<String> {
        let n = self.asked_in_one().count();
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
            let asked = (old.visible.shows(&question.id), new.visible.shows(&question.id));
            // Hidden in both: nothing to compare (an answer kept while hidden is not shown).
            if asked == (false, false) {
                return None;
            }
            let in_words = |asked: bool, assessment: &Assessment| {
                if asked {
                    answer_text(questionnaire, question, assessment.answers.get(&question.id))
                } else {
                    NOT_ASKED_LABEL.to_owned()
                }
            };
            let (before_text, after_text) = (in_words(asked.0, before), in_words(asked.1, after));
            let counted = asked.0 && asked.1;
            // Asked in one only: always listed, also unanswered, so the note's count is the list's.
            (!counted || before_text != after_text).then(|| AnswerChange {
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
