//! Sections and the order of their questions: ids unique over the file, no section named like a page of the app.

use std::collections::{BTreeMap, BTreeSet};

use super::Checker;
use crate::model::questionnaire::{Question, Questionnaire};
use crate::model::route::is_reserved_section_id;

impl Checker<'_> {
    pub(super) fn sections(&mut self, q: &Questionnaire) {
        if q.sections.is_empty() {
            self.report("sections", "De vragenlijst heeft geen secties. Voeg ten minste één sectie met vragen toe.");
        }
        let mut section_ids = BTreeSet::new();
        let mut question_ids = BTreeSet::new();
        let mut recommendation_ids = BTreeSet::new();
        // Questions seen so far, in document order: conditions may only look back.
        let mut earlier: BTreeMap<&str, &Question> = BTreeMap::new();
        for (s, section) in q.sections.iter().enumerate() {
            let path = format!("sections[{s}]");
            self.id(&path, &section.id, &mut section_ids, "sectie");
            if is_reserved_section_id(&section.id) {
                self.report(
                    format!("{path}.id"),
                    format!(
                        "Het id `{}` is gereserveerd voor een pagina van de app. Kies een ander id voor deze sectie.",
                        section.id
                    ),
                );
            }
            self.not_empty(format!("{path}.title"), &section.title, "De titel van deze sectie");
            if section.questions.is_empty() {
                self.report(format!("{path}.questions"), format!("Sectie `{}` heeft geen vragen.", section.id));
            }
            for (n, question) in section.questions.iter().enumerate() {
                let question_path = format!("{path}.questions[{n}]");
                self.id(&question_path, &question.id, &mut question_ids, "vraag");
                self.question(q, &question_path, question, &earlier, &mut recommendation_ids);
                earlier.entry(&question.id).or_insert(question);
            }
        }
    }
}
