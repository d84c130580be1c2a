//! The reactive state of one open assessment. Components read answers and scores from here and
//! write through its methods; every rule behind them is in the model.

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;

use super::dom::now_iso;
use super::persistence::{schedule_save, SaveStatus};
use crate::model::condition::visibility;
use crate::model::{score, Answer, AnswerValue, Assessment, Questionnaire, ScoreReport};

#[derive(Clone, Copy)]
pub struct AssessmentState {
    pub questionnaire: StoredValue<Arc<Questionnaire>>,
    pub assessment: RwSignal<Assessment>,
    pub report: Memo<ScoreReport>,
    visible: Memo<BTreeMap<String, bool>>,
    pub save_status: RwSignal<SaveStatus>,
}

impl AssessmentState {
    /// Wraps an assessment; with `autosave`, every change is saved to browser storage.
    pub fn new(questionnaire: Arc<Questionnaire>, assessment: Assessment, autosave: bool) -> Self {
        let questionnaire = StoredValue::new(questionnaire);
        let assessment = RwSignal::new(assessment);
        let report = Memo::new(move |_| {
            let questionnaire = questionnaire.get_value();
            assessment.with(|a| score(&questionnaire, &a.answers))
        });
        let visible = Memo::new(move |_| {
            let questionnaire = questionnaire.get_value();
            assessment.with(|a| {
                visibility(&questionnaire, &a.answers)
                    .into_iter()
                    .map(|(id, shown)| (id.to_owned(), shown))
                    .collect()
            })
        });
        let save_status = RwSignal::new(SaveStatus::Saved);
        if autosave {
            // The first run only subscribes; later runs are real changes.
            Effect::new(move |previous: Option<()>| {
                let current = assessment.get();
                if previous.is_some() {
                    schedule_save(current, save_status);
                }
            });
        }
        AssessmentState { questionnaire, assessment, report, visible, save_status }
    }

    /// The answer to one question, as a memo: a component only updates when *its* answer changes.
    pub fn answer(&self, question_id: &str) -> Memo<Answer> {
        let assessment = self.assessment;
        let id = question_id.to_owned();
        Memo::new(move |_| assessment.with(|a| a.answers.get(&id).cloned().unwrap_or_default()))
    }

    pub fn is_visible(&self, question_id: &str) -> bool {
        self.visible.with(|v| v.get(question_id).copied().unwrap_or(false))
    }

    pub fn set_value(&self, question_id: &str, value: Option<AnswerValue>) {
        self.edit(question_id, |answer| answer.value = value);
    }

    pub fn set_note(&self, question_id: &str, note: String) {
        self.edit(question_id, |answer| answer.note = note);
    }

    fn edit(&self, question_id: &str, change: impl FnOnce(&mut Answer)) {
        self.assessment.update(|assessment| {
            let answer = assessment.answers.entry(question_id.to_owned()).or_default();
            change(answer);
            if *answer == Answer::default() {
                assessment.answers.remove(question_id);
            }
            assessment.updated_at = now_iso();
        });
    }
}
