//! Small browser helpers shared by the components.

use wasm_bindgen::JsCast;

use crate::model::load::text_from_bytes;

/// The current time as an ISO 8601 string (UTC), for `created_at`/`updated_at`.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

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

/// Removes the element with this id, if there is one.
pub fn remove_element(id: &str) {
    if let Some(element) = element_by_id(id) {
        element.remove();
    }
}

/// Focus after the next paint, for elements a state change is about to render. A page whose code
/// loads on first use (`#[lazy]`) draws its heading only when that code has arrived, so this keeps
/// looking, once per frame, for up to about five seconds.
pub fn focus_later(id: String) {
    focus_when_drawn(id, 300);
}

fn focus_when_drawn(id: String, frames_left: u32) {
    leptos::prelude::request_animation_frame(move || {
        if element_by_id(&id).is_some() {
            focus_element(&id);
        } else if frames_left > 0 {
            focus_when_drawn(id, frames_left - 1);
        }
    });
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

/// Runs `work` as a User Timing measure called `name`: visible in the browser's performance tools,
/// and read by the benchmark (tests/benchmark/run.mjs).
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}:begin");
    if let Some(performance) = &performance {
        let _ = performance.mark(&start);
    }
    let result = work();
    if let Some(performance) = &performance {
        let _ = performance.measure_with_start_mark(name, &start);
        // The measure keeps the duration; the start mark is not needed any more.
        performance.clear_marks_with_mark_name(&start);
    }
    result
}

pub fn set_document_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// A fresh, unguessable-enough id for a new evaluation (time plus randomness, base 36).
pub fn new_assessment_id() -> String {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1e9) as u64;
    format!("e{}{}", radix36(time), radix36(random))
}

fn radix36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// A stored ISO timestamp in the reader's own time zone, in Dutch ("23 november 2026 om 14:05").
pub fn local_date_time(iso: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_owned();
    }
    let options = js_sys::Object::new();
    for (key, value) in
        [("day", "numeric"), ("month", "long"), ("year", "numeric"), ("hour", "2-digit"), ("minute", "2-digit")]
    {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    String::from(date.to_locale_string("nl-NL", &options))
}

/// The current year, for default names such as "Keuzehulp Wmo-toezicht 2026".
pub fn current_year() -> u32 {
    js_sys::Date::new_0().get_full_year()
}

/// Today's date in the user's time zone as `YYYY-MM-DD`, for file names and exports.
pub fn local_iso_date() -> String {
    let now = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
}

/// Offers `content` as a download, generated here in the browser (no server involved).
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), String> {
    offer_file(file_name, mime, content).ok_or_else(|| {
        format!("'{file_name}' kon niet worden gemaakt. Probeer het opnieuw, of gebruik een andere browser.")
    })
}

/// Downloads and says how it went, for a status message beside the button.
pub fn download_report(file_name: &str, mime: &str, content: &str) -> String {
    match download(file_name, mime, content) {
        Ok(()) => format!("'{file_name}' is gedownload."),
        Err(message) => message,
    }
}

fn offer_file(file_name: &str, mime: &str, content: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window().and_then(|w| w.document())?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}

/// Opens the browser's print dialog ("Afdrukken", or "Opslaan als PDF").
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The name and text of the file the user chose in an `<input type="file">`. Read as bytes and
/// decoded by the model, as the catalog's files are: the same handling of a byte order mark and
/// of text that is not UTF-8, and no character-by-character copy of a large file by the glue code.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Option<Result<(String, String), String>> {
    let file = input.files()?.get(0)?;
    let name = file.name();
    if file.size() > 5.0 * 1024.0 * 1024.0 {
        return Some(Err(format!("'{name}' is groter dan 5 MB; dat is geen bestand van deze app.")));
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
    Some(match buffer {
        Ok(buffer) => Ok((name, text_from_bytes(js_sys::Uint8Array::new(&buffer).to_vec()))),
        Err(_) => Err(format!("'{name}' kon niet worden gelezen.")),
    })
}
