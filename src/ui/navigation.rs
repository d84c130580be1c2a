//! Following the address bar: the current [`Route`] as a signal, and navigating from code. The
//! addresses themselves are parsed and written by the model (`model::route`).

use leptos::prelude::*;

use crate::model::route::Route;

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
