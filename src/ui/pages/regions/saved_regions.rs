//! The regional overviews saved in this browser, newest first, each with open, rename and delete
//! (both confirm in place). Unreadable ones are set aside and offered for download.

use leptos::prelude::*;

use super::use_regions_page;
use crate::model::region::labels::members_label;
use crate::model::region::stored::clean_region_name;
use crate::model::region::Region;
use crate::model::route::{region_href, RegionPart};
use crate::model::sorted::sort_by;
use crate::ui::browser::clock::{local_date_time, now_iso};
use crate::ui::browser::focus::{focus_element, focus_later};
use crate::ui::components::confirm_inline::ConfirmInline;
use crate::ui::components::rename_form::RenameForm;
use crate::ui::components::unreadable_data::UnreadableData;
use crate::ui::storage::{delete_region, list_regions, load_region, save_region, unreadable_entries, StoredRegion};

#[component]
pub(super) fn SavedRegions() -> impl IntoView {
    let page = use_regions_page();
    move || {
        page.revision.get();
        let mut regions = list_regions();
        sort_by(&mut regions, |a, b| b.updated_at.cmp(&a.updated_at).then_with(|| a.name.cmp(&b.name)));
        let unreadable: Vec<_> = unreadable_entries()
            .into_iter()
            .filter(|entry| entry.file_name.starts_with("onleesbare-gegevens-regio-"))
            .collect();
        let on_removed = Callback::new(move |message: String| {
            page.say(message);
            page.refresh();
        });
        let warning = (!unreadable.is_empty()).then(|| view! { <UnreadableData entries=unreadable on_removed /> });
        let list = if regions.is_empty() {
            view! { <p class="utrecht-paragraph" data-testid="geen-regio-overzichten">"U heeft nog geen regio-overzicht in deze browser. Maak hieronder een nieuw."</p> }.into_any()
        } else {
            let rows = regions.into_iter().map(|region| view! { <RegionRow region /> }).collect_view();
            view! { <ul class="evaluaties" data-testid="regio-overzichten">{rows}</ul> }.into_any()
        };
        view! { {warning}{list} }
    }
}

#[component]
fn RegionRow(region: Region) -> impl IntoView {
    let page = use_regions_page();
    let renaming = RwSignal::new(false);
    let (confirming, set_confirming) = signal(false);
    let id = region.id.clone();
    let field_id = format!("regio-naam-{id}");
    let href = region_href(&id, RegionPart::Members);
    let rename = {
        let id = id.clone();
        Callback::new(move |typed: String| {
            let name = clean_region_name(&typed)?;
            let StoredRegion::Found(mut stored) = load_region(&id) else {
                page.say("Dit regio-overzicht kon niet worden gelezen.");
                return Ok(());
            };
            stored.name = name.clone();
            stored.updated_at = now_iso();
            save_region(&stored)?;
            page.say(format!("De naam is gewijzigd in '{name}'."));
            page.refresh();
            Ok(())
        })
    };
    let delete = {
        let (id, name) = (id.clone(), region.name.clone());
        move |()| {
            delete_region(&id);
            page.say(format!("'{name}' is verwijderd."));
            page.refresh();
            focus_element("uw-regio-overzichten");
        }
    };
    let confirm_text = format!(
        "Weet u zeker dat u '{}' wilt verwijderen? De ingelezen evaluaties verdwijnen uit deze browser (de bestanden zelf niet). Dit kan niet ongedaan worden gemaakt.",
        region.name
    );
    let for_name = format!(": {}", region.name);
    let name = region.name.clone();
    let focus_id = field_id.clone();
    view! {
        <li class="evaluatie-rij" data-testid="regio-overzicht">
            <h3 class="utrecht-heading-3">
                <a class="utrecht-link utrecht-link--html-a" href=href.clone()>{region.name.clone()}</a>
            </h3>
            <dl class="evaluatie-rij__gegevens">
                <div><dt>"Vragenlijst"</dt><dd>{region.questionnaire_title.clone()}</dd></div>
                <div><dt>"Gemeenten"</dt><dd data-testid="regio-aantal">{members_label(region.members.len())}</dd></div>
                <div><dt>"Laatst gewijzigd"</dt><dd>{local_date_time(&region.updated_at)}</dd></div>
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
                <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href=href aria-label=format!("Openen{for_name}")>
                    "Openen"
                </a>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" aria-label=format!("Naam wijzigen{for_name}") on:click=move |_| {
                    renaming.set(true);
                    focus_later(focus_id.clone());
                }>
                    "Naam wijzigen"
                </button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" aria-label=format!("Verwijderen{for_name}") on:click=move |_| set_confirming.set(true)>
                    "Verwijderen"
                </button>
            </div>
        </li>
    }
}
