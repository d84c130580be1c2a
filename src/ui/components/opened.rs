//! A page about one questionnaire: a status line while its content (and the national figures)
//! are fetched, then the page, or the reason it cannot be shown.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::catalog::Opening;
use crate::model::figures::FigureFile;
use crate::model::Questionnaire;
use crate::ui::catalog::use_catalog;
use crate::ui::pages::not_found::NotFoundPage;

/// `ready` is drawn once, when the questionnaire `id` has arrived; `missing` is said when it is
/// not there (not listed, or unavailable).
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
        Opening::Missing => view! { <NotFoundPage message=missing.clone() /> }.into_any(),
    })
    .into_any()
}
