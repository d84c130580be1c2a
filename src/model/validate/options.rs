//! Option lists, wherever they are declared (answer sets or a question), and references to options.

use std::collections::BTreeSet;

use super::Checker;
use crate::model::questionnaire::{ChoiceOption, Question, Questionnaire};

impl Checker<'_> {
    pub(super) fn answer_sets(&mut self, q: &Questionnaire) {
        let mut seen = BTreeSet::new();
        for (i, set) in q.answer_sets.iter().enumerate() {
            let path = format!("answer_sets[{i}]");
            self.id(&path, &set.id, &mut seen, "antwoordset");
            self.option_list(q, &path, &set.options);
        }
    }

    /// Checks that hold for any option list, wherever it is declared.
    pub(super) fn option_list(&mut self, q: &Questionnaire, path: &str, options: &[ChoiceOption]) {
        if options.len() < 2 {
            self.report(format!("{path}.options"), "Een keuzevraag heeft ten minste twee opties nodig.");
        }
        let mut seen = BTreeSet::new();
        for (i, option) in options.iter().enumerate() {
            let option_path = format!("{path}.options[{i}]");
            if option.id == "na" {
                self.report(
                    format!("{option_path}.id"),
                    "Het id `na` is gereserveerd voor 'niet van toepassing'. Gebruik `allow_na: true` op de vraag in plaats van een eigen optie.",
                );
            }
            self.id(&option_path, &option.id, &mut seen, "optie");
            self.not_empty(format!("{option_path}.label"), &option.label, "Het label van deze optie");
            let scores = option
                .score
                .iter()
                .map(|s| ("score".to_owned(), *s))
                .chain(option.scores.iter().map(|(p, s)| (format!("scores.{p}"), *s)));
            for (field, score) in scores.collect::<Vec<_>>() {
                if !score.is_finite() || score < q.scale.min || score > q.scale.max {
                    self.report(
                        format!("{option_path}.{field}"),
                        format!(
                            "De score {score} van optie `{}` valt buiten de schaal {} tot {}. Kies een score binnen de schaal.",
                            option.id, q.scale.min, q.scale.max
                        ),
                    );
                }
            }
            for principle in option.scores.keys() {
                if q.principle(principle).is_none() {
                    self.report(
                        format!("{option_path}.scores.{principle}"),
                        format!(
                            "Optie `{}` geeft een score voor `{principle}`, maar dat principe is niet gedeclareerd onder `principles`.",
                            option.id
                        ),
                    );
                }
            }
        }
    }

    pub(super) fn option_refs(&mut self, q: &Questionnaire, path: &str, target: &Question, options: &[String]) {
        if !target.kind.has_options() {
            self.report(
                path,
                format!("Vraag `{}` is geen keuzevraag, dus er zijn geen opties om naar te verwijzen.", target.id),
            );
            return;
        }
        if options.is_empty() {
            self.report(path, "De lijst met opties is leeg. Noem ten minste één optie.");
        }
        let known = q.options_of(target);
        for (i, option) in options.iter().enumerate() {
            if !known.iter().any(|o| &o.id == option) {
                let ids: Vec<&str> = known.iter().map(|o| o.id.as_str()).collect();
                self.report(
                    format!("{path}[{i}]"),
                    format!(
                        "Optie `{option}` bestaat niet bij vraag `{}`. Bestaande opties: {}.",
                        target.id,
                        ids.join(", ")
                    ),
                );
            }
        }
    }
}
