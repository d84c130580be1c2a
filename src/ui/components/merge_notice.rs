//! Beside the save status: where a merge with another tab kept two versions of a text, how to
//! recognise them, and a button to dismiss the notice once the user has looked.

use leptos::prelude::*;

use crate::model::merge::text::{ONE_LINE_MARK, SEPARATOR};
use crate::ui::browser::focus::focus_element;
use crate::ui::components::alert::{Alert, AlertKind};
use crate::ui::components::page_heading::PAGE_HEADING;
use crate::ui::state::AssessmentState;

#[component]
pub fn MergeNotice(state: AssessmentState) -> impl IntoView {
    let conflicts = state.merge_conflicts;
    // Named as the evaluation has them now; the evaluation is only read while there is a notice.
    let places = Memo::new(move |_| {
        if conflicts.with(Vec::is_empty) {
            return Vec::new();
        }
        let questionnaire = state.questionnaire.get_value();
        conflicts.with(|places| {
            state.assessment.with(|a| places.iter().map(|place| place.describe(&questionnaire, a)).collect::<Vec<_>>())
        })
    });
    let dismiss = move |_| {
        conflicts.set(Vec::new());
        // The button goes away with the notice: focus moves on to the page's heading below it.
        focus_element(PAGE_HEADING);
    };
    let explanation = format!(
        "Er is niets weggegooid. Waar beide tabbladen dezelfde tekst anders hadden, staan nu beide versies, \
         gescheiden door de regel '{SEPARATOR}' (in een tekst van één regel, zoals een naam, staat de tweede \
         versie tussen '{}' en ']'). Kijk deze teksten na en houd wat u wilt bewaren:",
        ONE_LINE_MARK.trim_end()
    );
    view! {
        // There from the start, so a screen reader announces the notice when it appears in it.
        // Not on paper: it is about this browser's tabs, not about the evaluation.
        <div role="status" class="samengevoegd geen-print" data-testid="samengevoegd-melding">
            {move || {
                let places = places.get();
                let explanation = explanation.clone();
                (!places.is_empty()).then(move || {
                    let items = places.into_iter().map(|place| view! { <li>{place}</li> }).collect_view();
                    view! {
                        <Alert kind=AlertKind::Warning class="samengevoegd__melding" test_id="samengevoegd">
                            <p class="utrecht-paragraph">
                                <strong>"Deze evaluatie is tegelijk in een ander tabblad gewijzigd."</strong>
                            </p>
                            <p class="utrecht-paragraph">{explanation}</p>
                            <ul class="utrecht-unordered-list">{items}</ul>
                            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=dismiss>
                                "Melding sluiten"
                            </button>
                        </Alert>
                    }
                })
            }}
        </div>
    }
}
