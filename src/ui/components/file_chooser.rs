//! A file chooser in the form-field layout. Reads the chosen file and hands over its name and
//! its text, or why it cannot be read as text; the field is emptied afterwards, so the same file
//! can be chosen again after it has been fixed.

use leptos::prelude::*;

use crate::ui::browser::files::{read_chosen_file, ChosenFile};

#[component]
pub fn FileChooser(
    id: &'static str,
    label: &'static str,
    /// The file types offered, as `accept` spells them (`.json,application/json`).
    accept: &'static str,
    #[prop(optional, into)] disabled: Signal<bool>,
    on_read: Callback<ChosenFile>,
) -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        leptos::task::spawn_local(async move {
            let Some(read) = read_chosen_file(&input).await else { return };
            input.set_value("");
            on_read.run(read);
        });
    };
    view! {
        <div class="utrecht-form-field">
            <div class="utrecht-form-field__label">
                <label class="utrecht-form-label" for=id>{label}</label>
            </div>
            <div class="utrecht-form-field__input">
                <input type="file" id=id accept=accept disabled=move || disabled.get() on:change=on_change />
            </div>
        </div>
    }
}
