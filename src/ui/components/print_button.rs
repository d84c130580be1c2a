//! "Afdrukken of opslaan als PDF", calling the page's `print` (see [`crate::ui::print`]).

use leptos::prelude::*;

#[component]
pub fn PrintButton(print: Callback<()>) -> impl IntoView {
    view! {
        <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| print.run(())>
            "Afdrukken of opslaan als PDF"
        </button>
    }
}
