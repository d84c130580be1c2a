//! The frame of a questionnaire: its principles, its scale and its levels, and that every principle is scored.

use std::collections::BTreeSet;

use super::Checker;
use crate::model::questionnaire::Questionnaire;

impl Checker<'_> {
    pub(super) fn principles(&mut self, q: &Questionnaire) {
        if q.principles.is_empty() {
            self.report(
                "principles",
                "Er zijn geen principes opgegeven. Noem ten minste één principe, zoals `onafhankelijkheid`.",
            );
        }
        let mut seen = BTreeSet::new();
        for (i, principle) in q.principles.iter().enumerate() {
            let path = format!("principles[{i}]");
            self.id(&path, &principle.id, &mut seen, "principe");
            self.not_empty(format!("{path}.label"), &principle.label, "Het label van dit principe");
        }
    }

    pub(super) fn scale(&mut self, q: &Questionnaire) {
        let scale = q.scale;
        if !scale.min.is_finite() || !scale.max.is_finite() || scale.min >= scale.max {
            self.report(
                "scale",
                format!(
                    "De schaal loopt van {} tot {}; het minimum moet kleiner zijn dan het maximum.",
                    scale.min, scale.max
                ),
            );
        }
    }

    pub(super) fn levels(&mut self, q: &Questionnaire) {
        if q.levels.is_empty() {
            self.report("levels", "Er zijn geen niveaus opgegeven. Geef niveaus die samen 0 tot 100 beslaan.");
            return;
        }
        let mut seen = BTreeSet::new();
        let mut expected_from = 0.0;
        for (i, level) in q.levels.iter().enumerate() {
            let path = format!("levels[{i}]");
            self.id(&path, &level.id, &mut seen, "niveau");
            self.not_empty(format!("{path}.label"), &level.label, "Het label van dit niveau");
            if level.from != expected_from {
                self.report(
                    format!("{path}.from"),
                    format!(
                        "Niveau `{}` begint bij {}, maar moet aansluiten bij {expected_from}. De niveaus moeten 0 tot 100 zonder gaten of overlap beslaan.",
                        level.id, level.from
                    ),
                );
            }
            // Not `from >= to`: a NaN bound compares as neither and must be reported too.
            if level.from.partial_cmp(&level.to) != Some(std::cmp::Ordering::Less) {
                self.report(
                    format!("{path}.to"),
                    format!("Niveau `{}` eindigt ({}) niet na zijn begin ({}).", level.id, level.to, level.from),
                );
            }
            expected_from = level.to;
        }
        if expected_from != 100.0 {
            self.report(
                format!("levels[{}].to", q.levels.len() - 1),
                format!("Het laatste niveau eindigt bij {expected_from}; dat moet 100 zijn."),
            );
        }
    }

    pub(super) fn every_principle_scored(&mut self, q: &Questionnaire) {
        for (i, principle) in q.principles.iter().enumerate() {
            let by_question =
                q.questions().any(|(_, question)| question.is_scored() && question.scores_on.contains(&principle.id));
            let by_case_topic = q.case_mode.iter().flat_map(|c| &c.topics).any(|t| t.scores_on.contains(&principle.id));
            let scored = by_question || by_case_topic;
            if !scored {
                self.report(
                    format!("principles[{i}]"),
                    format!(
                        "Geen enkele vraag scoort op principe `{}`. Koppel er een vraag aan of verwijder het principe.",
                        principle.id
                    ),
                );
            }
        }
    }
}
