//! A checkbox with its label (and, optionally, a description it points to), in the form-field
//! layout.

use leptos::prelude::*;

#[component]
pub fn Checkbox(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    /// Words after the label for screen readers only, when the label alone is ambiguous on the
    /// page ("Opnemen" next to every action also names the action).
    #[prop(optional, into)]
    label_detail: Option<String>,
    #[prop(into)] checked: Signal<bool>,
    /// Said below the label and read with the checkbox (`aria-describedby`); `None` for none.
    #[prop(optional_no_strip, into)]
    description: Option<String>,
    /// Called with the new state when the user ticks or unticks it.
    on_toggle: Callback<bool>,
) -> impl IntoView {
    let description_id = description.as_ref().map(|_| format!("{id}-uitleg"));
    view! {
        <div class="utrecht-form-field utrecht-form-field--checkbox">
            <div class="utrecht-form-field__input">
                <input
                    type="checkbox"
                    class="utrecht-checkbox utrecht-checkbox--html-input"
                    id=id.clone()
                    aria-describedby=description_id.clone()
                    prop:checked=move || checked.get()
                    on:change=move |ev| on_toggle.run(event_target_checked(&ev))
                />
            </div>
            <div class="utrecht-form-field__label utrecht-form-field__label--checkbox">
                <label class="utrecht-form-label utrecht-form-label--checkbox" for=id>
                    {label}
                    {label_detail.map(|detail| view! { <span class="visueel-verborgen">{format!(" {detail}")}</span> })}
                </label>
            </div>
            {description.map(|text| view! {
                <p class="utrecht-form-field-description" id=description_id.clone()>{text}</p>
            })}
        </div>
    }
}
