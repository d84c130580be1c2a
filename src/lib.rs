//! Zelfevaluatie Wmo-toezicht: a self-assessment tool that runs entirely in the browser.
//!
//! [`model`] is pure Rust (questionnaires, validation, scoring, stored format) and is tested
//! natively; [`ui`] is the thin Leptos layer on top of it and only exists in the WebAssembly build.

pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod ui;
