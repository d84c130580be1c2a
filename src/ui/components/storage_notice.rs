//! The one-time explanation that answers stay in this browser only.

use leptos::prelude::*;

use crate::ui::browser::focus::focus_element;
use crate::ui::components::alert::{Alert, AlertKind};
use crate::ui::components::page_heading::PAGE_HEADING;
use crate::ui::storage::{mark_storage_notice_seen, storage_notice_seen};

#[component]
pub fn StorageNotice() -> impl IntoView {
    let (visible, set_visible) = signal(!storage_notice_seen());
    view! {
        <Show when=move || visible.get()>
            <Alert kind=AlertKind::Info class="uitleg-opslag" labelled_by="uitleg-opslag-kop" test_id="uitleg-opslag">
                <h2 class="utrecht-heading-3" id="uitleg-opslag-kop">"Uw antwoorden blijven in deze browser"</h2>
                <p class="utrecht-paragraph">
                    "Alles wat u invult, wordt automatisch opgeslagen in deze browser op dit apparaat. Er gaat niets naar een server. "
                    "Werkt u op een andere computer of in een andere browser, dan ziet u uw evaluaties daar niet. "
                    "Wist u de browsergegevens, dan zijn de antwoorden weg."
                </p>
                <button
                    type="button"
                    class="utrecht-button utrecht-button--secondary-action"
                    on:click=move |_| {
                        mark_storage_notice_seen();
                        set_visible.set(false);
                        // The button is gone: on to the page's own heading, not the body.
                        focus_element(PAGE_HEADING);
                    }
                >
                    "Begrepen"
                </button>
            </Alert>
        </Show>
    }
}
