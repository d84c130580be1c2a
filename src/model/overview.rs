//! "Antwoorden controleren": every question the user can see, per section, with the answer in
//! words and the toelichting, so the whole evaluation can be checked (and printed) on one page.
//! Questions hidden by a condition are left out, as on the form.

use super::answers::{answer_text, AnswerState, Answers};
use super::condition::visibility;
use super::questionnaire::Questionnaire;

#[derive(Debug, Clone, PartialEq)]
pub struct SectionAnswers {
    pub section_id: String,
    pub title: String,
    pub questions: Vec<QuestionAnswer>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionAnswer {
    pub question_id: String,
    pub text: String,
    /// The answer in words ("Niet beantwoord" when there is none).
    pub answer: String,
    pub state: AnswerState,
    pub note: String,
    /// 'Niet van toepassing' without the toelichting the questionnaire asks for.
    pub note_missing: bool,
}

pub fn answers_overview(questionnaire: &Questionnaire, answers: &Answers) -> Vec<SectionAnswers> {
    let visible = visibility(questionnaire, answers);
    questionnaire
        .sections
        .iter()
        .map(|section| SectionAnswers {
            section_id: section.id.clone(),
            title: section.title.clone(),
            questions: section
                .questions
                .iter()
                .filter(|q| visible.shows(&q.id))
                .map(|question| {
                    let answer = answers.get(&question.id);
                    QuestionAnswer {
                        question_id: question.id.clone(),
                        text: question.text.clone(),
                        answer: answer_text(questionnaire, question, answer),
                        state: answer.map_or(AnswerState::Unanswered, |a| a.state(questionnaire, question)),
                        note: answer.map(|a| a.note.trim().to_owned()).unwrap_or_default(),
                        note_missing: answer.is_some_and(|a| a.misses_required_note(question)),
                    }
                })
                .collect(),
        })
        .collect()
}

/// The visible questions of a section answered 'niet van toepassing' without the toelichting the
/// questionnaire asks for: what the section's page lists until they are given.
pub fn missing_notes(questionnaire: &Questionnaire, answers: &Answers, section_id: &str) -> Vec<QuestionAnswer> {
    answers_overview(questionnaire, answers)
        .into_iter()
        .filter(|section| section.section_id == section_id)
        .flat_map(|section| section.questions)
        .filter(|question| question.note_missing)
        .collect()
}

/// The line above that list: "Dit onderdeel is nog niet klaar: bij 1 vraag ontbreekt de
/// toelichting bij 'niet van toepassing'."
pub fn missing_notes_message(missing: usize) -> String {
    let questions = if missing == 1 { "1 vraag".to_owned() } else { format!("{missing} vragen") };
    format!("Dit onderdeel is nog niet klaar: bij {questions} ontbreekt de toelichting bij 'niet van toepassing'.")
}
