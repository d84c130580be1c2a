//! Native form controls in the NL Design System form-field layout, shared by every form, and an
//! in-place confirmation for actions that cannot be undone.

use leptos::prelude::*;

/// A radio button with its label (and an optional description below the label).
pub fn radio(
    name: String,
    input_id: String,
    label: String,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    on_choose: impl Fn() + 'static,
) -> impl IntoView {
    radio_with_description(name, input_id, label, None, checked, on_choose)
}

pub fn radio_with_description(
    name: String,
    input_id: String,
    label: String,
    description: Option<String>,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    on_choose: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <div class="utrecht-form-field utrecht-form-field--radio">
            <div class="utrecht-form-field__input">
                <input
                    type="radio"
                    class="utrecht-radio-button utrecht-radio-button--html-input"
                    id=input_id.clone()
                    name=name
                    prop:checked=checked
                    on:change=move |_| on_choose()
                />
            </div>
            <div class="utrecht-form-field__label utrecht-form-field__label--radio">
                <label class="utrecht-form-label utrecht-form-label--radio" for=input_id>{label}</label>
            </div>
            {description.map(|d| view! { <p class="utrecht-form-field-description">{d}</p> })}
        </div>
    }
}

/// A checkbox with its label.
pub fn checkbox(
    input_id: String,
    label: String,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    on_toggle: impl Fn(bool) + 'static,
) -> impl IntoView {
    view! {
        <div class="utrecht-form-field utrecht-form-field--checkbox">
            <div class="utrecht-form-field__input">
                <input
                    type="checkbox"
                    class="utrecht-checkbox utrecht-checkbox--html-input"
                    id=input_id.clone()
                    prop:checked=checked
                    on:change=move |ev| on_toggle(event_target_checked(&ev))
                />
            </div>
            <div class="utrecht-form-field__label utrecht-form-field__label--checkbox">
                <label class="utrecht-form-label utrecht-form-label--checkbox" for=input_id>{label}</label>
            </div>
        </div>
    }
}

/// "Weet u het zeker?" in place, with the confirming and the cancelling button.
#[component]
pub fn ConfirmInline(
    #[prop(into)] question: String,
    confirm_label: &'static str,
    on_confirm: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="bevestig" role="alert">
            <p class="utrecht-paragraph">{question}</p>
            <button type="button" class="utrecht-button utrecht-button--primary-action utrecht-button--danger" on:click=move |_| on_confirm.run(())>
                {confirm_label}
            </button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| on_cancel.run(())>
                "Annuleren"
            </button>
        </div>
    }
}
