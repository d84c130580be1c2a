//! The rules a questionnaire must follow beyond its YAML shape. All problems are collected, so an
//! editor fixes a file in one round instead of one error at a time.
//!
//! One concern per file: the frame (principles, scale, levels), option lists, sections,
//! questions, recommendations, visibility conditions and casus mode. Each adds methods to the
//! one [`Checker`] that collects the problems.

mod cases;
mod conditions;
mod frame;
mod options;
mod questions;
mod recommendations;
mod sections;

use std::collections::BTreeSet;

use super::problem::Problem;
use super::questionnaire::{Questionnaire, SUPPORTED_SCHEMA_VERSION};

pub fn validate(questionnaire: &Questionnaire, file: &str) -> Vec<Problem> {
    let mut check = Checker { file, problems: Vec::new() };
    check.questionnaire(questionnaire);
    check.problems
}

/// An id as quoted in a message: long ones are cut, so one bad line cannot flood the page.
fn shorten(id: &str) -> String {
    if id.chars().count() > MAX_ID_CHARS {
        format!("{}…", id.chars().take(MAX_ID_CHARS).collect::<String>())
    } else {
        id.to_owned()
    }
}

struct Checker<'a> {
    file: &'a str,
    problems: Vec<Problem>,
}

/// Longer ids are a mistake (or an attack on storage and addresses), never a real name.
pub const MAX_ID_CHARS: usize = 64;

/// Ids are kebab-case slugs: they show up in error messages, saved answers and file names.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id
            .split('-')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

impl Checker<'_> {
    fn report(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::at_path(self.file, path, message));
    }

    fn id(&mut self, path: &str, id: &str, seen: &mut BTreeSet<String>, kind: &str) {
        if !is_valid_id(id) {
            self.report(
                format!("{path}.id"),
                format!(
                    "Het id `{}` van deze {kind} is ongeldig. Gebruik kleine letters, cijfers en streepjes (hoogstens {MAX_ID_CHARS} tekens), zoals `toezicht-onafhankelijk`.", shorten(id)
                ),
            );
        }
        if !seen.insert(id.to_owned()) {
            self.report(
                format!("{path}.id"),
                format!("Het id `{id}` komt al eerder voor bij een {kind}. Geef elke {kind} een eigen id."),
            );
        }
    }

    fn not_empty(&mut self, path: String, value: &str, what: &str) {
        if value.trim().is_empty() {
            self.report(path, format!("{what} is leeg. Vul een tekst in."));
        }
    }

    fn questionnaire(&mut self, q: &Questionnaire) {
        if q.schema_version != SUPPORTED_SCHEMA_VERSION {
            self.report(
                "schema_version",
                format!(
                    "Schemaversie {} wordt niet ondersteund; deze versie van de app leest schemaversie {SUPPORTED_SCHEMA_VERSION}. Gebruik een bijgewerkte app of zet het bestand om.",
                    q.schema_version
                ),
            );
        }
        if !is_valid_id(&q.id) {
            self.report(
                "id",
                format!(
                    "Het id `{}` van de vragenlijst is ongeldig. Gebruik kleine letters, cijfers en streepjes.",
                    q.id
                ),
            );
        }
        self.not_empty("version".into(), &q.version, "De versie");
        self.not_empty("title".into(), &q.title, "De titel");
        self.principles(q);
        self.scale(q);
        self.levels(q);
        self.answer_sets(q);
        self.sections(q);
        self.cases(q);
        self.every_principle_scored(q);
    }
}
