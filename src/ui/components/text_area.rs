//! A multi-line text field inside a [`FormField`](super::form_field::FormField).

use leptos::prelude::*;

use super::form_field::use_field;

#[component]
pub fn TextArea(
    /// The text when the field is drawn.
    #[prop(optional, into)]
    value: String,
    #[prop(default = 2)] rows: u32,
    /// Called when the user leaves a changed field (the `change` event).
    #[prop(optional, into)]
    on_change: Option<Callback<String>>,
    /// Called on every keystroke.
    #[prop(optional, into)]
    on_input: Option<Callback<String>>,
    #[prop(optional, into)] disabled: Signal<bool>,
) -> impl IntoView {
    let field = use_field();
    view! {
        <textarea
            class="utrecht-textarea utrecht-textarea--html-textarea"
            id=field.id
            rows=rows
            disabled=move || disabled.get()
            aria-invalid=move || field.invalid.get().then_some("true")
            aria-describedby=move || field.described_by.get()
            on:change=move |ev| {
                if let Some(on_change) = on_change {
                    on_change.run(event_target_value(&ev));
                }
            }
            on:input=move |ev| {
                if let Some(on_input) = on_input {
                    on_input.run(event_target_value(&ev));
                }
            }
        >
            {value}
        </textarea>
    }
}
