//! The scoring engine. Every number the app shows comes from [`score`], so the rules below are
//! the only place that decides what counts.
//!
//! For principle *p*, over questions that are visible, answered (not N/A) and score on *p*:
//!
//! `score_p = Σ w_q · w_qp · (s_qp − min) / Σ w_q · w_qp · (max_qp − min) × 100`
//!
//! where `s_qp` is the points the answer earns on *p*, `max_qp` the most the question can earn
//! and `min` the bottom of the questionnaire's scale. Unanswered questions lower coverage, not
//! the score; N/A answers and hidden questions are left out and counted separately.

use super::answers::{AnswerState, Answers};
use super::condition::{visibility, Visibility};
use super::questionnaire::{Level, Question, QuestionType, Questionnaire};
use super::text::{count, dutch_list, dutch_number, mid_sentence, NONE_GIVEN};

/// Counts and weighted points for one principle or one section.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Tally {
    /// Visible questions that count here.
    pub eligible: usize,
    /// Of those, answered with a value.
    pub answered: usize,
    /// Of those, answered "niet van toepassing".
    pub not_applicable: usize,
    pub earned: f64,
    pub possible: f64,
}

impl Tally {
    /// 0–100, or `None` while nothing scored has been answered.
    pub fn percent(&self) -> Option<f64> {
        (self.possible > 0.0).then(|| (self.earned / self.possible * 100.0).clamp(0.0, 100.0))
    }

    /// "3 van 6": answered of the questions that count here.
    pub fn answered_label(&self) -> String {
        format!("{} van {}", self.answered, self.eligible)
    }

    /// "3 van 6 vragen beantwoord, 1 niet van toepassing" (the last part only when there are any).
    pub fn coverage_label(&self) -> String {
        let mut text = format!("{} vragen beantwoord", self.answered_label());
        if self.not_applicable > 0 {
            text.push_str(&format!(", {} niet van toepassing", self.not_applicable));
        }
        text
    }
}

/// The cells of a row of the score tables after its first, for a principle and for a section
/// alike, so both count 'niet van toepassing' the same way: score, level, answered of the scored
/// questions that count there ("3 van 6"), and the number answered 'niet van toepassing' apart.
pub fn score_row(percent: Option<f64>, level: Option<&Level>, tally: &Tally) -> Vec<String> {
    vec![percent_label(percent), level_label(level), tally.answered_label(), tally.not_applicable.to_string()]
}

/// A score as it is shown and exported: "42%", or "nog geen score".
pub fn percent_label(percent: Option<f64>) -> String {
    percent.map_or_else(|| "nog geen score".to_owned(), |p| format!("{}%", shown_percent(p)))
}

/// A score as the whole percentage [`percent_label`] shows (a comparison subtracts these, so a
/// reader can check the difference).
pub fn shown_percent(percent: f64) -> i64 {
    percent.round() as i64
}

/// A level's label, or a dash while there is no score.
pub fn level_label(level: Option<&Level>) -> String {
    level.map_or_else(|| NONE_GIVEN.to_owned(), |l| l.label.clone())
}

/// A score with its level, as the live summary shows it: "42% – Op weg".
pub fn score_with_level(percent: Option<f64>, level: Option<&Level>) -> String {
    match (percent, level) {
        (Some(_), Some(level)) => format!("{} – {}", percent_label(percent), level.label),
        _ => percent_label(percent),
    }
}

/// How the bands of a questionnaire divide the score, in one sentence from its own `levels`:
/// "Het niveau hoort bij de score: beginnend onder 40%, op weg van 40% tot 75% en gevorderd
/// vanaf 75%."
pub fn levels_explanation(questionnaire: &Questionnaire) -> String {
    let levels = &questionnaire.levels;
    let last = levels.len().saturating_sub(1);
    let bands: Vec<String> = levels
        .iter()
        .enumerate()
        .map(|(i, level)| {
            let label = mid_sentence(&level.label);
            let (from, to) = (dutch_number(level.from), dutch_number(level.to));
            match (i == 0, i == last) {
                (true, true) => format!("{label} van {from}% tot en met {to}%"),
                (true, false) => format!("{label} onder {to}%"),
                (false, true) => format!("{label} vanaf {from}%"),
                (false, false) => format!("{label} van {from}% tot {to}%"),
            }
        })
        .collect();
    format!("Het niveau hoort bij de score: {}.", dutch_list(&bands))
}

