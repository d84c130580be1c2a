//! "Nieuwe naam" in place, in a row of a list of saved things (an evaluation, a regional
//! overview), while the row's "Naam wijzigen" has it open.

use leptos::prelude::*;

use super::form_field::FormField;
use super::text_input::TextInput;
use crate::ui::browser::focus::{focus_element, input_value};

#[component]
pub fn RenameForm(
    /// The field's id: the row's button moves focus here when it opens the form.
    field_id: String,
    /// The name as it is: the field's first text.
    name: String,
    open: RwSignal<bool>,
    /// Called with the typed name; `Err` says why it was not taken, shown at the field.
    on_save: Callback<String, Result<(), String>>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let save = {
        let field_id = field_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            match on_save.run(input_value(&field_id)) {
                Ok(()) => error.set(None),
                Err(why) => {
                    error.set(Some(why));
                    focus_element(&field_id);
                }
            }
        }
    };
    view! {
        <Show when=move || open.get()>
            {
                let (save, field_id, name) = (save.clone(), field_id.clone(), name.clone());
                view! {
                    <form class="inline-formulier" on:submit=save>
                        <FormField id=field_id label="Nieuwe naam" error=error>
                            <TextInput value=name />
                        </FormField>
                        <button type="submit" class="utrecht-button utrecht-button--primary-action">"Naam opslaan"</button>
                        <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| open.set(false)>
                            "Annuleren"
                        </button>
                    </form>
                }
            }
        </Show>
    }
}
