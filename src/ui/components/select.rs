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
    /// The value chosen. The select follows it when it changes from elsewhere (another tab's
    /// choice); its own choice reaches the owner through `on_change`.
    #[prop(optional, into)]
    selected: Signal<String>,
    #[prop(optional, into)] on_change: Option<Callback<String>>,
) -> impl IntoView {
    let field = use_field();
    let node = NodeRef::<leptos::html::Select>::new();
    let first = selected.get_untracked();
    let options = options
        .into_iter()
        .map(|option| {
            let chosen = option.value == first;
            view! { <option value=option.value selected=chosen>{option.label}</option> }
        })
        .collect_view();
    // The options carry the first choice (without one the browser shows the first option); a
    // value that changes after that is shown as it comes, unless the select already shows it.
    Effect::new(move |previous: Option<String>| {
        let value = selected.get();
        if previous.is_some_and(|previous| previous != value) {
            if let Some(select) = node.get() {
                if select.value() != value {
                    select.set_value(&value);
                }
            }
        }
        value
    });
    view! {
        <select
            node_ref=node
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
