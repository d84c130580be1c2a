//! The user's saved assessments as the start page lists them.

use super::assessment::{Assessment, Mode};
use super::cases::case_progress;
use super::questionnaire::Questionnaire;
use super::scoring::score;
use super::sorted::sort_by;

#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentSummary {
    pub id: String,
    pub name: String,
    pub municipality: String,
    pub questionnaire_id: String,
    /// The questionnaire's title, or its id when that questionnaire is not available.
    pub questionnaire_title: String,
    pub mode: Mode,
    pub updated_at: String,
    /// `None` when the questionnaire is not available to measure against.
    pub progress_percent: Option<u32>,
}

impl AssessmentSummary {
    /// "42%", or why there is no number.
    pub fn progress_label(&self) -> String {
        self.progress_percent.map_or_else(|| "onbekend: vragenlijst niet beschikbaar".to_owned(), |p| format!("{p}%"))
    }

    /// The questionnaire's title, marked when the evaluation rates cases.
    pub fn questionnaire_label(&self) -> String {
        match self.mode {
            Mode::Organisation => self.questionnaire_title.clone(),
            Mode::Cases => format!("{} (casusmodus)", self.questionnaire_title),
        }
    }
}

pub fn summarize(assessment: &Assessment, questionnaire: Option<&Questionnaire>) -> AssessmentSummary {
    let progress_percent = questionnaire.map(|q| match assessment.mode {
        Mode::Organisation => score(q, &assessment.answers).progress.percent(),
        Mode::Cases => {
            let (given, possible) = case_progress(q, &assessment.cases);
            (given * 100).checked_div(possible).unwrap_or(0) as u32
        }
    });
    AssessmentSummary {
        id: assessment.id.clone(),
        name: assessment.name.clone(),
        municipality: assessment.municipality.clone(),
        questionnaire_id: assessment.questionnaire_id.clone(),
        questionnaire_title: match questionnaire {
            Some(q) => q.title.clone(),
            None if !assessment.questionnaire_title.is_empty() => assessment.questionnaire_title.clone(),
            None => assessment.questionnaire_id.clone(),
        },
        mode: assessment.mode,
        updated_at: assessment.updated_at.clone(),
        progress_percent,
    }
}

/// Most recently changed first; ties by name, so the order is stable.
pub fn sort_for_listing(summaries: &mut [AssessmentSummary]) {
    sort_by(summaries, |a, b| b.updated_at.cmp(&a.updated_at).then_with(|| a.name.cmp(&b.name)));
}