#[derive(Debug, Clone, PartialEq)]
pub struct PrincipleScore {
    pub principle_id: String,
    pub label: String,
    pub tally: Tally,
    pub percent: Option<f64>,
    pub level: Option<Level>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SectionScore {
    pub section_id: String,
    pub title: String,
    /// Over the section's scored questions.
    pub tally: Tally,
    pub percent: Option<f64>,
    pub level: Option<Level>,
    /// All visible questions of the section, scored or not.
    pub progress: Progress,
}

/// How far the user is, over every visible question (also unscored ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    pub visible: usize,
    /// Answered with a value or with N/A.
    pub done: usize,
    pub not_applicable: usize,
    /// Answered 'niet van toepassing' without the toelichting the questionnaire asks for.
    pub notes_missing: usize,
}

impl Progress {
    /// "5 van 8 vragen beantwoord".
    pub fn answered_label(&self) -> String {
        format!("{} van {} vragen beantwoord", self.done, self.visible)
    }

    /// Every visible question answered, and every toelichting given that an answer asks for.
    pub fn is_complete(&self) -> bool {
        self.visible > 0 && self.done == self.visible && self.notes_missing == 0
    }

    /// A section's progress in the list of sections: "klaar (5 van 5)", "3 van 5", or
    /// "5 van 5, 1 toelichting ontbreekt".
    pub fn section_label(&self) -> String {
        let counted = format!("{} van {}", self.done, self.visible);
        if self.is_complete() {
            format!("klaar ({counted})")
        } else if self.notes_missing > 0 {
            let verb = if self.notes_missing == 1 { "ontbreekt" } else { "ontbreken" };
            format!("{counted}, {} {verb}", count(self.notes_missing, "toelichting", "toelichtingen"))
        } else {
            counted
        }
    }

    /// The sentence above the results: "45 van 48 vragen beantwoord, waarvan 3 met 'niet van
    /// toepassing'."
    pub fn summary(&self) -> String {
        match self.not_applicable {
            0 => format!("{}.", self.answered_label()),
            n => format!("{}, waarvan {n} met 'niet van toepassing'.", self.answered_label()),
        }
    }

