//! The browser UI: thin Leptos components that read from [`crate::model`] and never decide a
//! rule themselves. Persistence lives in [`persistence`] only.

pub mod app;
pub mod catalog;
pub mod components;
pub mod dom;
pub mod navigation;
pub mod pages;
pub mod persistence;
pub mod print;
pub mod state;

/// Mounts the app on `<body>`, in place of the loading notice `index.html` shows until then.
pub fn start() {
    console_error_panic_hook::set_once();
    dom::remove_element("app-laden");
    leptos::mount::mount_to_body(app::App);
}
