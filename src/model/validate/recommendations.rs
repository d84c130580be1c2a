//! The recommendations of a question: unique ids, texts, their principle and exactly one trigger
//! that can hold.

use std::collections::BTreeSet;

use super::Checker;
use crate::model::questionnaire::{Question, Questionnaire};

impl Checker<'_> {
    pub(super) fn recommendations(
        &mut self,
        q: &Questionnaire,
        path: &str,
        question: &Question,
        recommendation_ids: &mut BTreeSet<String>,
    ) {
        let id = &question.id;
        for (i, recommendation) in question.recommendations.iter().enumerate() {
            let rec_path = format!("{path}.recommendations[{i}]");
            self.id(&rec_path, &recommendation.id, recommendation_ids, "aanbeveling");
            self.not_empty(format!("{rec_path}.title"), &recommendation.title, "De titel van deze aanbeveling");
            self.not_empty(format!("{rec_path}.text"), &recommendation.text, "De tekst van deze aanbeveling");
            if let Some(principle) = &recommendation.principle {
                if q.principle(principle).is_none() {
                    self.report(
                        format!("{rec_path}.principle"),
                        format!(
                            "Aanbeveling `{}` noemt principe `{principle}`, dat niet is gedeclareerd.",
                            recommendation.id
                        ),
                    );
                }
            }
            let trigger = &recommendation.when;
            match (&trigger.option_in, trigger.score_below_percent) {
                (Some(_), Some(_)) | (None, None) => self.report(
                    format!("{rec_path}.when"),
                    format!(
                        "Aanbeveling `{}` moet precies één voorwaarde hebben: `option_in` of `score_below_percent`.",
                        recommendation.id
                    ),
                ),
                (Some(options), None) => {
                    self.option_refs(q, &format!("{rec_path}.when.option_in"), question, options);
                }
                (None, Some(percent)) => {
                    if !question.is_scored() {
                        self.report(
                            format!("{rec_path}.when.score_below_percent"),
                            format!("Vraag `{id}` telt niet mee in de score, dus `score_below_percent` kan nooit gelden. Gebruik `option_in`."),
                        );
                    }
                    if !(percent > 0.0 && percent <= 100.0) {
                        self.report(
                            format!("{rec_path}.when.score_below_percent"),
                            format!("`score_below_percent` is {percent}; kies een percentage groter dan 0 en hoogstens 100."),
                        );
                    }
                }
            }
        }
    }
}
