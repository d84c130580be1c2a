//! One regional overview (`#/regio/<id>/…`): its municipalities and the import of their files,
//! the scores with the heat map, the answers per question and the common improvement points.
//! Every part reads the overview from `RegionState::view`, so "Anoniem delen" holds everywhere.

mod anonymous_toggle;
mod import_files;
mod import_report;
mod improvements;
mod members;
mod questions;
mod scores;

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::figures::FigureFile;
use crate::model::region::Region;
use crate::model::route::{region_href, RegionPart, Route};
use crate::model::Questionnaire;
use crate::ui::browser::page::set_document_title;
use crate::ui::components::alert::{Alert, AlertKind};
use crate::ui::components::opened::when_opened;
use crate::ui::components::page_heading::PageHeading;
use crate::ui::pages::not_found::NotFoundPage;
use crate::ui::region_state::RegionState;
use crate::ui::storage::{load_region, StoredRegion};
use anonymous_toggle::AnonymousToggle;
use improvements::ImprovementsPart;
use members::MembersPart;
use questions::QuestionsPart;
use scores::ScoresPart;

#[component]
pub fn RegionPage(id: String, part: Memo<RegionPart>) -> impl IntoView {
    let region = match load_region(&id) {
        StoredRegion::Found(region) => *region,
        StoredRegion::Nothing => {
            return view! { <NotFoundPage message="Dit regio-overzicht bestaat niet (meer) in deze browser." /> }
                .into_any();
        }
        StoredRegion::SetAside(message) => return view! { <NotFoundPage message=message /> }.into_any(),
    };
    let missing = format!(
        "De vragenlijst '{}' van dit regio-overzicht is niet beschikbaar. Het overzicht blijft bewaard; het is weer te openen als de vragenlijst er weer is.",
        region.questionnaire_title
    );
    when_opened(region.questionnaire_id.clone(), missing, move |questionnaire, figures| {
        view! { <OpenedRegion region=region.clone() questionnaire figures part /> }.into_any()
    })
}

/// The overview once its questionnaire is there.
#[component]
fn OpenedRegion(
    region: Region,
    questionnaire: Arc<Questionnaire>,
    figures: Option<Arc<FigureFile>>,
    part: Memo<RegionPart>,
) -> impl IntoView {
    let state = RegionState::new(region, questionnaire, figures);
    let name = move || state.region.with(|r| r.name.clone());
    Effect::new(move |_| {
        set_document_title(&format!("{} – {} – Zelfevaluatie Wmo-toezicht", part.get().title(), name()));
    });
    let navigation = RegionPart::ALL
        .into_iter()
        .map(|link| {
            let href = state.region.with_untracked(|r| region_href(&r.id, link));
            view! {
                <li>
                    <a
                        class="utrecht-link utrecht-link--html-a"
                        href=href
                        aria-current=move || (part.get() == link).then_some("page")
                    >
                        {link.title()}
                    </a>
                </li>
            }
        })
        .collect_view();
    let body = move || match part.get() {
        RegionPart::Members => view! { <MembersPart state /> }.into_any(),
        RegionPart::Scores => view! { <ScoresPart state /> }.into_any(),
        RegionPart::Questions => view! { <QuestionsPart state /> }.into_any(),
        RegionPart::Improvements => view! { <ImprovementsPart state /> }.into_any(),
    };
    let save_error = move || {
        state.save_error.get().map(|message| {
            view! {
                <Alert kind=AlertKind::Error urgent=true test_id="regio-opslaan-mislukt">
                    <p class="utrecht-paragraph">{message}</p>
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| state.save()>
                        "Opnieuw opslaan"
                    </button>
                </Alert>
            }
        })
    };
    let questionnaire_line =
        state.questionnaire.with_value(|q| format!("Vragenlijst: {} (versie {})", q.title, q.version));
    view! {
        <p class="terug">
            <a class="utrecht-link utrecht-link--html-a" href=Route::Regions.href()>"Alle regio-overzichten"</a>
        </p>
        <p class="evaluatie__naam" data-testid="regio-naam">{name}" · "{questionnaire_line}</p>
        <nav class="regio-navigatie" aria-label="Delen van het regio-overzicht">
            <ul>{navigation}</ul>
        </nav>
        <PageHeading>{move || part.get().title()}</PageHeading>
        {save_error}
        <AnonymousToggle state />
        {body}
    }
    .into_any()
}
