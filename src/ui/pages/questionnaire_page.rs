//! Filling in a questionnaire: progress, live scores, and every visible question by section.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::figures::FigureFile;
use crate::model::{Assessment, Questionnaire};
use crate::ui::components::question_field::QuestionField;
use crate::ui::components::save_status::SaveStatusNote;
use crate::ui::components::score_summary::ScoreSummary;
use crate::ui::dom::now_iso;
use crate::ui::persistence::{load_assessment, Stored};
use crate::ui::route::Route;
use crate::ui::state::AssessmentState;

#[component]
pub fn QuestionnairePage(questionnaire: Arc<Questionnaire>, figures: Option<Arc<FigureFile>>) -> impl IntoView {
    // One assessment per questionnaire for now, keyed by the questionnaire's id.
    let (assessment, warning) = match load_assessment(&questionnaire.id) {
        Stored::Found(assessment) => (assessment, None),
        Stored::Nothing => (new_assessment(&questionnaire), None),
        Stored::SetAside(message) => (new_assessment(&questionnaire), Some(message)),
        Stored::StorageUnavailable => (
            new_assessment(&questionnaire),
            Some("Deze browser staat opslaan niet toe. U kunt de vragenlijst invullen, maar de antwoorden verdwijnen als u dit tabblad sluit.".to_owned()),
        ),
    };
    let state = AssessmentState::new(questionnaire.clone(), assessment, true);
    view! {
        <p class="terug">
            <a class="utrecht-link utrecht-link--html-a" href=Route::Start.href()>"Alle vragenlijsten"</a>
        </p>
        <h1 class="utrecht-heading-1" id="paginakop" tabindex="-1">{questionnaire.title.clone()}</h1>
        <p class="utrecht-paragraph">{questionnaire.description.clone()}</p>
        {warning.map(|message| view! {
            <div class="utrecht-alert utrecht-alert--warning" role="alert"><p class="utrecht-paragraph">{message}</p></div>
        })}
        <QuestionnaireForm state figures />
    }
}

fn new_assessment(questionnaire: &Questionnaire) -> Assessment {
    Assessment::new(&questionnaire.id, &questionnaire.title, &questionnaire.id, &questionnaire.version, &now_iso())
}

/// Progress, scores and all sections of one assessment. Separate from the page so it can be
/// mounted on its own in component tests.
#[component]
pub fn QuestionnaireForm(
    state: AssessmentState,
    /// National figures to show beside the questions that refer to them.
    figures: Option<Arc<FigureFile>>,
) -> impl IntoView {
    let sections = state.questionnaire.with_value(|q| q.sections.clone());
    let progress_text = move || {
        let progress = state.report.with(|r| r.progress);
        format!("{} van {} vragen beantwoord", progress.done, progress.visible)
    };
    let progress_value = move || state.report.with(|r| r.progress.done);
    let progress_max = move || state.report.with(|r| r.progress.visible.max(1));
    let section_views = sections
        .into_iter()
        .map(|section| {
            let heading_id = format!("sectie-{}", section.id);
            let labelled_by = heading_id.clone();
            let questions = section
                .questions
                .into_iter()
                .map(|question| {
                    let id = question.id.clone();
                    let shown_figures: Vec<_> = figures
                        .as_ref()
                        .map(|f| f.shown_for(&question.figures).cloned().collect())
                        .unwrap_or_default();
                    view! {
                        <Show when=move || state.is_visible(&id)>
                            <QuestionField state question=question.clone() figures=shown_figures.clone() />
                        </Show>
                    }
                })
                .collect_view();
            view! {
                <section class="sectie" aria-labelledby=labelled_by>
                    <h2 class="utrecht-heading-2" id=heading_id>{section.title}</h2>
                    {(!section.intro.is_empty()).then(|| view! { <p class="utrecht-paragraph">{section.intro.clone()}</p> })}
                    {questions}
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="invullen">
            <div class="invullen__vragen">
                <div class="voortgang">
                    <label for="voortgang-balk" class="utrecht-form-label" data-testid="voortgang">{progress_text}</label>
                    <progress id="voortgang-balk" value=progress_value max=progress_max></progress>
                    <SaveStatusNote status=state.save_status />
                </div>
                <form class="utrecht-form" on:submit=|ev| ev.prevent_default()>
                    {section_views}
                </form>
            </div>
            <aside class="invullen__scores">
                <ScoreSummary state />
            </aside>
        </div>
    }
}
