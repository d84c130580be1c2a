//! A region's side of the plan page: [`RegionSide`] for the regional overview's state.

use std::sync::Arc;

use leptos::prelude::*;

use super::downloads::{region_buttons, Whose};
use super::owner::{PlanOwner, RegionSide};
use crate::model::plan::details::PlanDetails;
use crate::model::plan::{PlanEdits, PlanRow};
use crate::model::region::export::region_plan_title;
use crate::model::region::region_plan_rows;
use crate::model::text::dutch_date;
use crate::model::Questionnaire;
use crate::ui::region_state::RegionState;

impl PlanOwner {
    /// The plan of the region in `state`.
    pub fn region(state: RegionState) -> PlanOwner {
        PlanOwner::Region(StoredValue::new(Arc::new(state)))
    }
}

impl RegionSide for RegionState {
    fn questionnaire(&self) -> Arc<Questionnaire> {
        self.questionnaire.get_value()
    }

    fn rows(&self, questionnaire: &Questionnaire) -> Vec<PlanRow> {
        self.region.with(|r| region_plan_rows(questionnaire, r))
    }

    fn details(&self) -> PlanDetails {
        self.region.with(|r| r.plan.details.clone())
    }

    fn change(&self, change: Box<dyn FnOnce(&mut PlanEdits) + '_>) {
        RegionState::change(self, |region, _| {
            let before = region.plan.clone();
            change(&mut region.plan);
            (region.plan != before, ())
        })
    }

    fn printed_start(&self, today: ReadSignal<String>) -> AnyView {
        let region = self.region;
        view! {
            <p class="utrecht-paragraph utrecht-paragraph--lead afdrukkop" data-testid="plan-afdrukkop">
                {move || region.with(region_plan_title)}<br />
                {move || today.with(|date| format!("Opgesteld op {} met de Zelfevaluatie Wmo-toezicht.", dutch_date(date)))}
            </p>
        }
        .into_any()
    }

    fn download_buttons(&self, ask: Callback<Whose>, print: Callback<()>) -> AnyView {
        region_buttons(*self, ask, print).into_any()
    }
}
