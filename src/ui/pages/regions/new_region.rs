//! Making a new regional overview: a name and the questionnaire it is about (only evaluations of
//! that questionnaire can be compared).

use leptos::prelude::*;

use super::use_regions_page;
use crate::model::catalog::Catalog;
use crate::model::region::stored::clean_region_name;
use crate::model::region::Region;
use crate::model::route::{RegionPart, Route};
use crate::ui::browser::clock::{current_year, now_iso};
use crate::ui::browser::focus::{focus_element, input_value};
use crate::ui::browser::ids::new_region_id;
use crate::ui::browser::random::random_u64;
use crate::ui::components::alert::{Alert, AlertKind};
use crate::ui::components::form_field::{FieldLayout, FormField};
use crate::ui::components::select::{Select, SelectOption};
use crate::ui::components::text_input::TextInput;
use crate::ui::navigation::navigate;
use crate::ui::storage::save_region;

#[component]
pub(super) fn NewRegion() -> impl IntoView {
    let page = use_regions_page();
    let (name_error, set_name_error) = signal(None::<String>);
    let (error, set_error) = signal(None::<String>);
    // Creating waits for the questionnaire's content: a second click meanwhile would make a
    // second overview.
    let creating = StoredValue::new(false);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if creating.get_value() {
            return;
        }
        set_error.set(None);
        let name = match clean_region_name(&input_value("regio-naam")) {
            Ok(name) => name,
            Err(message) => {
                set_name_error.set(Some(message));
                focus_element("regio-naam");
                return;
            }
        };
        set_name_error.set(None);
        let chosen = input_value("regio-vragenlijst");
        // The overview keeps the questionnaire's version: its content is fetched first.
        let opened = page.catalog.fetch(&chosen);
        creating.set_value(true);
        leptos::task::spawn_local(async move {
            opened.await;
            creating.set_value(false);
            let Some(questionnaire) = page.catalog.catalog.with_untracked(|c| c.questionnaire(&chosen)) else {
                let title =
                    page.catalog.catalog.with_untracked(|c| c.summary(&chosen)).map_or(chosen.clone(), |s| s.title);
                set_error.set(Some(if chosen.is_empty() {
                    "Kies een vragenlijst.".to_owned()
                } else {
                    format!("De vragenlijst '{title}' kon niet worden geladen. Op de startpagina staat waarom.")
                }));
                return;
            };
            let seed = match random_u64() {
                Ok(seed) => seed,
                Err(message) => return set_error.set(Some(message)),
            };
            let id = new_region_id();
            let region = Region::new(&id, &name, &questionnaire, &now_iso(), seed);
            match save_region(&region) {
                Ok(()) => navigate(&Route::Region { id, part: RegionPart::Members }),
                Err(message) => set_error.set(Some(message)),
            }
        });
    };
    move || {
        let summaries = match page.catalog.catalog.get() {
            Catalog::Loading => {
                return view! { <p class="utrecht-paragraph" role="status">"De vragenlijsten worden geladen…"</p> }
                    .into_any()
            }
            catalog => catalog.summaries(),
        };
        let options: Vec<SelectOption> =
            summaries.into_iter().map(|summary| SelectOption::new(summary.id, summary.title)).collect();
        if options.is_empty() {
            return view! {
                <p class="utrecht-paragraph">"Er is geen bruikbare vragenlijst, dus er kan geen regio-overzicht worden gemaakt."</p>
            }
            .into_any();
        }
        view! {
            {move || error.get().map(|e| view! {
                <Alert kind=AlertKind::Error urgent=true test_id="regio-fout"><p class="utrecht-paragraph">{e}</p></Alert>
            })}
            <form class="utrecht-form nieuw-formulier" on:submit=create novalidate>
                <FormField id="regio-naam" label="Naam van het regio-overzicht" error=name_error>
                    <TextInput value=format!("Regio-overzicht {}", current_year()) required=true />
                </FormField>
                <FormField
                    id="regio-vragenlijst"
                    label="Vragenlijst"
                    description="Alleen evaluaties met deze vragenlijst passen in het overzicht. Een andere versie van dezelfde vragenlijst mag wel."
                    layout=FieldLayout::Other
                >
                    <Select options />
                </FormField>
                <button type="submit" class="utrecht-button utrecht-button--primary-action">"Regio-overzicht maken"</button>
            </form>
        }
        .into_any()
    }
}
