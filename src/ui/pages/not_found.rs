//! The page for an address the app does not know, or an evaluation that is not (or no longer) here.

use leptos::prelude::*;

use crate::model::route::Route;
use crate::ui::components::page_heading::PageHeading;

#[component]
pub fn NotFoundPage(#[prop(into)] message: String) -> impl IntoView {
    view! {
        <PageHeading>"Pagina niet gevonden"</PageHeading>
        <p class="utrecht-paragraph">{message}</p>
        <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href=Route::Start.href()>"Naar het overzicht van vragenlijsten"</a>
        </p>
    }
}
