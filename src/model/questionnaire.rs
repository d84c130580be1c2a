//! The questionnaire file format (`schema_version: 1`), exactly as an editor writes it in YAML.
//!
//! Every struct rejects unknown fields, so a typo such as `visble_if` is reported with its line
//! instead of being ignored. Rules that serde cannot express (unique ids, references, ranges) live
//! in [`crate::model::validate`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::sorted::sort_by;

/// The only file-format version this build understands.
pub const SUPPORTED_SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub schema_version: u32,
    pub id: String,
    /// Content version, saved with every assessment so answers can be reconciled after an update.
    pub version: String,
    #[serde(default = "default_language")]
    pub language: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub estimated_minutes: Option<u32>,
    pub principles: Vec<Principle>,
    #[serde(default)]
    pub scale: Scale,
    #[serde(default = "default_levels")]
    pub levels: Vec<Level>,
    #[serde(default)]
    pub answer_sets: Vec<AnswerSet>,
    pub sections: Vec<Section>,
    /// Optional second way of working: score topics per anonymised case (TSD zelfevaluatie).
    /// Called `casus` in the file, the word its editors use.
    #[serde(default, rename = "casus")]
    pub case_mode: Option<CaseMode>,
}

/// Casus mode: a team scores each topic for a few anonymised cases, from several perspectives
/// (e.g. dossier, inwoner, professional). The result is a topics × cases overview.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CaseMode {
    #[serde(default)]
    pub intro: String,
    /// How many cases a team can score (1–3).
    pub max_cases: u8,
    pub perspectives: Vec<Perspective>,
    /// The answer set every rating uses (e.g. goed / voldoende / onvoldoende).
    pub answer_set: String,
    /// Offer "niet te beoordelen" next to the answer set's options.
    #[serde(default)]
    pub allow_na: bool,
    pub topics: Vec<CaseTopic>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Perspective {
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CaseTopic {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub help: String,
    /// The organisation-mode section about the same topic, if any.
    #[serde(default)]
    pub section: Option<String>,
    /// The guiding question per perspective id.
    pub prompts: BTreeMap<String, String>,
    /// Principles this topic's ratings count towards.
    pub scores_on: Vec<String>,
}

fn default_language() -> String {
    "nl".to_owned()
}

/// A scoring dimension, such as onafhankelijkheid.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub description: String,
}

/// The range every option score must fall in.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub min: f64,
    pub max: f64,
}

impl Default for Scale {
    fn default() -> Self {
        Scale { min: 0.0, max: 4.0 }
    }
}

/// A result band on the 0–100 % score, e.g. "Op weg" from 40 to 75.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub id: String,
    pub label: String,
    pub from: f64,
    pub to: f64,
    #[serde(default)]
    pub description: String,
}

fn default_levels() -> Vec<Level> {
    let band = |id: &str, label: &str, from, to| Level {
        id: id.to_owned(),
        label: label.to_owned(),
        from,
        to,
        description: String::new(),
    };
    vec![
        band("beginnend", "Beginnend", 0.0, 40.0),
        band("op-weg", "Op weg", 40.0, 75.0),
        band("gevorderd", "Gevorderd", 75.0, 100.0),
    ]
}

/// A reusable list of options, referenced by `answer_set:` on a question.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerSet {
    pub id: String,
    pub options: Vec<ChoiceOption>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub id: String,
    pub label: String,
    /// Score on every principle the question scores on.
    #[serde(default)]
    pub score: Option<f64>,
    /// Score per principle; overrides `score` for the principles it names.
    #[serde(default)]
    pub scores: BTreeMap<String, f64>,
    /// In a multi choice: choosing this option clears the others (e.g. "Geen van deze").
    #[serde(default)]
    pub exclusive: bool,
    #[serde(default)]
    pub description: String,
}

