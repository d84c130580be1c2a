//! Casus mode: the topics × cases table, so patterns across cases become visible.

use leptos::prelude::*;

use crate::model::casus::CasusCell;
use crate::ui::state::AssessmentState;

#[component]
pub fn CasusOverviewTable(state: AssessmentState) -> impl IntoView {
    let questionnaire = state.questionnaire.get_value();
    let labels = move || state.assessment.with(|a| a.cases.iter().map(|c| c.label.clone()).collect::<Vec<_>>());
    let caption = format!(
        "Gemiddelde beoordeling per onderwerp en casus, over de perspectieven {}",
        questionnaire.casus.as_ref().map(|c| c.perspectives_phrase()).unwrap_or_default()
    );
    let cell_text = move |cell: CasusCell| cell.label(&questionnaire);
    let body = move || {
        state
            .casus_rows
            .get()
            .into_iter()
            .map(|row| {
                let cells = row
                    .cells
                    .iter()
                    .map(|cell| view! { <td class="utrecht-table__cell">{cell_text(*cell)}</td> })
                    .collect_view();
                view! {
                    <tr class="utrecht-table__row" data-testid=format!("overzicht-{}", row.topic_id)>
                        <th class="utrecht-table__header-cell" scope="row">{row.title}</th>
                        {cells}
                        <td class="utrecht-table__cell casus__totaal">{cell_text(row.overall)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="utrecht-table-container utrecht-table-container--overflow-inline" tabindex="0" role="region" aria-labelledby="overzicht-titel">
            <table class="utrecht-table utrecht-table--html-table" data-testid="casusoverzicht">
                <caption class="utrecht-table__caption" id="overzicht-titel">{caption}</caption>
                <thead class="utrecht-table__header">
                    <tr class="utrecht-table__row">
                        <th class="utrecht-table__header-cell" scope="col">"Onderwerp"</th>
                        {move || labels().into_iter().map(|label| view! { <th class="utrecht-table__header-cell" scope="col">{label}</th> }).collect_view()}
                        <th class="utrecht-table__header-cell" scope="col">"Alle casussen"</th>
                    </tr>
                </thead>
                <tbody class="utrecht-table__body">{body}</tbody>
            </table>
        </div>
    }
}
