//! A native select inside a [`FormField`](super::form_field::FormField).

use leptos::prelude::*;

use super::form_field::use_field;

/// One choice of a [`Select`]: the value sent to `on_change`, and the words shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelectOption {
    pub value: String,
    pub label: String,
}

impl SelectOption {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        SelectOption { value: value.into(), label: label.into() }
    }
}

#[component]
pub fn Select(
    options: Vec<SelectOption>,
    /// The value chosen when the select is drawn.
    #[prop(optional, into)]
    selected: String,
    #[prop(optional, into)] on_change: Option<Callback<String>>,
) -> impl IntoView {
    let field = use_field();
    let options = options
        .into_iter()
        .map(|option| {
            let chosen = option.value == selected;
            view! { <option value=option.value selected=chosen>{option.label}</option> }
        })
        .collect_view();
    view! {
        <select
            class="utrecht-select utrecht-select--html-select"
            id=field.id
            aria-invalid=move || field.invalid.get().then_some("true")
            aria-describedby=move || field.described_by.get()
            on:change=move |ev| {
                if let Some(on_change) = on_change {
                    on_change.run(event_target_value(&ev));
                }
            }
        >
            {options}
        </select>
    }
}
