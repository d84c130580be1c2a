//! The problems that make a questionnaire file unavailable, each with its place in the file.

use leptos::prelude::*;

use crate::model::Problem;

#[component]
pub fn ProblemList(problems: Vec<Problem>) -> impl IntoView {
    let items = problems
        .into_iter()
        .map(|problem| {
            let place = match (problem.position(), problem.path.is_empty()) {
                (Some(position), false) => format!("{position} ({})", problem.path),
                (Some(position), true) => position,
                (None, false) => problem.path.clone(),
                (None, true) => "hele bestand".to_owned(),
            };
            view! {
                <li>
                    <span class="probleem__plaats">{place}</span>": "{problem.message}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="probleemlijst">{items}</ul> }
}
