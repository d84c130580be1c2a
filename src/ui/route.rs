//! Hash-based navigation: it works on any static host and sub-path without server rewrites, and
//! a reload returns to the same page.
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

use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Start,
    About,
    NewAssessment { questionnaire_id: String },
    Assessment { id: String, part: Part },
    NotFound,
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

// Section ids cannot collide with these path words: the validator refuses them
// (`crate::model::validate::RESERVED_SECTION_IDS`).

impl Part {
    /// The stored resume position for this part (see `Assessment::position`).
    pub fn position(&self) -> Option<String> {
        match self {
            Part::Resume => None,
            Part::Section(id) => Some(id.clone()),
            Part::Case(index) => Some(format!("casus/{}", index + 1)),
            Part::CaseOverview => Some("overzicht".to_owned()),
            Part::Answers => Some("antwoorden".to_owned()),
            Part::Results => Some("resultaten".to_owned()),
            Part::Plan => Some("verbeterplan".to_owned()),
        }
    }

    pub fn from_position(position: &str) -> Part {
        Route::from_hash(&format!("#/evaluatie/x/{position}")).assessment_part().unwrap_or(Part::Resume)
    }
}

impl Route {
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let assessment = |id: &str, part| Route::Assessment { id: id.to_owned(), part };
        match parts.as_slice() {
            [] => Route::Start,
            ["over"] => Route::About,
            ["vragenlijst", id] => Route::NewAssessment { questionnaire_id: (*id).to_owned() },
            ["evaluatie", id] => assessment(id, Part::Resume),
            ["evaluatie", id, "overzicht"] => assessment(id, Part::CaseOverview),
            ["evaluatie", id, "antwoorden"] => assessment(id, Part::Answers),
            ["evaluatie", id, "resultaten"] => assessment(id, Part::Results),
            ["evaluatie", id, "verbeterplan"] => assessment(id, Part::Plan),
            ["evaluatie", id, "casus", n] => match n.parse::<usize>() {
                Ok(n) if n >= 1 => assessment(id, Part::Case(n - 1)),
                _ => Route::NotFound,
            },
            ["evaluatie", id, section] => assessment(id, Part::Section((*section).to_owned())),
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
        }
    }

    pub fn assessment_part(&self) -> Option<Part> {
        match self {
            Route::Assessment { part, .. } => Some(part.clone()),
            _ => None,
        }
    }

    /// The route without the part of an evaluation: pages are rebuilt only when this changes,
    /// so moving between sections keeps the open evaluation's state.
    pub fn page(&self) -> Route {
        match self {
            Route::Assessment { id, .. } => Route::Assessment { id: id.clone(), part: Part::Resume },
            other => other.clone(),
        }
    }
}

pub fn assessment_href(id: &str, part: Part) -> String {
    Route::Assessment { id: id.to_owned(), part }.href()
}

fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Goes to a route from code (after creating an evaluation, for instance).
pub fn navigate(route: &Route) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&route.href());
    }
}

/// The current route as a signal that follows the address bar. In-page anchors that are not
/// routes (`#inhoud`) leave the route alone.
pub fn use_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(Route::from_hash(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = current_hash();
        if hash.is_empty() || hash.starts_with("#/") {
            set_route.set(Route::from_hash(&hash));
        }
    });
    on_cleanup(move || handle.remove());
    route
}