impl ChoiceOption {
    /// The option's score on `principle`, if the file gives one.
    pub fn score_for(&self, principle: &str) -> Option<f64> {
        self.scores.get(principle).copied().or(self.score)
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub intro: String,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionType {
    SingleChoice,
    MultiChoice,
    Scale,
    Number,
    Text,
}

impl QuestionType {
    pub fn yaml_name(self) -> &'static str {
        match self {
            QuestionType::SingleChoice => "single_choice",
            QuestionType::MultiChoice => "multi_choice",
            QuestionType::Scale => "scale",
            QuestionType::Number => "number",
            QuestionType::Text => "text",
        }
    }

    pub fn has_options(self) -> bool {
        matches!(self, QuestionType::SingleChoice | QuestionType::MultiChoice)
    }

    pub fn is_numeric(self) -> bool {
        matches!(self, QuestionType::Scale | QuestionType::Number)
    }
}

/// One question. A single struct for all types (instead of a tagged enum) keeps serde's line and
/// column in every error; the validator checks which fields fit which `type`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: QuestionType,
    pub text: String,
    /// Short explanation shown in a disclosure; a small safe Markdown subset.
    #[serde(default)]
    pub help: String,
    /// The law article, report or guide this question is based on.
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default = "default_weight")]
    pub weight: f64,
    /// Principles this question scores on.
    #[serde(default)]
    pub scores_on: Vec<String>,
    /// Optional weight per principle (default 1) for principles in `scores_on`.
    #[serde(default)]
    pub principle_weights: BTreeMap<String, f64>,
    #[serde(default)]
    pub answer_set: Option<String>,
    #[serde(default)]
    pub options: Vec<ChoiceOption>,
    /// Multi choice: the highest total a selection can score (default: the scale maximum).
    #[serde(default)]
    pub max_score: Option<f64>,
    /// Scale questions: the points the user chooses from.
    #[serde(default)]
    pub range: Option<Range>,
    /// Number questions: score bands; the highest band whose `min` the value reaches applies.
    #[serde(default)]
    pub bands: Vec<NumberBand>,
    #[serde(default)]
    pub unit: Option<String>,
    /// Number questions: the lowest answer that makes sense (for fte and counts: 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<f64>,
    /// Number questions: the highest answer that makes sense.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum: Option<f64>,
    /// Number questions: only whole numbers (counts), no decimals.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub whole_numbers: bool,
    #[serde(default)]
    pub allow_na: bool,
    /// Asks for a toelichting when the user answers "niet van toepassing". A scored question
    /// always asks for one (see [`Question::na_needs_note`]); this is for the others.
    #[serde(default)]
    pub na_requires_note: bool,
    #[serde(default)]
    pub visible_if: Option<Condition>,
    #[serde(default)]
    pub recommendations: Vec<Recommendation>,
    /// Ids of national figures (see [`crate::model::figures`]) to compare this answer with.
    #[serde(default)]
    pub figures: Vec<String>,
}

fn default_weight() -> f64 {
    1.0
}

impl Question {
    /// Free text is never scored; a number question only when it has bands.
    pub fn is_scored(&self) -> bool {
        match self.kind {
            QuestionType::Text => false,
            QuestionType::Number => !self.bands.is_empty(),
            _ => !self.scores_on.is_empty(),
        }
    }

    /// Whether "niet van toepassing" needs a toelichting. Always on a scored question: the answer
    /// takes the question out of the score, and whoever reads the results or the plan should
    /// see why. An unscored question asks for one when its file says `na_requires_note`.
    pub fn na_needs_note(&self) -> bool {
        self.allow_na && (self.na_requires_note || self.is_scored())
    }

    /// Whether the question has a toelichting field beside its answer. A text question's answer
    /// is its own explanation (a second box beside it only confused users), unless "niet van
    /// toepassing", which has no text, may be chosen. A toelichting that is already there (from
    /// an imported or older evaluation) is shown either way: see `Answer::note`.
    pub fn offers_note(&self) -> bool {
        self.kind != QuestionType::Text || self.allow_na
    }

    /// Whether a number question accepts this value: finite, within `minimum` and `maximum`,
    /// and whole when `whole_numbers` asks for it.
    pub fn accepts_number(&self, value: f64) -> bool {
        value.is_finite()
            && self.minimum.is_none_or(|min| value >= min)
            && self.maximum.is_none_or(|max| value <= max)
            && (!self.whole_numbers || value.fract() == 0.0)
    }

