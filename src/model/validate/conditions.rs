//! Visibility conditions (`visible_if`): one form each, only looking back, and only tests that fit the question they test.

use std::collections::BTreeMap;

use super::Checker;
use crate::model::questionnaire::{Condition, Question, Questionnaire};

impl Checker<'_> {
    pub(super) fn condition(
        &mut self,
        q: &Questionnaire,
        path: &str,
        owner: &str,
        condition: &Condition,
        earlier: &BTreeMap<&str, &Question>,
    ) {
        let forms =
            [condition.question.is_some(), condition.all.is_some(), condition.any.is_some(), condition.not.is_some()];
        if forms.iter().filter(|used| **used).count() != 1 {
            self.report(path, "Een voorwaarde gebruikt precies één van `question`, `all`, `any` of `not`.");
            return;
        }
        let tests_used = condition.option_in.is_some()
            || condition.option_not_in.is_some()
            || condition.answered.is_some()
            || condition.at_least.is_some()
            || condition.at_most.is_some();
        if let Some(list) = condition.all.as_ref().or(condition.any.as_ref()) {
            let key = if condition.all.is_some() { "all" } else { "any" };
            if list.is_empty() {
                self.report(format!("{path}.{key}"), format!("`{key}` heeft geen voorwaarden."));
            }
            for (i, inner) in list.iter().enumerate() {
                self.condition(q, &format!("{path}.{key}[{i}]"), owner, inner, earlier);
            }
        }
        if let Some(inner) = &condition.not {
            self.condition(q, &format!("{path}.not"), owner, inner, earlier);
        }
        let Some(target_id) = &condition.question else {
            if tests_used {
                self.report(path, "Toetsen als `option_in` of `answered` horen bij een `question`.");
            }
            return;
        };
        let question_path = format!("{path}.question");
        if target_id == owner {
            self.report(
                question_path,
                format!("Vraag `{owner}` hangt af van zichzelf. Een voorwaarde mag alleen naar een eerdere vraag verwijzen."),
            );
            return;
        }
        let Some(target) = earlier.get(target_id.as_str()) else {
            let message = if q.question(target_id).is_some() {
                format!("De voorwaarde van vraag `{owner}` verwijst naar `{target_id}`, die pas later komt. Een voorwaarde mag alleen naar een eerdere vraag verwijzen; verplaats een van beide vragen.")
            } else {
                format!("De voorwaarde van vraag `{owner}` verwijst naar vraag `{target_id}`, maar die bestaat niet.")
            };
            self.report(question_path, message);
            return;
        };
        if !tests_used {
            self.report(
                path,
                format!("De voorwaarde op `{target_id}` zegt niet wat er moet gelden. Voeg bijvoorbeeld `option_in: [ja]` of `answered: true` toe."),
            );
        }
        for (key, options) in [("option_in", &condition.option_in), ("option_not_in", &condition.option_not_in)] {
            if let Some(options) = options {
                self.option_refs(q, &format!("{path}.{key}"), target, options);
            }
        }
        if (condition.at_least.is_some() || condition.at_most.is_some()) && !target.kind.is_numeric() {
            self.report(
                path,
                format!(
                    "`at_least` en `at_most` werken alleen op schaal- en getalvragen; `{target_id}` is `{}`.",
                    target.kind.yaml_name()
                ),
            );
        }
    }
}
