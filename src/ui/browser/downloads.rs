//! Offering a file the app made as a download: generated here in the browser, no server involved.

use wasm_bindgen::JsCast;

/// Offers `content` as a download.
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

/// Offers a file the model made, and says how it went.
pub fn offer(file: &crate::model::export::Download) -> String {
    download_report(&file.file_name, file.mime, &file.content)
}
