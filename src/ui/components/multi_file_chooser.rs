//! A file chooser for several files at once, in the form-field layout. It hands over the chosen
//! files (the caller reads them, see `browser::files::read_files`) and is emptied afterwards, so
//! the same files can be chosen again. It is also the keyboard way to a [`DropZone`]'s import.
//!
//! [`DropZone`]: super::drop_zone::DropZone

use leptos::prelude::*;

use crate::ui::browser::files::files_of;

#[component]
pub fn MultiFileChooser(
    id: &'static str,
    label: &'static str,
    /// A hint below the label.
    #[prop(optional)]
    description: Option<&'static str>,
    /// The file types offered, as `accept` spells them (`.json,application/json`).
    accept: &'static str,
    #[prop(optional, into)] disabled: Signal<bool>,
    on_files: Callback<Vec<web_sys::File>>,
) -> impl IntoView {
    let description_id = description.map(|_| format!("{id}-uitleg"));
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let files = files_of(input.files());
        input.set_value("");
        if !files.is_empty() {
            on_files.run(files);
        }
    };
    view! {
        <div class="utrecht-form-field">
            <div class="utrecht-form-field__label">
                <label class="utrecht-form-label" for=id>{label}</label>
            </div>
            {description.map(|text| view! {
                <p class="utrecht-form-field-description" id=description_id.clone()>{text}</p>
            })}
            <div class="utrecht-form-field__input">
                <input
                    type="file"
                    multiple
                    id=id
                    accept=accept
                    aria-describedby=description_id.clone()
                    disabled=move || disabled.get()
                    on:change=on_change
                />
            </div>
        </div>
    }
}
