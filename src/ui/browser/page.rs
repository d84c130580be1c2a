//! The page as a whole: its title, printing it, loading it again.

/// The title in the browser's tab and window list.
pub fn set_document_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Opens the browser's print dialog ("Afdrukken", or "Opslaan als PDF").
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Loads the page again, as the browser's own button does (after the connection came back).
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
