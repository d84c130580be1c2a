//! The evaluations saved in this browser, newest first, each with open, rename, copy, export and
//! delete. Rename and delete confirm in place.

use leptos::prelude::*;

use super::use_start_page;
use crate::model::assessment::clean_name;
use crate::model::catalog::{Catalog, Opening};
use crate::model::export::evaluation_download;
use crate::model::library::{sort_for_listing, summarize, AssessmentSummary};
use crate::model::route::{assessment_href, Part};
use crate::model::sorted::sort;
use crate::model::text::or_dash;
use crate::model::Assessment;
use crate::ui::browser::clock::{local_date_time, local_iso_date, now_iso};
use crate::ui::browser::downloads::offer;
use crate::ui::browser::focus::{focus_element, focus_later};
use crate::ui::browser::ids::new_assessment_id;
use crate::ui::components::confirm_inline::ConfirmInline;
use crate::ui::components::rename_form::RenameForm;
use crate::ui::components::unreadable_data::UnreadableData;
use crate::ui::storage::{
    delete_assessment, list_assessments, load_assessment, save_now, unreadable_entries, Stored, UnreadableEntry,
};

/// The saved evaluations as the page lists them, with the unreadable entries; `None` until the
/// questionnaire of every one has arrived (their titles and progress come from it).
pub(super) type Listing = Option<(Vec<AssessmentSummary>, Vec<UnreadableEntry>)>;

/// The listing of the saved evaluations, asking the catalog for their questionnaires (only these).
pub(super) fn saved_listing() -> Memo<Listing> {
    let page = use_start_page();
    let assessments = Memo::new(move |_| {
        page.revision.get();
        list_assessments()
    });
    page.store.want(move || {
        let mut ids: Vec<String> = assessments.with(|list| list.iter().map(|a| a.questionnaire_id.clone()).collect());
        sort(&mut ids);
        ids.dedup();
        ids
    });
    // `None` until every one has arrived: listed once, so the list is not rebuilt (and an open
    // rename form reset) when they arrive, nor when another file does.
    Memo::new(move |_| {
        // Also after a change that leaves the evaluations as they were (unreadable data removed).
        page.revision.track();
        page.catalog.with(|c| {
            let waiting = |a: &Assessment| matches!(c.opening(&a.questionnaire_id), Opening::Waiting);
            if matches!(c, Catalog::Loading) || assessments.with(|list| list.iter().any(waiting)) {
                return None;
            }
            let mut summaries: Vec<AssessmentSummary> = assessments.with(|list| {
                list.iter().map(|a| summarize(a, c.questionnaire(&a.questionnaire_id).as_deref())).collect()
            });
            sort_for_listing(&mut summaries);
            Some((summaries, unreadable_entries()))
        })
    })
}

#[component]
pub(super) fn SavedEvaluations(listing: Memo<Listing>) -> impl IntoView {
    let page = use_start_page();
    move || {
        let Some((summaries, unreadable)) = listing.get() else {
            return view! { <p class="utrecht-paragraph" role="status">"Uw evaluaties worden geladen…"</p> }.into_any();
        };
        let on_removed = Callback::new(move |message: String| {
            page.say(message);
            page.refresh();
        });
        let warning = (!unreadable.is_empty()).then(|| view! { <UnreadableData entries=unreadable on_removed /> });
        let list = if summaries.is_empty() {
            view! { <p class="utrecht-paragraph" data-testid="geen-evaluaties">"U heeft nog geen evaluaties in deze browser. Start hieronder een nieuwe."</p> }.into_any()
        } else {
            let rows = summaries.into_iter().map(|summary| view! { <AssessmentRow summary /> }).collect_view();
            view! { <ul class="evaluaties" data-testid="evaluaties">{rows}</ul> }.into_any()
        };
        view! { {warning}{list} }.into_any()
    }
}

