//! Small browser helpers shared by the components.

use wasm_bindgen::JsCast;

/// The current time as an ISO 8601 string (UTC), for `created_at`/`updated_at`.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Moves keyboard and screen-reader focus to an element (e.g. the page heading after navigation).
pub fn focus_element(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

pub fn set_document_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// A number as Dutch readers write it: decimal comma, no trailing zeros.
pub fn dutch_number(value: f64) -> String {
    let text = if value.fract() == 0.0 { format!("{value:.0}") } else { format!("{value}") };
    text.replace('.', ",")
}
