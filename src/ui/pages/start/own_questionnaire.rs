//! Adds a questionnaire of the user's own (e.g. a regional variant). Every problem is listed with
//! its line and column; nothing is stored until the file is valid. What happened is said right
//! below the file field, where the user is.

use std::sync::Arc;

use leptos::prelude::*;

use super::use_start_page;
use crate::model::catalog::{own_questionnaire_added, own_questionnaire_refused};
use crate::model::Problem;
use crate::ui::browser::files::ChosenFile;
use crate::ui::components::alert::{Alert, AlertKind};
use crate::ui::components::file_chooser::FileChooser;
use crate::ui::components::problem_list::ProblemList;
use crate::ui::lazy::{read_yaml_questionnaire, PartNotLoaded};
use crate::ui::storage::save_custom_questionnaire;

#[component]
pub(super) fn OwnQuestionnaire() -> impl IntoView {
    let page = use_start_page();
    let (problems, set_problems) = signal(None::<(String, Vec<Problem>)>);
    let (status, set_status) = signal(None::<String>);
    let on_read = move |ChosenFile { name, text }: ChosenFile| {
        set_problems.set(None);
        set_status.set(None);
        let text = match text {
            Ok(text) => text,
            Err(refusal) => return set_problems.set(Some((name.clone(), vec![refusal.problem(&name)]))),
        };
        leptos::task::spawn_local(async move {
            let loaded = read_yaml_questionnaire("vragenlijst-inlezen".to_owned(), name.clone(), text.clone()).await;
            let loaded = PartNotLoaded::flatten(&name, loaded);
            let questionnaire = match loaded {
                Ok(questionnaire) => questionnaire,
                Err(found) => return set_problems.set(Some((name, found))),
            };
            if let Some(problem) = page.catalog.with_untracked(|c| c.shipped_id_clash(&name, &questionnaire.id)) {
                return set_problems.set(Some((name, vec![problem])));
            }
            match save_custom_questionnaire(&questionnaire.id, &text) {
                Ok(()) => {
                    let message = own_questionnaire_added(&questionnaire.title);
                    page.set_catalog.update(|c| *c = c.with_custom(Arc::new(questionnaire)));
                    set_status.set(Some(message));
                }
                Err(e) => set_problems.set(Some((name.clone(), vec![Problem::whole_file(&name, e)]))),
            }
        });
    };
    view! {
        <h2 class="utrecht-heading-2">"Eigen vragenlijst toevoegen"</h2>
        <p class="utrecht-paragraph">
            "Heeft uw regio een eigen variant van een vragenlijst? Kies het YAML-bestand. De app controleert het eerst en "
            "bewaart het alleen in deze browser als het helemaal in orde is."
        </p>
        <FileChooser
            id="eigen-vragenlijst"
            label="Vragenlijst (YAML)"
            accept=".yaml,.yml,text/yaml"
            disabled=Signal::derive(move || page.loading())
            on_read=Callback::new(on_read)
        />
        // Always in the page, so screen readers announce what appears in it.
        <p class="status-melding" role="status" data-testid="vragenlijst-melding">{move || status.get()}</p>
        {move || problems.get().map(|(name, problems)| {
            let summary = own_questionnaire_refused(&name, problems.len());
            view! {
                <Alert kind=AlertKind::Error urgent=true test_id="vragenlijst-fouten">
                    <p class="utrecht-paragraph">{summary}</p>
                    <ProblemList problems />
                </Alert>
            }
        })}
    }
}
