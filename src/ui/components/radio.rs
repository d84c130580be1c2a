//! A radio button with its label (and an optional description), in the form-field layout. A
//! group of them sits in a `<fieldset>` whose legend is the question.

use leptos::prelude::*;

#[component]
pub fn Radio(
    /// The group's name: one choice per name.
    #[prop(into)]
    name: String,
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] description: Option<String>,
    #[prop(into)] checked: Signal<bool>,
    on_choose: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="utrecht-form-field utrecht-form-field--radio">
            <div class="utrecht-form-field__input">
                <input
                    type="radio"
                    class="utrecht-radio-button utrecht-radio-button--html-input"
                    id=id.clone()
                    name=name
                    prop:checked=move || checked.get()
                    on:change=move |_| on_choose.run(())
                />
            </div>
            <div class="utrecht-form-field__label utrecht-form-field__label--radio">
                <label class="utrecht-form-label utrecht-form-label--radio" for=id>{label}</label>
            </div>
            {description.map(|d| view! { <p class="utrecht-form-field-description">{d}</p> })}
        </div>
    }
}
