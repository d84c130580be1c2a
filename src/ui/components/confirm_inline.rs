//! "Weet u het zeker?" in place, with the confirming and the cancelling button, for actions that
//! cannot be undone.

use leptos::prelude::*;

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
