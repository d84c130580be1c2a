//! The visible questions of one section.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::figures::FigureFile;
use crate::model::questionnaire::Section;
use crate::ui::components::question_field::QuestionField;
use crate::ui::components::rich_text::RichText;
use crate::ui::state::AssessmentState;

#[component]
pub fn SectionForm(
    state: AssessmentState,
    section: Section,
    /// Its place in the questionnaire: follow-up questions elsewhere are named by section.
    index: usize,
    /// National figures to show beside the questions that refer to them.
    figures: Option<Arc<FigureFile>>,
) -> impl IntoView {
    let questions = section
        .questions
        .into_iter()
        .map(|question| {
            let id = question.id.clone();
            let shown_figures: Vec<_> =
                figures.as_ref().map(|f| f.shown_for(&question.figures).cloned().collect()).unwrap_or_default();
            view! {
                <Show when=move || state.is_visible(&id)>
                    <QuestionField state question=question.clone() figures=shown_figures.clone() />
                </Show>
            }
        })
        .collect_view();
    // In the document before any answer changes, so the first announcement is read too.
    let shown_change = state.shown_change_note(index);
    view! {
        <p class="visueel-verborgen" role="status" data-testid="vervolgvraag-melding">{move || shown_change.get()}</p>
        <form class="utrecht-form sectie" data-testid=format!("sectie-{}", section.id) on:submit=|ev| ev.prevent_default()>
            {(!section.intro.is_empty()).then(|| view! { <div class="sectie__intro"><RichText text=section.intro.clone() /></div> })}
            {questions}
        </form>
    }
}
