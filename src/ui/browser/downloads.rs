//! Offering a file the app made as a download: generated here in the browser, no server involved.

use std::time::Duration;

use wasm_bindgen::JsCast;

use crate::model::export::Download;

/// Offers `content` as a download called `file_name`.
pub fn download(file_name: &str, mime: &str, content: &[u8]) -> Result<(), String> {
    offer_file(file_name, mime, content).ok_or_else(|| {
        format!("'{file_name}' kon niet worden gemaakt. Probeer het opnieuw, of gebruik een andere browser.")
    })
}

/// Offers a file the model made, and says how it went, for a status message beside the button.
pub fn offer(file: &Download) -> String {
    match download(&file.file_name, file.mime, &file.content) {
        Ok(()) => format!("'{}' is gedownload.", file.file_name),
        Err(message) => message,
    }
}

fn offer_file(file_name: &str, mime: &str, content: &[u8]) -> Option<()> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window().and_then(|w| w.document())?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(file_name);
    // In the page while it is clicked, and the address kept for a while: some browsers start
    // reading the file only after the click has returned.
    let body = document.body()?;
    body.append_child(&link).ok()?;
    link.click();
    link.remove();
    leptos::prelude::set_timeout(move || drop(web_sys::Url::revoke_object_url(&url)), Duration::from_secs(60));
    Some(())
}
