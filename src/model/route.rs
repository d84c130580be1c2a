//! The app's addresses. Navigation lives in the URL hash, so the app works on any static host
//! and sub-path without server rewrites, and a reload returns to the same page.
//!
//! - `#/`                                  start page: saved evaluations and questionnaires
//! - `#/over`                              about the app: sources, data, accessibility
//! - `#/vragenlijst/<questionnaire>`       start a new evaluation of a questionnaire
//! - `#/evaluatie/<id>`                    open an evaluation where the user left off
//! - `#/evaluatie/<id>/<section>`          one section of an evaluation
//! - `#/evaluatie/<id>/casus/<n>`          casus mode: case n (1-based)
//! - `#/evaluatie/<id>/overzicht`          casus mode: topics × cases overview
//! - `#/evaluatie/<id>/antwoorden`         every answer on one page
//! - `#/evaluatie/<id>/resultaten`         scores, national comparison, comparing evaluations
//! - `#/evaluatie/<id>/verbeterplan`       the editable verbeterplan and its downloads
//! - `#/regio`                             the regional overviews: list, create, rename, delete
//! - `#/regio/<id>`                        one region: its municipalities and importing files
//! - `#/regio/<id>/scores`                 scores per principle and section, the heat map
//! - `#/regio/<id>/vragen`                 per question, how many municipalities gave each answer
//! - `#/regio/<id>/verbeterpunten`         the common improvement points and the regional plan
//!
//! Pure: the browser side (following the address bar) is in `ui::navigation`.

use super::assessment::Mode;
use super::questionnaire::Questionnaire;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Start,
    About,
    NewAssessment { questionnaire_id: String },
    Assessment { id: String, part: Part },
    Regions,
    Region { id: String, part: RegionPart },
    NotFound,
}

/// Which part of a regional overview is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionPart {
    /// The municipalities in it, importing files, "Anoniem delen".
    Members,
    Scores,
    Questions,
    Improvements,
}

impl RegionPart {
    pub const ALL: [RegionPart; 4] =
        [RegionPart::Members, RegionPart::Scores, RegionPart::Questions, RegionPart::Improvements];

    /// The word after `#/regio/<id>/`; `None` for the first part, which has none.
    fn word(self) -> Option<&'static str> {
        match self {
            RegionPart::Members => None,
            RegionPart::Scores => Some("scores"),
            RegionPart::Questions => Some("vragen"),
            RegionPart::Improvements => Some("verbeterpunten"),
        }
    }

    /// The part's name in the region's navigation and in the window title.
    pub fn title(self) -> &'static str {
        match self {
            RegionPart::Members => "Gemeenten en bestanden",
            RegionPart::Scores => "Scores en hittekaart",
            RegionPart::Questions => "Antwoorden per vraag",
            RegionPart::Improvements => "Verbeterpunten",
        }
    }

    fn from_words(words: &[&str]) -> Option<RegionPart> {
        match words {
            [] => Some(RegionPart::Members),
            [word] => RegionPart::ALL.into_iter().find(|part| part.word() == Some(*word)),
            _ => None,
        }
    }
}

/// Which part of an open evaluation is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Wherever the user was last time.
    Resume,
    Section(String),
    /// Casus mode, 0-based index.
    Case(usize),
    CaseOverview,
    Answers,
    Results,
    Plan,
}

/// The word before a case's number: `#/evaluatie/<id>/casus/2`.
const CASE_WORD: &str = "casus";

/// The pages of an open evaluation that have a fixed word in the address. Section ids share the
/// same place in the address, so these words (and [`CASE_WORD`]) cannot be section ids: see
/// [`is_reserved_section_id`], which the validator uses.
const PAGE_WORDS: [(&str, Part); 4] = [
    ("overzicht", Part::CaseOverview),
    ("antwoorden", Part::Answers),
    ("resultaten", Part::Results),
    ("verbeterplan", Part::Plan),
];

/// Whether a section id would collide with a page of the app in the address.
pub fn is_reserved_section_id(id: &str) -> bool {
    id == CASE_WORD || PAGE_WORDS.iter().any(|(word, _)| *word == id)
}

/// Every word a section id cannot be, for messages and documentation.
pub fn reserved_section_ids() -> Vec<&'static str> {
    PAGE_WORDS.iter().map(|(word, _)| *word).chain([CASE_WORD]).collect()
}