    pub fn principle_weight(&self, principle: &str) -> f64 {
        self.principle_weights.get(principle).copied().unwrap_or(1.0)
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub label: String,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Range {
    pub min: i64,
    pub max: i64,
    #[serde(default)]
    pub min_label: String,
    #[serde(default)]
    pub max_label: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NumberBand {
    pub min: f64,
    pub score: f64,
}

/// A structured visibility rule. Exactly one of `question`, `all`, `any` or `not` is used; with
/// `question`, the tests given (`option_in`, `answered`, `at_least`, …) must all hold.
/// Only questions that come earlier in the file may be referenced, so one pass decides visibility.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    #[serde(default)]
    pub question: Option<String>,
    #[serde(default)]
    pub option_in: Option<Vec<String>>,
    #[serde(default)]
    pub option_not_in: Option<Vec<String>>,
    #[serde(default)]
    pub answered: Option<bool>,
    #[serde(default)]
    pub at_least: Option<f64>,
    #[serde(default)]
    pub at_most: Option<f64>,
    #[serde(default)]
    pub all: Option<Vec<Condition>>,
    #[serde(default)]
    pub any: Option<Vec<Condition>>,
    #[serde(default)]
    pub not: Option<Box<Condition>>,
}

/// Declared from most to least urgent: the derived ordering is the order of the verbeterplan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Priority {
    #[serde(rename = "hoog")]
    High,
    #[serde(rename = "middel")]
    Medium,
    #[serde(rename = "laag")]
    Low,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::High, Priority::Medium, Priority::Low];

    pub fn label(self) -> &'static str {
        match self {
            Priority::High => "Hoog",
            Priority::Medium => "Middel",
            Priority::Low => "Laag",
        }
    }

    /// The word for a form's `<option value>`: the same as in the YAML.
    pub fn key(self) -> &'static str {
        match self {
            Priority::High => "hoog",
            Priority::Medium => "middel",
            Priority::Low => "laag",
        }
    }

    pub fn from_key(key: &str) -> Option<Priority> {
        Priority::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// An improvement action that a weak answer triggers.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    pub id: String,
    pub when: Trigger,
    pub priority: Priority,
    pub title: String,
    pub text: String,
    /// The principle this action improves; defaults to the question's first principle.
    #[serde(default)]
    pub principle: Option<String>,
}

/// When a recommendation applies: one of the options is chosen, or the question's score (in
/// percent of its maximum) is below a threshold.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Trigger {
    #[serde(default)]
    pub option_in: Option<Vec<String>>,
    #[serde(default)]
    pub score_below_percent: Option<f64>,
}

impl Questionnaire {
    /// Every question in document order, with the index of its section.
    pub fn questions(&self) -> impl Iterator<Item = (usize, &Question)> {
        self.sections.iter().enumerate().flat_map(|(s, section)| section.questions.iter().map(move |q| (s, q)))
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().map(|(_, q)| q).find(|q| q.id == id)
    }

    /// The options of a choice question: its own, or those of its answer set.
    pub fn options_of<'a>(&'a self, question: &'a Question) -> &'a [ChoiceOption] {
        match &question.answer_set {
            Some(set_id) => self.answer_set_options(set_id),
            None => &question.options,
        }
    }

    /// The options of a named answer set; none when no set has that id.
    pub fn answer_set_options(&self, set_id: &str) -> &[ChoiceOption] {
        self.answer_sets.iter().find(|set| set.id == set_id).map_or(&[], |set| set.options.as_slice())
    }

    /// Where a principle stands in the file's list, for ordering; unknown ids come last.
    pub fn principle_rank(&self, principle_id: &str) -> usize {
        self.principles.iter().position(|p| p.id == principle_id).unwrap_or(usize::MAX)
    }

    pub fn principle(&self, id: &str) -> Option<&Principle> {
        self.principles.iter().find(|p| p.id == id)
    }

    /// The band a percentage falls in; the last band includes its upper bound.
    pub fn level_for(&self, percent: f64) -> Option<&Level> {
        let last = self.levels.len().checked_sub(1)?;
        self.levels.iter().enumerate().find_map(|(i, level)| {
            let below_top = percent < level.to || (i == last && percent <= level.to);
            (percent >= level.from && below_top).then_some(level)
        })
    }
}

/// Every source the questions of these questionnaires name, once each (same label and link),
/// sorted by label: the bibliography of the app.
pub fn cited_sources<'q>(questionnaires: impl IntoIterator<Item = &'q Questionnaire>) -> Vec<&'q Source> {
    let mut sources: Vec<&Source> = questionnaires
        .into_iter()
        .flat_map(|q| q.questions().flat_map(|(_, question)| question.sources.iter()))
        .collect();
    sort_by(&mut sources, |a, b| a.label.to_lowercase().cmp(&b.label.to_lowercase()).then_with(|| a.url.cmp(&b.url)));
    sources.dedup_by(|a, b| a.label == b.label && a.url == b.url);
    sources
}
