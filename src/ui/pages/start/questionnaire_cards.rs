//! The questionnaires to start a new evaluation with, as cards; an own questionnaire can be
//! removed, and a file with errors is shown as unavailable with its problems.

use leptos::prelude::*;

use super::use_start_page;
use crate::model::catalog::{Catalog, CatalogCard};
use crate::model::route::Route;
use crate::ui::browser::downloads::download;
use crate::ui::components::alert::{Alert, AlertKind};
use crate::ui::components::confirm_inline::ConfirmInline;
use crate::ui::components::problem_list::ProblemList;
use crate::ui::storage::{custom_questionnaire_text, delete_custom_questionnaire};

#[component]
pub(super) fn QuestionnaireCards() -> impl IntoView {
    let page = use_start_page();
    // The cards, not the entries: a card stays as it is when its questionnaire's content arrives.
    let cards = Memo::new(move |_| {
        page.catalog.with(|catalog| match catalog {
            Catalog::Loaded { entries, .. } => Ok(entries.iter().map(|entry| entry.card()).collect::<Vec<_>>()),
            Catalog::Loading => Err(None),
            Catalog::Failed(message) => Err(Some(message.clone())),
        })
    });
    move || match cards.get() {
        Err(None) => view! {
            <p class="utrecht-paragraph" role="status">"De vragenlijsten worden geladen…"</p>
        }
        .into_any(),
        Err(Some(message)) => view! {
            <Alert kind=AlertKind::Error urgent=true><p class="utrecht-paragraph">{message}</p></Alert>
        }
        .into_any(),
        Ok(cards) => {
            let cards = cards.into_iter().map(|card| view! { <QuestionnaireCard card /> }).collect_view();
            view! { <ul class="vragenlijsten" data-testid="vragenlijsten">{cards}</ul> }.into_any()
        }
    }
}

#[component]
fn QuestionnaireCard(card: CatalogCard) -> impl IntoView {
    match card {
        CatalogCard::Usable { summary, custom } => {
            let href = Route::NewAssessment { questionnaire_id: summary.id.clone() }.href();
            let remove = custom.then(|| {
                view! { <RemoveOwnQuestionnaire id=summary.id.clone() title=summary.title.clone() /> }
            });
            view! {
                <li class="vragenlijst" data-testid=format!("vragenlijst-{}", summary.id)>
                    <h3 class="utrecht-heading-3">{summary.title.clone()}</h3>
                    {custom.then(|| view! { <p class="utrecht-paragraph vragenlijst__eigen">"Eigen vragenlijst, alleen in deze browser"</p> })}
                    <p class="utrecht-paragraph">{summary.description.clone()}</p>
                    <p class="utrecht-paragraph vragenlijst__meta">{summary.card_facts()}</p>
                    <a
                        class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
                        href=href
                        aria-label=format!("Nieuwe evaluatie: {}", summary.title)
                    >
                        "Nieuwe evaluatie"
                    </a>
                    {remove}
                </li>
            }
            .into_any()
        }
        CatalogCard::Unavailable { file, why, own } => {
            let advice = why.advice(own.is_some());
            let problems = why.problems();
            let removable = why.offers_removal();
            let actions = own.map(|id| {
                let text = custom_questionnaire_text(&id).unwrap_or_default();
                let file_name = format!("{id}.yaml");
                view! {
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" aria-label=format!("Downloaden: {file_name}") on:click=move |_| {
                        let _ = download(&file_name, "text/yaml;charset=utf-8", text.as_bytes());
                    }>"Downloaden"</button>
                    {removable.then(|| view! { <RemoveOwnQuestionnaire id=id.clone() title=id.clone() /> })}
                }
            });
            view! {
                <li class="vragenlijst vragenlijst--onbeschikbaar" data-testid=format!("onbeschikbaar-{file}")>
                    <h3 class="utrecht-heading-3">{format!("{file} (niet beschikbaar)")}</h3>
                    <Alert kind=AlertKind::Warning>
                        <p class="utrecht-paragraph">{advice}</p>
                        <ProblemList problems />
                    </Alert>
                    {actions}
                </li>
            }
            .into_any()
        }
    }
}

/// Removes an own questionnaire after confirmation; its evaluations stay.
#[component]
fn RemoveOwnQuestionnaire(id: String, title: String) -> impl IntoView {
    let page = use_start_page();
    let (confirming, set_confirming) = signal(false);
    let label = format!("Vragenlijst verwijderen: {title}");
    let remove = Callback::new(move |()| {
        delete_custom_questionnaire(&id);
        page.set_catalog.update(|c| *c = c.without_custom(&id));
        page.say(format!("De vragenlijst '{title}' is verwijderd."));
    });
    view! {
        <Show
            when=move || confirming.get()
            fallback=move || view! {
                <button type="button" class="utrecht-button utrecht-button--secondary-action" aria-label=label.clone() on:click=move |_| set_confirming.set(true)>
                    "Vragenlijst verwijderen"
                </button>
            }
        >
            <ConfirmInline
                question="Evaluaties met deze vragenlijst blijven bewaard, maar zijn pas weer te openen als u de vragenlijst opnieuw toevoegt."
                confirm_label="Ja, verwijderen"
                on_confirm=remove
                on_cancel=Callback::new(move |()| set_confirming.set(false))
            />
        </Show>
    }
}
