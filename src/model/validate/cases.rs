//! Casus mode: the number of cases, the perspectives, the answer set and the topics.

use std::collections::BTreeSet;

use super::Checker;
use crate::model::questionnaire::Questionnaire;

impl Checker<'_> {
    pub(super) fn cases(&mut self, q: &Questionnaire) {
        let Some(case_mode) = &q.case_mode else { return };
        if !(1..=3).contains(&case_mode.max_cases) {
            self.report("casus.max_cases", format!("`max_cases` is {}; kies 1, 2 of 3 casussen.", case_mode.max_cases));
        }
        if case_mode.perspectives.is_empty() {
            self.report("casus.perspectives", "Noem ten minste één perspectief, bijvoorbeeld `dossier`.");
        }
        let mut seen = BTreeSet::new();
        for (i, perspective) in case_mode.perspectives.iter().enumerate() {
            let path = format!("casus.perspectives[{i}]");
            self.id(&path, &perspective.id, &mut seen, "perspectief");
            self.not_empty(format!("{path}.label"), &perspective.label, "Het label van dit perspectief");
        }
        if !q.answer_sets.iter().any(|s| s.id == case_mode.answer_set) {
            self.report(
                "casus.answer_set",
                format!("De casusmodus verwijst naar antwoordset `{}`, maar die bestaat niet.", case_mode.answer_set),
            );
        }
        if case_mode.topics.is_empty() {
            self.report("casus.topics", "De casusmodus heeft geen onderwerpen.");
        }
        let mut topic_ids = BTreeSet::new();
        for (i, topic) in case_mode.topics.iter().enumerate() {
            let path = format!("casus.topics[{i}]");
            self.id(&path, &topic.id, &mut topic_ids, "onderwerp");
            self.not_empty(format!("{path}.title"), &topic.title, "De titel van dit onderwerp");
            if let Some(section) = &topic.section {
                if !q.sections.iter().any(|s| &s.id == section) {
                    self.report(
                        format!("{path}.section"),
                        format!("Onderwerp `{}` verwijst naar sectie `{section}`, maar die bestaat niet.", topic.id),
                    );
                }
            }
            for perspective in &case_mode.perspectives {
                if topic.prompts.get(&perspective.id).is_none_or(|p| p.trim().is_empty()) {
                    self.report(
                        format!("{path}.prompts"),
                        format!("Onderwerp `{}` heeft geen vraag voor perspectief `{}`.", topic.id, perspective.id),
                    );
                }
            }
            for key in topic.prompts.keys() {
                if !case_mode.perspectives.iter().any(|p| &p.id == key) {
                    self.report(format!("{path}.prompts.{key}"), format!("`{key}` is geen gedeclareerd perspectief."));
                }
            }
            if topic.scores_on.is_empty() {
                self.report(
                    format!("{path}.scores_on"),
                    format!("Onderwerp `{}` noemt geen principe. Vul `scores_on` in.", topic.id),
                );
            }
            for (n, principle) in topic.scores_on.iter().enumerate() {
                if q.principle(principle).is_none() {
                    self.report(
                        format!("{path}.scores_on[{n}]"),
                        format!(
                            "Onderwerp `{}` scoort op `{principle}`, maar dat principe is niet gedeclareerd.",
                            topic.id
                        ),
                    );
                }
            }
        }
    }
}
