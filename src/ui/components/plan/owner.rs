//! Whose verbeterplan the page edits: one evaluation's, or a region's. The page's parts read and
//! change the plan only through here, so both plans share every view and field.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::plan::details::PlanDetails;
use crate::model::plan::views::BulkInclude;
use crate::model::plan::{plan_rows, ActionEdits, OwnAction, PlanEdits, PlanRow};
use crate::model::region::region_plan_rows;
use crate::model::Questionnaire;
use crate::ui::components::text_area::TextArea;
use crate::ui::components::text_input::TextInput;
use crate::ui::region_state::RegionState;
use crate::ui::state::AssessmentState;

#[derive(Clone, Copy)]
pub enum PlanOwner {
    Evaluation(AssessmentState),
    Region(RegionState),
}

impl PlanOwner {
    pub fn questionnaire(&self) -> Arc<Questionnaire> {
        match self {
            PlanOwner::Evaluation(state) => state.questionnaire.get_value(),
            PlanOwner::Region(state) => state.questionnaire.get_value(),
        }
    }

    /// The plan's rows as they are now (tracked: a memo built on this follows every change).
    pub fn rows(&self) -> Vec<PlanRow> {
        let questionnaire = self.questionnaire();
        match self {
            PlanOwner::Evaluation(state) => state.assessment.with(|a| plan_rows(&questionnaire, &a.answers, &a.plan)),
            PlanOwner::Region(state) => state.region.with(|r| region_plan_rows(&questionnaire, r)),
        }
    }

    /// The stored plan, read once (for the first values of fields).
    pub fn plan_untracked(&self) -> PlanEdits {
        match self {
            PlanOwner::Evaluation(state) => state.assessment.with_untracked(|a| a.plan.clone()),
            PlanOwner::Region(state) => state.region.with_untracked(|r| r.plan.clone()),
        }
    }

    /// The plan's details (tracked: a field built on this shows another tab's change).
    pub fn details(&self) -> PlanDetails {
        match self {
            PlanOwner::Evaluation(state) => state.assessment.with(|a| a.plan.details.clone()),
            PlanOwner::Region(state) => state.region.with(|r| r.plan.details.clone()),
        }
    }

    /// Whether a text is stored as it is typed (an evaluation, saved after a pause) or when the
    /// field is left (a region, saved at once and much larger).
    pub fn stores_while_typing(&self) -> bool {
        matches!(self, PlanOwner::Evaluation(_))
    }

    /// A one-line text field that hands its text to `store` as this owner stores texts.
    pub fn line_input(&self, value: Signal<String>, store: Callback<String>) -> AnyView {
        if self.stores_while_typing() {
            view! { <TextInput value on_input=store /> }.into_any()
        } else {
            view! { <TextInput value on_change=store /> }.into_any()
        }
    }

    /// The same for a text of several lines.
    pub fn text_area(&self, value: Signal<String>, store: Callback<String>, rows: u32) -> AnyView {
        if self.stores_while_typing() {
            view! { <TextArea value rows on_input=store /> }.into_any()
        } else {
            view! { <TextArea value rows on_change=store /> }.into_any()
        }
    }

    /// Applies a change to the stored plan (saved as the owner saves: debounced for an
    /// evaluation, at once for a region).
    fn change(&self, change: impl FnOnce(&mut PlanEdits)) {
        match self {
            PlanOwner::Evaluation(state) => state.change_plan(change),
            PlanOwner::Region(state) => state.change(|region, _| {
                let before = region.plan.clone();
                change(&mut region.plan);
                (region.plan != before, ())
            }),
        }
    }

    pub fn edit_row(&self, row: &PlanRow, change: impl FnOnce(&mut ActionEdits)) {
        self.change(|plan| plan.edit_row(row, change));
    }

    pub fn include_in_bulk(&self, choice: BulkInclude, rows: &[PlanRow]) {
        self.change(|plan| choice.apply(plan, rows));
    }

    pub fn edit_details(&self, change: impl FnOnce(&mut PlanDetails)) {
        self.change(|plan| change(&mut plan.details));
    }

    pub fn add_own_action(&self, mut action: OwnAction) {
        self.change(|plan| {
            action.id = plan.next_own_id();
            plan.own.push(action);
        });
    }

    pub fn remove_own_action(&self, id: &str) {
        self.change(|plan| plan.own.retain(|o| o.id != id));
    }
}
