//! What the app knows of a questionnaire before its content is fetched: the build writes a
//! summary of every shipped file into `questionnaires/index.json`, so the start page shows its
//! cards from the index alone and a questionnaire's content is fetched only when it is opened.

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::condition::visibility;
use super::questionnaire::Questionnaire;
use super::text::count;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireSummary {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub version: String,
    #[serde(default)]
    pub estimated_minutes: Option<u32>,
    /// Questions shown before anything is answered.
    pub questions_at_start: usize,
    /// Questions that appear only after certain answers.
    pub follow_ups: usize,
    /// Casus mode: how many cases a team can score.
    #[serde(default)]
    pub max_cases: Option<u8>,
}

/// How many questions a new evaluation starts with, and how many more can follow depending on
/// the answers. "Vragen" means the same everywhere: the questions that apply, as the progress
/// bar counts them (it starts at the first number and grows when a follow-up question appears).
pub fn question_counts(questionnaire: &Questionnaire) -> (usize, usize) {
    let shown = visibility(questionnaire, &Answers::new());
    let total = questionnaire.questions().count();
    let at_start = questionnaire.questions().filter(|(_, q)| shown.shows(&q.id)).count();
    (at_start, total - at_start)
}

impl QuestionnaireSummary {
    pub fn of(questionnaire: &Questionnaire) -> QuestionnaireSummary {
        let (questions_at_start, follow_ups) = question_counts(questionnaire);
        QuestionnaireSummary {
            id: questionnaire.id.clone(),
            title: questionnaire.title.clone(),
            description: questionnaire.description.clone(),
            version: questionnaire.version.clone(),
            estimated_minutes: questionnaire.estimated_minutes,
            questions_at_start,
            follow_ups,
            max_cases: questionnaire.case_mode.as_ref().map(|c| c.max_cases),
        }
    }

    /// The facts a questionnaire's card shows: "46 vragen, plus tot 7 vervolgvragen bij bepaalde
    /// antwoorden · ongeveer 60 minuten · ook te gebruiken met 3 casussen".
    pub fn card_facts(&self) -> String {
        let at_start = count(self.questions_at_start, "vraag", "vragen");
        let questions = match self.follow_ups {
            0 => at_start,
            1 => format!("{at_start}, plus 1 vervolgvraag bij bepaalde antwoorden"),
            n => format!("{at_start}, plus tot {n} vervolgvragen bij bepaalde antwoorden"),
        };
        let mut facts = vec![questions];
        if let Some(minutes) = self.estimated_minutes {
            facts.push(format!("ongeveer {minutes} minuten"));
        }
        if let Some(cases) = self.max_cases {
            facts.push(format!("ook te gebruiken met {}", count(usize::from(cases), "casus", "casussen")));
        }
        facts.join(" · ")
    }
}

/// The card's facts of a loaded questionnaire: the same words as its summary gives.
pub fn card_facts(questionnaire: &Questionnaire) -> String {
    QuestionnaireSummary::of(questionnaire).card_facts()
}
