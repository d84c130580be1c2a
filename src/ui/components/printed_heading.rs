//! The lines a printed page starts with: what it is and for which gemeente, which evaluation,
//! and the day it is printed. On screen the page around it says this already.

use leptos::prelude::*;

use crate::model::export::{drawn_up_on, evaluation_line};
use crate::model::Assessment;
use crate::ui::state::AssessmentState;

#[component]
pub fn PrintedHeading(
    state: AssessmentState,
    /// The page's title on paper, from the model (`plan_title`, `answers_title`, …).
    title: fn(&Assessment) -> String,
    /// From [`crate::ui::print::use_print_date`], whose `print` the page's button uses.
    date: ReadSignal<String>,
    test_id: &'static str,
) -> impl IntoView {
    let questionnaire = state.questionnaire.get_value();
    view! {
        <p class="utrecht-paragraph utrecht-paragraph--lead alleen-print afdrukkop" data-testid=test_id>
            {move || state.assessment.with(title)}<br />
            {move || state.assessment.with(|a| evaluation_line(&questionnaire, a))}<br />
            {move || date.with(|date| drawn_up_on(date))}
        </p>
    }
}
