//! Scores per principle and per section: the region's median and spread, every municipality's
//! score, level and coverage, and the heat map municipalities × sections with its table.

use leptos::prelude::*;

use crate::model::region::labels::{
    cell_with_coverage, spread_cells, spread_sentence, SPREAD_COLUMNS, SPREAD_EXPLANATION,
};
use crate::model::region::overview::{Cell, Dimension, MemberView};
use crate::model::region::{RegionOverview, Spread};
use crate::ui::components::data_table::{DataTable, TableRow};
use crate::ui::components::heat_map::HeatMap;
use crate::ui::region_state::RegionState;

/// The spread table: one row per principle or section.
fn spread_table(
    overview: &RegionOverview,
    caption: &str,
    first: &str,
    dimensions: &[Dimension],
    spreads: &[Option<Spread>],
    test_id: &'static str,
) -> impl IntoView {
    let members = overview.members.len();
    let rows: Vec<TableRow> = dimensions
        .iter()
        .zip(spreads)
        .map(|(d, s)| {
            TableRow::new(d.label.clone(), spread_cells(overview, s.as_ref(), members))
                .with_test_id(format!("spreiding-{}", d.id))
        })
        .collect();
    let columns: Vec<String> = std::iter::once(first).chain(SPREAD_COLUMNS).map(str::to_owned).collect();
    let sentences = dimensions
        .iter()
        .zip(spreads)
        .map(|(d, s)| view! { <li>{spread_sentence(&d.label, s.as_ref())}</li> })
        .collect_view();
    view! {
        <ul class="utrecht-unordered-list">{sentences}</ul>
        <DataTable caption=caption.to_owned() columns rows test_id />
    }
}

/// Every member's score, level and coverage on each principle or section.
fn member_table(
    caption: String,
    headers: Vec<String>,
    members: &[MemberView],
    cells: fn(&MemberView) -> &[Cell],
    test_id: &'static str,
) -> impl IntoView {
    let rows: Vec<TableRow> = members
        .iter()
        .map(|m| TableRow::new(m.label.clone(), cells(m).iter().map(cell_with_coverage).collect()))
        .collect();
    let columns: Vec<String> = std::iter::once("Gemeente".to_owned()).chain(headers).collect();
    view! { <DataTable caption columns rows test_id class="tabel--regels" /> }
}

#[component]
pub(super) fn ScoresPart(state: RegionState) -> impl IntoView {
    move || {
        state.view.with(|view| {
            if view.members.is_empty() {
                return view! {
                    <p class="utrecht-paragraph" data-testid="nog-geen-scores">"Er staat nog geen gemeente in dit overzicht, dus er zijn nog geen scores."</p>
                }
                .into_any();
            }
            let principle_headers: Vec<String> = view.principles.iter().map(|p| p.label.clone()).collect();
            let section_headers: Vec<String> =
                view.sections.iter().enumerate().map(|(i, s)| format!("{}. {}", i + 1, s.label)).collect();
            view! {
                <p class="utrecht-paragraph">{SPREAD_EXPLANATION}</p>
                <h2 class="utrecht-heading-2">"Per principe"</h2>
                {spread_table(view, "Mediaan en spreiding per principe", "Principe", &view.principles, &view.principle_spreads, "regio-principes")}
                {member_table(
                    "Score per principe per gemeente".to_owned(),
                    principle_headers,
                    &view.members,
                    |m| &m.principles,
                    "gemeenten-principes",
                )}
                <h2 class="utrecht-heading-2">"Per onderdeel"</h2>
                {spread_table(view, "Mediaan en spreiding per onderdeel", "Onderdeel", &view.sections, &view.section_spreads, "regio-onderdelen")}
                <h3 class="utrecht-heading-3">"Hittekaart"</h3>
                <HeatMap data=view.heat_map() levels=view.levels.clone() id="hittekaart" />
                {member_table(
                    "Score per onderdeel per gemeente (de cijfers van de hittekaart)".to_owned(),
                    section_headers,
                    &view.members,
                    |m| &m.sections,
                    "hittekaart-tabel",
                )}
            }
            .into_any()
        })
    }
}
