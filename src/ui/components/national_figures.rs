//! "Landelijk beeld": verified national figures, each with its year in the sentence and a link
//! to its source.

use leptos::prelude::*;

use crate::model::figures::Figure;

#[component]
pub fn NationalFigures(figures: Vec<Figure>, #[prop(optional, into)] test_id: Option<String>) -> impl IntoView {
    let items = figures
        .into_iter()
        .map(|figure| {
            view! {
                <p class="utrecht-paragraph">
                    {figure.statement}" "
                    <a class="utrecht-link utrecht-link--html-a" href=figure.source.url rel="noopener noreferrer">
                        {format!("Bron: {}", figure.source.label)}
                    </a>
                </p>
            }
        })
        .collect_view();
    view! {
        <div class="vraag__landelijk" data-testid=test_id>
            <span class="vraag__landelijk-kop">"Landelijk beeld"</span>
            {items}
        </div>
    }
}
