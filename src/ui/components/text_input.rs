//! A one-line text field (or a date field) inside a [`FormField`](super::form_field::FormField).

use leptos::prelude::*;

use super::form_field::use_field;

#[component]
pub fn TextInput(
    /// The text when the field is drawn; the field is not rewritten while the user types.
    #[prop(optional, into)]
    value: String,
    /// From now on, the text to show whenever it changes (a number as it was stored, once the
    /// user has left the field); the field is still not rewritten while the user types.
    #[prop(optional, into)]
    shown: Option<Signal<String>>,
    /// `text` (the default) or `date`.
    #[prop(optional)]
    date: bool,
    /// Called when the user leaves a changed field (the `change` event).
    #[prop(optional, into)]
    on_change: Option<Callback<String>>,
    /// Called on every keystroke.
    #[prop(optional, into)]
    on_input: Option<Callback<String>>,
    #[prop(optional, into)] disabled: Signal<bool>,
    /// e.g. `decimal` for numbers with a decimal comma.
    #[prop(optional)]
    inputmode: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] maxlength: Option<usize>,
    /// The field must be filled in (said to assistive technology; the form checks it).
    #[prop(optional)]
    required: bool,
    /// Extra classes on the control.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let field = use_field();
    // Without `shown`, the property keeps the initial text (an absent one would be "undefined").
    let initial = value.clone();
    let property = move || shown.map_or_else(|| initial.clone(), |shown| shown.get());
    view! {
        <input
            type=if date { "date" } else { "text" }
            class=format!("utrecht-textbox utrecht-textbox--html-input {class}").trim_end().to_owned()
            id=field.id
            value=value
            prop:value=property
            inputmode=inputmode
            autocomplete=autocomplete
            maxlength=maxlength.map(|n| n.to_string())
            disabled=move || disabled.get()
            required=required
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
        />
    }
}
