//! The browser UI: thin Leptos components that read from [`crate::model`] and never decide a
//! rule themselves. Browser storage is touched in [`storage`] only; [`autosave`] saves while the user works.

pub mod app;
pub mod autosave;
pub mod browser;
pub mod catalog;
pub mod components;
pub mod latch;
pub mod lazy;
pub mod navigation;
pub mod pages;
pub mod print;
pub mod region_state;
pub mod state;
pub mod storage;

/// Mounts the app on `<body>`, in place of the loading notice `index.html` shows until then.
pub fn start() {
    console_error_panic_hook::set_once();
    browser::focus::remove_element("app-laden");
    leptos::mount::mount_to_body(app::App);
}
