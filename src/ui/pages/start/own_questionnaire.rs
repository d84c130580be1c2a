//! Adds a questionnaire of the user's own (e.g. a regional variant). Every problem is listed with
//! its line and column; nothing is stored until the file is valid.

use std::sync::Arc;

use leptos::prelude::*;

use super::use_start_page;
use crate::model::text::count;
use crate::model::{load_questionnaire, Problem};
use crate::ui::browser::files::ChosenFile;
use crate::ui::browser::timing::measured;
use crate::ui::components::alert::{Alert, AlertKind};
use crate::ui::components::file_chooser::FileChooser;
use crate::ui::components::problem_list::ProblemList;
use crate::ui::storage::save_custom_questionnaire;

#[component]
pub(super) fn OwnQuestionnaire() -> impl IntoView {
    let page = use_start_page();
    let (problems, set_problems) = signal(None::<(String, Vec<Problem>)>);
    let on_read = move |read: Result<ChosenFile, String>| {
        set_problems.set(None);
        let ChosenFile { name, text } = match read {
            Ok(file) => file,
            Err(e) => return set_problems.set(Some((e.clone(), vec![Problem::at_start("", e)]))),
        };
        let loaded = measured("vragenlijst-inlezen", || load_questionnaire(&name, &text));
        let questionnaire = match loaded {
            Ok(questionnaire) => questionnaire,
            Err(found) => return set_problems.set(Some((name, found))),
        };
        if let Some(problem) = page.catalog.with_untracked(|c| c.shipped_id_clash(&name, &questionnaire.id)) {
            return set_problems.set(Some((name, vec![problem])));
        }
        match save_custom_questionnaire(&questionnaire.id, &text) {
            Ok(()) => {
                let title = questionnaire.title.clone();
                page.set_catalog.update(|c| *c = c.with_custom(Arc::new(questionnaire)));
                page.say(format!(
                    "De vragenlijst '{title}' is toegevoegd. U vindt hem bij 'Nieuwe evaluatie starten'."
                ));
            }
            Err(e) => set_problems.set(Some((name.clone(), vec![Problem::at_start(&name, e)]))),
        }
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
        {move || problems.get().map(|(name, problems)| {
            let verb = if problems.len() == 1 { "is" } else { "zijn" };
            let summary = format!(
                "'{name}' is niet toegevoegd: er {verb} {}. Herstel het bestand en kies het opnieuw.",
                count(problems.len(), "probleem", "problemen")
            );
            view! {
                <Alert kind=AlertKind::Error urgent=true test_id="vragenlijst-fouten">
                    <p class="utrecht-paragraph">{summary}</p>
                    <ProblemList problems />
                </Alert>
            }
        })}
    }
}
