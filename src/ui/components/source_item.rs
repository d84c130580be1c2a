//! A source a question is based on, as a list item: a link when it has an address.

use leptos::prelude::*;

use crate::model::questionnaire::Source;

#[component]
pub fn SourceItem(source: Source) -> impl IntoView {
    match source.url {
        Some(url) => view! {
            <li><a class="utrecht-link utrecht-link--html-a" href=url rel="noopener noreferrer">{source.label}</a></li>
        }
        .into_any(),
        None => view! { <li>{source.label}</li> }.into_any(),
    }
}