/// One saved evaluation with its actions.
#[component]
fn AssessmentRow(summary: AssessmentSummary) -> impl IntoView {
    let page = use_start_page();
    let renaming = RwSignal::new(false);
    let (confirming, set_confirming) = signal(false);
    let id = summary.id.clone();
    let field_id = format!("naam-{id}");

    // Reads the stored evaluation, applies a change that says what it did, and reports it.
    let with_stored = {
        let id = id.clone();
        move |change: &dyn Fn(Assessment) -> Result<String, String>| {
            let result = match load_assessment(&id) {
                Stored::Found(assessment) => change(*assessment),
                _ => Err("Deze evaluatie kon niet worden gelezen.".to_owned()),
            };
            match result {
                Ok(done) => {
                    page.say(done);
                    page.refresh();
                }
                Err(error) => page.say(error),
            }
        }
    };
    let rename = {
        let with_stored = with_stored.clone();
        Callback::new(move |typed: String| {
            let name = clean_name(&typed)?;
            with_stored(&|mut assessment| {
                assessment.name = name.clone();
                assessment.updated_at = now_iso();
                save_now(&assessment).map(|()| format!("De naam is gewijzigd in '{name}'."))
            });
            Ok(())
        })
    };
    let duplicate = move |_| {
        with_stored(&|assessment| {
            let copy = assessment.duplicate(&new_assessment_id(), &now_iso());
            save_now(&copy).map(|()| format!("'{}' is aangemaakt.", copy.name))
        })
    };
    let export = {
        let id = id.clone();
        move |_| match load_assessment(&id) {
            Stored::Found(assessment) => page.say(match evaluation_download(&assessment, &local_iso_date()) {
                Ok(file) => offer(&file),
                Err(message) => message,
            }),
            _ => page.say("Deze evaluatie kon niet worden gelezen."),
        }
    };
    let delete = {
        let id = id.clone();
        let name = summary.name.clone();
        move |()| {
            delete_assessment(&id);
            page.say(format!("'{name}' is verwijderd."));
            page.refresh();
            focus_element("uw-evaluaties");
        }
    };

    let confirm_text =
        format!("Weet u zeker dat u '{}' wilt verwijderen? Dit kan niet ongedaan worden gemaakt.", summary.name);
    // Screen readers hear which evaluation a button acts on ("Verwijderen: Evaluatie 2026").
    let for_name = format!(": {}", summary.name);
    let name = summary.name.clone();
    let focus_id = field_id.clone();
    view! {
        <li class="evaluatie-rij" data-testid="evaluatie">
            <h3 class="utrecht-heading-3">
                <a class="utrecht-link utrecht-link--html-a" href=assessment_href(&id, Part::Resume)>{summary.name.clone()}</a>
            </h3>
            <dl class="evaluatie-rij__gegevens">
                <div><dt>"Gemeente"</dt><dd>{or_dash(&summary.municipality)}</dd></div>
                <div><dt>"Vragenlijst"</dt><dd>{summary.questionnaire_label()}</dd></div>
                <div><dt>"Laatst gewijzigd"</dt><dd>{local_date_time(&summary.updated_at)}</dd></div>
                <div><dt>"Voortgang"</dt><dd data-testid="evaluatie-voortgang">{summary.progress_label()}</dd></div>
            </dl>
            <RenameForm field_id=field_id name open=renaming on_save=rename />
            <Show when=move || confirming.get()>
                <ConfirmInline
                    question=confirm_text.clone()
                    confirm_label="Ja, verwijderen"
                    on_confirm=Callback::new(delete.clone())
                    on_cancel=Callback::new(move |()| set_confirming.set(false))
                />
            </Show>
            <div class="evaluatie-rij__acties">
                <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href=assessment_href(&id, Part::Resume) aria-label=format!("Openen{for_name}")>
                    "Openen"
                </a>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" aria-label=format!("Naam wijzigen{for_name}") on:click=move |_| {
                    renaming.set(true);
                    focus_later(focus_id.clone());
                }>
                    "Naam wijzigen"
                </button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" aria-label=format!("Kopiëren{for_name}") on:click=duplicate>
                    "Kopiëren"
                </button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" aria-label=format!("Exporteren{for_name}") on:click=export>
                    "Exporteren"
                </button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" aria-label=format!("Verwijderen{for_name}") on:click=move |_| set_confirming.set(true)>
                    "Verwijderen"
                </button>
            </div>
        </li>
    }
}
