//! Casus mode: the topics × cases table, so patterns across cases become visible.

use leptos::prelude::*;

use crate::ui::components::data_table::{DataTable, TableRow};
use crate::ui::state::AssessmentState;

#[component]
pub fn CaseOverviewTable(state: AssessmentState) -> impl IntoView {
    let questionnaire = state.questionnaire.get_value();
    let caption = format!(
        "Gemiddelde beoordeling per onderwerp en casus, over de perspectieven {}",
        questionnaire.case_mode.as_ref().map(|c| c.perspectives_phrase()).unwrap_or_default()
    );
    let columns = Signal::derive(move || {
        let labels = state.assessment.with(|a| a.cases.iter().map(|c| c.label.clone()).collect::<Vec<_>>());
        std::iter::once("Onderwerp".to_owned()).chain(labels).chain(["Alle casussen".to_owned()]).collect::<Vec<_>>()
    });
    let rows = Signal::derive(move || {
        state.case_rows.with(|rows| {
            rows.iter()
                .map(|row| {
                    let cells = row.cells.iter().chain([&row.overall]).map(|cell| cell.label(&questionnaire)).collect();
                    TableRow::new(row.title.clone(), cells).with_test_id(format!("overzicht-{}", row.topic_id))
                })
                .collect::<Vec<_>>()
        })
    });
    view! { <DataTable caption columns rows test_id="casusoverzicht" /> }
}
