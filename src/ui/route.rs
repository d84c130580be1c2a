//! Hash-based navigation (`#/vragenlijst/<id>`): it works on any static host and sub-path without
//! server rewrites, and a reload returns to the same page.

use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub enum Route {
    Start,
    Questionnaire { id: String },
    NotFound,
}

impl Route {
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Start,
            ["vragenlijst", id] => Route::Questionnaire { id: (*id).to_owned() },
            _ => Route::NotFound,
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Start | Route::NotFound => "#/".to_owned(),
            Route::Questionnaire { id } => format!("#/vragenlijst/{id}"),
        }
    }
}

fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
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
