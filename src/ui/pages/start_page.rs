//! The landing page: what this tool is, and the questionnaires that can be opened.

use leptos::prelude::*;

use crate::model::scoring::score;
use crate::ui::catalog::{Catalog, CatalogEntry};
use crate::ui::components::problem_list::ProblemList;
use crate::ui::persistence::{load_assessment, Stored};
use crate::ui::route::Route;

#[component]
pub fn StartPage(catalog: ReadSignal<Catalog>) -> impl IntoView {
    let content = move || match catalog.get() {
        Catalog::Loading => view! {
            <p class="utrecht-paragraph" role="status">"De vragenlijsten worden geladen…"</p>
        }
        .into_any(),
        Catalog::Failed(message) => view! {
            <div class="utrecht-alert utrecht-alert--error" role="alert">
                <p class="utrecht-paragraph">{message}</p>
            </div>
        }
        .into_any(),
        Catalog::Loaded { entries, .. } => {
            let cards = entries.into_iter().map(questionnaire_card).collect_view();
            view! { <ul class="vragenlijsten" data-testid="vragenlijsten">{cards}</ul> }.into_any()
        }
    };
    view! {
        <h1 class="utrecht-heading-1" id="paginakop" tabindex="-1">"Zelfevaluatie Wmo-toezicht"</h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead">
            "Breng in kaart hoe uw gemeente het toezicht op de Wmo 2015 heeft geregeld. "
            "U ziet per principe (onafhankelijkheid, transparantie en samenwerking) waar u staat."
        </p>
        <p class="utrecht-paragraph">
            "Uw antwoorden blijven in deze browser op dit apparaat. Er gaat niets naar een server."
        </p>
        <h2 class="utrecht-heading-2">"Kies een vragenlijst"</h2>
        {content}
    }
}

fn questionnaire_card(entry: CatalogEntry) -> impl IntoView {
    match entry {
        CatalogEntry::Ready { questionnaire, .. } => {
            let count = questionnaire.questions().count();
            let minutes = questionnaire
                .estimated_minutes
                .map(|m| format!(" · ongeveer {m} minuten"))
                .unwrap_or_default();
            let progress = match load_assessment(&questionnaire.id) {
                Stored::Found(assessment) => {
                    let report = score(&questionnaire, &assessment.answers);
                    (report.progress.done > 0).then(|| {
                        format!("{} van {} vragen beantwoord", report.progress.done, report.progress.visible)
                    })
                }
                _ => None,
            };
            let action = if progress.is_some() { "Verder invullen" } else { "Beginnen" };
            let href = Route::Questionnaire { id: questionnaire.id.clone() }.href();
            view! {
                <li class="vragenlijst" data-testid=format!("vragenlijst-{}", questionnaire.id)>
                    <h3 class="utrecht-heading-3">{questionnaire.title.clone()}</h3>
                    <p class="utrecht-paragraph">{questionnaire.description.clone()}</p>
                    <p class="utrecht-paragraph vragenlijst__meta">{format!("{count} vragen{minutes}")}</p>
                    {progress.map(|text| view! { <p class="utrecht-paragraph vragenlijst__voortgang">{text}</p> })}
                    <a
                        class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
                        href=href
                        aria-label=format!("{action}: {}", questionnaire.title)
                    >
                        {action}
                    </a>
                </li>
            }
            .into_any()
        }
        CatalogEntry::Unavailable { file, problems } => view! {
            <li class="vragenlijst vragenlijst--onbeschikbaar" data-testid=format!("onbeschikbaar-{file}")>
                <h3 class="utrecht-heading-3">{format!("{file} (niet beschikbaar)")}</h3>
                <div class="utrecht-alert utrecht-alert--warning">
                    <p class="utrecht-paragraph">
                        "Deze vragenlijst bevat fouten en kan niet worden geopend. Vraag de beheerder het bestand te herstellen:"
                    </p>
                    <ProblemList problems />
                </div>
            </li>
        }
        .into_any(),
    }
}
