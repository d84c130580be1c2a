//! Starting a new evaluation of a questionnaire: a name, the municipality and (where the
//! questionnaire offers it) the way of working.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::assessment::{clean_name, Mode};
use crate::model::route::{Part, Route};
use crate::model::{Assessment, Questionnaire};
use crate::ui::browser::clock::{current_year, now_iso};
use crate::ui::browser::focus::{focus_element, input_value};
use crate::ui::browser::ids::new_assessment_id;
use crate::ui::components::alert::{Alert, AlertKind};
use crate::ui::components::form_field::FormField;
use crate::ui::components::page_heading::PageHeading;
use crate::ui::components::radio::Radio;
use crate::ui::components::text_input::TextInput;
use crate::ui::navigation::navigate;
use crate::ui::storage::save_now;

#[component]
pub fn NewAssessmentPage(questionnaire: Arc<Questionnaire>) -> impl IntoView {
    let (name_error, set_name_error) = signal(None::<String>);
    let (save_error, set_save_error) = signal(None::<String>);
    let (mode, set_mode) = signal(Mode::Organisation);
    let default_name = format!("{} {}", questionnaire.title, current_year());

    let start = {
        let questionnaire = questionnaire.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let name = match clean_name(&input_value("nieuw-naam")) {
                Ok(name) => name,
                Err(error) => {
                    set_name_error.set(Some(error));
                    focus_element("nieuw-naam");
                    return;
                }
            };
            let id = new_assessment_id();
            let mut assessment = Assessment::new(&id, &name, &questionnaire.id, &questionnaire.version, &now_iso());
            assessment.municipality = input_value("nieuw-gemeente").trim().to_owned();
            assessment.questionnaire_title = questionnaire.title.clone();
            assessment.mode = mode.get_untracked();
            match save_now(&assessment) {
                Ok(()) => navigate(&Route::Assessment { id, part: Part::Resume }),
                // Storage refused: still let the user work in this tab, and say so on the page.
                Err(error) => set_save_error.set(Some(error)),
            }
        }
    };

    let mode_choice = questionnaire.case_mode.as_ref().map(|case_mode| {
        let option = move |value: Mode, id: &'static str, label: &'static str, description: String| {
            view! {
                <Radio
                    name="werkwijze"
                    id
                    label
                    description
                    checked=Signal::derive(move || mode.get() == value)
                    on_choose=Callback::new(move |()| set_mode.set(value))
                />
            }
        };
        let cases_description = format!(
            "Een team beoordeelt per onderwerp een paar geanonimiseerde casussen vanuit {}.",
            case_mode.perspectives_phrase()
        );
        view! {
            <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset vraag__groep">
                <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend vraag__tekst">"Werkwijze"</legend>
                {option(Mode::Organisation, "werkwijze-organisatie", "Vragen over de organisatie", "De gemeente beantwoordt per onderwerp vragen over hoe zij het heeft geregeld.".to_owned())}
                {option(Mode::Cases, "werkwijze-casus", "Casussen beoordelen", cases_description)}
            </fieldset>
        }
    });

    view! {
        <p class="terug">
            <a class="utrecht-link utrecht-link--html-a" href=Route::Start.href()>"Terug naar het overzicht"</a>
        </p>
        <PageHeading>{format!("Nieuwe evaluatie: {}", questionnaire.title)}</PageHeading>
        <p class="utrecht-paragraph">{questionnaire.description.clone()}</p>
        {move || save_error.get().map(|e| view! {
            <Alert kind=AlertKind::Error urgent=true><p class="utrecht-paragraph">{e}</p></Alert>
        })}
        <form class="utrecht-form nieuw-formulier" on:submit=start novalidate>
            <FormField id="nieuw-naam" label="Naam van de evaluatie" error=name_error>
                <TextInput value=default_name required=true />
            </FormField>
            <FormField id="nieuw-gemeente" label="Gemeente (optioneel)">
                <TextInput autocomplete="organization" />
            </FormField>
            {mode_choice}
            <button type="submit" class="utrecht-button utrecht-button--primary-action">"Evaluatie starten"</button>
        </form>
    }
}
