//! The common improvement points: the recommendations triggered in the most municipalities,
//! ranked, and the regional verbeterplan that starts from them.

use leptos::prelude::*;

use crate::model::region::labels::members_count;
use crate::ui::components::data_table::{DataTable, TableRow};
use crate::ui::components::region_plan::RegionPlan;
use crate::ui::region_state::RegionState;

#[component]
pub(super) fn ImprovementsPart(state: RegionState) -> impl IntoView {
    let ranked = move || {
        state.view.with(|view| {
            if view.improvements.is_empty() {
                let text = if view.members.is_empty() {
                    "Er staat nog geen gemeente in dit overzicht, dus er zijn nog geen verbeterpunten."
                } else {
                    "De antwoorden van deze gemeenten leveren geen enkel verbeterpunt op."
                };
                return view! { <p class="utrecht-paragraph" data-testid="geen-verbeterpunten">{text}</p> }.into_any();
            }
            let members = view.members.len();
            let rows: Vec<TableRow> = view
                .improvements
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    TableRow::new(
                        format!("{}. {}", i + 1, c.title),
                        vec![
                            members_count(c.members.len(), members),
                            c.priority.label().to_owned(),
                            c.principle_label.clone(),
                            c.question_text.clone(),
                        ],
                    )
                    .with_test_id(format!("verbeterpunt-{}", c.recommendation_id))
                })
                .collect();
            let columns = ["Verbeterpunt", "Gemeenten", "Prioriteit", "Principe", "Bij de vraag"].map(str::to_owned).to_vec();
            view! {
                <DataTable caption="Gemeenschappelijke verbeterpunten, het vaakst voorkomende eerst" columns rows test_id="verbeterpunten" />
            }
            .into_any()
        })
    };
    view! {
        <p class="utrecht-paragraph">
            "De aanbevelingen die de antwoorden van de gemeenten opleveren, geteld over de gemeenten: bovenaan wat in de meeste gemeenten speelt. "
            "Bij een gelijk aantal gaat de hoogste prioriteit voor, daarna de volgorde van de vragenlijst."
        </p>
        {ranked}
        <RegionPlan state />
    }
}
