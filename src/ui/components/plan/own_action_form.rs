//! "Eigen actie toevoegen": an action the user adds to the plan. The model checks the form.

use leptos::prelude::*;

use super::use_plan_view;
use crate::model::plan::views::own_action_added_note;
use crate::model::plan::OwnAction;
use crate::model::questionnaire::{Principle, Priority};
use crate::ui::browser::focus::{clear_value, focus_element, input_value};
use crate::ui::components::form_field::{FieldLayout, FormField};
use crate::ui::components::select::{Select, SelectOption};
use crate::ui::components::text_area::TextArea;
use crate::ui::components::text_input::TextInput;

/// The id of the form's heading.
pub(super) const OWN_ACTION_HEADING: &str = "eigen-actie-kop";

#[component]
pub(super) fn AddOwnAction(principles: Vec<Principle>) -> impl IntoView {
    let view = use_plan_view();
    let owner = view.owner;
    let (error, set_error) = signal(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = OwnAction::from_form(
            &input_value("eigen-titel"),
            &input_value("eigen-tekst"),
            &input_value("eigen-principe"),
            &input_value("eigen-prioriteit"),
        );
        match form {
            Ok(action) => {
                view.announcement.set(own_action_added_note(&action.title, action.priority));
                owner.add_own_action(action);
                set_error.set(None);
                clear_value("eigen-titel");
                clear_value("eigen-tekst");
            }
            Err(message) => {
                set_error.set(Some(message));
                focus_element("eigen-titel");
            }
        }
    };
    let priority_options = Priority::ALL.into_iter().map(|p| SelectOption::new(p.key(), p.label())).collect();
    let principle_options = std::iter::once(SelectOption::new("", "Geen"))
        .chain(principles.into_iter().map(|p| SelectOption::new(p.id, p.label)))
        .collect();
    view! {
        <form class="utrecht-form eigen-actie geen-print" on:submit=add novalidate>
            // Where the focus goes when an own action is removed (its button is gone).
            <h2 class="utrecht-heading-2" id=OWN_ACTION_HEADING tabindex="-1">"Eigen actie toevoegen"</h2>
            <FormField id="eigen-titel" label="Titel" error=error>
                <TextInput />
            </FormField>
            <FormField id="eigen-tekst" label="Omschrijving (optioneel)">
                <TextArea />
            </FormField>
            <div class="plan__velden">
                <FormField id="eigen-prioriteit" label="Prioriteit" layout=FieldLayout::Other>
                    <Select options=priority_options selected=Priority::Medium.key() />
                </FormField>
                <FormField id="eigen-principe" label="Principe" layout=FieldLayout::Other>
                    <Select options=principle_options />
                </FormField>
            </div>
            <button type="submit" class="utrecht-button utrecht-button--primary-action">"Actie toevoegen"</button>
        </form>
    }
}
