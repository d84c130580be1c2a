//! A multi-line text field inside a [`FormField`](super::form_field::FormField).

use leptos::prelude::*;

use super::form_field::use_field;
use super::live_text::LiveText;
use crate::model::merge::text::Shape;

#[component]
pub fn TextArea(
    /// The text to show. The field follows it when it changes from elsewhere (another tab's
    /// text), also while the user is in it; its own changes are not written back into it.
    #[prop(optional, into)]
    value: Signal<String>,
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
    let node = NodeRef::<leptos::html::Textarea>::new();
    let live = LiveText::follow(move || node.get(), value, Shape::Lines, on_input.or(on_change));
    let initial = value.get_untracked();
    view! {
        <textarea
            node_ref=node
            class="utrecht-textarea utrecht-textarea--html-textarea"
            id=field.id
            rows=rows
            disabled=move || disabled.get()
            aria-invalid=move || field.invalid.get().then_some("true")
            aria-describedby=move || field.described_by.get()
            on:change=live.handler(on_change)
            on:input=live.handler(on_input)
        >
            {initial}
        </textarea>
    }
}
