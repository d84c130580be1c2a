//! A one-line text field (or a date field) inside a [`FormField`](super::form_field::FormField).

use leptos::prelude::*;

use super::form_field::use_field;
use super::live_text::LiveText;
use crate::model::merge::text::Shape;

#[component]
pub fn TextInput(
    /// The text to show. The field follows it when it changes from elsewhere (another tab's
    /// text), also while the user is in it; its own changes are not written back into it.
    #[prop(optional, into)]
    value: Signal<String>,
    /// Instead of following `value`: the text to show whenever it changes (a number as it was
    /// stored, once the user has left the field).
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
    let node = NodeRef::<leptos::html::Input>::new();
    let live = LiveText::follow(move || node.get(), value, Shape::OneLine, on_input.or(on_change));
    let initial = value.get_untracked();
    // Without `shown`, the property keeps the initial text (an absent one would be "undefined").
    let first = initial.clone();
    let property = move || shown.map_or_else(|| first.clone(), |shown| shown.get());
    view! {
        <input
            node_ref=node
            type=if date { "date" } else { "text" }
            class=format!("utrecht-textbox utrecht-textbox--html-input {class}").trim_end().to_owned()
            id=field.id
            value=initial
            prop:value=property
            inputmode=inputmode
            autocomplete=autocomplete
            maxlength=maxlength.map(|n| n.to_string())
            disabled=move || disabled.get()
            required=required
            aria-invalid=move || field.invalid.get().then_some("true")
            aria-describedby=move || field.described_by.get()
            on:change=live.handler(on_change)
            on:input=live.handler(on_input)
        />
    }
}
