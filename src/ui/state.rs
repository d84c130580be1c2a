//! The reactive state of one open assessment. Components read answers and scores from here and
//! write through its methods; every rule behind them is in the model.

use std::sync::Arc;

use leptos::prelude::*;

use super::autosave::{Autosave, SaveStatus};
use super::browser::clock::now_iso;
use crate::model::cases::{add_case, case_overview, case_progress, TopicRow};
use crate::model::condition::{shown_change_note, Visibility};
use crate::model::merge::Place;
use crate::model::plan::PlanEdits;
use crate::model::{score, Answer, AnswerValue, Assessment, Questionnaire, ScoreReport};

#[derive(Clone, Copy)]
pub struct AssessmentState {
    pub questionnaire: StoredValue<Arc<Questionnaire>>,
    pub assessment: RwSignal<Assessment>,
    pub report: Memo<ScoreReport>,
    visible: Memo<Visibility>,
    /// Casus mode: topics × cases, and (given, possible) ratings.
    pub case_rows: Memo<Vec<TopicRow>>,
    pub case_progress: Memo<(usize, usize)>,
    pub save_status: RwSignal<SaveStatus>,
    /// Where a merge with another tab kept two versions of a text, until the user dismisses it.
    pub merge_conflicts: RwSignal<Vec<Place>>,
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
        // Its own memo, so a question's `Show` only reacts when visibility actually changes.
        let visible = Memo::new(move |_| report.with(|r| r.visible.clone()));
        let case_rows = Memo::new(move |_| {
            let questionnaire = questionnaire.get_value();
            assessment.with(|a| case_overview(&questionnaire, &a.cases).unwrap_or_default())
        });
        let case_progress = Memo::new(move |_| {
            let questionnaire = questionnaire.get_value();
            assessment.with(|a| case_progress(&questionnaire, &a.cases))
        });
        let (save_status, merge_conflicts) = if autosave {
            let autosave = Autosave::start(assessment);
            (autosave.status, autosave.conflicts)
        } else {
            (RwSignal::new(SaveStatus::Saved), RwSignal::new(Vec::new()))
        };
        AssessmentState {
            questionnaire,
            assessment,
            report,
            visible,
            case_rows,
            case_progress,
            save_status,
            merge_conflicts,
        }
    }

    /// The answer to one question, as a memo: a component only updates when *its* answer changes.
    pub fn answer(&self, question_id: &str) -> Memo<Answer> {
        let assessment = self.assessment;
        let id = question_id.to_owned();
        Memo::new(move |_| assessment.with(|a| a.answers.get(&id).cloned().unwrap_or_default()))
    }

    pub fn is_visible(&self, question_id: &str) -> bool {
        self.visible.with(|v| v.shows(question_id))
    }

    /// What to tell a screen reader when questions appear or go as answers change, said from
    /// the section at `current_section` (see `shown_change_note`). Starts empty: questions
    /// already shown when the section opens are not news.
    pub fn shown_change_note(&self, current_section: usize) -> ReadSignal<String> {
        let (note, set_note) = signal(String::new());
        let (visible, questionnaire, assessment) = (self.visible, self.questionnaire, self.assessment);
        let seen = StoredValue::new(visible.get_untracked());
        Effect::new(move |_| {
            let now = visible.get();
            let before = seen.get_value();
            if before == now {
                return;
            }
            let text = questionnaire.with_value(|q| {
                assessment.with_untracked(|a| shown_change_note(q, &a.answers, &before, &now, current_section))
            });
            seen.set_value(now);
            set_note.set(text.unwrap_or_default());
        });
        note
    }

    pub fn set_value(&self, question_id: &str, value: Option<AnswerValue>) {
        self.edit(question_id, |answer| answer.value = value);
    }

    pub fn set_note(&self, question_id: &str, note: String) {
        self.edit(question_id, |answer| answer.note = note);
    }

    /// Removes saved answers (e.g. ones an updated questionnaire no longer has) and marks the
    /// evaluation as up to date with the questionnaire.
    pub fn remove_answers(&self, ids: &[String]) {
        let version = self.questionnaire.with_value(|q| q.version.clone());
        self.assessment.update(|a| {
            a.answers.retain(|id, _| !ids.contains(id));
            a.questionnaire_version = version;
            a.updated_at = now_iso();
        });
    }

    /// Remembers where the user is, so reopening resumes there. Not a change of content, so
    /// "last changed" stays as it was.
    pub fn set_position(&self, position: Option<String>) {
        if position.is_some() && self.assessment.with_untracked(|a| a.position != position) {
            self.assessment.update(|a| a.position = position);
        }
    }

    /// Adds a case (casus mode); its index, or why not.
    pub fn add_case(&self) -> Result<usize, String> {
        let questionnaire = self.questionnaire.get_value();
        let mut result = Err(String::new());
        self.assessment.update(|a| {
            result = add_case(&questionnaire, &mut a.cases);
            a.updated_at = now_iso();
        });
        result
    }

    pub fn remove_case(&self, index: usize) {
        self.assessment.update(|a| {
            if index < a.cases.len() {
                a.cases.remove(index);
                a.updated_at = now_iso();
            }
        });
    }

    pub fn set_case_label(&self, index: usize, label: String) {
        self.edit_case(index, |case| case.label = label);
    }

    pub fn set_rating(&self, index: usize, topic: &str, perspective: &str, value: Option<AnswerValue>) {
        self.edit_case(index, |case| {
            let ratings = case.ratings.entry(topic.to_owned()).or_default();
            match value {
                Some(value) => {
                    ratings.entry(perspective.to_owned()).or_default().value = Some(value);
                }
                None => {
                    ratings.remove(perspective);
                }
            }
        });
    }

    pub fn set_case_note(&self, index: usize, topic: &str, note: String) {
        self.edit_case(index, |case| {
            if note.is_empty() {
                case.notes.remove(topic);
            } else {
                case.notes.insert(topic.to_owned(), note);
            }
        });
    }

    /// Changes the verbeterplan (see `ui::components::plan::owner`, which all plan edits go
    /// through).
    pub fn change_plan(&self, change: impl FnOnce(&mut PlanEdits)) {
        self.assessment.update(|a| {
            change(&mut a.plan);
            a.updated_at = now_iso();
        });
    }

    fn edit_case(&self, index: usize, change: impl FnOnce(&mut crate::model::cases::CaseRecord)) {
        self.assessment.update(|a| {
            if let Some(case) = a.cases.get_mut(index) {
                change(case);
                a.updated_at = now_iso();
            }
        });
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
