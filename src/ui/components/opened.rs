//! A page about one questionnaire: a status line while its content (and the national figures)
//! are fetched, then the page, or the reason it cannot be shown.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::catalog::Opening;
use crate::model::figures::FigureFile;
use crate::model::route::Route;
use crate::model::Questionnaire;
use crate::ui::browser::page::reload;
use crate::ui::catalog::use_catalog;
use crate::ui::components::page_heading::PageHeading;
use crate::ui::pages::not_found::NotFoundPage;

/// `ready` is drawn once, when the questionnaire `id` has arrived; `missing` is said when it is
/// not there (not listed, or faulty). One that did not arrive gets a page that says so, with a
/// way to load the page again.
pub fn when_opened(
    id: String,
    missing: String,
    ready: impl Fn(Arc<Questionnaire>, Option<Arc<FigureFile>>) -> AnyView + Send + Sync + 'static,
) -> AnyView {
    let opening = use_catalog().open(id);
    (move || match opening.get() {
        Opening::Waiting => {
            view! { <p class="utrecht-paragraph" role="status">"De vragenlijst wordt geladen…"</p> }.into_any()
        }
        Opening::Ready { questionnaire, figures } => ready(questionnaire, figures),
        Opening::NotArrived => view! { <NotArrivedPage /> }.into_any(),
        Opening::Missing => view! { <NotFoundPage message=missing.clone() /> }.into_any(),
    })
    .into_any()
}

/// The questionnaire is listed but could not be fetched now.
#[component]
fn NotArrivedPage() -> impl IntoView {
    view! {
        <PageHeading>"Vragenlijst niet geladen"</PageHeading>
        <p class="utrecht-paragraph" data-testid="niet-binnengekomen">{Opening::NOT_ARRIVED}</p>
        <p class="utrecht-paragraph">
            <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=|_| reload()>
                "Pagina opnieuw laden"
            </button>
        </p>
        <p class="utrecht-paragraph">
            <a class="utrecht-link utrecht-link--html-a" href=Route::Start.href()>"Naar het overzicht van vragenlijsten"</a>
        </p>
    }
}
