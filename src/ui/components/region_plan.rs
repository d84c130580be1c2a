//! The regional verbeterplan of a Regio-overzicht. This is the one place where the plan editor
//! goes: it will edit `Region::plan` through `Region::edit_plan_row` (saved with
//! `RegionState::change`) and offer the same downloads as a municipal plan. Until then it shows,
//! read-only, which common improvement points the plan starts with (`region_plan_rows`).

use leptos::prelude::*;

use crate::model::region::region_plan_rows;
use crate::ui::region_state::RegionState;

#[component]
pub fn RegionPlan(state: RegionState) -> impl IntoView {
    let rows = move || {
        let questionnaire = state.questionnaire.get_value();
        state.region.with(|region| region_plan_rows(&questionnaire, region))
    };
    let selected = move || {
        rows()
            .into_iter()
            .filter(|row| row.edits.selected)
            .map(|row| view! { <li><strong>{row.title}</strong>" – aanleiding: "{row.question_text}</li> })
            .collect_view()
    };
    let any = move || rows().iter().any(|row| row.edits.selected);
    view! {
        <section class="regioplan" aria-labelledby="regioplan-kop" data-testid="regioplan">
            <h2 class="utrecht-heading-2" id="regioplan-kop">"Regionaal verbeterplan"</h2>
            <Show
                when=any
                fallback=|| view! {
                    <p class="utrecht-paragraph">"Nog geen verbeterpunt geldt in minstens de helft van de gemeenten, dus het regionale plan begint leeg."</p>
                }
            >
                <p class="utrecht-paragraph">"Het regionale plan begint met de verbeterpunten die in minstens de helft van de gemeenten gelden:"</p>
                <ul class="utrecht-unordered-list">{selected}</ul>
            </Show>
        </section>
    }
}
