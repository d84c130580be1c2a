//! Finding elements by id: moving keyboard focus, reading an uncontrolled field, removing one.

use wasm_bindgen::JsCast;

/// The element with this id in the page, if there is one.
fn element_by_id(id: &str) -> Option<web_sys::Element> {
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id))
}

/// Moves keyboard and screen-reader focus to an element (e.g. the page heading after navigation).
pub fn focus_element(id: &str) {
    if let Some(element) = element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Focus after the next paint, for elements a state change is about to render. A page whose code
/// loads on first use (a split point in `ui::lazy`) draws its heading only when that code has
/// arrived, so this keeps looking, once per frame, for up to about five seconds. Until then the
/// previous page can still be on screen with an element of the same id: when the element it
/// focused is taken away, focus would fall to the page's body (in Firefox even out of the page),
/// so it moves on to the new one.
pub fn focus_later(id: String) {
    focus_when_drawn(id, 300, None);
}

fn focus_when_drawn(id: String, frames_left: u32, focused: Option<web_sys::Element>) {
    leptos::prelude::request_animation_frame(move || {
        let focused = match focused {
            // Still there and still focused: keep watching, the page may yet be replaced.
            Some(element) if element.is_connected() && is_focused(&element) => Some(element),
            // The user moved on: leave their focus alone.
            Some(element) if element.is_connected() => return,
            // Taken away with its page, or not yet focused: focus the one drawn now, if any.
            _ => match element_by_id(&id) {
                Some(element) => {
                    focus_element(&id);
                    if !is_focused(&element) {
                        return; // it cannot take focus: trying again would only take the user's
                    }
                    Some(element)
                }
                None => None,
            },
        };
        if frames_left > 0 {
            focus_when_drawn(id, frames_left - 1, focused);
        }
    });
}

/// Whether keyboard focus is on this element.
pub fn is_focused(element: &web_sys::Element) -> bool {
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    active.as_ref() == Some(element)
}

/// Removes the element with this id, if there is one.
pub fn remove_element(id: &str) {
    if let Some(element) = element_by_id(id) {
        element.remove();
    }
}

/// The current value of a text field, text area or select, by id ("" when there is none).
pub fn input_value(id: &str) -> String {
    let Some(element) = element_by_id(id) else {
        return String::new();
    };
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        input.value()
    } else if let Some(text) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        text.value()
    } else if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
        select.value()
    } else {
        String::new()
    }
}

/// Empties a text field or text area, by id.
pub fn clear_value(id: &str) {
    let Some(element) = element_by_id(id) else { return };
    if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value("");
    } else if let Some(text) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        text.set_value("");
    }
}