impl Part {
    /// The stored resume position for this part (see `Assessment::position`): the part's address
    /// after the evaluation's id.
    pub fn position(&self) -> Option<String> {
        match self {
            Part::Resume => None,
            Part::Section(id) => Some(id.clone()),
            Part::Case(index) => Some(format!("{CASE_WORD}/{}", index + 1)),
            fixed => PAGE_WORDS.iter().find(|(_, part)| part == fixed).map(|(word, _)| (*word).to_owned()),
        }
    }

    /// The part a stored position names; `Resume` when it names none.
    pub fn from_position(position: &str) -> Part {
        let words: Vec<&str> = position.split('/').filter(|p| !p.is_empty()).collect();
        Part::from_words(&words).unwrap_or(Part::Resume)
    }

    /// The words after `#/evaluatie/<id>/`; `None` when they name no part.
    fn from_words(words: &[&str]) -> Option<Part> {
        match words {
            [] => Some(Part::Resume),
            [CASE_WORD, n] => match n.parse::<usize>() {
                Ok(n) if n >= 1 => Some(Part::Case(n - 1)),
                _ => None,
            },
            [word] => Some(
                PAGE_WORDS
                    .iter()
                    .find(|(fixed, _)| fixed == word)
                    .map_or_else(|| Part::Section((*word).to_owned()), |(_, part)| part.clone()),
            ),
            _ => None,
        }
    }
}

impl Route {
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let words: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match words.as_slice() {
            [] => Route::Start,
            ["over"] => Route::About,
            ["vragenlijst", id] => Route::NewAssessment { questionnaire_id: (*id).to_owned() },
            ["evaluatie", id, rest @ ..] => match Part::from_words(rest) {
                Some(part) => Route::Assessment { id: (*id).to_owned(), part },
                None => Route::NotFound,
            },
            ["regio"] => Route::Regions,
            ["regio", id, rest @ ..] => match RegionPart::from_words(rest) {
                Some(part) => Route::Region { id: (*id).to_owned(), part },
                None => Route::NotFound,
            },
            _ => Route::NotFound,
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Start | Route::NotFound => "#/".to_owned(),
            Route::About => "#/over".to_owned(),
            Route::NewAssessment { questionnaire_id } => format!("#/vragenlijst/{questionnaire_id}"),
            Route::Assessment { id, part } => match part.position() {
                None => format!("#/evaluatie/{id}"),
                Some(position) => format!("#/evaluatie/{id}/{position}"),
            },
            Route::Regions => "#/regio".to_owned(),
            Route::Region { id, part } => region_href(id, *part),
        }
    }

    pub fn region_part(&self) -> Option<RegionPart> {
        match self {
            Route::Region { part, .. } => Some(*part),
            _ => None,
        }
    }

    pub fn assessment_part(&self) -> Option<Part> {
        match self {
            Route::Assessment { part, .. } => Some(part.clone()),
            _ => None,
        }
    }

    /// The route without the part of an evaluation or region: pages are rebuilt only when this
    /// changes, so moving between sections keeps the open evaluation's state.
    pub fn page(&self) -> Route {
        match self {
            Route::Assessment { id, .. } => Route::Assessment { id: id.clone(), part: Part::Resume },
            Route::Region { id, .. } => Route::Region { id: id.clone(), part: RegionPart::Members },
            other => other.clone(),
        }
    }
}

pub fn assessment_href(id: &str, part: Part) -> String {
    Route::Assessment { id: id.to_owned(), part }.href()
}

pub fn region_href(id: &str, part: RegionPart) -> String {
    match part.word() {
        None => format!("#/regio/{id}"),
        Some(word) => format!("#/regio/{id}/{word}"),
    }
}

/// Which part of an open evaluation to show: the one asked for when it exists, else where the
/// user was, else the first section (or, in casus mode, the overview of the cases).
pub fn resolve(questionnaire: &Questionnaire, mode: Mode, cases: usize, asked: Part, position: Option<&str>) -> Part {
    let valid = |part: &Part| match (mode, part) {
        (Mode::Organisation, Part::Section(id)) => questionnaire.sections.iter().any(|s| &s.id == id),
        (Mode::Organisation, Part::Answers | Part::Results | Part::Plan) => true,
        (Mode::Cases, Part::Case(index)) => *index < cases,
        (Mode::Cases, Part::CaseOverview) => true,
        _ => false,
    };
    if valid(&asked) {
        return asked;
    }
    if let Some(resumed) = position.map(Part::from_position).filter(|p| valid(p)) {
        return resumed;
    }
    match mode {
        Mode::Organisation => questionnaire.sections.first().map_or(Part::Resume, |s| Part::Section(s.id.clone())),
        Mode::Cases => Part::CaseOverview,
    }
}
