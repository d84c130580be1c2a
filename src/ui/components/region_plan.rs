//! The regional verbeterplan of a Regio-overzicht: the same plan page as a municipality's
//! (overview, include in bulk, periods, roadmap, details, own actions, downloads), about
//! `Region::plan`. It starts from the common improvement points: a point is included when it
//! applies to at least half of the gemeenten, and any can be added or left out.

use leptos::prelude::*;

use crate::ui::components::plan::owner::PlanOwner;
use crate::ui::components::plan::PlanPage;
use crate::ui::region_state::RegionState;

#[component]
pub fn RegionPlan(state: RegionState) -> impl IntoView {
    view! {
        <section class="regioplan" aria-labelledby="regioplan-kop" data-testid="regioplan">
            <h2 class="utrecht-heading-2" id="regioplan-kop">"Regionaal verbeterplan"</h2>
            <p class="utrecht-paragraph geen-print">
                "Het regionale plan begint met de verbeterpunten die in minstens de helft van de gemeenten gelden. "
                "Kies wat de regio samen oppakt, geef acties een periode, een eigenaar en een deadline, en download het plan. "
                "Het plan wordt bij dit regio-overzicht bewaard."
            </p>
            <PlanPage owner=PlanOwner::region(state) />
        </section>
    }
}