    pub fn percent(&self) -> u32 {
        // Nothing to answer counts as 0 %, not as a division by zero.
        (self.done * 100).checked_div(self.visible).unwrap_or(0) as u32
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ScoreReport {
    pub principles: Vec<PrincipleScore>,
    pub sections: Vec<SectionScore>,
    pub progress: Progress,
    /// Whether each question is shown, by id: computed for the score anyway, so the UI reads
    /// it from here instead of evaluating every condition a second time.
    pub visible: Visibility,
}

/// The most points `question` can earn on `principle` (before subtracting the scale minimum).
pub fn max_points(questionnaire: &Questionnaire, question: &Question, principle: &str) -> f64 {
    let floor = questionnaire.scale.min;
    let option_scores =
        || questionnaire.options_of(question).iter().map(move |o| o.score_for(principle).unwrap_or(floor));
    match question.kind {
        QuestionType::SingleChoice => option_scores().fold(floor, f64::max),
        QuestionType::MultiChoice => {
            let cap = question.max_score.unwrap_or(questionnaire.scale.max);
            option_scores().filter(|s| *s > 0.0).sum::<f64>().min(cap).max(floor)
        }
        QuestionType::Scale => questionnaire.scale.max,
        QuestionType::Number => question.bands.iter().map(|b| b.score).fold(floor, f64::max),
        QuestionType::Text => floor,
    }
}

/// Points the answer earns on `principle`; `None` when it is not a scoring answer.
fn earned_points(
    questionnaire: &Questionnaire,
    question: &Question,
    answers: &Answers,
    principle: &str,
) -> Option<f64> {
    let answer = answers.get(&question.id)?;
    if answer.state(questionnaire, question) != AnswerState::Answered {
        return None;
    }
    let scale = questionnaire.scale;
    let score_of =
        |id: &str| questionnaire.options_of(question).iter().find(|o| o.id == id).and_then(|o| o.score_for(principle));
    match question.kind {
        QuestionType::SingleChoice => answer.chosen_options().first().and_then(|id| score_of(id)),
        QuestionType::MultiChoice => {
            let cap = question.max_score.unwrap_or(scale.max);
            let sum: f64 = answer.chosen_options().iter().filter_map(|id| score_of(id)).sum();
            Some(sum.min(cap).max(scale.min))
        }
        QuestionType::Scale => {
            let range = question.range.as_ref()?;
            let value = answer.numeric()?;
            let fraction = (value - range.min as f64) / (range.max - range.min) as f64;
            Some(scale.min + fraction * (scale.max - scale.min))
        }
        QuestionType::Number => {
            let value = answer.numeric()?;
            let band = question.bands.iter().rev().find(|band| value >= band.min);
            Some(band.map_or(scale.min, |band| band.score))
        }
        QuestionType::Text => None,
    }
}

/// The question's own score in percent over all its principles, for triggers such as
/// `score_below_percent`. `None` when unanswered, N/A or unscored.
pub fn question_percent(questionnaire: &Questionnaire, question: &Question, answers: &Answers) -> Option<f64> {
    let mut tally = Tally::default();
    add_question(questionnaire, question, answers, None, &mut tally);
    tally.percent()
}

/// Adds one visible question to a tally, for one principle or (with `None`) for all of them.
fn add_question(
    questionnaire: &Questionnaire,
    question: &Question,
    answers: &Answers,
    only: Option<&str>,
    tally: &mut Tally,
) {
    if !question.is_scored() {
        return;
    }
    let principles: Vec<&String> =
        question.scores_on.iter().filter(|p| only.is_none_or(|wanted| wanted == p.as_str())).collect();
    if principles.is_empty() {
        return;
    }
    tally.eligible += 1;
    let state = answers.get(&question.id).map_or(AnswerState::Unanswered, |a| a.state(questionnaire, question));
    match state {
        AnswerState::Unanswered => return,
        AnswerState::NotApplicable => {
            tally.not_applicable += 1;
            return;
        }
        AnswerState::Answered => tally.answered += 1,
    }
    let floor = questionnaire.scale.min;
    for principle in principles {
        let Some(earned) = earned_points(questionnaire, question, answers, principle) else { continue };
        let weight = question.weight * question.principle_weight(principle);
        tally.earned += weight * (earned - floor);
        tally.possible += weight * (max_points(questionnaire, question, principle) - floor);
    }
}

/// Scores every principle and section and measures progress.
pub fn score(questionnaire: &Questionnaire, answers: &Answers) -> ScoreReport {
    let visible = visibility(questionnaire, answers);
    let is_visible = |q: &Question| visible.shows(&q.id);

    let principles = questionnaire
        .principles
        .iter()
        .map(|principle| {
            let mut tally = Tally::default();
            for (_, question) in questionnaire.questions().filter(|(_, q)| is_visible(q)) {
                add_question(questionnaire, question, answers, Some(&principle.id), &mut tally);
            }
            let percent = tally.percent();
            PrincipleScore {
                principle_id: principle.id.clone(),
                label: principle.label.clone(),
                tally,
                percent,
                level: percent.and_then(|p| questionnaire.level_for(p)).cloned(),
            }
        })
        .collect();

    let mut overall = Progress::default();
    let sections = questionnaire
        .sections
        .iter()
        .map(|section| {
            let mut tally = Tally::default();
            let mut progress = Progress::default();
            for question in section.questions.iter().filter(|q| is_visible(q)) {
                add_question(questionnaire, question, answers, None, &mut tally);
                progress.visible += 1;
                let answer = answers.get(&question.id);
                match answer.map(|a| a.state(questionnaire, question)) {
                    Some(AnswerState::Answered) => progress.done += 1,
                    Some(AnswerState::NotApplicable) => {
                        progress.done += 1;
                        progress.not_applicable += 1;
                        if answer.is_some_and(|a| a.misses_required_note(question)) {
                            progress.notes_missing += 1;
                        }
                    }
                    _ => {}
                }
            }
            overall.visible += progress.visible;
            overall.done += progress.done;
            overall.not_applicable += progress.not_applicable;
            overall.notes_missing += progress.notes_missing;
            let percent = tally.percent();
            SectionScore {
                section_id: section.id.clone(),
                title: section.title.clone(),
                tally,
                percent,
                level: percent.and_then(|p| questionnaire.level_for(p)).cloned(),
                progress,
            }
        })
        .collect();

    ScoreReport { principles, sections, progress: overall, visible }
}
