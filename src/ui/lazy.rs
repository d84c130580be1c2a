//! Every part of the app whose code loads on first use. In the release build (where
//! scripts/build.sh sets `wasm_split`) each function here is a split point: its code, and code
//! only it uses, is a separate WebAssembly chunk that the browser fetches the first time the
//! function is called. The first download then holds the start page and the walk through a
//! section; results, the plan with its documents, the answers page, the casus overview, the
//! regional overview, the about page, importing and reading YAML come when they are used.
//! Other builds (tests, `trunk serve`) link them in as ordinary `async fn`s.
//!
//! A split point's arguments and result cross a WebAssembly boundary: concrete types only.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::catalog::Catalog;
use crate::model::figures::{load_figures, FigureFile};
use crate::model::import::read_evaluation_file;
use crate::model::route::RegionPart;
use crate::model::{load_questionnaire, Assessment, Problem, Questionnaire};
use crate::ui::browser::timing::measured;
use crate::ui::components::answer_review::AnswerReview;
use crate::ui::components::case_overview::CaseOverviewTable;
use crate::ui::components::plan::owner::PlanOwner;
use crate::ui::components::plan::PlanPage;
use crate::ui::components::results::ResultsView;
use crate::ui::pages::about_page::AboutPage;
use crate::ui::pages::region::RegionPage;
use crate::ui::pages::regions::RegionsPage;
use crate::ui::state::AssessmentState;

#[cfg_attr(wasm_split, lazy)]
pub async fn about_page() -> AnyView {
    view! { <AboutPage /> }.into_any()
}

#[cfg_attr(wasm_split, lazy)]
pub async fn results_part(state: AssessmentState, figures: Option<Arc<FigureFile>>) -> AnyView {
    view! { <ResultsView state figures /> }.into_any()
}

#[cfg_attr(wasm_split, lazy)]
pub async fn plan_part(state: AssessmentState, figures: Option<Arc<FigureFile>>) -> AnyView {
    view! { <PlanPage owner=PlanOwner::Evaluation(state) figures /> }.into_any()
}

#[cfg_attr(wasm_split, lazy)]
pub async fn answers_part(state: AssessmentState, id: String) -> AnyView {
    view! { <AnswerReview state id /> }.into_any()
}

#[cfg_attr(wasm_split, lazy)]
pub async fn case_overview_part(state: AssessmentState) -> AnyView {
    view! { <CaseOverviewTable state /> }.into_any()
}

#[cfg_attr(wasm_split, lazy)]
pub async fn regions_page() -> AnyView {
    view! { <RegionsPage /> }.into_any()
}

#[cfg_attr(wasm_split, lazy)]
pub async fn region_page(id: String, part: Memo<RegionPart>) -> AnyView {
    view! { <RegionPage id part /> }.into_any()
}

/// An evaluation file from a colleague, checked against its questionnaire in `catalog`.
#[cfg_attr(wasm_split, lazy)]
pub async fn read_evaluation(catalog: Catalog, name: String, text: String) -> Result<Assessment, String> {
    read_evaluation_file(&catalog, &name, &text)
}

/// Reading YAML: a large parser that a normal visit never needs (the build prepared JSON): an own
/// questionnaire, or a file changed on the host. `measure` names the User Timing measure of the
/// reading itself (without fetching the chunk).
#[cfg_attr(wasm_split, lazy)]
pub async fn read_yaml_questionnaire(
    measure: String,
    file: String,
    text: String,
) -> Result<Questionnaire, Vec<Problem>> {
    measured(&measure, || load_questionnaire(&file, &text))
}

/// See [`read_yaml_questionnaire`].
#[cfg_attr(wasm_split, lazy)]
pub async fn read_yaml_figures(file: String, text: String) -> Result<FigureFile, Vec<Problem>> {
    load_figures(&file, &text)
}
