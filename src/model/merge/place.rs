//! Where a text of an evaluation is, and how the user knows that place: "de toelichting bij
//! vraag '…'", "de notitie bij actie '…'", "de samenvatting van het plan".

use crate::model::assessment::Assessment;
use crate::model::plan::details::PlanDetails;
use crate::model::plan::{ActionEdits, OwnAction, PlanEdits};
use crate::model::{AnswerValue, Questionnaire};

/// A place in an evaluation a merge tells the user about. Plan rows are keyed as the plan keys
/// them: a recommendation's id, or an own action's id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    Name,
    Municipality,
    /// A question's toelichting.
    Note {
        question: String,
    },
    /// The answer to a text question.
    TextAnswer {
        question: String,
    },
    /// A case's name, by its position (from 0).
    CaseLabel {
        case: usize,
    },
    CaseNote {
        case: usize,
        topic: String,
    },
    /// A whole case: removed in one tab while the other changed its texts, so it was kept.
    Case {
        case: usize,
    },
    RowOwner {
        row: String,
    },
    RowNote {
        row: String,
    },
    OwnTitle {
        action: String,
    },
    OwnText {
        action: String,
    },
    /// A whole own action: removed in one tab while the other changed its texts, so it was kept.
    OwnAction {
        action: String,
    },
    PlanSummary,
    PlanVersion,
    PlanAuthor,
}

impl Place {
    /// The place in words, for a sentence that lists them: names as the (merged) evaluation and
    /// the questionnaire have them.
    pub fn describe(&self, questionnaire: &Questionnaire, assessment: &Assessment) -> String {
        let question = |id: &str| questionnaire.question(id).map_or_else(|| id.to_owned(), |q| q.text.clone());
        let case = |index: &usize| {
            assessment
                .cases
                .get(*index)
                .map_or_else(|| format!("casus {}", index + 1), |c| format!("casus '{}'", c.label))
        };
        let topic = |id: &str| {
            questionnaire
                .case_mode
                .as_ref()
                .and_then(|m| m.topics.iter().find(|t| t.id == id))
                .map_or_else(|| id.to_owned(), |t| t.title.clone())
        };
        match self {
            Place::Name => "de naam van de evaluatie".to_owned(),
            Place::Municipality => "de naam van de gemeente".to_owned(),
            Place::Note { question: id } => format!("de toelichting bij vraag '{}'", question(id)),
            Place::TextAnswer { question: id } => format!("het antwoord op vraag '{}'", question(id)),
            Place::CaseLabel { case: index } => format!("de naam van casus {}", index + 1),
            Place::CaseNote { case: index, topic: id } => {
                format!("de toelichting bij onderwerp '{}' in {}", topic(id), case(index))
            }
            Place::Case { case: index } => {
                format!("{}: in het ene tabblad verwijderd en in het andere gewijzigd, en daarom bewaard", case(index))
            }
            Place::RowOwner { row } => {
                format!("de eigenaar van actie '{}'", action_title(questionnaire, assessment, row))
            }
            Place::RowNote { row } => {
                format!("de notitie bij actie '{}'", action_title(questionnaire, assessment, row))
            }
            Place::OwnTitle { action } => {
                format!("de titel van eigen actie '{}'", action_title(questionnaire, assessment, action))
            }
            Place::OwnText { action } => {
                format!("de omschrijving van eigen actie '{}'", action_title(questionnaire, assessment, action))
            }
            Place::OwnAction { action } => format!(
                "eigen actie '{}': in het ene tabblad verwijderd en in het andere gewijzigd, en daarom bewaard",
                action_title(questionnaire, assessment, action)
            ),
            Place::PlanSummary => "de samenvatting van het plan".to_owned(),
            Place::PlanVersion => "de versie van het plan".to_owned(),
            Place::PlanAuthor => "wie het plan heeft opgesteld".to_owned(),
        }
    }
}

/// A plan row's title: an own action's from the evaluation, a recommendation's from the file.
fn action_title(questionnaire: &Questionnaire, assessment: &Assessment, key: &str) -> String {
    if let Some(own) = assessment.plan.own.iter().find(|a| a.id == key) {
        return own.title.clone();
    }
    questionnaire
        .questions()
        .flat_map(|(_, q)| q.recommendations.iter())
        .find(|r| r.id == key)
        .map_or_else(|| key.to_owned(), |r| r.title.clone())
}

/// Every free text of an evaluation with its place, empty ones included: what a merge must never
/// lose. Every stored field is named, so a new one does not compile until it is placed or left out.
pub fn texts(assessment: &Assessment) -> Vec<(Place, String)> {
    let Assessment {
        format: _,
        format_version: _,
        id: _,
        name,
        municipality,
        questionnaire_id: _,
        questionnaire_version: _,
        questionnaire_title: _,
        created_at: _,
        updated_at: _,
        answers,
        mode: _,
        cases,
        position: _,
        plan: PlanEdits { recommendations, own, details },
    } = assessment;
    let mut texts = vec![(Place::Name, name.clone()), (Place::Municipality, municipality.clone())];
    for (id, answer) in answers {
        texts.push((Place::Note { question: id.clone() }, answer.note.clone()));
        if let Some(AnswerValue::Text(text)) = &answer.value {
            texts.push((Place::TextAnswer { question: id.clone() }, text.clone()));
        }
    }
    for (index, case) in cases.iter().enumerate() {
        texts.push((Place::CaseLabel { case: index }, case.label.clone()));
        for (topic, note) in &case.notes {
            texts.push((Place::CaseNote { case: index, topic: topic.clone() }, note.clone()));
        }
    }
    for (key, edits) in recommendations {
        texts.extend(row_texts(key, edits));
    }
    for OwnAction { id, title, text, principle: _, priority: _, edits } in own {
        texts.push((Place::OwnTitle { action: id.clone() }, title.clone()));
        texts.push((Place::OwnText { action: id.clone() }, text.clone()));
        texts.extend(row_texts(id, edits));
    }
    let PlanDetails { summary, audience: _, date: _, version, author } = details;
    texts.push((Place::PlanSummary, summary.clone()));
    texts.push((Place::PlanVersion, version.clone()));
    texts.push((Place::PlanAuthor, author.clone()));
    texts
}

fn row_texts(key: &str, edits: &ActionEdits) -> [(Place, String); 2] {
    let ActionEdits { selected: _, priority: _, owner, deadline: _, period: _, status: _, note } = edits;
    [(Place::RowOwner { row: key.to_owned() }, owner.clone()), (Place::RowNote { row: key.to_owned() }, note.clone())]
}
