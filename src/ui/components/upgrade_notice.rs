//! Lists saved answers the updated questionnaire cannot use. They stay in the evaluation until
//! the user chooses to remove them.

use leptos::prelude::*;

use crate::model::reconcile::orphaned_answers;
use crate::ui::components::alert::{Alert, AlertKind};
use crate::ui::state::AssessmentState;

#[component]
pub fn UpgradeNotice(state: AssessmentState) -> impl IntoView {
    let questionnaire = state.questionnaire.get_value();
    let current_version = questionnaire.version.clone();
    let orphans = Memo::new(move |_| state.assessment.with(|a| orphaned_answers(&questionnaire, &a.answers)));
    move || {
        let list = orphans.get();
        if list.is_empty() {
            return ().into_any();
        }
        let saved_version = state.assessment.with_untracked(|a| a.questionnaire_version.clone());
        let versions = if saved_version == current_version {
            String::new()
        } else {
            format!(" (ingevuld met versie {saved_version}, nu versie {current_version})")
        };
        let ids: Vec<String> = list.iter().map(|o| o.question_id.clone()).collect();
        let items = list
            .into_iter()
            .map(|o| {
                let question = o.question_text.unwrap_or_else(|| format!("vraag '{}'", o.question_id));
                view! { <li><strong>{question}</strong>": "{o.reason}" Uw antwoord was: "{o.answered}</li> }
            })
            .collect_view();
        view! {
            <Alert kind=AlertKind::Warning labelled_by="bijgewerkt-kop" test_id="bijgewerkt">
                <h2 class="utrecht-heading-3" id="bijgewerkt-kop">"De vragenlijst is bijgewerkt"</h2>
                <p class="utrecht-paragraph">
                    {format!("Sommige antwoorden passen niet meer bij de vragenlijst{versions}. Ze tellen niet mee, maar zijn bewaard:")}
                </p>
                <ul>{items}</ul>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| state.remove_answers(&ids)>
                    "Deze oude antwoorden verwijderen"
                </button>
            </Alert>
        }
        .into_any()
    }
}
