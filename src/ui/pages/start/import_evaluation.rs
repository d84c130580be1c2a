//! Reads an evaluation file from a colleague or another browser. The model checks it fully
//! before anything is stored, and the user is asked before an evaluation already here would be
//! replaced. What happened is said right below the file field, where the user is.

use leptos::prelude::*;

use super::use_start_page;
use crate::model::import::{imported_copy, imported_message, questionnaire_named_in, refused_file_message, Imported};
use crate::model::Assessment;
use crate::ui::browser::files::ChosenFile;
use crate::ui::browser::focus::{focus_element, focus_later};
use crate::ui::browser::ids::new_assessment_id;
use crate::ui::components::alert::{Alert, AlertKind};
use crate::ui::components::file_chooser::FileChooser;
use crate::ui::lazy::read_evaluation;
use crate::ui::storage::{load_assessment, save_now, Stored};

/// The file field's id: the focus returns to it when an import conflict is answered.
const FILE_FIELD: &str = "importeren";

#[component]
pub(super) fn ImportEvaluation() -> impl IntoView {
    let page = use_start_page();
    let (error, set_error) = signal(None::<String>);
    let (conflict, set_conflict) = signal(None::<Assessment>);
    let (status, set_status) = signal(None::<String>);
    let store = move |assessment: Assessment, how: Imported| match save_now(&assessment) {
        Ok(()) => {
            set_status.set(Some(imported_message(&assessment.name, how)));
            page.refresh();
        }
        Err(e) => set_error.set(Some(e)),
    };
    let on_read = move |ChosenFile { name, text }: ChosenFile| {
        set_error.set(None);
        set_conflict.set(None);
        set_status.set(None);
        let text = match text {
            Ok(text) => text,
            Err(refusal) => return set_error.set(Some(refused_file_message(&name, &refusal))),
        };
        // The file is checked against its questionnaire, whose content may not be here yet: that
        // one is fetched (a file that names none is refused without it).
        let questionnaire = questionnaire_named_in(&text).map(|id| page.store.fetch(&id));
        leptos::task::spawn_local(async move {
            if let Some(arrived) = questionnaire {
                arrived.await;
            }
            let read = read_evaluation(page.catalog.get_untracked(), name, text).await;
            match read
                .unwrap_or_else(|missing| Err(missing.message("Het deel van de app dat evaluatiebestanden leest")))
            {
                Err(e) => set_error.set(Some(e)),
                Ok(assessment) if matches!(load_assessment(&assessment.id), Stored::Found(_)) => {
                    set_conflict.set(Some(assessment));
                    focus_later("import-conflict".to_owned());
                }
                Ok(assessment) => store(assessment, Imported::New),
            }
        });
    };
    // Each answer closes the question, and its buttons with it: the focus goes back to the file
    // field the user came from (the outcome is read out from the status line below it).
    let close_conflict = move || {
        set_conflict.set(None);
        focus_element(FILE_FIELD);
    };
    let replace = move |_| {
        if let Some(assessment) = conflict.get_untracked() {
            close_conflict();
            store(assessment, Imported::Replacing);
        }
    };
    let as_copy = move |_| {
        if let Some(assessment) = conflict.get_untracked() {
            close_conflict();
            store(imported_copy(&assessment, &new_assessment_id()), Imported::AsCopy);
        }
    };
    view! {
        <h2 class="utrecht-heading-2">"Evaluatie importeren"</h2>
        <p class="utrecht-paragraph">
            "Heeft u een evaluatie als bestand gekregen van een collega, of gemaakt in een andere browser? Kies het JSON-bestand. "
            "Het bestand wordt alleen in deze browser gelezen."
        </p>
        // Importing checks the questionnaire, so it waits until the questionnaires are loaded.
        <FileChooser
            id=FILE_FIELD
            label="Evaluatiebestand (JSON)"
            accept=".json,application/json"
            disabled=Signal::derive(move || page.loading())
            on_read=Callback::new(on_read)
        />
        // Always in the page, so screen readers announce what appears in it.
        <p class="status-melding" role="status" data-testid="import-melding">{move || status.get()}</p>
        {move || error.get().map(|e| view! {
            <Alert kind=AlertKind::Error urgent=true test_id="import-fout"><p class="utrecht-paragraph">{e}</p></Alert>
        })}
        {move || conflict.get().map(|a| view! {
            <div class="bevestig" role="alert" id="import-conflict" tabindex="-1" data-testid="import-conflict">
                <p class="utrecht-paragraph">
                    {format!("Deze browser heeft al een versie van '{}'. Wat wilt u doen?", a.name)}
                </p>
                <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=replace>"Bestaande vervangen"</button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=as_copy>"Als kopie toevoegen"</button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| close_conflict()>"Annuleren"</button>
            </div>
        })}
    }
}
