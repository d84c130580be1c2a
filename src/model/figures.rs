//! National figures (IGJ and others) that answers can be compared with, kept in their own YAML
//! file so they can be updated when a new report appears without touching a questionnaire.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::problem::Problem;
use super::questionnaire::Questionnaire;
use super::validate::is_valid_id;

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FigureFile {
    pub schema_version: u32,
    pub figures: Vec<Figure>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureUnit {
    /// A share of municipalities, 0–100.
    Percent,
    /// A number of municipalities or reports.
    Count,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    /// What is measured, e.g. "Aandeel gemeenten dat het jaarverslag niet openbaar maakt".
    pub measures: String,
    pub value: f64,
    pub unit: FigureUnit,
    /// The sentence shown to the user, with the year, in plain Dutch.
    pub statement: String,
    /// The year the supervision took place (not the publication year).
    pub year: u16,
    #[serde(default)]
    pub published: Option<String>,
    pub source: FigureSource,
    /// Only verified figures are shown in the app.
    pub verified: bool,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FigureSource {
    pub label: String,
    pub url: String,
}

impl FigureFile {
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// The figures a question refers to that may be shown: verified ones only.
    pub fn shown_for<'a>(&'a self, ids: &'a [String]) -> impl Iterator<Item = &'a Figure> + 'a {
        ids.iter().filter_map(|id| self.figure(id)).filter(|f| f.verified)
    }
}

pub fn load_figures(file: &str, source: &str) -> Result<FigureFile, Vec<Problem>> {
    let parsed: FigureFile = super::load::parse_yaml(file, source)?;
    let mut problems = validate_figures(&parsed, file);
    if problems.is_empty() {
        Ok(parsed)
    } else {
        for problem in &mut problems {
            super::load::locate(problem, source);
        }
        Err(problems)
    }
}

/// The rules a figures file must meet beyond its shape; problems carry a path, not yet a line.
pub fn validate_figures(parsed: &FigureFile, file: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut report = |path: String, message: String| problems.push(Problem::at_path(file, path, message));
    if parsed.schema_version != 1 {
        report(
            "schema_version".into(),
            format!("Schemaversie {} wordt niet ondersteund; gebruik 1.", parsed.schema_version),
        );
    }
    let mut seen = BTreeSet::new();
    for (i, figure) in parsed.figures.iter().enumerate() {
        let path = format!("figures[{i}]");
        if !is_valid_id(&figure.id) {
            report(
                format!("{path}.id"),
                format!("Het id `{}` is ongeldig. Gebruik kleine letters, cijfers en streepjes.", figure.id),
            );
        }
        if !seen.insert(figure.id.clone()) {
            report(
                format!("{path}.id"),
                format!("Het id `{}` komt al eerder voor bij een cijfer. Geef elk cijfer een eigen id.", figure.id),
            );
        }
        for (field, value) in
            [("measures", &figure.measures), ("statement", &figure.statement), ("source.label", &figure.source.label)]
        {
            if value.trim().is_empty() {
                report(format!("{path}.{field}"), format!("`{field}` is leeg. Vul een tekst in."));
            }
        }
        if !figure.source.url.starts_with("https://") {
            report(
                format!("{path}.source.url"),
                format!("De bron `{}` is geen https-adres. Geef de vindplaats van het cijfer.", figure.source.url),
            );
        }
        let in_range = match figure.unit {
            FigureUnit::Percent => (0.0..=100.0).contains(&figure.value),
            FigureUnit::Count => figure.value >= 0.0 && figure.value.is_finite(),
        };
        if !in_range {
            report(
                format!("{path}.value"),
                format!("De waarde {} past niet bij de eenheid (een percentage ligt tussen 0 en 100).", figure.value),
            );
        }
        if !(2010..=2100).contains(&figure.year) {
            report(
                format!("{path}.year"),
                format!("Het jaar {} is niet aannemelijk; geef het jaar waarover het cijfer gaat.", figure.year),
            );
        }
        if !figure.statement.contains(&figure.year.to_string()) {
            report(
                format!("{path}.statement"),
                format!(
                    "De zin noemt het jaar {} niet; zet het jaar in de zin zodat de lezer weet hoe oud het cijfer is.",
                    figure.year
                ),
            );
        }
    }
    problems
}

/// Every `figures:` reference of a questionnaire must name a figure in the file.
pub fn check_figure_references(questionnaire: &Questionnaire, figures: &FigureFile, file: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (s, section) in questionnaire.sections.iter().enumerate() {
        for (n, question) in section.questions.iter().enumerate() {
            for (i, id) in question.figures.iter().enumerate() {
                if figures.figure(id).is_none() {
                    problems.push(Problem::at_path(
                        file,
                        format!("sections[{s}].questions[{n}].figures[{i}]"),
                        format!("Vraag `{}` verwijst naar landelijk cijfer `{id}`, maar dat staat niet in het bestand met cijfers.", question.id),
                    ));
                }
            }
        }
    }
    problems
}
